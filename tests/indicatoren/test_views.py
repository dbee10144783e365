"""The indicator pages, per persona."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse
from freezegun import freeze_time

from indicatoren import services
from indicatoren.models import Indicator, Meting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vandaag():
    with freeze_time("2026-06-15 10:00"):
        yield


def _url(naam, **kwargs):
    return reverse(f"indicatoren:{naam}", kwargs={"slug": "voorbeeld", **kwargs})


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("teamlid", 200), ("patient", 200), ("manager", 200), ("buiten", 404)],
)
def test_members_read_the_list_and_the_indicator_outsiders_get_404(als, stoeluren, persona, status):
    client = als(persona)
    assert client.get(_url("index")).status_code == status
    assert client.get(_url("detail", pk=stoeluren.pk)).status_code == status


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("teamlid", 403), ("patient", 403), ("manager", 403), ("buiten", 404)],
)
def test_only_the_coordinator_defines_indicators(als, stoeluren, persona, status):
    client = als(persona)
    assert client.get(_url("nieuw")).status_code == status
    assert client.get(_url("bewerken", pk=stoeluren.pk)).status_code == status
    assert client.post(_url("archiveren", pk=stoeluren.pk)).status_code in (
        {200: 302}.get(status, status),
    )


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 302), ("teamlid", 302), ("patient", 403), ("manager", 403), ("buiten", 404)],
)
def test_team_members_and_the_coordinator_record_measurements(als, stoeluren, persona, status):
    antwoord = als(persona).post(
        _url("meting_nieuw", pk=stoeluren.pk),
        {
            "meting-datum": "2026-03-02",
            "meting-waarde": "110",
            "meting-bron": "",
            "meting-toelichting": "",
        },
    )
    assert antwoord.status_code == status
    assert Meting.objects.filter(indicator=stoeluren).count() == (1 if status == 302 else 0)


def test_the_page_shows_the_new_point_and_the_distance_to_target(als, stoeluren):
    client = als("teamlid")
    voor = client.get(_url("detail", pk=stoeluren.pk)).content.decode()
    assert "Nog geen metingen" in voor
    client.post(
        _url("meting_nieuw", pk=stoeluren.pk),
        {"meting-datum": "2026-03-02", "meting-waarde": "104", "meting-bron": "Rooster"},
    )
    pagina = client.get(_url("detail", pk=stoeluren.pk)).content.decode()
    assert pagina.count("<circle ") == 1
    assert "-16 uur per week" in pagina  # change against the baseline of 120
    assert "24 uur per week" in pagina  # still to go to the target of 80
    assert "Rooster" in pagina and "Sander Jansen" in pagina


def test_a_bad_measurement_gets_a_dutch_error_and_400(als, stoeluren):
    antwoord = als("teamlid").post(
        _url("meting_nieuw", pk=stoeluren.pk), {"meting-datum": "2026-07-01", "meting-waarde": "90"}
    )
    assert antwoord.status_code == 400
    assert "Een meting kan niet in de toekomst liggen." in antwoord.content.decode()
    assert not Meting.objects.exists()


def test_a_team_member_corrects_only_their_own_measurement(als, stoeluren, coordinator, teamlid):
    eigen = services.meting_vastleggen(
        indicator=stoeluren, data={"datum": date(2026, 3, 2), "waarde": D("110")}, door=teamlid
    )
    ander = services.meting_vastleggen(
        indicator=stoeluren, data={"datum": date(2026, 4, 1), "waarde": D("100")}, door=coordinator
    )
    client = als("teamlid")
    assert client.get(_url("meting_bewerken", pk=ander.pk)).status_code == 403
    antwoord = client.post(
        _url("meting_bewerken", pk=eigen.pk),
        {"datum": "2026-03-02", "waarde": "108", "versie": eigen.versie},
    )
    assert antwoord.status_code == 302
    eigen.refresh_from_db()
    assert eigen.waarde == D("108")
    pagina = client.get(_url("detail", pk=stoeluren.pk)).content.decode()
    assert "waarde: 110 → 108" in pagina


def test_the_coordinator_adds_a_qualitative_indicator_with_its_scale(als, traject):
    antwoord = als("coordinator").post(
        _url("nieuw"),
        {
            "naam": "Ervaring van verpleegkundigen",
            "soort": "kwalitatief",
            "niveaus": "Onzeker\nWisselend\nVertrouwd\nVolledig vertrouwd",
            "richting": "hoger",
            "nulwaarde": "2",
            "nulwaarde_datum": "2026-01-05",
            "streefwaarde": "4",
            "streefdatum": "2026-12-01",
        },
    )
    assert antwoord.status_code == 302
    indicator = Indicator.objects.get(naam="Ervaring van verpleegkundigen")
    assert indicator.niveaus.count() == 4
    pagina = als("coordinator").get(_url("detail", pk=indicator.pk)).content.decode()
    assert "niveau 2 (Wisselend)" in pagina


def test_an_indicator_of_another_region_is_not_found(als, stoeluren, buiten, elders):
    from tests.stappenplan.traject_factories import start

    traject = start(elders, buiten)
    daar = services.indicator_opslaan(
        traject=traject,
        data={"naam": "Elders", "soort": "kwantitatief", "eenheid": "x", "richting": "hoger"},
    )
    assert als("coordinator").get(_url("detail", pk=daar.pk)).status_code == 404
