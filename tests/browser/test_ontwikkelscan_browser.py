import re

import pytest
from playwright.sync_api import expect

from ontwikkelscan.models import Respondent
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory, beantwoord

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _kies(page, code, niveau):
    page.get_by_role("group", name=re.compile(code)).get_by_label(niveau).check()


def _klik(page, knop):
    """Click a button that submits, once the current page (and its accessibility check) has loaded."""
    page.wait_for_load_state("load")
    page.get_by_role("button", name=knop).click()


def test_a_team_member_fills_in_the_scan_and_the_coordinator_closes_it_and_sees_the_radar(
    page, inloggen, personas, regio, revalidatiecentrum, ziekenhuis
):
    ronde = RondeFactory(regio=regio, naam="Nulmeting 2026")
    beantwoord(RespondentFactory(ronde=ronde, organisatie=ziekenhuis), [1, 2, 2, 3])
    RespondentFactory(
        ronde=ronde,
        email="teamlid@example.org",
        naam="Sander Jansen",
        organisatie=revalidatiecentrum,
        user=personas.teamlid,
    )

    # The team member answers the first theme in part and saves a draft.
    inloggen("teamlid@example.org")
    page.goto("/regio/voorbeeld/")
    page.get_by_role("navigation", name="Onderdelen van Regio Voorbeeld").get_by_role(
        "link", name="Ontwikkelscan"
    ).click()
    page.get_by_role("link", name="Naar uw antwoorden").click()
    expect(page.get_by_role("heading", name="Thema 1", level=1)).to_be_visible()
    _kies(page, "T1I1", "3 · Niveau 3")
    page.get_by_role("group", name=re.compile("T1I1")).get_by_label(
        "Toelichting (niet verplicht)"
    ).fill("Afspraken met het ziekenhuis staan op papier.")
    _klik(page, "Concept opslaan")
    expect(page.get_by_role("alert").filter(has_text="als concept opgeslagen")).to_be_visible()
    expect(page.get_by_text("1 van 4 stellingen beantwoord")).to_be_visible()

    # Later they come back: the draft is still there, and they finish and submit.
    page.goto("/regio/voorbeeld/")
    page.goto("/regio/voorbeeld/ontwikkelscan/")
    page.get_by_role("link", name="Nulmeting 2026", exact=True).click()
    page.get_by_role("link", name="Verder met uw antwoorden").click()
    expect(
        page.get_by_role("group", name=re.compile("T1I1")).get_by_label("3 · Niveau 3")
    ).to_be_checked()
    _kies(page, "T1I2", "Weet niet / niet van toepassing")
    _klik(page, "Opslaan en verder")
    expect(page.get_by_role("heading", name="Thema 2", level=1)).to_be_visible()
    _kies(page, "T2I1", "4 · Niveau 4")
    _kies(page, "T2I2", "2 · Niveau 2")
    _klik(page, "Opslaan en verder")
    expect(page.get_by_role("heading", name="Samenwerking", level=1)).to_be_visible()
    page.get_by_label("Ziekenhuis De Linde").check()
    _klik(page, "Opslaan en verder")
    expect(page.get_by_role("heading", name="Controleren en indienen")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Ziekenhuis De Linde")).to_be_visible()
    _klik(page, "Antwoorden indienen")
    expect(
        page.get_by_role("alert").filter(has_text="Uw antwoorden zijn ingediend")
    ).to_be_visible()
    assert Respondent.objects.get(email="teamlid@example.org").is_ingediend

    # The coordinator sees who answered, closes the round and sees the radar.
    _klik(page, "Uitloggen")
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/ontwikkelscan/")
    page.get_by_role("link", name="Nulmeting 2026", exact=True).click()
    expect(page.get_by_text("2 van 2", exact=True)).to_be_visible()
    rij = page.get_by_role("row", name=re.compile("Sander Jansen"))
    expect(rij).to_contain_text("Ingediend")
    page.get_by_text("Ronde sluiten").click()
    _klik(page, "Ronde nu sluiten")
    expect(page.get_by_role("heading", name="Resultaten: Nulmeting 2026")).to_be_visible()
    radar = page.get_by_role("img", name=re.compile("Radardiagram van de thema's"))
    expect(radar).to_be_visible()
    expect(page.get_by_role("table", name=re.compile("Cijfers per thema"))).to_contain_text(
        "Thema 1"
    )

    # A closed round is read only for the team member.
    _klik(page, "Uitloggen")
    inloggen("teamlid@example.org")
    page.goto(f"/regio/voorbeeld/ontwikkelscan/{ronde.pk}/invullen/")
    expect(page.get_by_text("Deze ronde is gesloten")).to_be_visible()
    expect(page.get_by_role("button", name="Opslaan en verder")).to_have_count(0)


def test_the_coordinator_records_the_consensus_meeting_and_shares_the_results(
    page, inloggen, personas, regio, revalidatiecentrum, ziekenhuis
):
    from ontwikkelscan.models import Samenwerking
    from tests.ontwikkelscan.factories import sluit

    ronde = RondeFactory(regio=regio, naam="Nulmeting 2026")
    for org, waarden in [
        (ziekenhuis, [0, 1, 2, 5]),
        (ziekenhuis, [4, 1, 3, 0]),
        (revalidatiecentrum, [4, 2, 2, 5]),
    ]:
        r = beantwoord(RespondentFactory(ronde=ronde, organisatie=org), waarden)
        Samenwerking.objects.create(
            respondent=r, organisatie=revalidatiecentrum if org == ziekenhuis else ziekenhuis
        )
    sluit(ronde)

    inloggen("coordinator@example.org")
    page.goto(f"/regio/voorbeeld/ontwikkelscan/{ronde.pk}/resultaten/")
    expect(
        page.get_by_role("img", name=re.compile("Netwerk van bestaande contacten"))
    ).to_be_visible()
    page.get_by_role("link", name="Afgesproken scores uit het consensusoverleg vastleggen").click()
    thema = page.get_by_role("group", name="Thema 1")
    thema.get_by_label("Afgesproken score").select_option(label="2 · Niveau 2")
    thema.get_by_label("Waarom deze score").fill(
        "Er zijn afspraken, maar nog niet overal toegepast."
    )
    _klik(page, "Scores opslaan")
    expect(page.get_by_text("Afgesproken in het consensusoverleg: 2")).to_be_visible()

    page.get_by_label("Hoe gedeeld").fill("Netwerkoverleg NAH")
    _klik(page, "Resultaten gedeeld")
    expect(
        page.get_by_role("alert").filter(has_text="resultaten in het netwerk zijn gedeeld")
    ).to_be_visible()
    expect(page.get_by_text("Dit telt als bewijs voor stap 0")).to_be_visible()

    with page.expect_download() as download:
        page.get_by_role("link", name="PDF-rapport").click()
    assert download.value.suggested_filename == "ontwikkelscan-voorbeeld-nulmeting-2026.pdf"


def test_the_coordinator_opens_a_round_and_invites_members_and_others_by_email(
    page, inloggen, personas, regio, ziekenhuis
):
    from django.core import mail

    from tests.ontwikkelscan.factories import kleine_vragenlijst

    vragenlijst = kleine_vragenlijst(naam="Ontwikkelscan netwerk")
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/ontwikkelscan/")
    page.get_by_role("link", name="Nieuwe ronde openen").click()
    expect(page.get_by_label("Soort meting")).to_have_value("nulmeting")
    page.get_by_label("Naam van de ronde").fill("Nulmeting voorjaar")
    page.get_by_label("Vragenlijst").select_option(label=str(vragenlijst))
    _klik(page, "Ronde openen")
    expect(
        page.get_by_role("heading", name="Deelnemers uitnodigen voor Nulmeting voorjaar")
    ).to_be_visible()
    page.get_by_label(re.compile("Sander Jansen")).check()
    page.get_by_label("E-mailadres").fill("wmo@gemeente.example")
    page.get_by_label("Naam", exact=True).fill("Wmo-consulent")
    page.get_by_label("Organisatie", exact=True).select_option(label="Ziekenhuis De Linde")
    _klik(page, "Uitnodigingen versturen")
    expect(page.get_by_role("alert").filter(has_text="2 uitnodigingen verstuurd")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Wmo-consulent"))).to_contain_text(
        "Niet begonnen"
    )
    assert sorted(m.to[0] for m in mail.outbox) == ["teamlid@example.org", "wmo@gemeente.example"]

    # The invitee without an account opens the personal link from the e-mail.
    link = re.search(r"http\S+/link/\S+/", mail.outbox[-1].body).group(0)
    pad = link[link.index("/regio/") :]
    _klik(page, "Uitloggen")
    page.goto(pad)
    expect(page.get_by_role("heading", name="Thema 1", level=1)).to_be_visible()
    expect(page.get_by_text("Stap 1 van 4")).to_be_visible()
