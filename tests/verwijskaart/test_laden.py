"""What a page of the verwijskaart loads: the admin lists take a fixed number of queries
whatever the number of rows, and no response loads a stored blob it does not send."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import OrganisatieFactory, UserFactory

from .factories import VerwijzingFactory

pytestmark = pytest.mark.django_db

PDF_KOLOM = '"verwijskaart_versie"."pdf",'
VERMELDINGEN_KOLOM = '"verwijskaart_versie"."vermeldingen"'


@pytest.fixture
def beheerder(client):
    client.force_login(UserFactory(email="beheer@example.org", is_staff=True, is_superuser=True))
    return client


def _vermeldingen(regio, aantal):
    for _ in range(aantal):
        VerwijzingFactory(kaart__regio=regio, organisatie=OrganisatieFactory(regio=regio))


def _sql(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response, [q["sql"] for q in ctx.captured_queries]


def test_it_lists_entries_in_the_admin_with_the_same_queries_for_5_and_40(beheerder, regio, elders):
    url = reverse("admin:verwijskaart_verwijzing_changelist")
    _vermeldingen(regio, 5)
    _, klein = _sql(beheerder, url)
    _vermeldingen(elders, 35)
    response, groot = _sql(beheerder, url)
    assert len(groot) == len(klein)
    assert "40 vermeldingen op de verwijskaart" in response.content.decode()


def test_it_lists_versions_in_the_admin_without_their_pdf_or_entries(
    beheerder, regio, coordinator, nep_pdf, publiceer
):
    url = reverse("admin:verwijskaart_versie_changelist")
    _vermeldingen(regio, 3)
    publiceer()
    _, klein = _sql(beheerder, url)
    publiceer()
    publiceer()
    response, groot = _sql(beheerder, url)
    assert len(groot) == len(klein)
    assert "versie 3" in response.content.decode()
    assert not any(PDF_KOLOM in q or VERMELDINGEN_KOLOM in q for q in groot)


def test_it_shows_a_version_in_the_admin_with_its_entries_but_not_its_pdf(
    beheerder, regio, nep_pdf, publiceer
):
    _vermeldingen(regio, 2)
    versie = publiceer()
    response, sql = _sql(beheerder, reverse("admin:verwijskaart_versie_change", args=[versie.pk]))
    assert "Praten, taal en slikken" in response.content.decode()
    assert not any(PDF_KOLOM in q for q in sql)


def test_it_shows_the_public_page_without_loading_the_pdf(client, regio, nep_pdf, publiceer):
    _vermeldingen(regio, 2)
    publiceer()
    response, sql = _sql(client, reverse("verwijskaart_publiek:kaart", args=["voorbeeld"]))
    assert "Praten, taal en slikken" in response.content.decode()
    assert not any(PDF_KOLOM in q for q in sql)


def test_it_sends_a_pdf_without_loading_the_entries(als, client, regio, nep_pdf, publiceer):
    _vermeldingen(regio, 2)
    publiceer()
    for c, url in [
        (client, reverse("verwijskaart_publiek:pdf", args=["voorbeeld"])),
        (als("manager"), reverse("verwijskaart:versie_pdf", args=["voorbeeld", 1])),
    ]:
        response, sql = _sql(c, url)
        assert response.content.startswith(b"%PDF")
        assert not any(VERMELDINGEN_KOLOM in q for q in sql)
