import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casemanagement.models import Fase, Lidmaatschap, Organisatie
from tests.factories import OrganisatieFactory, OrganisatieFaseFactory

pytestmark = pytest.mark.django_db


def test_it_shows_the_phase_matrix_with_what_each_organisation_does(als, personas, ziekenhuis):
    acuut = Fase.objects.get(code="acuut")
    OrganisatieFaseFactory(
        organisatie=ziekenhuis, fase=acuut, omschrijving="Stroke unit en neurologie"
    )
    response = als("teamlid").get(reverse("regio", args=["voorbeeld"]))
    tekst = response.content.decode()
    assert "Organisaties per fase" in tekst
    assert "Acute fase en ziekenhuis" in tekst
    assert "Stroke unit en neurologie" in tekst
    assert "Organisatie toevoegen" not in tekst  # only coordinators edit


def test_it_seeds_the_phases_in_order_from_onset_to_life_at_home(db):
    assert list(Fase.objects.values_list("code", flat=True)) == [
        "acuut",
        "revalidatie",
        "thuis",
        "participatie",
    ]


def test_a_coordinator_adds_an_organisation_with_its_phases(als, personas, regio):
    fasen = {f.code: f for f in Fase.objects.all()}
    response = als("coordinator").post(
        reverse("organisatie_nieuw", args=[regio.slug]),
        {
            "naam": "Gemeente Voorbeeld",
            "type": "gemeente",
            "domein": "sociaal",
            f"fase_{fasen['thuis'].pk}": "Wmo-loket en keukentafelgesprek",
            f"fase_{fasen['participatie'].pk}": "Dagbesteding",
        },
    )
    assert response.status_code == 302
    org = Organisatie.objects.get(regio=regio, naam="Gemeente Voorbeeld")
    assert {i.fase.code: i.omschrijving for i in org.inzet.all()} == {
        "thuis": "Wmo-loket en keukentafelgesprek",
        "participatie": "Dagbesteding",
    }
    assert org.history.first().history_user == personas.coordinator


def test_emptying_a_phase_removes_the_organisation_from_it(als, personas, ziekenhuis):
    acuut = Fase.objects.get(code="acuut")
    OrganisatieFaseFactory(organisatie=ziekenhuis, fase=acuut)
    als("coordinator").post(
        reverse("organisatie_bewerken", args=["voorbeeld", ziekenhuis.pk]),
        {"naam": ziekenhuis.naam, "type": "ziekenhuis", "domein": "zorg", f"fase_{acuut.pk}": ""},
    )
    assert not ziekenhuis.inzet.exists()


def test_bad_input_gets_a_dutch_error_and_changes_nothing(als, personas, regio, ziekenhuis):
    voor = Organisatie.objects.count()
    response = als("coordinator").post(
        reverse("organisatie_nieuw", args=[regio.slug]),
        {
            "naam": "ziekenhuis de linde",
            "type": "geen-type",
            "domein": "zorg",
            "email": "geen-mail",
        },
    )
    assert response.status_code == 200
    tekst = response.content.decode()
    assert "Controleer het formulier" in tekst
    assert "al een organisatie met deze naam" in tekst
    assert "Voer een geldig e-mailadres in" in tekst
    assert Organisatie.objects.count() == voor


def test_a_coordinator_changes_a_members_role(als, personas):
    lid = personas.teamlid.lidmaatschappen.get()
    als("coordinator").post(
        reverse("lid_bewerken", args=["voorbeeld", lid.pk]), {"rol": "manager", "organisatie": ""}
    )
    lid.refresh_from_db()
    assert lid.rol == "manager"
    assert lid.organisatie is None


def test_the_last_coordinator_cannot_step_down(als, personas):
    lid = personas.coordinator.lidmaatschappen.get()
    response = als("coordinator").post(
        reverse("lid_bewerken", args=["voorbeeld", lid.pk]), {"rol": "teamlid", "organisatie": ""}
    )
    assert "minstens één coördinator" in response.content.decode()
    lid.refresh_from_db()
    assert lid.rol == "coordinator"


def test_a_coordinator_removes_a_member(als, personas):
    lid = personas.patient.lidmaatschappen.get()
    als("coordinator").post(reverse("lid_verwijderen", args=["voorbeeld", lid.pk]))
    assert not Lidmaatschap.objects.filter(pk=lid.pk).exists()


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_region_and_start_page_queries_do_not_grow_with_organisations(als, personas, regio):
    client = als("coordinator")
    fasen = list(Fase.objects.all())

    def maak(n):
        for i in range(n):
            org = OrganisatieFactory(regio=regio)
            OrganisatieFaseFactory(organisatie=org, fase=fasen[i % len(fasen)])

    maak(10)
    regio_10 = _queries(client, reverse("regio", args=[regio.slug]))
    home_10 = _queries(client, reverse("home"))
    maak(90)
    assert _queries(client, reverse("regio", args=[regio.slug])) == regio_10
    assert _queries(client, reverse("home")) == home_10
