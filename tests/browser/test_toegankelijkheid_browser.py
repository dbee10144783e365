"""Keyboard, screen reader and phone: what a person notices, with axe (WCAG 2.2 AA) on every page."""

import io
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GEEN_ZIJWAARTS = "() => document.scrollingElement.scrollWidth <= window.innerWidth"


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("laad_demo", stdout=io.StringIO())
    settings.DEBUG = False


def test_a_failed_submit_puts_the_focus_on_the_error_summary(page, inloggen, personas):
    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/leden/uitnodigen/")
    expect(page.get_by_label("Rol")).to_have_value("")
    page.get_by_label("E-mailadres").fill("geen-adres")
    page.get_by_role("button", name="Uitnodiging versturen").click()

    samenvatting = page.get_by_role("alert").filter(has_text="Controleer het formulier")
    expect(samenvatting).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Fout: Iemand uitnodigen"))
    # The Dutch message from the form, not the browser's own bubble (novalidate).
    expect(samenvatting).to_contain_text("Dit veld is verplicht.")
    expect(samenvatting).to_contain_text("Voer een geldig e-mailadres in.")


def test_the_public_pages_are_reachable_from_the_footer(page, demo):
    page.goto("/verwijskaart/voorbeeld/")
    voet = page.get_by_role("contentinfo")
    for link, kop in (
        ("Toegankelijkheid", "Toegankelijkheidsverklaring"),
        ("Privacy", "Privacyverklaring"),
        ("Contact en colofon", "Contact en colofon"),
    ):
        voet.get_by_role("link", name=link).click()
        expect(page.get_by_role("heading", name=kop, level=1)).to_be_visible()
        page.go_back()


def test_the_public_verwijskaart_is_searched_filtered_and_printed_as_a_poster(page, demo):
    page.goto("/verwijskaart/voorbeeld/")
    kaarten = page.get_by_role("article")
    alle = kaarten.count()
    assert alle > 5
    page.get_by_role("searchbox", name="Zoeken").fill("Hersenz")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#zoekresultaat")).to_contain_text(f"van de {alle} vermeldingen")
    assert 0 < kaarten.count() < alle
    for i in range(kaarten.count()):
        expect(kaarten.nth(i)).to_contain_text("Hersenz")

    page.get_by_role("link", name="Toon alle vermeldingen").click()
    page.get_by_label("Fase", exact=True).select_option(label="Revalidatie")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("heading", level=2, name="Revalidatie")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="Acute fase en ziekenhuis")).to_have_count(0)

    page.get_by_role("link", name="Poster met QR-code").click()
    expect(page.get_by_role("heading", name="Verwijskaart hersenletsel", level=1)).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("QR-code naar de verwijskaart"))).to_be_visible()


def test_on_a_phone_the_pages_do_not_scroll_sideways_and_the_region_menu_collapses(
    page, inloggen, demo
):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/verwijskaart/voorbeeld/")
    assert page.evaluate(GEEN_ZIJWAARTS), "de openbare verwijskaart scrolt zijwaarts"
    kaart = page.get_by_role("article").first
    expect(kaart.get_by_text("Waarvoor en voor wie")).to_be_visible()
    expect(kaart.get_by_text("Hoe verwijzen")).to_be_visible()

    inloggen("coordinator@example.org")
    page.goto("/regio/voorbeeld/")
    assert page.evaluate(GEEN_ZIJWAARTS), "de regiopagina scrolt zijwaarts"
    menu = page.get_by_role("navigation", name="Onderdelen van Regio Voorbeeld")
    expect(menu.get_by_role("link", name="Knelpunten")).to_be_hidden()
    menu.get_by_role("button", name="Menu van Regio Voorbeeld").click()
    expect(menu.get_by_role("link", name="Knelpunten")).to_be_visible()

    page.goto("/regio/voorbeeld/patientjourneys/revalidatie-naar-eerste-lijn/")
    assert page.evaluate(GEEN_ZIJWAARTS), "de journey scrolt zijwaarts"
    titel = page.get_by_role("heading", level=1)
    assert titel.evaluate("h => h.scrollWidth <= h.clientWidth"), "de journeytitel is afgekapt"
