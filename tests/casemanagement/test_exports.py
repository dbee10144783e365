"""Every spreadsheet comes from one helper: frozen header, autofilter, widths, formats, no formulas."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from casemanagement import export
from casemanagement.models import Lidmaatschap
from ontwikkelscan.models import Item
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory, beantwoord, sluit
from tests.verwijskaart.factories import VerwijzingFactory

FORMULE = '=HYPERLINK("https://aanvaller.example","klik")'


def _boek(response):
    assert response.status_code == 200
    assert response["Content-Type"] == export.XLSX_TYPE
    return load_workbook(io.BytesIO(response.content))


def _geen_formules(boek):
    """No cell holds a formula; the planted text is there, as text with a leading apostrophe."""
    gevonden = 0
    for blad in boek.worksheets:
        for rij in blad.iter_rows():
            for cel in rij:
                assert cel.data_type != "f", f"{blad.title}!{cel.coordinate} is een formule"
                if cel.value == "'" + FORMULE:
                    assert cel.data_type == "s"
                    gevonden += 1
    assert gevonden, "de geplante tekst staat niet in de export"
    return gevonden


def _kop_vast_met_filter(blad):
    assert blad.freeze_panes == "A2"
    assert blad.auto_filter.ref.startswith("A1:")
    assert all(c.font.bold for c in blad[1] if c.value)


def test_it_neutralises_every_text_a_spreadsheet_would_evaluate():
    for begin in ("=", "+", "-", "@", "\t", "\r"):
        assert export.onschadelijk(begin + "1+1") == "'" + begin + "1+1"
    assert export.onschadelijk("Wachttijd - te lang") == "Wachttijd - te lang"
    assert export.onschadelijk(-3) == -3
    assert export.onschadelijk(None) is None


def test_an_xlsx_has_a_frozen_bold_header_an_autofilter_widths_and_formats():
    inhoud = export.xlsx_bytes(
        [
            export.Blad(
                "Proef",
                [
                    export.Kolom("Titel", breedte=40),
                    export.Kolom("Aantal", export.GETAL),
                    export.Kolom("Score", export.DECIMAAL),
                    export.Kolom("Datum", export.DATUM),
                ],
                [[FORMULE, 3, 2.5, datetime.date(2026, 11, 29)], ["-2 dagen", -2, None, None]],
            )
        ]
    )
    blad = load_workbook(io.BytesIO(inhoud))["Proef"]
    _kop_vast_met_filter(blad)
    assert blad.auto_filter.ref == "A1:D3"
    assert blad.column_dimensions["A"].width == 40
    assert blad["A2"].value == "'" + FORMULE and blad["A2"].data_type == "s"
    assert blad["A3"].value == "'-2 dagen"
    assert blad["B3"].value == -2 and blad["B3"].number_format == "0"
    assert blad["C2"].number_format == "0.00"
    assert blad["D2"].number_format == "d-m-yyyy"
    assert blad["D2"].value == datetime.datetime(2026, 11, 29)


def test_a_csv_opens_in_dutch_excel_and_holds_no_formula():
    inhoud = export.csv_bytes(
        export.Blad(
            "Proef",
            [export.Kolom("Titel"), export.Kolom("Score", export.DECIMAAL)],
            [[FORMULE, 2.5], ["@SUM(A1)", None]],
        )
    )
    assert inhoud.startswith("\ufeff".encode())
    rijen = list(csv.reader(io.StringIO(inhoud.decode("utf-8-sig")), delimiter=";"))
    assert rijen == [["Titel", "Score"], ["'" + FORMULE, "2,50"], ["'@SUM(A1)", ""]]


@pytest.mark.django_db
def test_the_scan_results_carry_a_planted_formula_as_text(als, regio, ziekenhuis):
    ronde = RondeFactory(regio=regio, naam=FORMULE)
    ziekenhuis.naam = FORMULE
    ziekenhuis.save()
    Item.objects.filter(thema__vragenlijst=ronde.vragenlijst, code="T1I1").update(tekst=FORMULE)
    beantwoord(RespondentFactory(ronde=ronde, organisatie=ziekenhuis), [1, 2, 3, 4])
    sluit(ronde)
    url = reverse("ontwikkelscan:resultaten_xlsx", args=[regio.slug, ronde.pk])
    boek = _boek(als("manager").get(url))
    for blad in boek.worksheets:
        _kop_vast_met_filter(blad)
    _geen_formules(boek)

    csv_url = reverse("ontwikkelscan:resultaten_csv", args=[regio.slug, ronde.pk])
    tekst = als("manager").get(csv_url).content.decode("utf-8-sig")
    cellen = [c for rij in csv.reader(io.StringIO(tekst), delimiter=";") for c in rij]
    assert "'" + FORMULE in cellen
    assert not [c for c in cellen if c.startswith(export.GEVAARLIJK_BEGIN)]


@pytest.mark.django_db
def test_members_download_the_draft_verwijskaart_with_a_planted_formula_as_text(
    als, regio, personas
):
    VerwijzingFactory(
        kaart__regio=regio,
        discipline=FORMULE,
        waarvoor="+31 voor iedereen",
        eigenaar=personas.teamlid,
        geverifieerd_op=datetime.date(2026, 11, 2),
    )
    concept = reverse("verwijskaart:concept", args=[regio.slug])
    url = reverse("verwijskaart:concept_xlsx", args=[regio.slug])
    assert f'href="{url}"' in als("manager").get(concept).content.decode()
    boek = _boek(als("manager").get(url))
    blad = boek["Verwijskaart"]
    _kop_vast_met_filter(blad)
    _geen_formules(boek)
    rij = dict(zip([c.value for c in blad[1]], [c.value for c in blad[2]], strict=True))
    assert rij["Waarvoor en voor wie"] == "'+31 voor iedereen"
    assert rij["Eigenaar"] == "Sander Jansen"
    assert rij["Laatst geverifieerd op"] == datetime.datetime(2026, 11, 2)
    assert blad["O2"].number_format == "d-m-yyyy"


@pytest.mark.django_db
def test_only_the_coordinator_downloads_the_members_with_a_planted_formula_as_text(
    als, regio, personas
):
    personas.teamlid.naam = FORMULE
    personas.teamlid.save()
    url = reverse("leden_xlsx", args=[regio.slug])
    pagina = reverse("regio", args=[regio.slug])
    assert f'href="{url}"' in als("coordinator").get(pagina).content.decode()
    assert f'href="{url}"' not in als("teamlid").get(pagina).content.decode()
    for persona in ("teamlid", "patient", "manager"):
        assert als(persona).get(url).status_code == 403
    assert als("buiten").get(url).status_code == 404

    boek = _boek(als("coordinator").get(url))
    blad = boek["Leden"]
    _kop_vast_met_filter(blad)
    _geen_formules(boek)
    rijen = list(blad.iter_rows(min_row=2, values_only=True))
    assert len(rijen) == Lidmaatschap.objects.filter(regio=regio).count() == 4
    assert ("Marieke de Vries", "coordinator@example.org") in [r[:2] for r in rijen]
