"""User stories of the analyse area in Chromium: a patient representative reviews a journey,
the coordinator turns a knelpunt into a SMARTI goal."""

import re

import pytest
from playwright.sync_api import expect

from stappenplan.models import JourneyOordeel, JourneyReactie, JourneyType, Verbeterpunt
from stappenplan.services import analyse as services
from tests.stappenplan.factories_analyse import KnelpuntFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def ga(page, locator):
    """Click a link or button that loads a new page, and wait until it has loaded."""
    with page.expect_navigation(wait_until="load"):
        locator.click()


def test_a_patient_representative_reviews_a_journey_and_gives_a_verdict(
    page, inloggen, personas, regio, ziekenhuis, revalidatiecentrum
):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.REVALIDATIE)
    services.journey_opslaan(
        journey=journey,
        samenvatting="Na de opname klinisch revalideren en dan naar huis.",
        stappen={
            s.pk: {"organisaties": [ziekenhuis, revalidatiecentrum], "zorg": "Behandeling."}
            for s in journey.stappen.all()
        },
        overgangen={
            o.pk: {"informatie": "Ontslagbrief.", "bekende_knelpunten": "Lang wachten."}
            for o in journey.overgangen.all()
        },
    )
    services.journey_voorleggen(journey=journey, door=personas.coordinator)

    inloggen("patient@example.org")
    page.goto("/regio/voorbeeld/")
    ga(page, page.get_by_role("link", name="Patiëntjourneys"))
    ga(page, page.get_by_role("link", name="Van revalidatie naar eerste lijn", exact=True))
    expect(page.get_by_role("heading", level=1)).to_contain_text("van revalidatie naar eerste lijn")
    expect(page.get_by_role("img", name=re.compile("Patiëntjourney"))).to_be_visible()
    expect(page.get_by_role("button", name="Journey bewerken")).to_have_count(0)
    expect(page.get_by_role("link", name="Journey bewerken")).to_have_count(0)

    ga(
        page,
        page.get_by_role(
            "link", name=re.compile(r"Reageer op deze overgang\W+Ziekenhuis → Revalidatie")
        ),
    )
    formulier = page.locator("#reageren")
    expect(formulier.get_by_label("Over welk onderdeel gaat uw reactie?")).to_have_value(
        re.compile(r"^overgang-")
    )
    formulier.get_by_label("Deels herkenbaar").check()
    formulier.get_by_label("Wat gaat er mis voor patiënten en naasten?").fill(
        "Naasten horen niet hoe lang het wachten duurt."
    )
    formulier.get_by_label("Suggestie").fill("Geef een verwachte wachttijd.")
    ga(page, formulier.get_by_role("button", name="Reactie plaatsen"))
    expect(page.get_by_role("alert")).to_contain_text("uw reactie is geplaatst")
    reactie = page.get_by_role("article", name=re.compile("Reactie van Ineke Bakker"))
    expect(reactie).to_contain_text("Naasten horen niet hoe lang het wachten duurt.")
    expect(reactie).to_contain_text("Nog niet beantwoord door de coördinator.")

    oordeel = page.locator("#oordelen")
    oordeel.get_by_label("Aanpassen nodig").check()
    ga(page, oordeel.get_by_role("button", name="Oordeel opslaan"))
    expect(page.locator("#foutmeldingen")).to_contain_text(
        "Licht toe wat er aangepast moet worden."
    )
    oordeel = page.locator("#oordelen")
    oordeel.get_by_label("Aanpassen nodig").check()
    oordeel.get_by_label("Toelichting").fill("Beschrijf ook de steun aan naasten thuis.")
    ga(page, oordeel.get_by_role("button", name="Oordeel opslaan"))
    expect(page.get_by_role("alert")).to_contain_text("aanpassen nodig")
    expect(page.locator("#oordelen")).to_contain_text("Beschrijf ook de steun aan naasten thuis.")

    assert JourneyReactie.objects.get().overgang.overgang.van_fase.code == "acuut"
    assert JourneyOordeel.objects.get().oordeel == "aanpassen"


def test_the_coordinator_turns_a_knelpunt_into_a_goal_and_completes_its_smarti_parts(
    page, inloggen, personas, regio, ziekenhuis
):
    KnelpuntFactory(
        regio=regio,
        titel="Ontslagbrief komt laat bij de huisarts",
        gewenste_situatie="De huisarts heeft de brief binnen twee werkdagen.",
        organisaties=[ziekenhuis],
    )
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/")
    ga(page, page.get_by_role("link", name="Knelpunten", exact=True))
    ga(page, page.get_by_role("link", name="Ontslagbrief komt laat bij de huisarts"))
    expect(page.get_by_text("zit niet in het implementatieteam")).to_be_visible()
    ga(page, page.get_by_role("link", name="Verbeterpunt maken"))

    expect(page.get_by_label("Titel")).to_have_value("Ontslagbrief komt laat bij de huisarts")
    page.get_by_label("Titel").fill("Ontslagbrief binnen twee werkdagen")
    page.get_by_label("Wat verbetert er voor patiënten en naasten").fill(
        "De huisarts kan meteen helpen als iemand na ontslag belt."
    )
    ga(page, page.get_by_role("button", name="Opslaan"))
    check = page.get_by_test_id("smarti-check")
    expect(check).to_contain_text("Nog niet SMARTI")
    expect(check.get_by_text("Meetbaar: ontbreekt")).to_be_attached()

    ga(page, page.get_by_role("link", name="Doel bewerken"))
    page.get_by_label("Meetbaar: indicator").fill("Aandeel ontslagbrieven binnen 2 werkdagen")
    page.get_by_label("Meetbaar: nulmeting").fill("35%")
    page.get_by_label("Meetbaar: streefwaarde").fill("90%")
    page.get_by_label("Acceptabel").fill("Neurologen en huisartsen hebben ingestemd.")
    page.get_by_label("Realistisch").fill("Digitaal versturen kan al.")
    page.get_by_label("Tijdgebonden: deadline").fill("2027-06-30")
    live = page.get_by_test_id("smarti-check")
    expect(live).to_contain_text("Nog niet SMARTI")
    page.get_by_label("Inspirerend").fill("Geen week meer wachten op informatie.")
    # The check follows what is typed, before saving.
    expect(live).to_contain_text("SMARTI compleet")
    expect(live.locator(".text-bg-success")).to_have_count(6)
    ga(page, page.get_by_role("button", name="Opslaan"))
    expect(page.get_by_role("alert")).to_contain_text("is opgeslagen")
    # Specific was prefilled from the desired situation; everything now green.
    check = page.get_by_test_id("smarti-check")
    expect(check).to_contain_text("SMARTI compleet")
    expect(check).to_have_class(re.compile("smarti-compleet"))
    expect(check.locator(".text-bg-success")).to_have_count(6)

    vp = Verbeterpunt.objects.get()
    assert vp.streefwaarde == "90%" and vp.knelpunt.status == "opgepakt"
