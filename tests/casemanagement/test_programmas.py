"""Programmes as data: the programme file, the loader and the draft versions it makes."""

from io import StringIO
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from casemanagement.models import (
    Fase,
    JourneyTemplate,
    Organisatie,
    Organisatietype,
    Overgang,
    Programma,
)
from casemanagement.programmas import (
    MAP,
    Programmafout,
    alle_programmas_laden,
    lees,
    programma_laden,
    standaard_domein,
)
from ontwikkelscan.models import Vragenlijst
from stappenplan.models import Activiteit, PlanTemplate

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

HERSENLETSEL = MAP / "casemanagement-hersenletsel.yaml"
PROGRAMMA_B = Path(__file__).parent / "programma_b.yaml"


def _gegevens(pad=HERSENLETSEL) -> dict:
    return yaml.safe_load(pad.read_text(encoding="utf-8"))


def _historie() -> int:
    """All history rows of our own apps: loading that changes nothing writes none."""
    totaal = 0
    for label in ("casemanagement", "stappenplan", "ontwikkelscan"):
        for model in apps.get_app_config(label).get_models():
            if model.__name__.startswith("Historical"):
                totaal += model.objects.count()
    return totaal


def test_the_hersenletsel_programme_comes_from_its_file():
    programma = Programma.objects.get(slug="casemanagement-hersenletsel")
    assert programma.naam == "Casemanagement hersenletsel"
    assert "hersenletsel" in programma.korte_beschrijving
    assert [f.code for f in programma.fasen.order_by("volgorde")] == [
        "acuut",
        "revalidatie",
        "thuis",
        "participatie",
    ]
    assert Overgang.objects.filter(van_fase__programma=programma).count() == 4
    routes = {
        j.code: [r.fase.code for r in j.route.select_related("fase")]
        for j in programma.journeys.all()
    }
    assert routes == {
        "ziekenhuis-naar-eerste-lijn": ["acuut", "thuis"],
        "revalidatie-naar-eerste-lijn": ["acuut", "revalidatie", "thuis"],
        "thuis-naar-eerste-lijn": ["thuis", "participatie"],
    }
    assert standaard_domein("gemeente") == "sociaal"
    assert standaard_domein("ziekenhuis") == "zorg"
    plan = PlanTemplate.objects.get(code="casemanagement-hersenletsel")
    assert (plan.versie, plan.actief, plan.cyclus_vanaf) == (1, True, 4)
    assert list(plan.stappen.values_list("nummer", flat=True)) == [0, 1, 2, 3, 4, 5, 6]
    vragenlijst = Vragenlijst.objects.get(code="casemanagement-hersenletsel")
    assert (vragenlijst.versie, vragenlijst.actief, vragenlijst.programma) == (1, True, programma)


def test_loading_the_files_twice_changes_nothing():
    voor = _historie()
    verslagen = alle_programmas_laden()
    assert [v.veranderd for v in verslagen] == [False]
    assert _historie() == voor
    assert PlanTemplate.objects.count() == 1
    assert Vragenlijst.objects.count() == 1

    uit = StringIO()
    call_command("laad_programmas", stdout=uit)
    assert "al geladen, niets veranderd" in uit.getvalue()
    assert _historie() == voor


def test_a_changed_file_makes_a_draft_version_and_never_rewrites_a_running_traject(
    regio, coordinator
):
    from stappenplan.services.traject import traject_starten

    plan = PlanTemplate.objects.get(code="casemanagement-hersenletsel", versie=1)
    traject = traject_starten(regio=regio, plan=plan, door=coordinator)
    titel_voor = Activiteit.objects.get(stap__traject=traject, code="winst-voor-clienten").titel

    gegevens = _gegevens()
    activiteit = gegevens["plannen"][0]["stappen"][4]["activiteiten"][1]
    assert activiteit["code"] == "winst-voor-clienten"
    activiteit["titel"] = "Per knelpunt opschrijven wat patiënten en naasten ervan merken"
    gegevens["vragenlijsten"][0]["themas"][0]["items"][0]["tekst"] = "Een nieuwe stelling."
    verslag = programma_laden(gegevens=gegevens)

    assert verslag.veranderd
    nieuw = PlanTemplate.objects.get(code="casemanagement-hersenletsel", versie=2)
    assert nieuw.actief is False
    plan.refresh_from_db()
    assert plan.actief is True
    assert (
        Activiteit.objects.get(stap__traject=traject, code="winst-voor-clienten").titel
        == titel_voor
    )
    assert plan.stappen.get(nummer=4).activiteiten.get(code="winst-voor-clienten").titel == (
        titel_voor
    )
    assert Vragenlijst.objects.get(code="casemanagement-hersenletsel", versie=2).actief is False

    # The same changed file again: nothing new.
    assert programma_laden(gegevens=gegevens).veranderd is False
    assert PlanTemplate.objects.filter(code="casemanagement-hersenletsel").count() == 2


def test_a_draft_version_cannot_be_started(regio, coordinator):
    from stappenplan.services.traject import traject_starten

    gegevens = _gegevens()
    gegevens["plannen"][0]["naam"] = "Casemanagement hersenletsel (herzien)"
    programma_laden(gegevens=gegevens)
    concept = PlanTemplate.objects.get(code="casemanagement-hersenletsel", versie=2)
    with pytest.raises(ValidationError) as fout:
        traject_starten(regio=regio, plan=concept, door=coordinator)
    assert fout.value.code == "plan_niet_actief"


def test_a_second_programme_brings_its_own_phases_journeys_and_types():
    verslag = programma_laden(gegevens=lees(PROGRAMMA_B))
    b = verslag.programma
    assert b.slug == "thuisbehandeling-test"
    assert [f.code for f in b.fasen.order_by("volgorde")] == ["ziekenhuis", "thuis", "evaluatie"]
    # A phase code of programme A ("thuis") is a different phase in programme B.
    assert Fase.objects.filter(code="thuis").count() == 2
    assert list(JourneyTemplate.objects.filter(programma=b).values_list("code", flat=True)) == [
        "behandeling-thuis"
    ]
    assert Organisatietype.objects.get(programma=b, code="apotheek").naam == "Apotheek"
    assert PlanTemplate.objects.get(code="thuisbehandeling-test").actief is True
    a = Programma.objects.get(slug="casemanagement-hersenletsel")
    assert a.fasen.count() == 4


@pytest.mark.parametrize(
    ("wijziging", "code"),
    [
        (lambda g: g.update(onbekend=[]), "onbekend_onderdeel"),
        (lambda g: g["journeys"][0]["route"].append("nergens"), "onbekende_fase"),
        (lambda g: g["organisatietypen"][0].update(domein="elders"), "onbekend_domein"),
        (lambda g: g["fasen"][0].pop("naam"), "veld_ontbreekt"),
    ],
)
def test_a_faulty_file_is_refused_whole_with_a_clear_message(wijziging, code):
    gegevens = _gegevens(PROGRAMMA_B)
    wijziging(gegevens)
    with pytest.raises(Programmafout) as fout:
        programma_laden(gegevens=lees(yaml.safe_dump(gegevens)))
    assert fout.value.code == code
    assert not Programma.objects.filter(slug="thuisbehandeling-test").exists()


def test_the_command_loads_a_named_file_and_reports_errors_in_dutch(tmp_path):
    uit = StringIO()
    call_command("laad_programmas", str(PROGRAMMA_B), stdout=uit)
    assert "Fase evaluatie toegevoegd" in uit.getvalue()
    kapot = tmp_path / "kapot.yaml"
    kapot.write_text("programma: [geen, slug]\n", encoding="utf-8")
    with pytest.raises(CommandError, match="mist het onderdeel 'programma'"):
        call_command("laad_programmas", str(kapot))


def test_an_administrator_loads_a_programme_file_in_the_admin(client):
    beheerder = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    url = "/admin/casemanagement/programma/laden/"
    assert (
        "Programmabestand laden" in client.get("/admin/casemanagement/programma/").content.decode()
    )
    bestand = SimpleUploadedFile("b.yaml", PROGRAMMA_B.read_bytes(), "application/yaml")
    response = client.post(url, {"bestand": bestand}, follow=True)
    assert response.redirect_chain[-1][0] == "/admin/casemanagement/programma/"
    assert Programma.objects.filter(slug="thuisbehandeling-test").exists()

    kapot = SimpleUploadedFile("k.yaml", b"programma:\n  naam: Zonder slug\n", "application/yaml")
    response = client.post(url, {"bestand": kapot})
    assert response.status_code == 200
    assert "&#x27;slug&#x27; ontbreekt" in response.content.decode()


def test_only_administrators_reach_the_upload(client):
    client.force_login(UserFactory())
    response = client.get("/admin/casemanagement/programma/laden/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_an_organisation_type_shows_its_programme_name(regio):
    organisatie = Organisatie.objects.create(
        regio=regio, naam="Gemeente Voorbeeld", type="gemeente"
    )
    assert organisatie.get_type_display() == "Gemeente / Wmo-loket"
