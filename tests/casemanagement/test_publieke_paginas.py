"""The pages every Dutch public-sector site has, reachable from every page's footer."""

from datetime import date

import pytest
from django.test import Client
from django.urls import reverse

from tests.verwijskaart.factories import VerwijzingFactory
from verwijskaart import services

pytestmark = pytest.mark.django_db

VOETLINKS = {
    "toegankelijkheid": "Toegankelijkheid",
    "privacy": "Privacy",
    "contact": "Contact en colofon",
}


def _voet(tekst):
    return tekst[tekst.index("<footer") :]


def _heeft_voetlinks(tekst):
    voet = _voet(tekst)
    for naam, label in VOETLINKS.items():
        assert f'href="{reverse(naam)}">{label}</a>' in voet, naam


@pytest.mark.parametrize(
    ("naam", "kop", "inhoud"),
    [
        ("toegankelijkheid", "Toegankelijkheidsverklaring", "WCAG) 2.2, niveau A en AA"),
        ("privacy", "Privacyverklaring", "geen gegevens van patiënten of cliënten"),
        ("contact", "Contact en colofon", "contact@example.org"),
    ],
)
def test_it_shows_each_public_page_without_logging_in(client, naam, kop, inhoud):
    response = client.get(reverse(naam))
    assert response.status_code == 200
    tekst = response.content.decode()
    assert f"<h1>{kop}</h1>" in tekst
    assert inhoud in tekst
    _heeft_voetlinks(tekst)


def test_the_privacy_statement_says_what_is_kept_why_how_long_and_whom_to_ask(client, settings):
    settings.PRIVACY_EMAIL = "privacy@netwerk.example"
    tekst = client.get(reverse("privacy")).content.decode()
    for kolom in ("Gegevens", "Waarvoor", "Hoe lang"):
        assert f'<th scope="col">{kolom}</th>' in tekst
    assert "Inlogpogingen" in tekst
    assert "mailto:privacy@netwerk.example" in tekst
    assert "Autoriteit Persoonsgegevens" in tekst


@pytest.mark.parametrize(
    "url",
    ["/account/inloggen/", "/account/wachtwoord-vergeten/", "/verwijskaart/voorbeeld/"],
)
def test_the_footer_links_are_on_the_public_pages(client, regio, coordinator, url, monkeypatch):
    monkeypatch.setattr(services, "render_versie_pdf", lambda versie: b"%PDF-1.7\n")
    VerwijzingFactory(kaart__regio=regio)
    services.publiceren(
        regio=regio,
        door=coordinator,
        verantwoordelijke=coordinator,
        volgende_herziening=date(2099, 1, 1),
    )
    response = client.get(url)
    assert response.status_code == 200
    _heeft_voetlinks(response.content.decode())


def test_the_footer_links_are_on_the_pages_of_a_member(als, regio):
    _heeft_voetlinks(als("teamlid").get(reverse("regio", args=[regio.slug])).content.decode())


def test_a_failed_csrf_check_answers_a_dutch_page_in_the_site_layout(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(personas.coordinator)
    response = client.post(reverse("lid_uitnodigen", args=["voorbeeld"]), {"email": "x@y.nl"})
    assert response.status_code == 403
    tekst = response.content.decode()
    assert "Het formulier is verlopen" in tekst
    assert "Uw gegevens zijn niet opgeslagen" in tekst
    _heeft_voetlinks(tekst)
