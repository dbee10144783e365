"""The business case and pilot pages, per persona, and the business-case PDF."""

import io
from datetime import date

import pytest
from django.urls import reverse
from freezegun import freeze_time
from pypdf import PdfReader

from pilots import services
from pilots.constants import PilotStatus
from pilots.models import Pilot

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vandaag():
    with freeze_time("2026-06-15 10:00"):
        yield


def _url(naam, **kwargs):
    return reverse(f"pilots:{naam}", kwargs={"slug": "voorbeeld", **kwargs})


@pytest.fixture
def pilot(traject, ziekenhuis, thuiszorg, coordinator):
    return services.pilot_opslaan(
        traject=traject,
        data={
            "naam": "Thuistoediening De Linde",
            "ziekenhuis": ziekenhuis,
            "behandeling": "Immunotherapie als onderhuidse injectie",
            "voorbereiding_sinds": date(2026, 1, 12),
        },
        partners=[thuiszorg],
        door=coordinator,
    )


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("teamlid", 200), ("patient", 200), ("manager", 200), ("buiten", 404)],
)
def test_members_read_the_business_case_and_pilots(als, businesscase, pilot, persona, status):
    client = als(persona)
    for url in (_url("businesscase"), _url("pilots"), _url("pilot", pk=pilot.pk)):
        assert client.get(url).status_code == status, url
    antwoord = client.get(_url("businesscase_pdf"))
    assert antwoord.status_code == status
    if status == 200:
        assert antwoord["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    ("persona", "status"),
    [("coordinator", 200), ("teamlid", 403), ("patient", 403), ("manager", 403), ("buiten", 404)],
)
def test_only_the_coordinator_changes_the_business_case_and_pilots(
    als, businesscase, pilot, persona, status
):
    client = als(persona)
    assert client.get(_url("criterium_nieuw")).status_code == status
    assert client.get(_url("criterium_bewerken", pk=businesscase[0].pk)).status_code == status
    assert client.get(_url("pilot_nieuw")).status_code == status
    assert client.get(_url("pilot_bewerken", pk=pilot.pk)).status_code == status
    antwoord = client.post(
        _url("pilot_starten", pk=pilot.pk),
        {"start-gestart_op": "2026-03-02", "start-versie": pilot.versie},
    )
    assert antwoord.status_code == (302 if status == 200 else status)
    pilot.refresh_from_db()
    assert (pilot.status == PilotStatus.LOPEND) == (status == 200)


def test_the_business_case_page_shows_every_party_and_both_groups(als, businesscase):
    pagina = als("manager").get(_url("businesscase")).content.decode()
    for kop in ("Ziekenhuis", "Zorgverzekeraar", "Thuiszorgorganisatie", "Patiënt en naasten"):
        assert kop in pagina
    assert "Kwalitatieve criteria" in pagina and "Kwantitatieve criteria" in pagina
    assert "+45 uur per maand" in pagina
    assert "-50 euro" in pagina


def test_the_business_case_pdf_holds_criteria_side_by_side(als, businesscase, pilot):
    antwoord = als("teamlid").get(_url("businesscase_pdf"))
    pdf = PdfReader(io.BytesIO(antwoord.content))
    tekst = " ".join(p.extract_text() for p in pdf.pages).replace("\n", " ")
    assert "/StructTreeRoot" in pdf.trailer["/Root"]  # tagged, PDF/UA
    assert "Business case" in tekst
    assert "Kosten per toediening" in tekst and "Ervaring van patiënten" in tekst
    assert "Thuistoediening De Linde" in tekst
    assert "350 euro" in tekst and "400 euro" in tekst and "300 euro" in tekst


def test_a_bad_start_date_gets_a_dutch_error_and_400(als, pilot):
    antwoord = als("coordinator").post(
        _url("pilot_starten", pk=pilot.pk), {"start-gestart_op": "2026-07-01"}
    )
    assert antwoord.status_code == 400
    assert "Deze datum kan niet in de toekomst liggen." in antwoord.content.decode()


def test_the_coordinator_adds_a_pilot_with_partners_from_the_network(
    als, traject, ziekenhuis, thuiszorg
):
    antwoord = als("coordinator").post(
        _url("pilot_nieuw"),
        {
            "naam": "Thuis behandelen",
            "ziekenhuis": ziekenhuis.pk,
            "behandeling": "Onderhuidse injectie",
            "partners": [thuiszorg.pk],
            "voorbereiding_sinds": "2026-02-02",
        },
    )
    assert antwoord.status_code == 302
    pilot = Pilot.objects.get(naam="Thuis behandelen")
    assert list(pilot.partners.all()) == [thuiszorg]
    pagina = als("coordinator").get(_url("pilot", pk=pilot.pk)).content.decode()
    assert "Thuiszorg Aan Huis" in pagina and "In voorbereiding" in pagina
