"""The business case and the pilots: their rules in the services, their sums in the selectors."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from pilots import selectors, services
from pilots.constants import Groep, Partij, PilotBesluit, PilotStatus
from tests.factories import OrganisatieFactory

from .conftest import maak_criterium

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vandaag():
    with freeze_time("2026-06-15 10:00"):
        yield


def _code(exc_info):
    fout = exc_info.value
    if hasattr(fout, "error_dict"):
        return next(iter(fout.error_dict.values()))[0].code
    return fout.error_list[0].code


def test_criteria_are_grouped_and_their_group_follows_the_indicator(businesscase, traject):
    regels = selectors.criteria(traject)
    groepen = dict(selectors.per_groep(regels))
    assert [r.s.indicator.naam for r in groepen["Kwalitatieve criteria"]] == [
        "Ervaring van patiënten"
    ]
    assert len(groepen["Kwantitatieve criteria"]) == 4
    assert businesscase[-1].groep == Groep.KWALITATIEF


def test_per_party_the_page_shows_what_changed_and_the_sum(businesscase, traject):
    blokken = {b.partij: b for b in selectors.per_partij(selectors.criteria(traject))}
    assert set(blokken) == set(Partij.values)
    ziekenhuis = blokken[Partij.ZIEKENHUIS]
    assert [s.tekst for s in ziekenhuis.sommen] == ["+45 uur per maand"]
    verzekeraar = blokken[Partij.ZORGVERZEKERAAR]
    assert verzekeraar.regels[0].s.tekst["verandering"] == "-50 euro"
    assert [s.verbetering for s in verzekeraar.sommen] == [D("50")]  # lower is better
    thuiszorg = blokken[Partij.THUISZORG]
    assert [s.verbetering for s in thuiszorg.sommen] == [D("-5")]  # worse than at the start
    patient = blokken[Partij.PATIENT]
    assert len(patient.regels) == 2
    assert [s.naam for s in patient.sommen] == ["Bespaarde reistijd"]  # qualitative not summed


def test_an_indicator_is_in_the_business_case_once_and_only_of_its_own_traject(
    businesscase, traject, coordinator, elders, buiten
):
    with pytest.raises(ValidationError) as exc:
        services.criterium_opslaan(
            traject=traject, data={"indicator": businesscase[0].indicator, "partij": Partij.PATIENT}
        )
    assert _code(exc) == "al_criterium"
    from tests.stappenplan.traject_factories import start

    ander = start(elders, buiten)
    daar = maak_criterium(ander, buiten, naam="Elders gemeten", partij=Partij.ZIEKENHUIS)
    with pytest.raises(ValidationError) as exc:
        services.criterium_opslaan(
            traject=traject, data={"indicator": daar.indicator, "partij": Partij.ZIEKENHUIS}
        )
    assert _code(exc) == "ander_traject"


@pytest.fixture
def pilot(traject, ziekenhuis, thuiszorg, coordinator):
    return services.pilot_opslaan(
        traject=traject,
        data={
            "naam": "Subcutane immunotherapie thuis",
            "ziekenhuis": ziekenhuis,
            "behandeling": "Immunotherapie als onderhuidse injectie",
            "voorbereiding_sinds": date(2026, 1, 12),
            "geplande_start": date(2026, 3, 2),
        },
        partners=[thuiszorg, ziekenhuis],
        door=coordinator,
    )


def test_a_pilot_runs_from_preparation_through_evaluation(pilot, coordinator):
    assert pilot.status == PilotStatus.VOORBEREIDING
    assert [p.naam for p in pilot.partners.all()] == ["Thuiszorg Aan Huis"]
    services.pilot_starten(pilot=pilot, op=date(2026, 3, 2), door=coordinator)
    pilot.refresh_from_db()
    assert pilot.status == PilotStatus.LOPEND
    with pytest.raises(ValidationError) as exc:
        services.pilot_evalueren(
            pilot=pilot, op=date(2026, 6, 1), evaluatie="", besluit="opschalen", door=coordinator
        )
    assert _code(exc) == "geen_evaluatie"
    services.pilot_evalueren(
        pilot=pilot,
        op=date(2026, 6, 1),
        evaluatie="Veilig en goed ontvangen.",
        besluit=PilotBesluit.OPSCHALEN,
        door=coordinator,
    )
    pilot.refresh_from_db()
    assert (pilot.status, pilot.besluit) == (PilotStatus.GEEVALUEERD, PilotBesluit.OPSCHALEN)
    statussen = list(pilot.history.order_by("history_id").values_list("status", flat=True))
    assert statussen[0] == PilotStatus.VOORBEREIDING
    assert statussen[-2:] == [PilotStatus.LOPEND, PilotStatus.GEEVALUEERD]
    with pytest.raises(ValidationError) as exc:
        services.pilot_stoppen(pilot=pilot, op=date(2026, 6, 2), toelichting="x", door=coordinator)
    assert _code(exc) == "al_afgesloten"


@pytest.mark.parametrize(
    ("op", "code"), [(date(2026, 7, 1), "toekomst"), (date(2026, 1, 5), "te_vroeg")]
)
def test_a_pilot_starts_between_its_preparation_and_today(pilot, coordinator, op, code):
    with pytest.raises(ValidationError) as exc:
        services.pilot_starten(pilot=pilot, op=op, door=coordinator)
    assert _code(exc) == code


def test_only_a_running_pilot_is_evaluated_and_a_stop_needs_a_reason(pilot, coordinator):
    with pytest.raises(ValidationError) as exc:
        services.pilot_evalueren(
            pilot=pilot, op=date(2026, 6, 1), evaluatie="x", besluit="doorgaan", door=coordinator
        )
    assert _code(exc) == "niet_lopend"
    with pytest.raises(ValidationError) as exc:
        services.pilot_stoppen(pilot=pilot, op=date(2026, 6, 1), toelichting=" ", door=coordinator)
    assert _code(exc) == "geen_toelichting"
    services.pilot_stoppen(
        pilot=pilot, op=date(2026, 6, 1), toelichting="Geen thuiszorgcapaciteit.", door=coordinator
    )
    pilot.refresh_from_db()
    assert (pilot.status, pilot.besluit) == (PilotStatus.GESTOPT, PilotBesluit.STOPPEN)


def test_a_pilot_takes_its_hospital_and_partners_from_its_own_network(
    traject, coordinator, elders, ziekenhuis
):
    daar = OrganisatieFactory(regio=elders, naam="Ziekenhuis Elders")
    basis = {"naam": "P", "behandeling": "B", "voorbereiding_sinds": date(2026, 1, 12)}
    with pytest.raises(ValidationError) as exc:
        services.pilot_opslaan(
            traject=traject, data={**basis, "ziekenhuis": daar}, door=coordinator
        )
    assert _code(exc) == "andere_regio"
    with pytest.raises(ValidationError) as exc:
        services.pilot_opslaan(
            traject=traject,
            data={**basis, "ziekenhuis": ziekenhuis},
            partners=[daar],
            door=coordinator,
        )
    assert _code(exc) == "andere_regio"


def test_a_concurrent_change_of_a_pilot_is_refused(pilot, coordinator):
    getoond = pilot.versie
    services.pilot_starten(pilot=pilot, op=date(2026, 3, 2), door=coordinator, versie=getoond)
    with pytest.raises(ValidationError) as exc:
        services.pilot_stoppen(
            pilot=pilot, op=date(2026, 3, 3), toelichting="x", door=coordinator, versie=getoond
        )
    assert _code(exc) == "gelijktijdig_gewijzigd"
