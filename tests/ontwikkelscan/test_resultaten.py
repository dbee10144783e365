"""The results page and its PDF, CSV and XLSX: the figures a coordinator shares in the network."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from casemanagement.constants import Domein
from ontwikkelscan.models import Consensusscore, Samenwerking
from tests.factories import OrganisatieFactory

from .factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ronde(regio, ziekenhuis, revalidatiecentrum):
    """Closed round, 2 themes of 2 items; four submitted respondents and one draft."""
    ronde = RondeFactory(regio=regio, naam="Nulmeting 2026")
    gemeente = OrganisatieFactory(
        regio=regio, naam="Gemeente Oost", type="gemeente", domein=Domein.SOCIAAL
    )
    sets = [
        (ziekenhuis, [0, 1, 2, 5]),
        (ziekenhuis, [0, 1, 2, 5]),
        (ziekenhuis, [4, 1, 3, None]),
        (gemeente, [4, None, 3, 0]),
    ]
    for org, waarden in sets:
        r = beantwoord(RespondentFactory(ronde=ronde, organisatie=org), waarden)
        Samenwerking.objects.create(respondent=r, organisatie=revalidatiecentrum)
    beantwoord(RespondentFactory(ronde=ronde, organisatie=gemeente), [5, 5, 5, 5], indienen=False)
    return sluit(ronde)


def _url(naam, ronde):
    return reverse(f"ontwikkelscan:{naam}", args=[ronde.regio.slug, ronde.pk])


def test_the_results_show_the_exact_figures_of_submitted_answers_only(als, ronde):
    response = als("manager").get(_url("resultaten", ronde))
    assert response.status_code == 200
    r = response.context["r"]
    assert r.aantal_respondenten == 4
    eerste = r.themas[0].items[0].cijfers  # T1I1: 0, 0, 4, 4 -- the draft's 5 does not count
    assert (eerste.aantal, eerste.gemiddelde, eerste.mediaan, eerste.iqr) == (4, 2, 2, 4)
    assert eerste.geen_overeenstemming
    tweede = r.themas[0].items[1].cijfers  # T1I2: 1, 1, 1 and one weet niet
    assert (tweede.aantal, tweede.weet_niet, tweede.gemiddelde) == (3, 1, 1)
    # Theme 1 over respondent means: 0.5, 0.5, 2.5, 4
    assert r.themas[0].cijfers.gemiddelde == pytest.approx(7.5 / 4)
    tekst = response.content.decode()
    assert "Geen overeenstemming" in tekst
    assert "Zo lezen we de cijfers" in tekst
    assert "interkwartielafstand" in tekst


def test_the_weakest_and_most_disputed_items_come_first(als, ronde):
    r = als("teamlid").get(_url("resultaten", ronde)).context["r"]
    assert [regel.item.code for regel in r.zwakste][:2] == ["T1I2", "T1I1"]
    assert [regel.item.code for regel in r.verdeeld] == ["T1I1", "T2I2"]


def test_the_radar_and_network_are_inline_svg_with_a_table_alternative(als, ronde):
    tekst = als("manager").get(_url("resultaten", ronde)).content.decode()
    assert tekst.count('role="img"') == 2
    assert '<title id="radar-titel">Radardiagram van de thema&#x27;s, Nulmeting 2026' in tekst
    assert "Cijfers per thema" in tekst
    assert "Bestaande contacten (aantal keer genoemd)" in tekst
    assert "Revalidatiecentrum Het Anker" in tekst


def test_no_group_smaller_than_three_is_shown_in_the_breakdown(als, ronde):
    response = als("manager").get(_url("resultaten", ronde))
    per_domein = response.context["r"].per_domein
    assert [(g["naam"], g["respondenten"]) for g in per_domein] == [("Zorg", 3)]
    per_type = response.context["r"].per_type
    assert [(g["naam"], g["respondenten"]) for g in per_type] == [("Ziekenhuis", 3)]


def test_the_previous_round_is_overlaid_and_compared(als, ronde, regio):
    herhaling = RondeFactory(regio=regio, vragenlijst=ronde.vragenlijst, naam="Herhaalmeting 2027")
    beantwoord(RespondentFactory(ronde=herhaling), [5, 5, 5, 5])
    beantwoord(RespondentFactory(ronde=herhaling), [5, 5, 5, 5])
    sluit(herhaling)
    response = als("manager").get(_url("resultaten", herhaling))
    r = response.context["r"]
    assert r.vorige == ronde
    assert r.themas[0].vorige == pytest.approx(7.5 / 4)
    assert r.themas[0].verandering.richting == "omhoog"
    tekst = response.content.decode()
    assert "vergeleken met Nulmeting 2026" in tekst
    assert 'data-reeks="Nulmeting 2026"' in tekst and 'data-reeks="Herhaalmeting 2027"' in tekst


def test_consensus_scores_show_beside_the_individual_spread(als, ronde):
    thema = ronde.vragenlijst.themas.first()
    Consensusscore.objects.create(
        ronde=ronde, thema=thema, score=2, toelichting="Samen besproken in juni"
    )
    tekst = als("teamlid").get(_url("resultaten", ronde)).content.decode()
    assert "Afgesproken in het consensusoverleg: 2" in tekst
    assert "Samen besproken in juni" in tekst


def test_the_coordinator_records_that_the_results_were_shared(als, ronde):
    client = als("coordinator")
    vandaag = timezone.localdate()
    response = client.post(
        _url("gedeeld", ronde), {"op": vandaag.isoformat(), "hoe": "Netwerkoverleg"}, follow=True
    )
    assert "Vastgelegd dat de resultaten" in response.content.decode()
    ronde.refresh_from_db()
    assert ronde.resultaten_gedeeld_op == vandaag
    assert ronde.history.first().history_user.email == "coordinator@example.org"


def test_the_coordinator_records_consensus_through_the_form(als, ronde):
    t1, t2 = ronde.vragenlijst.themas.all()
    client = als("coordinator")
    response = client.post(
        _url("consensus", ronde),
        {
            f"score_{t1.pk}": "3",
            f"toelichting_{t1.pk}": "Afspraken staan",
            f"score_{t2.pk}": "4",
            f"toelichting_{t2.pk}": "",
        },
    )
    assert response.status_code == 200
    assert "schrijf kort waarom" in response.content.decode()
    assert not Consensusscore.objects.exists()
    response = client.post(
        _url("consensus", ronde),
        {
            f"score_{t1.pk}": "3",
            f"toelichting_{t1.pk}": "Afspraken staan",
            f"score_{t2.pk}": "",
            f"toelichting_{t2.pk}": "",
        },
    )
    assert response.status_code == 302
    assert Consensusscore.objects.get().score == 3


def test_each_weak_item_has_an_include_point_for_actions(als, ronde):
    response = als("coordinator").get(_url("resultaten", ronde))
    assert "ontwikkelscan/_item_acties.html" in [t.name for t in response.templates]


def test_the_csv_holds_the_figures_per_theme_and_item(als, ronde):
    response = als("manager").get(_url("resultaten_csv", ronde))
    assert response["Content-Type"].startswith("text/csv")
    assert (
        'filename="ontwikkelscan-voorbeeld-nulmeting-2026.csv"' in response["Content-Disposition"]
    )
    rijen = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rijen[0][:4] == ["Thema", "Code", "Stelling", "Aantal antwoorden"]
    t1i1 = next(r for r in rijen if r[1] == "T1I1")
    assert t1i1[3:8] == ["4", "0", "2,00", "2,00", "2,00"]
    assert t1i1[-1] == "Geen overeenstemming"
    assert len(rijen) == 1 + 2 + 4


def test_the_xlsx_holds_items_breakdown_and_network(als, ronde):
    response = als("manager").get(_url("resultaten_xlsx", ronde))
    boek = load_workbook(io.BytesIO(response.content))
    assert boek.sheetnames == ["Items", "Uitsplitsing", "Netwerk", "Toelichting"]
    items = list(boek["Items"].iter_rows(values_only=True))
    t1i2 = next(r for r in items if r[1] == "T1I2")
    assert t1i2[3:7] == (3, 1, 1, 1)
    netwerk = [
        (frozenset(r[:2]), r[2]) for r in boek["Netwerk"].iter_rows(min_row=2, values_only=True)
    ]
    assert netwerk == [
        (frozenset({"Revalidatiecentrum Het Anker", "Ziekenhuis De Linde"}), 3),
        (frozenset({"Revalidatiecentrum Het Anker", "Gemeente Oost"}), 1),
    ]


def test_the_pdf_report_carries_the_figures_and_both_pictures(als, ronde):
    response = als("manager").get(_url("resultaten_pdf", ronde))
    assert response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(response.content))
    tekst = " ".join(p.extract_text() for p in pdf.pages)
    assert "Resultaten Ontwikkelscan: Nulmeting 2026" in tekst
    assert "Netwerk van bestaande contacten" in tekst
    assert "Geen overeenstemming" in tekst
    assert "Thema 1" in tekst and "Stelling" in tekst
    assert "Zo lezen we de cijfers" in tekst


def _maak_respondenten(ronde, aantal, organisaties):
    for i in range(aantal):
        org = organisaties[i % len(organisaties)]
        r = beantwoord(
            RespondentFactory(ronde=ronde, organisatie=org), [i % 6, (i + 2) % 6, None, 3]
        )
        Samenwerking.objects.create(
            respondent=r, organisatie=organisaties[(i + 1) % len(organisaties)]
        )


def test_the_results_page_needs_the_same_queries_for_5_and_50_respondents(
    als, regio, ziekenhuis, revalidatiecentrum
):
    vorige = RondeFactory(regio=regio, naam="Vorige")
    _maak_respondenten(vorige, 3, [ziekenhuis])
    sluit(vorige)
    ronde = RondeFactory(regio=regio, vragenlijst=vorige.vragenlijst, naam="Nu")
    organisaties = [
        ziekenhuis,
        revalidatiecentrum,
        OrganisatieFactory(regio=regio, domein=Domein.SOCIAAL, type="gemeente"),
    ]
    _maak_respondenten(ronde, 5, organisaties)
    Consensusscore.objects.create(
        ronde=ronde, thema=ronde.vragenlijst.themas.first(), score=2, toelichting="x"
    )
    client = als("coordinator")
    url = _url("resultaten", ronde)
    client.get(url)
    with CaptureQueriesContext(connection) as klein:
        assert client.get(url).status_code == 200
    _maak_respondenten(ronde, 45, organisaties)
    with CaptureQueriesContext(connection) as groot:
        response = client.get(url)
    assert response.context["r"].aantal_respondenten == 50
    assert len(groot.captured_queries) == len(klein.captured_queries)


def test_a_round_without_submitted_answers_shows_empty_results_to_the_coordinator(als, regio):
    ronde = RondeFactory(regio=regio, naam="Net geopend")
    beantwoord(RespondentFactory(ronde=ronde), [3, 3], indienen=False)
    client = als("coordinator")
    response = client.get(_url("resultaten", ronde))
    assert response.status_code == 200
    tekst = response.content.decode()
    assert "Er zijn nog geen ingediende antwoorden" in tekst
    assert "voorlopige cijfers" in tekst
    assert response.context["r"].totaal is None
    assert client.get(_url("resultaten_pdf", ronde)).status_code == 200
    assert client.get(_url("resultaten_xlsx", ronde)).status_code == 200
