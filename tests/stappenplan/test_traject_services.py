"""The plan template, starting a traject, the gate and the completion service, reopening,
new cycles, and the traject's own evidence checks."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from stappenplan import gates
from stappenplan.gates import Ontbrekend, bewijs, wat_ontbreekt
from stappenplan.models import (
    Activiteit,
    ActiviteitTemplate,
    Besluit,
    Communicatiemiddel,
    Implementatieteam,
    Kanaal,
    PlanTemplate,
    Stap,
    StapTemplate,
    Teamlid,
)
from stappenplan.selectors import traject as selectors
from stappenplan.services import traject as services
from tests.factories import LidmaatschapFactory, UserFactory

from .traject_factories import (
    afronden,
    afronden_tot,
    alleen_eigen_bewijs,  # noqa: F401
    alles_afvinken,
    bewijs_leveren,
    hersenletsel_plan,
    stap,
    start,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alleen_eigen_bewijs")]


@pytest.fixture
def traject(regio, coordinator):
    return start(regio, coordinator)


def _codes(fout: ValidationError):
    return fout.value.error_list[0].code if hasattr(fout, "value") else fout.error_list[0].code


# The seeded template


def test_the_seeded_template_has_stap_0_to_6_with_the_gate_codes():
    plan = hersenletsel_plan()
    stappen = list(plan.stappen.order_by("nummer"))
    assert [s.nummer for s in stappen] == [0, 1, 2, 3, 4, 5, 6]
    assert [s.code for s in stappen] == gates.STAP_CODES
    assert all(s.activiteiten.count() >= 3 for s in stappen)
    assert plan.cyclus_vanaf == 4


def test_every_seeded_activity_has_an_explanation_and_only_the_celebration_is_optional():
    activiteiten = ActiviteitTemplate.objects.filter(stap__plan=hersenletsel_plan())
    assert activiteiten.count() == 43
    assert all(a.uitleg for a in activiteiten)
    assert [a.code for a in activiteiten.filter(verplicht=False)] == ["successen-vieren"]
    scan = activiteiten.get(code="ontwikkelscan-afnemen")
    assert (scan.tool_naam, scan.tool_url) == ("Ontwikkelscan", "/regio/{slug}/ontwikkelscan/")


def test_a_tool_link_shows_only_when_its_page_exists(regio):
    from stappenplan.models.traject import tool_link

    assert (
        tool_link("stappenplan:besluiten", "voorbeeld") == "/regio/voorbeeld/stappenplan/besluiten/"
    )
    assert tool_link("/regio/{slug}/stappenplan/team/", "voorbeeld") == (
        "/regio/voorbeeld/stappenplan/team/"
    )
    assert tool_link("bestaat:niet", "voorbeeld") is None
    assert tool_link("/regio/{slug}/bestaat-niet/", "voorbeeld") is None
    assert tool_link("", "voorbeeld") is None


# Starting a traject


def test_starting_copies_every_step_and_activity_of_the_template(traject):
    assert traject.stappen.count() == 7
    assert Activiteit.objects.filter(stap__traject=traject).count() == 43
    s0 = stap(traject, 0)
    assert s0.naam == "Draagvlak creëren"
    assert s0.activiteiten.first().titel == "Het belang van casemanagement uitdragen in het netwerk"


def test_a_template_change_does_not_rewrite_a_running_traject(traject):
    template = ActiviteitTemplate.objects.get(stap__plan=traject.plan, code="belang-uitdragen")
    template.titel = "Nieuwe titel"
    template.save()
    StapTemplate.objects.filter(plan=traject.plan, nummer=0).update(naam="Andere naam")
    s0 = stap(traject, 0)
    assert s0.naam == "Draagvlak creëren"
    assert s0.activiteiten.get(code="belang-uitdragen").titel != "Nieuwe titel"


def test_a_new_template_version_is_a_copy_to_edit_and_replaces_the_old_for_new_regions(
    traject, elders, buiten
):
    oud = hersenletsel_plan()
    nieuw = services.plan_nieuwe_versie(plan=oud)
    oud.refresh_from_db()
    assert (nieuw.versie, nieuw.actief, oud.actief) == (2, True, False)
    assert ActiviteitTemplate.objects.filter(stap__plan=nieuw).count() == 43
    ActiviteitTemplate.objects.filter(stap__plan=nieuw, code="belang-uitdragen").update(
        titel="Aangepast"
    )
    assert selectors.startbare_plannen() == [nieuw]
    ander = services.traject_starten(regio=elders, plan=nieuw, door=buiten)
    assert stap(ander, 0).activiteiten.get(code="belang-uitdragen").titel == "Aangepast"
    assert stap(traject, 0).activiteiten.get(code="belang-uitdragen").titel != "Aangepast"


def test_a_region_starts_a_plan_once(traject, regio, coordinator):
    with pytest.raises(ValidationError) as fout:
        start(regio, coordinator)
    assert fout.value.code == services.TRAJECT_BESTAAT


def test_only_a_coordinator_starts_a_traject(regio, teamlid):
    with pytest.raises(ValidationError) as fout:
        start(regio, teamlid)
    assert fout.value.code == services.GEEN_COORDINATOR


def test_an_inactive_plan_version_cannot_be_started(regio, coordinator):
    plan = hersenletsel_plan()
    plan.actief = False
    plan.save()
    with pytest.raises(ValidationError) as fout:
        start(regio, coordinator)
    assert fout.value.code == services.PLAN_NIET_ACTIEF


def test_the_engine_follows_any_template(regio, coordinator):
    plan = PlanTemplate.objects.create(code="care-at-home", versie=1, naam="Care@Home")
    for nummer, code in enumerate(["plan", "pilot"]):
        st = StapTemplate.objects.create(plan=plan, nummer=nummer, code=code, naam=code.title())
        ActiviteitTemplate.objects.create(stap=st, code="doen", titel="Doen")
    traject = services.traject_starten(regio=regio, plan=plan, door=coordinator)
    eerste, tweede = stap(traject, 0), stap(traject, 1)
    assert selectors.status_van(tweede) == selectors.OP_SLOT
    afronden(traject, 0, coordinator)
    assert selectors.status_van(tweede) == selectors.HUIDIG
    afronden(traject, 1, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.nieuwe_cyclus(traject=traject, door=coordinator)
    assert fout.value.code == services.CYCLUS_NIET_MOGELIJK
    assert eerste.pk != tweede.pk


# The gate predicate


def test_a_step_with_everything_done_misses_nothing(traject, regio, coordinator):
    s0 = stap(traject, 0)
    alles_afvinken(s0, coordinator)
    bewijs_leveren(regio, s0, coordinator)
    assert wat_ontbreekt(s0) == []


def test_the_gate_lists_each_open_required_activity(traject, regio, coordinator):
    s0 = stap(traject, 0)
    bewijs_leveren(regio, s0, coordinator)
    open_ = s0.activiteiten.get(code="scanresultaten-delen")
    for a in s0.activiteiten.exclude(pk=open_.pk):
        services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=True)
    ontbrekend = wat_ontbreekt(s0)
    assert [o.code for o in ontbrekend] == ["activiteit_open:scanresultaten-delen"]
    assert ontbrekend[0].url.endswith(f"/stappenplan/stap/0/#activiteit-{open_.pk}")


def test_the_gate_of_a_locked_step_names_the_previous_step(traject):
    ontbrekend = wat_ontbreekt(stap(traject, 2))
    assert ontbrekend[0].code == gates.VORIGE_STAP_OPEN
    assert "Stap 0" in ontbrekend[0].melding


# Completing a step


def test_completing_a_step_with_nothing_missing_records_who_and_when(traject, coordinator):
    s0 = afronden(traject, 0, coordinator)
    assert s0.afgerond_door == coordinator
    assert s0.afgerond_op is not None
    assert selectors.status_van(stap(traject, 1)) == selectors.HUIDIG
    assert s0.history.first().history_change_reason == "Stap afgerond"


def test_one_open_required_activity_refuses_completion_with_a_stable_code(
    traject, regio, coordinator
):
    s0 = stap(traject, 0)
    bewijs_leveren(regio, s0, coordinator)
    alles_afvinken(s0, coordinator)
    a = s0.activiteiten.get(code="belang-uitdragen")
    services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=False)
    with pytest.raises(ValidationError) as fout:
        services.stap_afronden(stap=s0, door=coordinator)
    assert fout.value.code == services.STAP_ONVOLLEDIG
    assert fout.value.params["ontbrekend"] == ["activiteit_open:belang-uitdragen"]
    assert "Het belang van casemanagement" in fout.value.messages[0]
    s0.refresh_from_db()
    assert s0.afgerond_op is None


def test_only_optional_activities_open_still_completes(traject, regio, coordinator):
    afronden_tot(traject, 6, coordinator)
    s6 = stap(traject, 6)
    alles_afvinken(s6, coordinator, ook_optioneel=False)
    bewijs_leveren(regio, s6, coordinator)
    assert s6.activiteiten.get(code="successen-vieren").gedaan_op is None
    services.stap_afronden(stap=s6, door=coordinator)
    s6.refresh_from_db()
    assert s6.is_afgerond


def test_a_failing_evidence_check_refuses_completion(traject, regio, coordinator):
    s0 = stap(traject, 0)
    alles_afvinken(s0, coordinator)
    bewijs_leveren(regio, s0, coordinator)

    def scan_gedeeld(r):
        assert r == regio
        yield Ontbrekend("scan_niet_gedeeld", "Deel de resultaten van de scan.", "/scan/")

    bewijs(gates.STAP_DRAAGVLAK)(scan_gedeeld)
    try:
        assert [o.code for o in wat_ontbreekt(s0)] == ["scan_niet_gedeeld"]
        with pytest.raises(ValidationError) as fout:
            services.stap_afronden(stap=s0, door=coordinator)
        assert fout.value.code == services.STAP_ONVOLLEDIG
        assert fout.value.params["ontbrekend"] == ["scan_niet_gedeeld"]
    finally:
        gates._checks[gates.STAP_DRAAGVLAK].remove(scan_gedeeld)
    services.stap_afronden(stap=s0, door=coordinator)


def test_completing_twice_is_refused(traject, coordinator):
    s0 = afronden(traject, 0, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.stap_afronden(stap=s0, door=coordinator)
    assert fout.value.code == services.STAP_AL_AFGEROND


def test_completing_a_locked_step_is_refused(traject, regio, coordinator):
    s1 = stap(traject, 1)
    bewijs_leveren(regio, s1, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.stap_afronden(stap=s1, door=coordinator)
    assert fout.value.code == services.STAP_OP_SLOT


@pytest.mark.parametrize("persona", ["teamlid", "patient", "manager", "buiten"])
def test_only_the_regions_coordinator_completes_a_step(
    traject, regio, coordinator, personas, persona
):
    s0 = stap(traject, 0)
    alles_afvinken(s0, coordinator)
    bewijs_leveren(regio, s0, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.stap_afronden(stap=s0, door=getattr(personas, persona))
    assert fout.value.code == services.GEEN_COORDINATOR
    s0.refresh_from_db()
    assert s0.afgerond_op is None


# Ticking and planning activities


def test_ticking_records_who_and_when_and_unticking_clears_it(traject, teamlid, coordinator):
    a = stap(traject, 0).activiteiten.first()
    a = services.activiteit_afvinken(activiteit=a, door=teamlid, gedaan=True)
    assert a.gedaan_door == teamlid and a.gedaan_op is not None
    a = services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=False)
    assert a.gedaan_door is None and a.gedaan_op is None
    assert a.history.count() == 3


def test_activities_of_a_locked_step_cannot_be_ticked_but_can_be_planned(
    traject, coordinator, teamlid
):
    a = stap(traject, 2).activiteiten.first()
    with pytest.raises(ValidationError) as fout:
        services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=True)
    assert fout.value.code == services.STAP_OP_SLOT
    a = services.activiteit_bijwerken(
        activiteit=a, eigenaar=teamlid, deadline=date(2026, 12, 1), notitie=" Plannen ", links=""
    )
    assert (a.eigenaar, a.deadline, a.notitie) == (teamlid, date(2026, 12, 1), "Plannen")


def test_activities_of_a_completed_step_are_frozen(traject, coordinator):
    s0 = afronden(traject, 0, coordinator)
    a = s0.activiteiten.first()
    with pytest.raises(ValidationError) as fout:
        services.activiteit_afvinken(activiteit=a, door=coordinator, gedaan=False)
    assert fout.value.code == services.STAP_AL_AFGEROND
    with pytest.raises(ValidationError):
        services.activiteit_bijwerken(
            activiteit=a, eigenaar=None, deadline=None, notitie="x", links=""
        )


def test_an_owner_must_be_a_member_of_the_region(traject, buiten):
    a = stap(traject, 0).activiteiten.first()
    with pytest.raises(ValidationError) as fout:
        services.activiteit_bijwerken(
            activiteit=a, eigenaar=buiten, deadline=None, notitie="", links=""
        )
    assert fout.value.code == services.EIGENAAR_GEEN_LID


# Reopening


def test_reopening_needs_a_reason_and_records_it(traject, coordinator):
    s0 = afronden(traject, 0, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.stap_heropenen(stap=s0, door=coordinator, reden="  ")
    assert fout.value.code == services.REDEN_VERPLICHT
    s0 = services.stap_heropenen(stap=s0, door=coordinator, reden="Scan opnieuw delen")
    assert s0.afgerond_op is None
    assert (s0.heropend_door, s0.heropen_reden) == (coordinator, "Scan opnieuw delen")
    assert s0.history.first().history_change_reason == "Scan opnieuw delen"
    assert selectors.status_van(stap(traject, 1)) == selectors.OP_SLOT


def test_reopening_an_open_step_or_by_a_non_coordinator_is_refused(traject, coordinator, teamlid):
    with pytest.raises(ValidationError) as fout:
        services.stap_heropenen(stap=stap(traject, 0), door=coordinator, reden="Waarom")
    assert fout.value.code == services.STAP_NIET_AFGEROND
    s0 = afronden(traject, 0, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.stap_heropenen(stap=s0, door=teamlid, reden="Waarom")
    assert fout.value.code == services.GEEN_COORDINATOR


def test_a_reopened_earlier_step_locks_the_open_later_one(traject, coordinator):
    afronden_tot(traject, 2, coordinator)
    services.stap_heropenen(stap=stap(traject, 0), door=coordinator, reden="Aanvullen")
    statussen = selectors.statussen(list(traject.stappen.all()))
    assert [statussen[stap(traject, n).pk] for n in range(4)] == [
        selectors.HUIDIG,
        selectors.KLAAR,
        selectors.OP_SLOT,
        selectors.OP_SLOT,
    ]


# New cycle


def test_a_new_cycle_starts_from_stap_4_and_keeps_the_earlier_record(traject, coordinator):
    with pytest.raises(ValidationError) as fout:
        services.nieuwe_cyclus(traject=traject, door=coordinator)
    assert fout.value.code == services.TRAJECT_NIET_KLAAR
    afronden_tot(traject, 7, coordinator)
    oude_4 = stap(traject, 4)
    traject = services.nieuwe_cyclus(traject=traject, door=coordinator)
    assert traject.cyclus == 2
    nieuwe = Stap.objects.filter(traject=traject, cyclus=2).order_by("nummer")
    assert [s.nummer for s in nieuwe] == [4, 5, 6]
    assert all(s.afgerond_op is None for s in nieuwe)
    assert nieuwe[0].activiteiten.count() == oude_4.activiteiten.count()
    assert not nieuwe[0].activiteiten.filter(gedaan_op__isnull=False).exists()
    oude_4.refresh_from_db()
    assert oude_4.afgerond_op is not None
    assert (
        oude_4.activiteiten.filter(gedaan_op__isnull=False).count() == oude_4.activiteiten.count()
    )
    statussen = selectors.statussen(list(traject.stappen.all()))
    assert statussen[oude_4.pk] == selectors.ARCHIEF
    assert statussen[nieuwe[0].pk] == selectors.HUIDIG
    assert statussen[stap(traject, 3).pk] == selectors.KLAAR


def test_a_step_of_an_earlier_cycle_is_frozen(traject, coordinator):
    afronden_tot(traject, 7, coordinator)
    services.nieuwe_cyclus(traject=traject, door=coordinator)
    oud = stap(traject, 4, cyclus=1)
    with pytest.raises(ValidationError) as fout:
        services.stap_heropenen(stap=oud, door=coordinator, reden="Terug")
    assert fout.value.code == services.OUDE_CYCLUS
    with pytest.raises(ValidationError) as fout:
        services.activiteit_afvinken(
            activiteit=oud.activiteiten.first(), door=coordinator, gedaan=False
        )
    assert fout.value.code == services.OUDE_CYCLUS


def test_the_second_cycle_runs_through_the_same_gate(traject, coordinator):
    afronden_tot(traject, 7, coordinator)
    traject = services.nieuwe_cyclus(traject=traject, door=coordinator)
    s6 = stap(traject, 6)
    codes = [o.code for o in wat_ontbreekt(s6)]
    assert codes[0] == gates.VORIGE_STAP_OPEN
    # The channels of stap 6 of the first cycle do not count for the second.
    assert codes[-1] == "geen_kanalen_voor_resultaten"
    afronden(traject, 4, coordinator)
    afronden(traject, 5, coordinator)
    afronden(traject, 6, coordinator)
    assert services.nieuwe_cyclus(traject=traject, door=coordinator).cyclus == 3


def test_only_a_coordinator_starts_a_new_cycle(traject, coordinator, teamlid):
    afronden_tot(traject, 7, coordinator)
    with pytest.raises(ValidationError) as fout:
        services.nieuwe_cyclus(traject=traject, door=teamlid)
    assert fout.value.code == services.GEEN_COORDINATOR


# The traject's own evidence checks


def _bewijs(stap_code, regio):
    return [o.code for o in gates.ontbrekend_bewijs(stap_code, regio)]


def test_stap_0_needs_a_channel_with_fixed_moments(traject, regio):
    assert _bewijs(gates.STAP_DRAAGVLAK, regio) == ["communicatieplan_ontbreekt"]
    Communicatiemiddel.objects.create(regio=regio, kanaal=Kanaal.MAILING, omschrijving="Mailing")
    assert _bewijs(gates.STAP_DRAAGVLAK, regio) == ["communicatieplan_ontbreekt"]
    Communicatiemiddel.objects.create(
        regio=regio, kanaal=Kanaal.NIEUWSBRIEF, omschrijving="Brief", vaste_momenten="Elk kwartaal"
    )
    assert _bewijs(gates.STAP_DRAAGVLAK, regio) == []


def test_stap_1_needs_a_team_with_mandate_meetings_and_client_representation(
    traject, regio, coordinator, patient
):
    assert _bewijs(gates.STAP_VOORBEREIDING, regio) == ["team_zonder_leden"]
    team = Implementatieteam.objects.create(regio=regio)
    t1 = Teamlid.objects.create(team=team, lidmaatschap=coordinator.lidmaatschappen.get())
    assert _bewijs(gates.STAP_VOORBEREIDING, regio) == [
        "mandaat_niet_bevestigd",
        "overlegfrequentie_ontbreekt",
        "geen_clientvertegenwoordiging",
        "rol_clienten_niet_afgesproken",
    ]
    t1.mandaat_bevestigd = True
    t1.save()
    Teamlid.objects.create(
        team=team,
        lidmaatschap=patient.lidmaatschappen.get(),
        mandaat_bevestigd=True,
        vertegenwoordigt_clienten=True,
    )
    team.overlegfrequentie = "Maandelijks"
    team.rol_clientvertegenwoordiging = "Beoordeelt de journeys"
    team.save()
    assert _bewijs(gates.STAP_VOORBEREIDING, regio) == []


def test_stap_3_needs_a_decision_of_stap_3_that_fixes_the_situation(traject, regio, coordinator):
    s2, s3 = stap(traject, 2), stap(traject, 3)
    code = gates.STAP_HUIDIGE_SITUATIE_VASTSTELLEN
    assert _bewijs(code, regio) == ["besluit_huidige_situatie_ontbreekt"]
    verkeerd = Besluit.objects.create(
        regio=regio, stap=s2, datum=date(2026, 1, 1), onderwerp="Ander", tekst="x", stelt_vast=True
    )
    verkeerd.deelnemers.add(coordinator)
    zonder_deelnemers = Besluit.objects.create(
        regio=regio, stap=s3, datum=date(2026, 1, 1), onderwerp="Leeg", tekst="x", stelt_vast=True
    )
    assert _bewijs(code, regio) == ["besluit_huidige_situatie_ontbreekt"]
    zonder_deelnemers.deelnemers.add(coordinator)
    assert _bewijs(code, regio) == []


def test_stap_6_needs_its_channels_done(traject, regio):
    s6 = stap(traject, 6)
    assert _bewijs(gates.STAP_BORGING, regio) == ["geen_kanalen_voor_resultaten"]
    m = Communicatiemiddel.objects.create(
        regio=regio, kanaal=Kanaal.APP, omschrijving="App", stap=s6
    )
    assert _bewijs(gates.STAP_BORGING, regio) == ["resultaten_niet_gedeeld"]
    services.communicatiemiddel_afvinken(middel=m, gedaan=True)
    assert _bewijs(gates.STAP_BORGING, regio) == []


def test_evidence_of_another_region_does_not_count(traject, regio, elders):
    Communicatiemiddel.objects.create(
        regio=elders, kanaal=Kanaal.NIEUWSBRIEF, omschrijving="Brief", vaste_momenten="Maandelijks"
    )
    assert _bewijs(gates.STAP_DRAAGVLAK, regio) == ["communicatieplan_ontbreekt"]


# Team, decisions, communication plan


def test_a_decision_records_participants_of_the_region_only(traject, regio, coordinator, buiten):
    data = {
        "datum": date(2026, 2, 1),
        "stap": stap(traject, 3),
        "onderwerp": "Vaststelling",
        "tekst": "Vastgesteld",
        "stelt_vast": True,
    }
    with pytest.raises(ValidationError) as fout:
        services.besluit_opslaan(regio=regio, door=coordinator, data=data, deelnemers=[buiten])
    assert fout.value.code == services.ANDERE_REGIO
    besluit = services.besluit_opslaan(
        regio=regio, door=coordinator, data=data, deelnemers=[coordinator]
    )
    assert list(besluit.deelnemers.all()) == [coordinator]
    assert besluit.vastgelegd_door == coordinator


def test_a_decision_cannot_belong_to_a_step_of_another_region(
    traject, regio, elders, coordinator, buiten
):
    ander = start(elders, buiten)
    with pytest.raises(ValidationError) as fout:
        services.besluit_opslaan(
            regio=regio,
            door=coordinator,
            data={
                "datum": date(2026, 2, 1),
                "stap": stap(ander, 0),
                "onderwerp": "x",
                "tekst": "x",
            },
            deelnemers=[coordinator],
        )
    assert fout.value.code == services.ANDERE_REGIO


def test_a_team_member_is_added_once_and_only_from_the_region(regio, elders, coordinator, buiten):
    lid = coordinator.lidmaatschappen.get()
    services.teamlid_opslaan(
        regio=regio,
        lidmaatschap=lid,
        functie="Voorzitter",
        mandaat_bevestigd=True,
        vertegenwoordigt_clienten=False,
    )
    with pytest.raises(ValidationError):
        services.teamlid_opslaan(
            regio=regio,
            lidmaatschap=lid,
            functie="",
            mandaat_bevestigd=False,
            vertegenwoordigt_clienten=False,
        )
    with pytest.raises(ValidationError) as fout:
        services.teamlid_opslaan(
            regio=regio,
            lidmaatschap=buiten.lidmaatschappen.get(),
            functie="",
            mandaat_bevestigd=False,
            vertegenwoordigt_clienten=False,
        )
    assert fout.value.code == services.ANDERE_REGIO


def test_many_members_and_activities_do_not_change_the_overview(traject, regio, coordinator):
    for _ in range(3):
        LidmaatschapFactory(regio=regio, user=UserFactory())
    o = selectors.overzicht(traject)
    assert o.huidige.stap.nummer == 0
    assert (o.totaal, o.gedaan, o.procent) == (43, 0, 0)
