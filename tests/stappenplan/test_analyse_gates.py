"""The gate evidence of the analyse area (stap 1-5), each check with its edge cases."""

from datetime import date, timedelta

import pytest
from django.utils import timezone
from freezegun import freeze_time

from casemanagement.constants import Rol
from stappenplan.gates import (
    STAP_AAN_DE_SLAG,
    STAP_HUIDIGE_SITUATIE_IN_KAART,
    STAP_HUIDIGE_SITUATIE_VASTSTELLEN,
    STAP_VERBETERPUNTEN,
    STAP_VOORBEREIDING,
    ontbrekend_bewijs,
)
from stappenplan.models import JourneyType, KnelpuntStatus, PartnerBeschrijving, VerbeterpuntStatus
from stappenplan.services import analyse as services
from tests.factories import LidmaatschapFactory, OrganisatieFactory

from .factories_analyse import (
    KnelpuntFactory,
    PartnerBeschrijvingFactory,
    VerbeterpuntFactory,
    WerkconferentieFactory,
    smarti_compleet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _alleen_eigen_bewijs(alleen_bewijs_uit):
    alleen_bewijs_uit("stappenplan.selectors.analyse")


def codes(stap, regio):
    return sorted(o.code for o in ontbrekend_bewijs(stap, regio))


def opgestelde_journey(regio, organisatie, type_):
    journey = services.journey_aanmaken(regio=regio, type=type_)
    services.journey_opslaan(
        journey=journey,
        samenvatting="",
        stappen={
            s.pk: {"organisaties": [organisatie], "zorg": "Behandeling."}
            for s in journey.stappen.all()
        },
        overgangen={o.pk: {"informatie": "Ontslagbrief."} for o in journey.overgangen.all()},
    )
    return journey


# Stap 1 ---------------------------------------------------------------------------------------


def test_stap1_misses_all_three_journeys_in_a_new_region(regio):
    assert codes(STAP_VOORBEREIDING, regio) == ["journey_ontbreekt"] * 3


def test_stap1_needs_each_journey_drafted_and_put_to_the_representatives(
    regio, ziekenhuis, coordinator
):
    journeys = [opgestelde_journey(regio, ziekenhuis, t) for t in JourneyType]
    assert codes(STAP_VOORBEREIDING, regio) == ["journey_niet_voorgelegd"] * 3
    for journey in journeys:
        services.journey_voorleggen(journey=journey, door=coordinator)
    assert codes(STAP_VOORBEREIDING, regio) == []


def test_stap1_a_journey_without_organisations_or_care_is_not_drafted(regio, ziekenhuis):
    services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)  # no organisations in phases
    gevonden = ontbrekend_bewijs(STAP_VOORBEREIDING, regio)
    onvolledig = [o for o in gevonden if o.code == "journey_onvolledig"]
    assert len(onvolledig) == 1
    assert "organisaties in de fase thuis" in onvolledig[0].melding
    assert onvolledig[0].url.endswith("/patientjourneys/thuis-naar-eerste-lijn/bewerken/")


def test_stap1_only_counts_the_regions_own_journeys(regio, elders, ziekenhuis):
    org_elders = OrganisatieFactory(regio=elders)
    for t in JourneyType:
        j = opgestelde_journey(elders, org_elders, t)
        j.voorgelegd_op = date(2026, 1, 1)
        j.save()
    assert codes(STAP_VOORBEREIDING, regio) == ["journey_ontbreekt"] * 3


# Stap 2 ---------------------------------------------------------------------------------------


def test_stap2_needs_a_description_of_every_team_organisation_and_the_bundle(
    regio, ziekenhuis, revalidatiecentrum, teamlid, coordinator
):
    LidmaatschapFactory(regio=regio, rol=Rol.TEAMLID, organisatie=ziekenhuis)
    gevonden = ontbrekend_bewijs(STAP_HUIDIGE_SITUATIE_IN_KAART, regio)
    assert sorted(o.code for o in gevonden) == [
        "beschrijving_ontbreekt",
        "beschrijving_ontbreekt",
        "bundel_niet_verstuurd",
    ]
    assert {o.melding.split(" heeft")[0] for o in gevonden[:2]} == {
        "Ziekenhuis De Linde",
        "Revalidatiecentrum Het Anker",
    }
    PartnerBeschrijvingFactory(organisatie=ziekenhuis)
    PartnerBeschrijvingFactory(organisatie=revalidatiecentrum)
    services.bundel_rondsturen(regio=regio, door=coordinator)
    assert codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == []


def test_stap2_ignores_organisations_outside_the_team(regio, ziekenhuis, coordinator, patient):
    # The patient representative's organisation is not part of the implementation team.
    vereniging = OrganisatieFactory(regio=regio, naam="Hersenletselvereniging")
    patient.lidmaatschappen.update(organisatie=vereniging)
    PartnerBeschrijvingFactory(organisatie=ziekenhuis)
    services.bundel_rondsturen(regio=regio, door=coordinator)
    assert codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == []


def test_stap2_asks_to_send_the_bundle_again_after_a_description_changed(
    regio, revalidatiecentrum, teamlid, coordinator
):
    PartnerBeschrijvingFactory(organisatie=revalidatiecentrum)
    services.bundel_rondsturen(regio=regio, door=coordinator)
    assert codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == []
    with freeze_time(timezone.now() + timedelta(hours=1)):
        b = PartnerBeschrijving.objects.get(organisatie=revalidatiecentrum)
        b.overdracht = "Nu met een warme overdracht."
        b.save()
    assert codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == ["bundel_verouderd"]


# Stap 3 ---------------------------------------------------------------------------------------


def test_stap3_needs_a_knelpunten_table(regio):
    assert codes(STAP_HUIDIGE_SITUATIE_VASTSTELLEN, regio) == ["geen_knelpunten"]


def test_stap3_needs_the_organisations_of_each_knelpunt(regio, ziekenhuis):
    KnelpuntFactory(regio=regio, organisaties=[ziekenhuis])
    zonder = KnelpuntFactory(regio=regio, titel="Wachttijd dagbesteding")
    gevonden = ontbrekend_bewijs(STAP_HUIDIGE_SITUATIE_VASTSTELLEN, regio)
    assert [o.code for o in gevonden] == ["knelpunt_zonder_organisaties"]
    assert "Wachttijd dagbesteding" in gevonden[0].melding
    # The link opens the form at the missing part, and that part is there.
    assert gevonden[0].url.endswith(f"/knelpunten/{zonder.pk}/bewerken/#div_id_organisaties")
    zonder.organisaties.add(ziekenhuis)
    assert codes(STAP_HUIDIGE_SITUATIE_VASTSTELLEN, regio) == []


# Stap 4 ---------------------------------------------------------------------------------------


def test_stap4_needs_knelpunten_taken_up_and_a_werkconferentie(regio):
    KnelpuntFactory(regio=regio)  # open, not taken up
    assert codes(STAP_VERBETERPUNTEN, regio) == ["geen_knelpunt_opgepakt", "geen_werkconferentie"]


def test_stap4_each_knelpunt_taken_up_needs_a_verbeterpunt_with_a_complete_smarti_goal(regio):
    WerkconferentieFactory(regio=regio, rol_patientvertegenwoordigers="Verhaal vertellen.")
    k = KnelpuntFactory(regio=regio, status=KnelpuntStatus.OPGEPAKT)
    KnelpuntFactory(regio=regio, status=KnelpuntStatus.NIET_OPGEPAKT)  # does not count
    assert codes(STAP_VERBETERPUNTEN, regio) == ["knelpunt_zonder_verbeterpunt"]
    vp = VerbeterpuntFactory(regio=regio, knelpunt=k, **smarti_compleet(deadline=None))
    gevonden = ontbrekend_bewijs(STAP_VERBETERPUNTEN, regio)
    assert [o.code for o in gevonden] == ["doel_smarti_onvolledig"]
    assert "tijdgebonden ontbreekt" in gevonden[0].melding
    assert gevonden[0].url.endswith(f"/doelen/{vp.pk}/bewerken/#div_id_deadline")
    vp.deadline = date(2027, 1, 1)
    vp.save()
    assert codes(STAP_VERBETERPUNTEN, regio) == []


def test_stap4_one_complete_goal_per_knelpunt_is_enough_and_stopped_goals_do_not_count(regio):
    WerkconferentieFactory(regio=regio, rol_patientvertegenwoordigers="Tafelvoorzitter.")
    k = KnelpuntFactory(regio=regio, status=KnelpuntStatus.OPGELOST)
    VerbeterpuntFactory(regio=regio, knelpunt=k)  # incomplete
    gestopt = VerbeterpuntFactory(
        regio=regio, knelpunt=k, status=VerbeterpuntStatus.GESTOPT, **smarti_compleet()
    )
    assert codes(STAP_VERBETERPUNTEN, regio) == ["doel_smarti_onvolledig"]
    gestopt.status = VerbeterpuntStatus.LOOPT
    gestopt.save()
    assert codes(STAP_VERBETERPUNTEN, regio) == []


def test_stap4_the_werkconferentie_needs_the_role_of_the_patient_representatives(regio):
    k = KnelpuntFactory(regio=regio, status=KnelpuntStatus.OPGEPAKT)
    VerbeterpuntFactory(regio=regio, knelpunt=k, **smarti_compleet())
    w = WerkconferentieFactory(regio=regio)
    gevonden = ontbrekend_bewijs(STAP_VERBETERPUNTEN, regio)
    assert [o.code for o in gevonden] == ["werkconferentie_zonder_rol_patienten"]
    assert gevonden[0].url.endswith(f"/doelen/werkconferentie/{w.pk}/bewerken/")


# Stap 5 ---------------------------------------------------------------------------------------


def test_stap5_needs_goals(regio):
    assert codes(STAP_AAN_DE_SLAG, regio) == ["geen_doelen"]


def test_stap5_each_goal_needs_responsible_agreements_evaluation_and_communication(
    regio, coordinator
):
    vp = VerbeterpuntFactory(regio=regio)
    VerbeterpuntFactory(regio=regio, status=VerbeterpuntStatus.GESTOPT)  # stopped: ignored
    gevonden = ontbrekend_bewijs(STAP_AAN_DE_SLAG, regio)
    assert [o.code for o in gevonden] == ["doel_niet_uitgewerkt"]
    assert (
        "een verantwoordelijke, schriftelijke afspraken, een evaluatiemoment" in gevonden[0].melding
    )
    vp.verantwoordelijke = coordinator
    vp.afspraken = "Convenant overdracht."
    vp.evaluatie_op = date(2027, 3, 1)
    vp.communicatie = "Nieuwsbrief."
    vp.save()
    assert codes(STAP_AAN_DE_SLAG, regio) == []


def test_stap5_a_group_can_be_the_responsible(regio):
    VerbeterpuntFactory(
        regio=regio,
        verantwoordelijke_groep="Werkgroep overdracht",
        afspraken="Vastgelegd.",
        evaluatie_op=date(2027, 3, 1),
        communicatie="Intranet.",
    )
    assert codes(STAP_AAN_DE_SLAG, regio) == []
