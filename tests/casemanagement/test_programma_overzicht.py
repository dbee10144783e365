"""The programme overview `/programma/<slug>/`: the programme lead and the administrator."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casemanagement.constants import Rol
from casemanagement.models import Programma, Programmarol
from casemanagement.programmas import lees, programma_laden
from stappenplan.models import PlanTemplate
from stappenplan.services.traject import activiteit_afvinken, traject_starten

from ..factories import LidmaatschapFactory, RegioFactory, UserFactory

pytestmark = pytest.mark.django_db

A = "casemanagement-hersenletsel"
B_BESTAND = Path(__file__).parent / "programma_b.yaml"
URL_A = f"/programma/{A}/"
URL_B = "/programma/thuisbehandeling-test/"


def _regio_met_traject(naam, slug, plan_code=A):
    regio = RegioFactory(naam=naam, slug=slug)
    coordinator = UserFactory()
    LidmaatschapFactory(user=coordinator, regio=regio, rol=Rol.COORDINATOR)
    plan = PlanTemplate.objects.get(code=plan_code, actief=True)
    return regio, traject_starten(regio=regio, plan=plan, door=coordinator), coordinator


@pytest.fixture
def programma_b(db):
    return programma_laden(gegevens=lees(B_BESTAND)).programma


@pytest.fixture
def leider(db):
    user = UserFactory(email="leider@example.org", naam="Pim Programmaleider")
    Programmarol.objects.create(user=user, programma=Programma.objects.get(slug=A))
    return user


def test_the_lead_sees_every_traject_of_the_programme_and_nothing_of_another(
    client, leider, programma_b
):
    _, noord, coordinator = _regio_met_traject("Regio Noord", "noord")
    _regio_met_traject("Regio Zuid", "zuid")
    _regio_met_traject("Pilot Oost", "oost", plan_code="thuisbehandeling-test")
    eerste = noord.stappen.get(nummer=0).activiteiten.first()
    activiteit_afvinken(activiteit=eerste, door=coordinator, gedaan=True)
    client.force_login(leider)

    response = client.get(URL_A)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Regio Noord" in html and "Regio Zuid" in html
    assert "Pilot Oost" not in html
    assert "2 trajecten van Casemanagement hersenletsel" in html
    assert "Stap 0: Draagvlak creëren" in html
    # Read only and no way into a region the lead is not a member of.
    assert 'href="/regio/noord/' not in html
    assert "<form" not in html.split('id="inhoud"')[1]

    assert client.get(URL_B).status_code == 404
    assert client.get("/regio/noord/").status_code == 404


def test_the_start_page_lists_the_programmes_of_the_lead(client, leider):
    client.force_login(leider)
    html = client.get("/").content.decode()
    assert "Mijn regio's en programma's" in html
    assert f'href="{URL_A}"' in html


def test_the_page_names_its_programme_in_the_header(client, leider):
    client.force_login(leider)
    html = client.get(URL_A).content.decode()
    assert '<p class="programmakop' in html
    assert "<title>Programma-overzicht · Casemanagement hersenletsel" in html


def test_an_administrator_sees_every_programme(client, programma_b):
    _regio_met_traject("Pilot Oost", "oost", plan_code="thuisbehandeling-test")
    client.force_login(UserFactory(is_staff=True))
    assert client.get(URL_A).status_code == 200
    response = client.get(URL_B)
    assert response.status_code == 200
    assert "Pilot Oost" in response.content.decode()
    home = client.get("/").content.decode()
    assert f'href="{URL_A}"' in home and f'href="{URL_B}"' in home


@pytest.mark.parametrize("wie", ["anoniem", "coordinator", "buiten", "onbekend_programma"])
def test_anyone_without_a_role_in_the_programme_gets_nothing(client, personas, leider, wie):
    if wie == "anoniem":
        response = client.get(URL_A)
        assert response.status_code == 302
        assert response["Location"].startswith("/account/inloggen/")
        return
    if wie == "onbekend_programma":
        client.force_login(leider)
        assert client.get("/programma/bestaat-niet/").status_code == 404
        return
    client.force_login(getattr(personas, wie))
    assert client.get(URL_A).status_code == 404
    assert f'href="{URL_A}"' not in client.get("/").content.decode()


def test_a_member_who_leads_the_programme_reaches_their_own_region_from_the_overview(
    client, leider
):
    regio, _, _ = _regio_met_traject("Regio Noord", "noord")
    LidmaatschapFactory(user=leider, regio=regio, rol=Rol.MANAGER)
    client.force_login(leider)
    assert 'href="/regio/noord/"' in client.get(URL_A).content.decode()


def test_the_overview_takes_as_many_queries_for_two_trajecten_as_for_six(client, leider):
    client.force_login(leider)

    def tel():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL_A).status_code == 200
        return len(queries)

    for i in range(2):
        _regio_met_traject(f"Regio {i}", f"regio-{i}")
    klein = tel()
    for i in range(2, 6):
        _regio_met_traject(f"Regio {i}", f"regio-{i}")
    assert tel() == klein
