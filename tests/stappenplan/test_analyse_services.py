"""The services of the analyse area against the database: rules, errors, history, mail."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from casemanagement.constants import Rol
from casemanagement.models import Fase, Overgang
from stappenplan.models import (
    JourneyOordeel,
    JourneyType,
    Knelpunt,
    KnelpuntBron,
    KnelpuntStatus,
    Patientjourney,
    Verbeterpunt,
    Werkconferentie,
)
from stappenplan.services import analyse as services
from tests.factories import LidmaatschapFactory, OrganisatieFactory, OrganisatieFaseFactory

from .factories_analyse import KnelpuntFactory, VerbeterpuntFactory

pytestmark = pytest.mark.django_db


def fase(code):
    return Fase.objects.get(code=code)


def foutcode(exc_info):
    return exc_info.value.code


# Journeys -------------------------------------------------------------------------------------


def test_a_journey_gets_the_route_of_its_referral_type(regio):
    routes = {
        JourneyType.ZIEKENHUIS: ["acuut", "thuis"],
        JourneyType.REVALIDATIE: ["acuut", "revalidatie", "thuis"],
        JourneyType.THUIS: ["thuis", "participatie"],
    }
    for type_, route in routes.items():
        j = services.journey_aanmaken(regio=regio, type=type_)
        assert [s.fase.code for s in j.stappen.all()] == route
        assert [
            (o.overgang.van_fase.code, o.overgang.naar_fase.code) for o in j.overgangen.all()
        ] == list(zip(route, route[1:], strict=False))


def test_a_new_journey_starts_with_the_organisations_active_in_each_phase(
    regio, ziekenhuis, elders
):
    OrganisatieFaseFactory(organisatie=ziekenhuis, fase=fase("acuut"))
    OrganisatieFaseFactory(organisatie=OrganisatieFactory(regio=elders), fase=fase("acuut"))
    j = services.journey_aanmaken(regio=regio, type=JourneyType.ZIEKENHUIS)
    assert list(j.stappen.get(fase__code="acuut").organisaties.all()) == [ziekenhuis]


def test_each_referral_type_exists_once_per_region(regio):
    services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    with pytest.raises(ValidationError) as exc:
        services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    assert foutcode(exc) == "journey_bestaat"
    with pytest.raises(ValidationError) as exc:
        services.journey_aanmaken(regio=regio, type="onbekend")
    assert foutcode(exc) == "onbekend_type"


def test_a_journey_refuses_organisations_of_another_region(regio, elders, coordinator):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    stap = j.stappen.first()
    vreemd = OrganisatieFactory(regio=elders)
    with pytest.raises(ValidationError) as exc:
        services.journey_opslaan(
            journey=j,
            samenvatting="x",
            stappen={stap.pk: {"organisaties": [vreemd]}},
            overgangen={},
        )
    assert foutcode(exc) == "organisatie_andere_regio"
    assert not stap.organisaties.exists()
    assert Patientjourney.objects.get(pk=j.pk).samenvatting == ""  # nothing changed


def test_a_journey_refuses_parts_of_another_journey(regio):
    a = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    b = services.journey_aanmaken(regio=regio, type=JourneyType.ZIEKENHUIS)
    with pytest.raises(ValidationError) as exc:
        services.journey_opslaan(
            journey=a, samenvatting="", stappen={b.stappen.first().pk: {}}, overgangen={}
        )
    assert foutcode(exc) == "ander_onderdeel"


def test_putting_a_journey_to_the_representatives_records_the_date_and_mails_them(
    regio, ziekenhuis, coordinator, patient
):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.ZIEKENHUIS)
    with pytest.raises(ValidationError) as exc:
        services.journey_voorleggen(journey=j, door=coordinator)
    assert foutcode(exc) == "journey_onvolledig"
    assert not mail.outbox
    services.journey_opslaan(
        journey=j,
        samenvatting="",
        stappen={s.pk: {"organisaties": [ziekenhuis], "zorg": "Zorg."} for s in j.stappen.all()},
        overgangen={o.pk: {"verantwoordelijke": "Neuroloog"} for o in j.overgangen.all()},
    )
    services.journey_voorleggen(journey=j, door=coordinator, op=date(2026, 9, 1))
    j.refresh_from_db()
    assert j.voorgelegd_op == date(2026, 9, 1)
    assert j.voorgelegd_door == coordinator
    assert [m.to for m in mail.outbox] == [["patient@example.org"]]
    assert "/regio/voorbeeld/patientjourneys/ziekenhuis-naar-eerste-lijn/" in mail.outbox[0].body
    assert j.history.first().history_type == "~"


def test_a_comment_is_about_one_phase_or_one_transition_of_the_same_journey(regio, patient):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.REVALIDATIE)
    ander = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    stap = j.stappen.first()
    with pytest.raises(ValidationError) as exc:
        services.reactie_plaatsen(journey=j, auteur=patient, herkenbaar="ja")
    assert foutcode(exc) == "onderdeel_kiezen"
    with pytest.raises(ValidationError) as exc:
        services.reactie_plaatsen(
            journey=j, auteur=patient, herkenbaar="ja", stap=stap, overgang=j.overgangen.first()
        )
    assert foutcode(exc) == "onderdeel_kiezen"
    with pytest.raises(ValidationError) as exc:
        services.reactie_plaatsen(
            journey=j, auteur=patient, herkenbaar="ja", stap=ander.stappen.first()
        )
    assert foutcode(exc) == "ander_onderdeel"
    with pytest.raises(ValidationError) as exc:
        services.reactie_plaatsen(journey=j, auteur=patient, herkenbaar="nee", stap=stap)
    assert foutcode(exc) == "reactie_leeg"
    r = services.reactie_plaatsen(
        journey=j, auteur=patient, herkenbaar="nee", wat_gaat_mis=" Lang wachten. ", stap=stap
    )
    assert r.wat_gaat_mis == "Lang wachten."


def test_the_coordinator_answers_a_comment(regio, patient, coordinator):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    r = services.reactie_plaatsen(
        journey=j,
        auteur=patient,
        herkenbaar="ja",
        suggestie="Bel na ontslag.",
        stap=j.stappen.first(),
    )
    with pytest.raises(ValidationError) as exc:
        services.reactie_beantwoorden(reactie=r, door=coordinator, antwoord="  ")
    assert foutcode(exc) == "antwoord_leeg"
    services.reactie_beantwoorden(reactie=r, door=coordinator, antwoord="Opgenomen als knelpunt.")
    r.refresh_from_db()
    assert r.antwoord == "Opgenomen als knelpunt."
    assert r.beantwoord_door == coordinator and r.beantwoord_op is not None


def test_a_verdict_is_one_per_person_and_asking_for_changes_needs_an_explanation(regio, patient):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    with pytest.raises(ValidationError) as exc:
        services.oordeel_geven(journey=j, auteur=patient, oordeel="aanpassen")
    assert foutcode(exc) == "toelichting_nodig"
    services.oordeel_geven(
        journey=j, auteur=patient, oordeel="aanpassen", toelichting="Naasten missen."
    )
    services.oordeel_geven(journey=j, auteur=patient, oordeel="akkoord")
    assert list(JourneyOordeel.objects.values_list("oordeel", flat=True)) == ["akkoord"]


# Partner descriptions -------------------------------------------------------------------------


def test_a_description_needs_care_in_a_phase_and_the_handover(regio, ziekenhuis, teamlid):
    acuut = fase("acuut")
    with pytest.raises(ValidationError) as exc:
        services.beschrijving_opslaan(
            organisatie=ziekenhuis, door=teamlid, overdracht="Brief.", zorg_per_fase={acuut.pk: " "}
        )
    assert foutcode(exc) == "geen_zorg"
    with pytest.raises(ValidationError) as exc:
        services.beschrijving_opslaan(
            organisatie=ziekenhuis, door=teamlid, overdracht="", zorg_per_fase={acuut.pk: "SEH"}
        )
    assert foutcode(exc) == "geen_overdracht"
    b = services.beschrijving_opslaan(
        organisatie=ziekenhuis,
        door=teamlid,
        overdracht="Brief.",
        zorg_per_fase={acuut.pk: "SEH", fase("thuis").pk: "Nazorgpoli"},
    )
    assert {f.fase.code: f.zorg for f in b.fasen.all()} == {"acuut": "SEH", "thuis": "Nazorgpoli"}
    services.beschrijving_opslaan(
        organisatie=ziekenhuis,
        door=teamlid,
        overdracht="Brief.",
        zorg_per_fase={acuut.pk: "SEH en stroke unit", fase("thuis").pk: ""},
    )
    assert {f.fase.code: f.zorg for f in b.fasen.all()} == {"acuut": "SEH en stroke unit"}


def test_sending_the_bundle_mails_the_team_and_records_the_date(
    regio, ziekenhuis, coordinator, teamlid, patient, manager
):
    with pytest.raises(ValidationError) as exc:
        services.bundel_rondsturen(regio=regio, door=coordinator)
    assert foutcode(exc) == "geen_beschrijvingen"
    services.beschrijving_opslaan(
        organisatie=ziekenhuis,
        door=coordinator,
        overdracht="Brief.",
        zorg_per_fase={fase("acuut").pk: "SEH"},
    )
    verzending = services.bundel_rondsturen(regio=regio, door=coordinator)
    assert verzending.aantal_beschrijvingen == 1
    assert sorted(mail.outbox[0].to) == ["coordinator@example.org", "teamlid@example.org"]
    assert "/regio/voorbeeld/beschrijvingen/bundel/" in mail.outbox[0].body
    assert verzending.verstuurd_op <= timezone.now()


# Knelpunten -----------------------------------------------------------------------------------


def _data(**extra):
    return {
        "titel": "Lange wachttijd",
        "huidige_situatie": "Zes dagen wachten.",
        "gewenste_situatie": "",
        "bron": KnelpuntBron.OVERIG,
        "bron_omschrijving": "",
        "journey_stap": None,
        "journey_overgang": None,
        "reactie": None,
        "fase": None,
        "overgang": None,
        "prioriteit": 2,
        "status": KnelpuntStatus.OPEN,
        **extra,
    }


def test_a_knelpunt_from_a_journey_takes_its_phase_or_transition(regio, patient, ziekenhuis):
    j = services.journey_aanmaken(regio=regio, type=JourneyType.REVALIDATIE)
    overgang = j.overgangen.first()
    k = services.knelpunt_opslaan(
        regio=regio,
        data=_data(bron=KnelpuntBron.JOURNEY_OVERGANG, journey_overgang=overgang),
        organisaties=[ziekenhuis],
    )
    assert k.overgang == overgang.overgang and k.fase is None
    r = services.reactie_plaatsen(
        journey=j,
        auteur=patient,
        herkenbaar="ja",
        suggestie="Eerder bellen.",
        stap=j.stappen.last(),
    )
    k2 = services.knelpunt_opslaan(
        regio=regio, data=_data(bron=KnelpuntBron.CLIENTINPUT, reactie=r), organisaties=[]
    )
    assert k2.journey_stap == j.stappen.last() and k2.fase == fase("thuis")


def test_a_knelpunt_is_about_a_phase_or_a_transition_not_both(regio):
    with pytest.raises(ValidationError) as exc:
        services.knelpunt_opslaan(
            regio=regio,
            data=_data(fase=fase("acuut"), overgang=Overgang.objects.first()),
            organisaties=[],
        )
    assert foutcode(exc) == "fase_en_overgang"
    assert not Knelpunt.objects.exists()


def test_a_knelpunt_refuses_sources_and_organisations_of_another_region(regio, elders):
    j = services.journey_aanmaken(regio=elders, type=JourneyType.THUIS)
    with pytest.raises(ValidationError) as exc:
        services.knelpunt_opslaan(
            regio=regio, data=_data(journey_stap=j.stappen.first()), organisaties=[]
        )
    assert foutcode(exc) == "andere_regio"
    with pytest.raises(ValidationError) as exc:
        services.knelpunt_opslaan(
            regio=regio, data=_data(), organisaties=[OrganisatieFactory(regio=elders)]
        )
    assert foutcode(exc) == "organisatie_andere_regio"
    assert not Knelpunt.objects.filter(regio=regio).exists()


def test_changes_to_a_knelpunt_are_in_the_history(regio, ziekenhuis):
    k = services.knelpunt_opslaan(regio=regio, data=_data(), organisaties=[ziekenhuis])
    services.knelpunt_opslaan(
        regio=regio, data=_data(prioriteit=1), organisaties=[ziekenhuis], knelpunt=k
    )
    historie = list(k.history.all())  # newest first; organisations add their own records
    assert historie[0].prioriteit == 1 and historie[-1].prioriteit == 2
    assert historie[-1].history_type == "+"


# Verbeterpunten -------------------------------------------------------------------------------


def test_a_verbeterpunt_takes_up_its_knelpunt(regio, coordinator):
    k = KnelpuntFactory(regio=regio)
    vp = services.verbeterpunt_opslaan(
        regio=regio,
        data={
            "knelpunt": k,
            "titel": "Belafspraak",
            "wat_verbetert": "Niemand alleen.",
            "verantwoordelijke": coordinator,
        },
    )
    k.refresh_from_db()
    assert k.status == KnelpuntStatus.OPGEPAKT
    assert vp.verantwoordelijke == coordinator


def test_a_verbeterpunt_says_what_improves_and_its_owner_is_a_member(regio, elders, buiten):
    k = KnelpuntFactory(regio=regio)
    with pytest.raises(ValidationError) as exc:
        services.verbeterpunt_opslaan(
            regio=regio, data={"knelpunt": k, "titel": "x", "wat_verbetert": " "}
        )
    assert foutcode(exc) == "wat_verbetert_leeg"
    with pytest.raises(ValidationError) as exc:
        services.verbeterpunt_opslaan(
            regio=regio,
            data={"knelpunt": k, "titel": "x", "wat_verbetert": "y", "verantwoordelijke": buiten},
        )
    assert foutcode(exc) == "verantwoordelijke_geen_lid"
    with pytest.raises(ValidationError) as exc:
        services.verbeterpunt_opslaan(
            regio=regio,
            data={"knelpunt": KnelpuntFactory(regio=elders), "titel": "x", "wat_verbetert": "y"},
        )
    assert foutcode(exc) == "andere_regio"
    assert not Verbeterpunt.objects.exists()


def test_progress_is_dated_and_can_change_the_status(regio, teamlid):
    vp = VerbeterpuntFactory(regio=regio)
    with pytest.raises(ValidationError) as exc:
        services.voortgang_toevoegen(
            verbeterpunt=vp,
            auteur=teamlid,
            datum=timezone.localdate() + timedelta(days=1),
            tekst="x",
        )
    assert foutcode(exc) == "datum_in_toekomst"
    services.voortgang_toevoegen(
        verbeterpunt=vp,
        auteur=teamlid,
        datum=timezone.localdate(),
        tekst="Doel gehaald.",
        status="behaald",
    )
    vp.refresh_from_db()
    assert vp.status == "behaald"
    assert vp.voortgang.get().tekst == "Doel gehaald."


# Werkconferentie ------------------------------------------------------------------------------


def _wc_data():
    return {
        "titel": "Werkconferentie",
        "datum": timezone.now() + timedelta(days=30),
        "plaats": "Voorbeeld",
        "doel": "Informeren.",
    }


def test_team_members_invite_partners_for_the_werkconferentie(regio, teamlid, patient):
    w = services.werkconferentie_opslaan(
        regio=regio,
        data=_wc_data(),
        verbeterpunten=[],
        uitnodigingen=[
            {
                "teamlid": teamlid,
                "partners": "Huisartsen",
                "aantal_uitgenodigd": 20,
                "aantal_aanwezig": 12,
            }
        ],
    )
    assert w.uitnodigingen.get().aantal_aanwezig == 12
    with pytest.raises(ValidationError) as exc:
        services.werkconferentie_opslaan(
            regio=regio,
            data=_wc_data(),
            verbeterpunten=[],
            uitnodigingen=[{"teamlid": patient, "partners": "Leden", "aantal_uitgenodigd": 5}],
            werkconferentie=w,
        )
    assert foutcode(exc) == "geen_teamlid"
    with pytest.raises(ValidationError) as exc:
        services.werkconferentie_opslaan(
            regio=regio,
            data=_wc_data(),
            verbeterpunten=[],
            uitnodigingen=[
                {"teamlid": teamlid, "partners": "x", "aantal_uitgenodigd": 2, "aantal_aanwezig": 3}
            ],
            werkconferentie=w,
        )
    assert foutcode(exc) == "meer_aanwezig_dan_uitgenodigd"
    assert Werkconferentie.objects.get().uitnodigingen.get().aantal_uitgenodigd == 20


def test_the_werkconferentie_links_to_verbeterpunten_of_its_own_region(regio, elders):
    with pytest.raises(ValidationError) as exc:
        services.werkconferentie_opslaan(
            regio=regio,
            data=_wc_data(),
            verbeterpunten=[VerbeterpuntFactory(regio=elders)],
            uitnodigingen=[],
        )
    assert foutcode(exc) == "andere_regio"
    LidmaatschapFactory(regio=regio, rol=Rol.TEAMLID)
    vp = VerbeterpuntFactory(regio=regio)
    w = services.werkconferentie_opslaan(
        regio=regio, data=_wc_data(), verbeterpunten=[vp], uitnodigingen=[]
    )
    assert list(w.verbeterpunten.all()) == [vp]
