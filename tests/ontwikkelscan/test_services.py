"""The services of the Ontwikkelscan: every rule tested where it lives."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from casemanagement.constants import Domein
from ontwikkelscan import services
from ontwikkelscan.constants import VRAGENLIJST_CASEMANAGEMENT, Soort
from ontwikkelscan.models import Antwoord, Consensusscore, Item, Respondent, Ronde, Vragenlijst
from tests.factories import OrganisatieFactory

from .factories import RespondentFactory, RondeFactory, beantwoord, kleine_vragenlijst, sluit

pytestmark = pytest.mark.django_db


def _code(exc_info):
    return exc_info.value.error_list[0].code


# ---------------------------------------------------------------- the questionnaire


def test_the_casemanagement_questionnaire_is_seeded_with_stable_codes():
    vragenlijst = Vragenlijst.objects.get(code=VRAGENLIJST_CASEMANAGEMENT, versie=1)
    themas = list(vragenlijst.themas.all())
    assert len(themas) == 9
    assert themas[0].code == "visie-draagvlak"
    items = Item.objects.filter(thema__vragenlijst=vragenlijst)
    assert 35 <= items.count() <= 50
    assert items.filter(code="VO4", thema__code="verwijzing-overdracht").exists()
    niveaus = list(vragenlijst.niveaus.filter(item=None).values_list("waarde", "naam"))
    assert niveaus[0] == (0, "Niet aanwezig")
    assert niveaus[-1] == (5, "Ingebed en geëvalueerd")
    assert len(niveaus) == 6


def test_a_new_version_is_a_draft_copy_until_it_is_activated(regio, coordinator):
    oud = Vragenlijst.objects.get(code=VRAGENLIJST_CASEMANAGEMENT, versie=1)
    nieuw = services.vragenlijst_nieuwe_versie(vragenlijst=oud)
    oud.refresh_from_db()
    assert (nieuw.versie, nieuw.actief, oud.actief) == (2, False, True)
    assert nieuw.programma == oud.programma
    assert (
        Item.objects.filter(thema__vragenlijst=nieuw).count()
        == Item.objects.filter(thema__vragenlijst=oud).count()
    )
    assert nieuw.niveaus.count() == oud.niveaus.count()
    with pytest.raises(ValidationError) as fout:
        services.ronde_openen(
            regio=regio,
            vragenlijst=nieuw,
            naam="Nulmeting",
            soort=Soort.NULMETING,
            door=coordinator,
        )
    assert _code(fout) == "vragenlijst_inactief"

    services.vragenlijst_activeren(vragenlijst=nieuw)
    oud.refresh_from_db()
    assert (nieuw.actief, oud.actief) == (True, False)


# ---------------------------------------------------------------- rounds


def test_a_coordinator_opens_a_round(regio, coordinator):
    vragenlijst = kleine_vragenlijst()
    ronde = services.ronde_openen(
        regio=regio,
        vragenlijst=vragenlijst,
        naam="Nulmeting",
        soort=Soort.NULMETING,
        door=coordinator,
    )
    assert ronde.is_open
    assert ronde.geopend_op == timezone.localdate()
    assert ronde.history.count() == 1


def test_a_region_has_one_open_round_at_a_time(regio, coordinator):
    RondeFactory(regio=regio)
    with pytest.raises(ValidationError) as exc:
        services.ronde_openen(
            regio=regio,
            vragenlijst=kleine_vragenlijst(),
            naam="Tweede",
            soort=Soort.HERHAALMETING,
            door=coordinator,
        )
    assert _code(exc) == "al_een_open_ronde"
    assert Ronde.objects.filter(regio=regio).count() == 1


def test_an_inactive_questionnaire_cannot_start_a_round(regio, coordinator):
    with pytest.raises(ValidationError) as exc:
        services.ronde_openen(
            regio=regio,
            vragenlijst=kleine_vragenlijst(actief=False),
            naam="X",
            soort=Soort.NULMETING,
            door=coordinator,
        )
    assert _code(exc) == "vragenlijst_inactief"


def test_a_closing_date_in_the_past_is_refused(regio, coordinator):
    with pytest.raises(ValidationError) as exc:
        services.ronde_openen(
            regio=regio,
            vragenlijst=kleine_vragenlijst(),
            naam="X",
            soort=Soort.NULMETING,
            door=coordinator,
            sluit_op=timezone.localdate() - datetime.timedelta(days=1),
        )
    assert _code(exc) == "sluit_op_verleden"


def test_a_round_without_submitted_answers_cannot_close(regio):
    ronde = RondeFactory(regio=regio)
    RespondentFactory(ronde=ronde)
    with pytest.raises(ValidationError) as exc:
        services.ronde_sluiten(ronde=ronde)
    assert _code(exc) == "geen_antwoorden"


def test_closing_a_round_twice_is_refused(regio):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde), [1, 2, 3, 4])
    services.ronde_sluiten(ronde=ronde)
    with pytest.raises(ValidationError) as exc:
        services.ronde_sluiten(ronde=ronde)
    assert _code(exc) == "ronde_gesloten"


def test_results_can_be_shared_only_after_closing_and_not_in_the_future(regio):
    ronde = RondeFactory(regio=regio)
    with pytest.raises(ValidationError) as exc:
        services.resultaten_gedeeld(ronde=ronde, op=timezone.localdate())
    assert _code(exc) == "ronde_nog_open"
    sluit(ronde)
    with pytest.raises(ValidationError) as exc:
        services.resultaten_gedeeld(
            ronde=ronde, op=timezone.localdate() + datetime.timedelta(days=1)
        )
    assert _code(exc) == "datum_toekomst"
    with pytest.raises(ValidationError) as exc:
        services.resultaten_gedeeld(
            ronde=ronde, op=timezone.localdate() - datetime.timedelta(days=3)
        )
    assert _code(exc) == "datum_voor_sluiten"
    services.resultaten_gedeeld(ronde=ronde, op=timezone.localdate(), hoe="Netwerkoverleg")
    ronde.refresh_from_db()
    assert ronde.resultaten_gedeeld_op == timezone.localdate()
    assert ronde.resultaten_gedeeld_hoe == "Netwerkoverleg"


# ---------------------------------------------------------------- invitations


def test_invitations_mail_each_person_a_personal_link(regio, coordinator, ziekenhuis):
    ronde = RondeFactory(regio=regio)
    uitkomst = services.uitnodigen(
        ronde=ronde,
        genodigden=[
            services.Genodigde("A@Example.org", "Anna", ziekenhuis),
            services.Genodigde("b@example.org", "Bram", ziekenhuis),
        ],
        door=coordinator,
    )
    assert [r.email for r in uitkomst.nieuw] == ["a@example.org", "b@example.org"]
    assert len(mail.outbox) == 2
    assert mail.outbox[0].to == ["a@example.org"]
    assert "/ontwikkelscan/link/" in mail.outbox[0].body
    assert mail.outbox[0].body != mail.outbox[1].body


def test_someone_already_invited_is_not_invited_twice(regio, coordinator, ziekenhuis):
    ronde = RondeFactory(regio=regio)
    services.uitnodigen(
        ronde=ronde, genodigden=[services.Genodigde("a@example.org")], door=coordinator
    )
    uitkomst = services.uitnodigen(
        ronde=ronde, genodigden=[services.Genodigde("A@example.org")], door=coordinator
    )
    assert uitkomst.nieuw == []
    assert uitkomst.al_uitgenodigd == ["a@example.org"]
    assert ronde.respondenten.count() == 1
    assert len(mail.outbox) == 1


def test_nobody_can_be_invited_to_a_closed_round_or_for_another_regions_organisation(
    regio, elders, coordinator
):
    ronde = RondeFactory(regio=regio)
    vreemd = OrganisatieFactory(regio=elders)
    with pytest.raises(ValidationError) as exc:
        services.uitnodigen(
            ronde=ronde,
            genodigden=[services.Genodigde("x@example.org", "", vreemd)],
            door=coordinator,
        )
    assert _code(exc) == "andere_regio"
    sluit(ronde)
    with pytest.raises(ValidationError) as exc:
        services.uitnodigen(
            ronde=ronde, genodigden=[services.Genodigde("x@example.org")], door=coordinator
        )
    assert _code(exc) == "ronde_gesloten"
    assert not ronde.respondenten.exists()


def test_reminders_go_only_to_those_who_have_not_submitted(regio, coordinator):
    ronde = RondeFactory(regio=regio)
    klaar = beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    bezig = RespondentFactory(ronde=ronde)
    assert services.herinneren(ronde=ronde, door=coordinator).aantal == 1
    assert [m.to for m in mail.outbox] == [[bezig.email]]
    assert "herinnering" in mail.outbox[0].body.lower()
    bezig.refresh_from_db()
    klaar.refresh_from_db()
    assert bezig.herinnerd_op is not None and klaar.herinnerd_op is None


def test_a_reminder_with_nobody_left_says_so(regio, coordinator):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    with pytest.raises(ValidationError) as exc:
        services.herinneren(ronde=ronde)
    assert _code(exc) == "niemand_te_herinneren"


def test_a_member_can_join_an_open_round_once(regio, teamlid):
    ronde = RondeFactory(regio=regio)
    lidmaatschap = teamlid.lidmaatschappen.get()
    eerste = services.deelnemen(ronde=ronde, lidmaatschap=lidmaatschap)
    tweede = services.deelnemen(ronde=ronde, lidmaatschap=lidmaatschap)
    assert eerste.pk == tweede.pk
    assert eerste.organisatie == lidmaatschap.organisatie
    assert eerste.user == teamlid


# ---------------------------------------------------------------- answering


def _thema(ronde, index=0):
    return list(ronde.vragenlijst.themas.all())[index]


def test_answers_are_saved_as_a_draft_and_can_be_changed(regio):
    respondent = RespondentFactory(ronde=RondeFactory(regio=regio))
    thema = _thema(respondent.ronde)
    i1, i2 = thema.items.all()
    services.antwoorden_opslaan(
        respondent=respondent,
        thema=thema,
        antwoorden={i1.pk: ("3", "Goed geregeld"), i2.pk: ("wn", "")},
    )
    a1 = Antwoord.objects.get(respondent=respondent, item=i1)
    assert (a1.waarde, a1.weet_niet, a1.toelichting) == (3, False, "Goed geregeld")
    a2 = Antwoord.objects.get(respondent=respondent, item=i2)
    assert (a2.waarde, a2.weet_niet) == (None, True)
    respondent.refresh_from_db()
    assert respondent.status == "concept"

    services.antwoorden_opslaan(
        respondent=respondent, thema=thema, antwoorden={i1.pk: ("1", ""), i2.pk: ("", "")}
    )
    assert Antwoord.objects.get(respondent=respondent, item=i1).waarde == 1
    assert not Antwoord.objects.filter(respondent=respondent, item=i2).exists()
    assert Antwoord.objects.get(respondent=respondent, item=i1).history.count() == 2


def test_a_level_outside_the_scale_is_refused_and_nothing_changes(regio):
    respondent = RespondentFactory(ronde=RondeFactory(regio=regio))
    thema = _thema(respondent.ronde)
    i1, i2 = thema.items.all()
    with pytest.raises(ValidationError) as exc:
        services.antwoorden_opslaan(
            respondent=respondent, thema=thema, antwoorden={i1.pk: ("2", ""), i2.pk: ("9", "")}
        )
    assert _code(exc) == "ongeldig_niveau"
    assert not Antwoord.objects.filter(respondent=respondent).exists()


def test_an_item_of_another_theme_is_refused(regio):
    respondent = RespondentFactory(ronde=RondeFactory(regio=regio))
    ander_item = _thema(respondent.ronde, 1).items.first()
    with pytest.raises(ValidationError) as exc:
        services.antwoorden_opslaan(
            respondent=respondent,
            thema=_thema(respondent.ronde),
            antwoorden={ander_item.pk: ("2", "")},
        )
    assert _code(exc) == "onbekend_item"


def test_submitting_needs_an_answer_on_every_item_weet_niet_included(regio):
    respondent = RespondentFactory(ronde=RondeFactory(regio=regio))
    beantwoord(respondent, [1, None, 3], indienen=False)
    with pytest.raises(ValidationError) as exc:
        services.indienen(respondent=respondent)
    assert _code(exc) == "onvolledig"
    assert "Nog 1 stelling" in exc.value.messages[0]
    laatste = (
        Item.objects.filter(thema__vragenlijst=respondent.ronde.vragenlijst)
        .order_by("thema__volgorde", "volgorde")
        .last()
    )
    Antwoord.objects.create(respondent=respondent, item=laatste, waarde=None, weet_niet=True)
    services.indienen(respondent=respondent)
    respondent.refresh_from_db()
    assert respondent.status == "ingediend"


def test_answers_can_change_after_submitting_until_the_round_closes(regio):
    respondent = beantwoord(RespondentFactory(ronde=RondeFactory(regio=regio)), [1, 1, 1, 1])
    thema = _thema(respondent.ronde)
    item = thema.items.first()
    services.antwoorden_opslaan(respondent=respondent, thema=thema, antwoorden={item.pk: ("4", "")})
    assert Antwoord.objects.get(respondent=respondent, item=item).waarde == 4
    sluit(respondent.ronde)
    with pytest.raises(ValidationError) as exc:
        services.antwoorden_opslaan(
            respondent=respondent, thema=thema, antwoorden={item.pk: ("0", "")}
        )
    assert _code(exc) == "ronde_gesloten"
    assert Antwoord.objects.get(respondent=respondent, item=item).waarde == 4
    with pytest.raises(ValidationError):
        services.samenwerkingen_opslaan(respondent=respondent, organisaties=[])


def test_collaborations_are_saved_and_limited_to_the_region(regio, elders, ziekenhuis):
    respondent = RespondentFactory(ronde=RondeFactory(regio=regio))
    gemeente = OrganisatieFactory(regio=regio, type="gemeente", domein=Domein.SOCIAAL)
    services.samenwerkingen_opslaan(respondent=respondent, organisaties=[ziekenhuis, gemeente])
    assert set(respondent.samenwerkingen.values_list("organisatie", flat=True)) == {
        ziekenhuis.pk,
        gemeente.pk,
    }
    services.samenwerkingen_opslaan(respondent=respondent, organisaties=[gemeente])
    assert list(respondent.samenwerkingen.values_list("organisatie", flat=True)) == [gemeente.pk]
    with pytest.raises(ValidationError) as exc:
        services.samenwerkingen_opslaan(
            respondent=respondent, organisaties=[OrganisatieFactory(regio=elders)]
        )
    assert _code(exc) == "andere_regio"


# ---------------------------------------------------------------- consensus


def test_consensus_scores_need_a_level_of_the_scale_and_a_reason(regio, coordinator):
    ronde = sluit(RondeFactory(regio=regio))
    t1, t2 = ronde.vragenlijst.themas.all()
    with pytest.raises(ValidationError) as exc:
        services.consensus_opslaan(
            ronde=ronde, scores={t1.pk: (7, "Te hoog"), t2.pk: (2, "")}, door=coordinator
        )
    codes = {e.code for e in exc.value.error_list}
    assert codes == {"ongeldige_score", "toelichting_nodig"}
    assert not Consensusscore.objects.exists()

    services.consensus_opslaan(
        ronde=ronde,
        scores={t1.pk: (2, "Afspraken, nog niet toegepast"), t2.pk: (None, "")},
        door=coordinator,
    )
    score = Consensusscore.objects.get(ronde=ronde)
    assert (score.thema, score.score, score.vastgesteld_door) == (t1, 2, coordinator)
    services.consensus_opslaan(ronde=ronde, scores={t1.pk: (None, "")}, door=coordinator)
    assert not Consensusscore.objects.exists()


def test_a_respondents_email_is_unique_within_a_round(regio):
    ronde = RondeFactory(regio=regio)
    RespondentFactory(ronde=ronde, email="x@example.org")
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Respondent.objects.create(ronde=ronde, email="x@example.org")


def test_the_administrator_edits_the_questionnaire_in_the_admin(client, db):
    from django.urls import reverse

    from tests.factories import UserFactory

    beheerder = UserFactory(email="beheer@example.org", is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    vragenlijst = Vragenlijst.objects.get(code=VRAGENLIJST_CASEMANAGEMENT, versie=1)
    item = Item.objects.get(thema__vragenlijst=vragenlijst, code="VD1")
    for url in [
        reverse("admin:ontwikkelscan_vragenlijst_change", args=[vragenlijst.pk]),
        reverse("admin:ontwikkelscan_thema_change", args=[item.thema_id]),
        reverse("admin:ontwikkelscan_item_change", args=[item.pk]),
    ]:
        assert client.get(url).status_code == 200
    data = {
        "thema": item.thema_id,
        "code": "VD1",
        "tekst": "Een nieuwe tekst",
        "toelichting": "",
        "volgorde": 1,
        "niveaus-TOTAL_FORMS": "1",
        "niveaus-INITIAL_FORMS": "0",
        "niveaus-MIN_NUM_FORMS": "0",
        "niveaus-MAX_NUM_FORMS": "1000",
        "niveaus-0-waarde": "0",
        "niveaus-0-naam": "Geen visie",
        "niveaus-0-omschrijving": "Er is geen gedeelde visie.",
    }
    response = client.post(reverse("admin:ontwikkelscan_item_change", args=[item.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert item.tekst == "Een nieuwe tekst"
    assert item.niveaus.get().vragenlijst == vragenlijst
    assert item.history.first().history_user == beheerder
