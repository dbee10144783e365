from datetime import date

import pytest
from django.urls import reverse

from verwijskaart import services

from .factories import VerwijzingFactory

pytestmark = pytest.mark.django_db


def test_the_public_page_is_404_until_something_is_published(client, regio):
    VerwijzingFactory(kaart__regio=regio)
    assert client.get(reverse("verwijskaart_publiek:kaart", args=[regio.slug])).status_code == 404
    assert client.get(reverse("verwijskaart_publiek:pdf", args=[regio.slug])).status_code == 404
    assert client.get("/verwijskaart/bestaat-niet/").status_code == 404


def test_the_public_page_shows_only_the_current_published_version_and_nothing_else(
    client, nep_pdf, publiceer, regio, personas
):
    eerste = VerwijzingFactory(
        kaart__regio=regio,
        discipline="Logopedist De Brug",
        eigenaar=personas.teamlid,
        geverifieerd_door=personas.teamlid,
    )
    publiceer()
    eerste.discipline = "Logopedist Nieuw"
    eerste.save()
    VerwijzingFactory(kaart__regio=regio, discipline="Alleen in versie 2")
    publiceer()
    VerwijzingFactory(kaart__regio=regio, discipline="Alleen in het concept")

    response = client.get(reverse("verwijskaart_publiek:kaart", args=[regio.slug]))
    assert response.status_code == 200
    tekst = response.content.decode()
    assert "Verwijskaart Regio Voorbeeld" in tekst
    assert "Versie 2" in tekst
    assert "Logopedist Nieuw" in tekst and "Alleen in versie 2" in tekst
    assert "Logopedist De Brug" not in tekst  # the superseded version
    assert "Alleen in het concept" not in tekst  # the draft
    for naam in [personas.teamlid.naam, personas.coordinator.naam, personas.coordinator.email]:
        assert naam not in tekst  # no member names
    assert f"/regio/{regio.slug}/" not in tekst  # no links into the region
    assert 'class="regio-nav' not in tekst


def test_the_public_page_of_one_region_shows_nothing_of_another(
    client, nep_pdf, publiceer, regio, elders, buiten
):
    VerwijzingFactory(kaart__regio=regio, discipline="Alleen in Voorbeeld")
    publiceer()
    VerwijzingFactory(kaart__regio=elders, discipline="Alleen in Elders")
    assert client.get(reverse("verwijskaart_publiek:kaart", args=["elders"])).status_code == 404
    services.publiceren(
        regio=elders,
        door=buiten,
        volgende_herziening=date(2099, 1, 1),
        verantwoordelijke=buiten,
    )
    tekst = client.get(reverse("verwijskaart_publiek:kaart", args=["elders"])).content.decode()
    assert "Alleen in Elders" in tekst and "Alleen in Voorbeeld" not in tekst


def test_the_public_page_says_when_each_entrys_details_were_verified(
    client, nep_pdf, publiceer, regio
):
    VerwijzingFactory(kaart__regio=regio, geverifieerd_op=date(2026, 3, 9))
    publiceer()
    tekst = client.get(reverse("verwijskaart_publiek:kaart", args=[regio.slug])).content.decode()
    assert "Gegevens geverifieerd op 9 maart 2026" in tekst
