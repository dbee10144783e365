"""The pages of the analyse area as a user sees them: journeys, descriptions, the knelpunten
table with filters, sorting and exports, goals, the region page and the jaarplan figures."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from casemanagement.constants import Rol
from casemanagement.models import Fase
from casemanagement.regio_overzicht import menu
from stappenplan.kengetallen import kengetallen
from stappenplan.models import (
    BundelVerzending,
    JourneyType,
    Knelpunt,
    KnelpuntBron,
    KnelpuntStatus,
    Patientjourney,
    Verbeterpunt,
    VerbeterpuntStatus,
)
from stappenplan.services import analyse as services
from tests.factories import LidmaatschapFactory, OrganisatieFactory

from .factories_analyse import (
    KnelpuntFactory,
    PartnerBeschrijvingFactory,
    VerbeterpuntFactory,
    smarti_compleet,
)

pytestmark = pytest.mark.django_db


def url(naam, *args):
    return reverse(f"stappenplan:{naam}", args=["voorbeeld", *args])


def pdf_tekst(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    tekst = " ".join(p.extract_text() for p in PdfReader(BytesIO(response.content)).pages)
    return " ".join(tekst.split())


# Journeys -------------------------------------------------------------------------------------


def test_the_overview_shows_the_three_referral_types_and_says_journeys_hold_no_persons(
    als, personas
):
    tekst = als("manager").get(url("patientjourneys")).content.decode()
    for type_ in JourneyType:
        assert type_.label in tekst
    assert "Geen persoonsgegevens" in tekst
    assert "Journey opstellen" not in tekst  # only the coordinator drafts


def test_the_coordinator_drafts_and_fills_in_a_journey(als, personas, regio, ziekenhuis):
    client = als("coordinator")
    response = client.post(url("patientjourney_aanmaken", JourneyType.ZIEKENHUIS))
    assert response.status_code == 302
    journey = Patientjourney.objects.get(regio=regio, type=JourneyType.ZIEKENHUIS)
    stap, stap2 = journey.stappen.all()
    overgang = journey.overgangen.get()
    response = client.post(
        url("patientjourney_bewerken", journey.type),
        {
            "samenvatting": "Korte opname, daarna naar huis.",
            f"stap-{stap.pk}-organisaties": [ziekenhuis.pk],
            f"stap-{stap.pk}-zorg": "Stroke unit.",
            f"stap-{stap.pk}-verwijzing": "",
            f"stap-{stap.pk}-bekende_knelpunten": "",
            f"stap-{stap2.pk}-zorg": "Huisarts.",
            f"overgang-{overgang.pk}-informatie": "Ontslagbrief.",
            f"overgang-{overgang.pk}-wachttijd": "10 dagen",
            f"overgang-{overgang.pk}-bekende_knelpunten": "Brief komt laat.",
        },
    )
    assert response.status_code == 302
    pagina = client.get(journey.get_absolute_url()).content.decode()
    assert "Korte opname, daarna naar huis." in pagina
    assert 'role="img"' in pagina and "<desc" in pagina
    assert "Tekstversie van het schema" in pagina
    assert "Brief komt laat." in pagina and "Bekend knelpunt" in pagina
    assert "organisaties in de fase thuis" in pagina  # still missing, shown to the coordinator


def test_putting_forward_an_incomplete_journey_explains_what_is_missing(als, personas, regio):
    services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    response = als("coordinator").post(
        url("patientjourney_voorleggen", JourneyType.THUIS), follow=True
    )
    assert "Vul de journey eerst aan" in response.content.decode()
    assert not mail.outbox


def test_the_representative_sees_the_coordinators_answer(als, personas, regio):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    r = services.reactie_plaatsen(
        journey=journey,
        auteur=personas.patient,
        herkenbaar="ja",
        wat_gaat_mis="Twee jaar rondgelopen.",
        stap=journey.stappen.first(),
    )
    response = als("coordinator").post(
        url("reactie_beantwoorden", r.pk),
        {"antwoord": "Opgenomen als knelpunt met hoge prioriteit."},
    )
    assert response.status_code == 302
    pagina = als("patient").get(journey.get_absolute_url()).content.decode()
    assert "Opgenomen als knelpunt met hoge prioriteit." in pagina
    assert f'id="reactie-{r.pk}"' in pagina


def test_asking_for_changes_without_explanation_shows_a_dutch_error(als, personas, regio):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.THUIS)
    response = als("patient").post(
        url("patientjourney_oordeel", journey.type), {"oordeel": "aanpassen", "toelichting": ""}
    )
    assert response.status_code == 200
    assert "Licht toe wat er aangepast moet worden." in response.content.decode()
    assert not journey.oordelen.exists()


def test_the_journey_pdf_holds_the_diagram_and_the_route(als, personas, regio, ziekenhuis):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.ZIEKENHUIS)
    services.journey_opslaan(
        journey=journey,
        samenvatting="",
        stappen={s.pk: {"organisaties": [ziekenhuis]} for s in journey.stappen.all()},
        overgangen={
            o.pk: {"bekende_knelpunten": "Geen aanspreekpunt."} for o in journey.overgangen.all()
        },
    )
    response = als("manager").get(url("patientjourney_pdf", journey.type))
    tekst = pdf_tekst(response)
    assert "Patiëntjourney: Van ziekenhuis naar eerste lijn, zonder revalidatie" in tekst
    assert "Bekend knelpunt" not in tekst.split("Schema van de route")[0]
    assert "knelpunt" in tekst  # the marker drawn in the diagram
    assert "Ziekenhuis De Linde" in tekst
    assert "Geen aanspreekpunt." in tekst


# Partner descriptions -------------------------------------------------------------------------


def test_the_coordinator_sees_who_has_not_yet_described_their_care(
    als, personas, regio, ziekenhuis, revalidatiecentrum
):
    PartnerBeschrijvingFactory(organisatie=revalidatiecentrum, overdracht="Warme overdracht.")
    tekst = als("coordinator").get(url("beschrijvingen")).content.decode()
    nog_niet = tekst.split("Nog niet gereageerd")[1].split("</section>")[0]
    assert "Ziekenhuis De Linde" in nog_niet
    assert "Revalidatiecentrum Het Anker" not in nog_niet
    assert "Warme overdracht." in tekst
    assert "Nog niet rondgestuurd" in tekst


def test_sending_the_bundle_round_mails_the_team_and_shows_the_date(
    als, personas, regio, revalidatiecentrum
):
    PartnerBeschrijvingFactory(organisatie=revalidatiecentrum)
    response = als("coordinator").post(url("beschrijvingen_rondsturen"), follow=True)
    tekst = response.content.decode()
    assert "De bundel is rondgestuurd aan 2 leden van het implementatieteam." in tekst
    assert "Laatst rondgestuurd op" in tekst
    assert BundelVerzending.objects.filter(regio=regio).count() == 1
    assert len(mail.outbox) == 1


def test_the_bundle_pdf_holds_every_description(
    als, personas, regio, ziekenhuis, revalidatiecentrum
):
    b = PartnerBeschrijvingFactory(
        organisatie=revalidatiecentrum, overdracht="Warme overdracht naar de casemanager."
    )
    b.fasen.create(fase=Fase.objects.get(code="revalidatie"), zorg="Klinische revalidatie.")
    tekst = pdf_tekst(als("teamlid").get(url("beschrijvingen_bundel")))
    assert "Revalidatiecentrum Het Anker" in tekst
    assert "Klinische revalidatie." in tekst
    assert "Warme overdracht naar de casemanager." in tekst
    assert "Nog geen beschrijving van: Ziekenhuis De Linde" in tekst


# Knelpunten -----------------------------------------------------------------------------------


def test_the_table_shows_whether_each_organisation_sits_in_the_team(
    als, personas, regio, ziekenhuis, revalidatiecentrum
):
    KnelpuntFactory(
        regio=regio, titel="Wachttijd revalidatie", organisaties=[ziekenhuis, revalidatiecentrum]
    )
    tekst = als("manager").get(url("knelpunten")).content.decode()
    rij = tekst.split("Wachttijd revalidatie")[1].split("</tr>")[0]
    # The team member works at the revalidatiecentrum; nobody of the hospital is in the team.
    assert 'Ziekenhuis De Linde <span class="badge text-bg-warning">niet in het team</span>' in rij
    assert "Revalidatiecentrum Het Anker</span>" in rij


def test_the_table_filters_on_status_priority_source_and_phase(als, personas, regio):
    acuut, thuis = Fase.objects.get(code="acuut"), Fase.objects.get(code="thuis")
    KnelpuntFactory(
        regio=regio, titel="Alfa", prioriteit=1, status="open", bron="ontwikkelscan", fase=acuut
    )
    KnelpuntFactory(
        regio=regio, titel="Bravo", prioriteit=3, status="opgepakt", bron="clientinput", fase=thuis
    )
    KnelpuntFactory(regio=regio, titel="Charlie", prioriteit=2, status="open", bron="overig")
    client = als("coordinator")

    def titels(**params):
        response = client.get(url("knelpunten"), params)
        return [r.knelpunt.titel for r in response.context["rijen"]]

    assert titels() == ["Alfa", "Charlie", "Bravo"]  # by priority
    assert titels(status="open") == ["Alfa", "Charlie"]
    assert titels(prioriteit="3") == ["Bravo"]
    assert titels(bron="ontwikkelscan") == ["Alfa"]
    assert titels(fase="thuis") == ["Bravo"]
    assert titels(sorteer="titel") == ["Alfa", "Bravo", "Charlie"]
    assert titels(sorteer="-titel") == ["Charlie", "Bravo", "Alfa"]
    assert titels(sorteer="-prioriteit") == ["Bravo", "Charlie", "Alfa"]
    assert titels(status="geen-status") == ["Alfa", "Charlie", "Bravo"]  # bad filter: ignored
    tekst = client.get(url("knelpunten"), {"sorteer": "titel"}).content.decode()
    assert 'aria-sort="ascending"' in tekst


def test_a_knelpunt_on_a_transition_counts_for_both_its_phases(als, personas, regio):
    from casemanagement.models import Overgang

    overgang = Overgang.objects.get(van_fase__code="acuut", naar_fase__code="thuis")
    KnelpuntFactory(regio=regio, titel="Overdracht", overgang=overgang)
    client = als("coordinator")
    for code, aantal in [("acuut", 1), ("thuis", 1), ("revalidatie", 0)]:
        assert len(client.get(url("knelpunten"), {"fase": code}).context["rijen"]) == aantal


def test_the_table_uses_the_same_number_of_queries_for_10_and_200_knelpunten(
    als, personas, regio, ziekenhuis, revalidatiecentrum
):
    from casemanagement.models import Overgang

    journey = services.journey_aanmaken(regio=regio, type=JourneyType.REVALIDATIE)
    overgang = Overgang.objects.first()
    fase = Fase.objects.first()
    client = als("coordinator")

    def maak(n):
        for i in range(n):
            k = KnelpuntFactory(
                regio=regio,
                organisaties=[ziekenhuis, revalidatiecentrum],
                fase=fase if i % 2 else None,
                overgang=None if i % 2 else overgang,
                journey_stap=journey.stappen.first() if i % 3 == 0 else None,
                journey_overgang=journey.overgangen.first() if i % 3 == 1 else None,
                bron=KnelpuntBron.JOURNEY_STAP,
            )
            assert k.pk

    def tel():
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url("knelpunten"))
        assert response.status_code == 200
        return len(ctx.captured_queries), len(response.context["rijen"])

    maak(10)
    weinig, n = tel()
    assert n == 10
    maak(190)
    veel, n = tel()
    assert n == 50  # one page
    assert weinig == veel


def test_the_new_knelpunt_form_is_prefilled_from_the_link(als, personas):
    response = als("coordinator").get(
        url("knelpunt_nieuw"),
        {
            "bron": "ontwikkelscan",
            "titel": "Weinig contact met het sociaal domein",
            "huidige_situatie": "Laagste score in de scan.",
            "bron_omschrijving": "Item 4.2",
            "fase": "participatie",
            "prioriteit": "1",
        },
    )
    form = response.context["form"]
    assert form["fase"].value() == Fase.objects.get(code="participatie").pk
    assert str(form["prioriteit"].value()) == "1"
    assert form["bron"].value() == "ontwikkelscan"
    assert form["titel"].value() == "Weinig contact met het sociaal domein"
    assert form["huidige_situatie"].value() == "Laagste score in de scan."
    assert form["bron_omschrijving"].value() == "Item 4.2"
    onzin = als("coordinator").get(url("knelpunt_nieuw"), {"bron": "nonsens"})
    assert not onzin.context["form"]["bron"].value()  # an unknown source is not prefilled


def test_the_coordinator_records_a_knelpunt_and_sees_its_source(als, personas, regio, ziekenhuis):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.ZIEKENHUIS)
    overgang = journey.overgangen.get()
    response = als("coordinator").post(
        url("knelpunt_nieuw"),
        {
            "titel": "Brief komt laat",
            "huidige_situatie": "Na tien dagen.",
            "gewenste_situatie": "Binnen twee dagen.",
            "bron": "journey-overgang",
            "journey_overgang": overgang.pk,
            "organisaties": [ziekenhuis.pk],
            "prioriteit": 1,
            "status": "open",
        },
        follow=True,
    )
    tekst = response.content.decode()
    k = Knelpunt.objects.get(titel="Brief komt laat")
    assert k.overgang == overgang.overgang
    assert "Ziekenhuis → Thuis" in tekst
    assert f"/patientjourneys/ziekenhuis-naar-eerste-lijn/#overgang-{overgang.pk}" in tekst
    assert "zit niet in het implementatieteam" in tekst


def test_bad_knelpunt_input_gets_a_dutch_error_and_changes_nothing(als, personas):
    from casemanagement.models import Overgang

    response = als("coordinator").post(
        url("knelpunt_nieuw"),
        {
            "titel": "Dubbel",
            "huidige_situatie": "x",
            "bron": "overig",
            "fase": Fase.objects.first().pk,
            "overgang": Overgang.objects.first().pk,
            "prioriteit": 2,
            "status": "open",
        },
    )
    assert response.status_code == 200
    assert "Kies een fase óf een overgang, niet allebei." in response.content.decode()
    assert not Knelpunt.objects.exists()


def test_the_xlsx_export_holds_the_table(als, personas, regio, ziekenhuis):
    KnelpuntFactory(
        regio=regio,
        titel="Wachttijd dagbesteding",
        bron="clientinput",
        bron_omschrijving="Cliëntenraad",
        fase=Fase.objects.get(code="participatie"),
        prioriteit=1,
        organisaties=[ziekenhuis],
    )
    KnelpuntFactory(regio=regio, titel="Gefilterd weg", status="opgelost")
    response = als("manager").get(url("knelpunten_xlsx"), {"status": "open"})
    assert response["Content-Disposition"] == 'attachment; filename="knelpunten-voorbeeld.xlsx"'
    ws = load_workbook(BytesIO(response.content)).active
    rijen = list(ws.iter_rows(values_only=True))
    assert rijen[0][:3] == ("Knelpunt", "Huidige situatie", "Gewenste situatie")
    assert len(rijen) == 2
    rij = dict(zip(rijen[0], rijen[1], strict=True))
    assert rij["Knelpunt"] == "Wachttijd dagbesteding"
    assert rij["Bron"] == "Inbreng van cliënten en naasten"
    assert rij["Toelichting bron"] == "Cliëntenraad"
    assert rij["Fase of overgang"] == "Chronische fase en participatie"
    assert rij["Betrokken organisaties"] == "Ziekenhuis De Linde"
    assert rij["Niet in het implementatieteam"] == "Ziekenhuis De Linde"
    assert rij["Prioriteit"] == "Hoog"


def test_the_pdf_export_holds_the_table(als, personas, regio, ziekenhuis):
    KnelpuntFactory(regio=regio, titel="Geen vast aanspreekpunt", organisaties=[ziekenhuis])
    tekst = pdf_tekst(als("coordinator").get(url("knelpunten_pdf")))
    assert "Knelpunten" in tekst
    assert "Geen vast aanspreekpunt" in tekst
    assert "(niet in het team)" in tekst


# Goals ----------------------------------------------------------------------------------------


def test_the_coordinator_turns_a_knelpunt_into_a_goal_and_sees_what_is_missing(
    als, personas, regio
):
    k = KnelpuntFactory(
        regio=regio, titel="Brief komt laat", gewenste_situatie="Binnen twee dagen."
    )
    client = als("coordinator")
    form = client.get(url("verbeterpunt_nieuw"), {"knelpunt": k.pk}).context["form"]
    assert form["knelpunt"].value() == k.pk and form["titel"].value() == "Brief komt laat"
    response = client.post(
        url("verbeterpunt_nieuw"),
        {
            "knelpunt": k.pk,
            "titel": "Ontslagbrief binnen twee dagen",
            "wat_verbetert": "De huisarts kan direct helpen.",
            "indicator": "Aandeel brieven op tijd",
            "status": "concept",
        },
        follow=True,
    )
    tekst = response.content.decode()
    assert "Nog niet SMARTI" in tekst
    assert "Meetbaar</strong>: Vul indicator, nulmeting en streefwaarde in." in tekst
    k.refresh_from_db()
    assert k.status == KnelpuntStatus.OPGEPAKT
    vp = Verbeterpunt.objects.get()
    response = client.post(
        url("verbeterpunt_bewerken", vp.pk),
        {
            "knelpunt": k.pk,
            "titel": vp.titel,
            "wat_verbetert": vp.wat_verbetert,
            "status": "loopt",
            **{
                k_: (v.isoformat() if hasattr(v, "isoformat") else v)
                for k_, v in smarti_compleet().items()
            },
        },
        follow=True,
    )
    assert "SMARTI compleet" in response.content.decode()


def test_the_goals_page_marks_overdue_goals_with_text(als, personas, regio):
    VerbeterpuntFactory(
        regio=regio,
        titel="Te laat doel",
        deadline=timezone.localdate() - timedelta(days=1),
        status="loopt",
    )
    tekst = als("manager").get(url("doelen")).content.decode()
    rij = tekst.split("Te laat doel")[1].split("</tr>")[0]
    assert "te laat" in rij


def test_the_region_page_shows_overdue_goals_and_evaluations_with_constant_queries(
    als, personas, regio
):
    gisteren = timezone.localdate() - timedelta(days=1)
    client = als("teamlid")

    def tel():
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(reverse("regio", args=["voorbeeld"]))
        return len(ctx.captured_queries), response.content.decode()

    VerbeterpuntFactory(
        regio=regio,
        titel="Doel A",
        deadline=gisteren,
        status="loopt",
        verantwoordelijke=personas.teamlid,
    )
    VerbeterpuntFactory(regio=regio, titel="Doel B", evaluatie_op=gisteren, status="loopt")
    VerbeterpuntFactory(regio=regio, titel="Doel C", deadline=gisteren, status="behaald")
    weinig, tekst = tel()
    assert "Deadline verstreken" in tekst and "Doel A" in tekst
    assert "Evaluatie niet op tijd vastgelegd" in tekst and "Doel B" in tekst
    assert "Doel C" not in tekst
    for i in range(15):
        VerbeterpuntFactory(
            regio=regio,
            titel=f"Extra {i}",
            deadline=gisteren,
            status="loopt",
            verantwoordelijke=personas.coordinator,
        )
    veel, tekst = tel()
    assert weinig == veel
    assert "Deadline verstreken (16)" in tekst
    assert tekst.count('badge-te-laat">te laat<') == 5
    assert "En nog 11: zie" in tekst


def test_the_region_page_judges_late_evaluations_as_the_goal_page_does(als, personas, regio):
    vandaag = timezone.localdate()
    gevallen = [
        # evaluation moment (days from today), evaluation recorded (days from today) or None
        (-10, None),
        (-10, -12),
        (-10, -10),
        (-10, -3),
        (0, None),
        (5, None),
        (None, None),
    ]
    for i, (moment, vastgelegd) in enumerate(gevallen):
        vp = VerbeterpuntFactory(
            regio=regio,
            titel=f"Doel {i}",
            status="loopt",
            evaluatie_op=None if moment is None else vandaag + timedelta(days=moment),
        )
        if vastgelegd is not None:
            vp.voortgang.create(
                datum=vandaag + timedelta(days=vastgelegd), tekst="Evaluatie.", is_evaluatie=True
            )
    from stappenplan.selectors import analyse as selectors

    signalen = selectors.doelen_signalen(regio, vandaag)
    volgens_doel = {
        d.titel
        for d in selectors.verbeterpunten(regio)
        if selectors.evaluatie_te_laat(d, d.laatste_evaluatie, vandaag)
    }
    assert {d.titel for d in signalen.evaluatie_te_laat.doelen} == volgens_doel
    assert volgens_doel == {"Doel 0", "Doel 1"}


def test_an_evaluation_recorded_on_time_no_longer_stands_out(als, personas, regio):
    gisteren = timezone.localdate() - timedelta(days=1)
    vp = VerbeterpuntFactory(regio=regio, titel="Doel B", evaluatie_op=gisteren, status="loopt")
    services.voortgang_toevoegen(
        verbeterpunt=vp,
        auteur=personas.coordinator,
        datum=timezone.localdate(),
        tekst="Geëvalueerd.",
        is_evaluatie=True,
    )
    tekst = als("teamlid").get(reverse("regio", args=["voorbeeld"])).content.decode()
    assert "Evaluatie niet op tijd vastgelegd" not in tekst


def test_the_jaarplan_counts_goals_reached_on_track_and_overdue(regio):
    vandaag = timezone.localdate()
    VerbeterpuntFactory(regio=regio, status=VerbeterpuntStatus.BEHAALD)
    VerbeterpuntFactory(regio=regio, status="loopt", deadline=vandaag + timedelta(days=3))
    VerbeterpuntFactory(regio=regio, status="concept")
    VerbeterpuntFactory(regio=regio, status="loopt", deadline=vandaag - timedelta(days=3))
    VerbeterpuntFactory(regio=regio, status=VerbeterpuntStatus.GESTOPT)
    waarden = {k.titel: k.waarde for k in kengetallen(regio, vandaag.year)}
    assert waarden["Doelen behaald"] == "1"
    assert waarden["Doelen op schema"] == "2"
    assert waarden["Doelen te laat"] == "1"


def test_the_region_menu_has_the_analyse_pages(als, personas):
    titels = [m.titel for m in menu()]
    for titel in ["Patiëntjourneys", "Knelpunten", "Doelen"]:
        assert titel in titels
    tekst = als("manager").get(url("knelpunten")).content.decode()
    assert 'aria-current="page">Knelpunten</a>' in tekst


def test_a_werkconferentie_is_planned_with_who_invites_whom(als, personas, regio):
    LidmaatschapFactory(regio=regio, rol=Rol.TEAMLID, organisatie=OrganisatieFactory(regio=regio))
    response = als("coordinator").post(
        url("werkconferentie_nieuw"),
        {
            "titel": "Werkconferentie NAH",
            "datum": "2027-02-10T13:30",
            "plaats": "Zalencentrum",
            "doel": "Informeren en ideeën ophalen.",
            "rol_patientvertegenwoordigers": "Ervaringsverhaal.",
            "uitnodiging-TOTAL_FORMS": "2",
            "uitnodiging-INITIAL_FORMS": "0",
            "uitnodiging-0-teamlid": personas.teamlid.pk,
            "uitnodiging-0-partners": "Fysiotherapeuten",
            "uitnodiging-0-aantal_uitgenodigd": "12",
            "uitnodiging-1-aantal_uitgenodigd": "0",
        },
        follow=True,
    )
    tekst = response.content.decode()
    assert "Werkconferentie NAH" in tekst
    assert "Fysiotherapeuten" in tekst and "Sander Jansen" in tekst
    assert "Ervaringsverhaal." in tekst


def test_the_start_page_counts_overdue_goals_per_region_in_one_query(als, personas, regio, elders):
    from stappenplan.selectors.analyse import doelen_te_laat_per_regio

    gisteren = timezone.localdate() - timedelta(days=1)
    VerbeterpuntFactory(regio=regio, deadline=gisteren, status="loopt")
    VerbeterpuntFactory(regio=regio, deadline=gisteren, status="behaald")
    VerbeterpuntFactory(regio=elders, deadline=gisteren, status="concept")
    with CaptureQueriesContext(connection) as ctx:
        telling = doelen_te_laat_per_regio([regio.pk, elders.pk])
    assert telling == {regio.pk: 1, elders.pk: 1}
    assert len(ctx.captured_queries) == 1
    tekst = als("coordinator").get(reverse("home")).content.decode()
    assert "1 doel over de deadline" in tekst
    assert "Regio Elders" not in tekst


def test_knelpunten_without_a_phase_come_last_when_sorted_by_phase(als, personas, regio):
    KnelpuntFactory(regio=regio, titel="Zonder fase")
    KnelpuntFactory(regio=regio, titel="Thuis", fase=Fase.objects.get(code="thuis"))
    KnelpuntFactory(regio=regio, titel="Acuut", fase=Fase.objects.get(code="acuut"))
    client = als("coordinator")

    def titels(sorteer):
        return [
            r.knelpunt.titel
            for r in client.get(url("knelpunten"), {"sorteer": sorteer}).context["rijen"]
        ]

    assert titels("fase") == ["Acuut", "Thuis", "Zonder fase"]
    assert titels("-fase") == ["Thuis", "Acuut", "Zonder fase"]


def test_a_knelpunt_with_verbeterpunten_cannot_be_removed(als, personas, regio):
    los = KnelpuntFactory(regio=regio, titel="Per vergissing")
    vast = VerbeterpuntFactory(regio=regio).knelpunt
    assert als("teamlid").post(url("knelpunt_verwijderen", los.pk)).status_code == 403
    client = als("coordinator")
    response = client.post(url("knelpunt_verwijderen", vast.pk), follow=True)
    assert "heeft verbeterpunten en blijft bewaard" in response.content.decode()
    response = client.post(url("knelpunt_verwijderen", los.pk), follow=True)
    assert "is verwijderd" in response.content.decode()
    assert list(Knelpunt.objects.filter(regio=regio)) == [vast]


def test_the_smarti_check_follows_what_is_typed(als, personas):
    response = als("coordinator").post(
        url("smarti_check"), {**smarti_compleet(deadline=""), "indicator": "Aandeel gebeld"}
    )
    tekst = response.content.decode()
    assert "Nog niet SMARTI" in tekst and "Nog nodig: tijdgebonden." in tekst
    compleet = {k: str(v) for k, v in smarti_compleet().items()}
    assert "SMARTI compleet" in als("teamlid").post(url("smarti_check"), compleet).content.decode()
    assert (
        "Nog nodig: tijdgebonden"
        in als("teamlid")
        .post(url("smarti_check"), {**compleet, "deadline": "2027-02-31"})
        .content.decode()
    )
    assert als("patient").post(url("smarti_check"), compleet).status_code == 403


def _queries(client, adres):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(adres).status_code == 200
    return len(ctx.captured_queries)


def test_the_goals_page_uses_the_same_number_of_queries_for_few_and_many_goals(
    als, personas, regio
):
    client = als("coordinator")
    for _ in range(3):
        vp = VerbeterpuntFactory(regio=regio, verantwoordelijke=personas.teamlid)
        vp.voortgang.create(datum=timezone.localdate(), tekst="Gestart.")
    weinig = _queries(client, url("doelen"))
    for _ in range(20):
        vp = VerbeterpuntFactory(regio=regio, verantwoordelijke=personas.coordinator)
        vp.voortgang.create(datum=timezone.localdate(), tekst="Gestart.")
    assert _queries(client, url("doelen")) == weinig


def test_the_descriptions_page_uses_the_same_number_of_queries_for_few_and_many_partners(
    als, personas, regio
):
    client = als("coordinator")
    thuis = Fase.objects.get(code="thuis")
    for _ in range(2):
        PartnerBeschrijvingFactory(organisatie=OrganisatieFactory(regio=regio)).fasen.create(
            fase=thuis, zorg="Zorg thuis."
        )
    weinig = _queries(client, url("beschrijvingen"))
    for _ in range(15):
        PartnerBeschrijvingFactory(organisatie=OrganisatieFactory(regio=regio)).fasen.create(
            fase=thuis, zorg="Zorg thuis."
        )
        OrganisatieFactory(regio=regio)
    assert _queries(client, url("beschrijvingen")) == weinig


def test_a_journey_page_uses_the_same_number_of_queries_for_few_and_many_comments(
    als, personas, regio, ziekenhuis
):
    journey = services.journey_aanmaken(regio=regio, type=JourneyType.REVALIDATIE)
    client = als("patient")

    def reageer(n):
        for i in range(n):
            r = services.reactie_plaatsen(
                journey=journey,
                auteur=personas.patient,
                herkenbaar="deels",
                suggestie=f"Suggestie {i}",
                stap=journey.stappen.first() if i % 2 else None,
                overgang=None if i % 2 else journey.overgangen.first(),
            )
            services.reactie_beantwoorden(reactie=r, door=personas.coordinator, antwoord="Gedaan.")

    reageer(2)
    weinig = _queries(client, journey.get_absolute_url())
    reageer(12)
    assert _queries(client, journey.get_absolute_url()) == weinig


def test_the_knelpunten_table_pages_keep_the_filters_and_the_sorting(als, personas, regio):
    for i in range(60):
        KnelpuntFactory(regio=regio, titel=f"Hoog {i:02d}", prioriteit=1)
    for i in range(5):
        KnelpuntFactory(regio=regio, titel=f"Laag {i}", prioriteit=3)
    client = als("coordinator")
    eerste = client.get(url("knelpunten"), {"prioriteit": "1", "sorteer": "-titel"})
    assert [r.knelpunt.titel for r in eerste.context["rijen"]][:2] == ["Hoog 59", "Hoog 58"]
    assert len(eerste.context["rijen"]) == 50
    tekst = eerste.content.decode()
    assert "60 knelpunten (gefilterd), pagina 1 van 2" in tekst
    volgende = eerste.context["paginering"].volgende
    assert "prioriteit=1" in volgende and "sorteer=-titel" in volgende and "pagina=2" in volgende
    assert f'href="{volgende.replace("&", "&amp;")}" rel="next"' in tekst
    tweede = client.get(url("knelpunten") + volgende)
    assert [r.knelpunt.titel for r in tweede.context["rijen"]] == [
        f"Hoog {i:02d}" for i in range(9, -1, -1)
    ]
    # A new order, a new filter or an export starts from the whole list.
    assert all("pagina" not in k["url"] for k in tweede.context["kolommen"])
    assert "pagina" not in tweede.context["query"]


@pytest.mark.parametrize("pagina, verwacht", [("abc", 1), ("0", 2), ("99", 2), ("-1", 2)])
def test_a_page_number_that_does_not_exist_shows_a_page_that_does(
    als, personas, regio, pagina, verwacht
):
    for i in range(55):
        KnelpuntFactory(regio=regio, titel=f"Knelpunt {i:02d}")
    response = als("coordinator").get(url("knelpunten"), {"pagina": pagina})
    assert response.status_code == 200
    assert response.context["paginering"].pagina.number == verwacht


def test_the_goals_page_shows_25_goals_a_page_and_a_few_knelpunten_without_goal(
    als, personas, regio
):
    for i in range(30):
        VerbeterpuntFactory(regio=regio, titel=f"Doel {i:02d}", deadline=None)
    for i in range(8):
        KnelpuntFactory(regio=regio, titel=f"Zonder doel {i}", status=KnelpuntStatus.OPGEPAKT)
    client = als("coordinator")
    eerste = client.get(url("doelen"))
    assert len(eerste.context["rijen"]) == 25
    tekst = eerste.content.decode()
    assert "30 doelen, pagina 1 van 2" in tekst
    assert "Opgepakte knelpunten zonder verbeterpunt (8)" in tekst
    assert len(eerste.context["knelpunten_zonder_doel"]) == 5
    assert f"{url('knelpunten')}?status=opgepakt" in tekst
    tweede = client.get(url("doelen"), {"pagina": 2})
    assert [r["doel"].titel for r in tweede.context["rijen"]] == [
        f"Doel {i:02d}" for i in range(25, 30)
    ]
