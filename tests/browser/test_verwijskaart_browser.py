import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.verwijskaart.factories import VerwijzingFactory
from verwijskaart.models import Versie

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def _pdf_tekst(inhoud: bytes) -> str:
    lezer = PdfReader(io.BytesIO(inhoud))
    return " ".join(" ".join(p.extract_text() for p in lezer.pages).split())


def _download(page, link_naam) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("link", name=link_naam).click()
    download = info.value
    with open(download.path(), "rb") as f:
        return f.read()


def _uitloggen(page):
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(re.compile(r"/account/inloggen/"))


def test_coordinator_publishes_manager_downloads_and_the_public_sees_the_map(
    page, inloggen, personas, regio, revalidatiecentrum
):
    VerwijzingFactory(
        kaart__regio=regio,
        organisatie=revalidatiecentrum,
        discipline="NAH-casemanager",
        behoefte="Een vast aanspreekpunt na ontslag",
        waarvoor="Casemanagement voor mensen met hersenletsel thuis",
        telefoon="0301-555 420",
        eigenaar=personas.teamlid,
    )

    # The coordinator edits the draft.
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/")
    page.get_by_role("navigation", name="Onderdelen van Regio Voorbeeld").get_by_role(
        "link", name="Verwijskaart"
    ).click()
    expect(page.get_by_role("heading", name="Verwijskaart", level=1)).to_be_visible()
    page.get_by_role("link", name="Concept bewerken").click()
    vermelding = page.get_by_role("article", name="NAH-casemanager, Revalidatiecentrum Het Anker")
    vermelding.get_by_role("link", name="Bewerken").click()
    page.get_by_label("Telefoon").fill("0301-555 499")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert").first).to_contain_text("is opgeslagen in het concept")
    expect(page.get_by_text("tel. 0301-555 499")).to_be_visible()

    # ... publishes it ...
    page.get_by_role("link", name="Publiceren").first.click()
    expect(page.get_by_role("heading", name="Verwijskaart publiceren")).to_be_visible()
    expect(page.get_by_text("1 toegevoegd")).to_be_visible()
    page.get_by_label("Wat is er veranderd").fill("Eerste versie")
    page.get_by_role("button", name="Publiceren").click()
    expect(page.get_by_role("alert").first).to_contain_text("Versie 1 is gepubliceerd")

    # ... and downloads the PDF.
    page.get_by_role("link", name="Verwijskaart", exact=True).first.click()
    inhoud = _download(page, "PDF versie 1 downloaden")
    versie = Versie.objects.get(kaart__regio=regio, nummer=1)
    assert inhoud == bytes(versie.pdf)
    tekst = _pdf_tekst(inhoud)
    assert "0301-555 499" in tekst and "NAH-casemanager" in tekst and "versie 1" in tekst
    _uitloggen(page)

    # The manager downloads the same PDF and cannot publish.
    inloggen("manager@example.org")
    page.goto("/regio/voorbeeld/verwijskaart/")
    expect(page.get_by_role("link", name="Publiceren")).to_have_count(0)
    assert _download(page, "PDF versie 1 downloaden") == bytes(versie.pdf)
    page.get_by_role("link", name="Versie 1 bekijken").click()
    expect(page.get_by_role("heading", name="Verwijskaart versie 1")).to_be_visible()
    expect(page.get_by_text("Gegevens geverifieerd op")).to_be_visible()
    _uitloggen(page)

    # An anonymous visitor opens the public page.
    page.goto("/verwijskaart/voorbeeld/")
    expect(page.get_by_role("heading", name="Verwijskaart Regio Voorbeeld")).to_be_visible()
    expect(page.get_by_text("Versie 1 · gepubliceerd op")).to_be_visible()
    expect(page.get_by_role("article", name=re.compile("NAH-casemanager"))).to_contain_text(
        "0301-555 499"
    )
    expect(page.get_by_text("Marieke de Vries")).to_have_count(0)
    link = page.get_by_role("link", name="PDF downloaden")
    response = page.request.get(link.get_attribute("href"))
    assert response.headers["content-type"] == "application/pdf"
    assert response.body() == bytes(versie.pdf)


def test_coordinator_writes_the_jaarplan_and_the_manager_downloads_it(
    page, inloggen, personas, regio
):
    from django.utils import timezone

    jaar = timezone.localdate().year
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/")
    page.get_by_role("navigation", name="Onderdelen van Regio Voorbeeld").get_by_role(
        "link", name="Jaarplan"
    ).click()
    page.get_by_role("spinbutton", name="Jaar").fill(str(jaar))
    page.get_by_role("button", name="Jaarplan aanmaken").click()
    expect(page.get_by_role("heading", name=f"Jaarplan {jaar}", level=1)).to_be_visible()
    expect(page.get_by_text("Nog nodig voor de borging")).to_be_visible()

    page.get_by_role("link", name="Jaarplan bewerken").click()
    page.get_by_label("Resultaten voor het netwerk").fill("Een vaste NAH-casemanager na ontslag.")
    page.get_by_label("Nieuwsbrief of mailing").check()
    page.get_by_label("Samenwerkingsovereenkomst").fill("Voor drie jaar getekend.")
    page.get_by_label("Regionale overlegstructuur").fill("Zes keer per jaar NAH-overleg.")
    page.get_by_label("Financiering").fill("Via de zorginkoop.")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert").first).to_contain_text("is opgeslagen")

    page.get_by_role("link", name="Herziening plannen").click()
    page.get_by_label("Wat wordt herzien").fill("Verwijskaart")
    page.get_by_label("Soort").select_option(label="Instrument")
    page.get_by_label("Verantwoordelijk").select_option(label="Marieke de Vries")
    page.get_by_label("Gepland op").fill(f"{jaar + 1}-04-01")
    page.get_by_role("button", name="Opslaan").click()
    herzieningen = page.get_by_role("table", name=re.compile("opnieuw worden herzien"))
    expect(herzieningen.get_by_role("row", name=re.compile("Verwijskaart"))).to_contain_text(
        "Marieke de Vries"
    )
    page.get_by_role("button", name="Jaarplan vaststellen").click()
    expect(page.get_by_role("alert").first).to_contain_text("is vastgesteld")
    _uitloggen(page)

    inloggen("manager@example.org")
    page.goto(f"/regio/voorbeeld/jaarplan/{jaar}/")
    expect(page.get_by_role("link", name="Jaarplan bewerken")).to_have_count(0)
    tekst = _pdf_tekst(_download(page, "PDF downloaden"))
    assert "Voor drie jaar getekend." in tekst and "Kengetallen" in tekst
