import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from stappenplan.services import traject as services
from tests.stappenplan.traject_factories import (
    afronden,
    alleen_eigen_bewijs,  # noqa: F401
    bewijs_leveren,
    stap,
    start,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("alleen_eigen_bewijs"),
]

LAATSTE = [
    "Het implementatieteam benoemen en het overleg afspreken",
    "Vaststellen dat deelnemers het juiste mandaat hebben",
]


@pytest.fixture
def traject(personas, regio):
    """Stap 0 complete; stap 1 with everything done except its last two activities."""
    coordinator = personas.coordinator
    traject = start(regio, coordinator)
    afronden(traject, 0, coordinator)
    s1 = stap(traject, 1)
    bewijs_leveren(regio, s1, coordinator)
    for a in s1.activiteiten.exclude(titel__in=LAATSTE):
        services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=True)
    return traject


def test_the_coordinator_ticks_the_last_activities_and_completes_the_step(page, inloggen, traject):
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/stappenplan/stap/1/")
    expect(page.get_by_role("heading", name="Stap 1: Voorbereiding", level=1)).to_be_visible()
    gate = page.locator("#gate")
    expect(gate).to_contain_text("Nog nodig voordat deze stap kan worden afgerond (2)")
    expect(page.get_by_role("button", name="Stap afronden")).to_be_disabled()

    for titel in LAATSTE:
        vakje = page.get_by_label(titel, exact=True)
        vakje.click()
        expect(page.get_by_label(titel, exact=True)).to_be_checked()
        item = page.locator(".activiteit", has=page.get_by_label(titel, exact=True))
        expect(item).to_contain_text("Afgevinkt door Marieke de Vries")
    assert page.url.endswith("/stappenplan/stap/1/")  # no page load: htmx swapped in place

    expect(gate).to_contain_text("Alles is compleet")
    expect(page.locator("#stap-voortgang")).to_contain_text("10 van 10 activiteiten gedaan")
    page.get_by_role("button", name="Stap afronden").click()

    page.wait_for_url(re.compile(r"/stappenplan/stap/2/$"))
    expect(page.get_by_role("status").first).to_contain_text("Stap 1 (Voorbereiding) is afgerond.")
    expect(
        page.get_by_role("heading", name="Stap 2: Breng de huidige situatie in kaart", level=1)
    ).to_be_visible()
    expect(page.locator("main .badge").first).to_have_text("Huidige stap")
    expect(
        page.get_by_label("De verwijzing tussen partners in kaart brengen", exact=True)
    ).to_be_enabled()
    stepper = page.get_by_role("list", name=re.compile("Stappen van"))
    expect(stepper.get_by_role("link", name=re.compile("Stap 1 Voorbereiding"))).to_contain_text(
        "Afgerond"
    )


def test_a_team_member_sees_no_complete_button(page, inloggen, traject):
    inloggen("teamlid@example.org")
    page.goto("/regio/voorbeeld/stappenplan/stap/1/")
    expect(page.locator("#gate")).to_contain_text("De coördinator rondt de stap af")
    expect(page.get_by_role("button", name="Stap afronden")).to_have_count(0)
    expect(page.get_by_role("checkbox")).to_have_count(0)


def test_the_manager_downloads_the_progress_report(page, inloggen, traject):
    inloggen("manager@example.org")
    page.goto("/regio/voorbeeld/stappenplan/")
    with page.expect_download() as download:
        page.get_by_role("link", name="Voortgangsrapport downloaden (PDF)").click()
    bestand = download.value
    assert bestand.suggested_filename == "voortgang-stappenplan-voorbeeld.pdf"
    with open(bestand.path(), "rb") as f:
        tekst = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(f.read())).pages)
    assert "Voorbereiding" in tekst and "Afronding en borging" in tekst


def test_the_coordinator_records_the_decision_that_fixes_the_current_situation(
    page, inloggen, traject, personas
):
    coordinator = personas.coordinator
    afronden(traject, 1, coordinator)
    afronden(traject, 2, coordinator)
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/stappenplan/stap/3/")
    gate = page.locator("#gate")
    expect(gate).to_contain_text("Leg het besluit vast waarmee het team de huidige situatie")
    gate.get_by_role("link", name=re.compile("Leg het besluit vast")).click()
    page.get_by_role("link", name="Besluit vastleggen").click()
    page.get_by_label("Stap", exact=True).select_option(
        label="Stap 3: Stel de huidige situatie vast"
    )
    page.get_by_label("Onderwerp").fill("Huidige situatie vastgesteld")
    page.get_by_role("textbox", name=re.compile(r"^Besluit")).fill(
        "Het team stelt de huidige situatie vast."
    )
    page.get_by_label("Stelt de uitkomst van de stap vast").check()
    page.get_by_label("Marieke de Vries").check()
    page.get_by_label("Sander Jansen").check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("heading", name="Besluitenlijst", level=1)).to_be_visible()
    expect(
        page.get_by_role("row", name=re.compile("Huidige situatie vastgesteld"))
    ).to_contain_text("Sander Jansen")
    page.goto("/regio/voorbeeld/stappenplan/stap/3/")
    expect(gate).not_to_contain_text("Leg het besluit vast")


def test_the_record_pages_are_accessible(page, inloggen, traject):
    inloggen("coordinator@example.org")
    for pad, kop in [
        ("/regio/voorbeeld/", "Regio Voorbeeld"),
        ("/regio/voorbeeld/stappenplan/team/", "Implementatieteam"),
        ("/regio/voorbeeld/stappenplan/team/afspraken/", "Afspraken van het implementatieteam"),
        ("/regio/voorbeeld/stappenplan/team/nieuw/", "Teamlid toevoegen"),
        ("/regio/voorbeeld/stappenplan/communicatie/", "Communicatieplan"),
        ("/regio/voorbeeld/stappenplan/communicatie/nieuw/", "Kanaal toevoegen"),
        ("/regio/voorbeeld/stappenplan/besluiten/nieuw/", "Besluit vastleggen"),
        ("/regio/voorbeeld/stappenplan/stap/0/geschiedenis/", "Geschiedenis van stap 0"),
        ("/regio/voorbeeld/stappenplan/stap/0/heropenen/", "Stap 0 heropenen"),
        ("/regio/voorbeeld/stappenplan/stap/4/", "Stap 4: Van knelpunten naar verbeterpunten"),
    ]:
        page.goto(pad)
        expect(page.get_by_role("heading", name=re.compile(kop), level=1)).to_be_visible()
    page.goto("/regio/voorbeeld/stappenplan/stap/1/")
    page.get_by_role(
        "link", name=re.compile("Eigenaar, deadline en notitie wijzigen")
    ).first.click()
    page.get_by_label("Eigenaar").select_option(label="Sander Jansen")
    page.get_by_label("Deadline").fill("2026-12-01")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("status").first).to_contain_text("is bijgewerkt")
    expect(page.locator(".activiteit").first).to_contain_text("Eigenaar: Sander Jansen")
