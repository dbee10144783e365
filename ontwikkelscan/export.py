"""The results of a round as CSV (semicolon, decimal comma: opens directly in Dutch Excel) and XLSX.

Aggregates only, as on the results page: individual answers are never exported.
"""

import csv
import io

from django.utils.text import slugify

KOLOMMEN = [
    "Thema",
    "Code",
    "Stelling",
    "Aantal antwoorden",
    "Weet niet / n.v.t.",
    "Mediaan",
    "Gemiddelde",
    "Standaardafwijking",
    "Q1",
    "Q3",
    "Interkwartielafstand",
    "Overeenstemming",
]


def bestandsnaam(ronde) -> str:
    return slugify(f"ontwikkelscan-{ronde.regio.slug}-{ronde.naam}")


def _getal(waarde):
    return None if waarde is None else round(waarde, 2)


def _rij(thema_naam, code, tekst, c):
    return [
        thema_naam,
        code,
        tekst,
        c.aantal,
        c.weet_niet,
        _getal(c.mediaan),
        _getal(c.gemiddelde),
        _getal(c.standaardafwijking),
        _getal(c.q1),
        _getal(c.q3),
        _getal(c.iqr),
        c.consensus_label,
    ]


def rijen(resultaten) -> list[list]:
    """Per theme a line (code "thema", over the respondents' theme scores), then its items."""
    uitkomst = []
    for regel in resultaten.themas:
        uitkomst.append(_rij(regel.thema.naam, "thema", regel.thema.naam, regel.cijfers))
        for item in regel.items:
            uitkomst.append(_rij(regel.thema.naam, item.item.code, item.item.tekst, item.cijfers))
    return uitkomst


def _tekst(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, float):
        return f"{waarde:.2f}".replace(".", ",")
    return str(waarde)


def csv_bytes(resultaten) -> bytes:
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(KOLOMMEN)
    for rij in rijen(resultaten):
        schrijver.writerow([_tekst(w) for w in rij])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(resultaten) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    boek = Workbook()
    blad = boek.active
    blad.title = "Items"
    blad.append(KOLOMMEN)
    for rij in rijen(resultaten):
        blad.append(rij)
    for cel in blad[1]:
        cel.font = Font(bold=True)
    blad.column_dimensions["C"].width = 70
    blad.freeze_panes = "A2"

    themas = [r.thema.naam for r in resultaten.themas]
    groepen = boek.create_sheet("Uitsplitsing")
    groepen.append(["Groep", "Respondenten", *themas])
    for soort, lijst in (
        ("Soort organisatie", resultaten.per_type),
        ("Domein", resultaten.per_domein),
    ):
        groepen.append([soort])
        for groep in lijst:
            groepen.append(
                [
                    groep["naam"],
                    groep["respondenten"],
                    *[_getal(c.gemiddelde) for c in groep["per_thema"]],
                ]
            )
    for cel in groepen[1]:
        cel.font = Font(bold=True)

    netwerk = boek.create_sheet("Netwerk")
    netwerk.append(["Organisatie", "Organisatie", "Aantal keer genoemd"])
    for v in resultaten.verbindingen:
        netwerk.append([v.a.naam, v.b.naam, v.aantal])
    for cel in netwerk[1]:
        cel.font = Font(bold=True)

    info = boek.create_sheet("Toelichting")
    info.append(["Ronde", resultaten.ronde.naam])
    info.append(["Regio", resultaten.ronde.regio.naam])
    info.append(["Ingediende antwoorden van", resultaten.aantal_respondenten])
    info.append(["Totaalscore (gemiddelde van de thema's)", _getal(resultaten.totaal)])
    info.append(
        [
            "Spreiding",
            "Standaardafwijking (populatie) en interkwartielafstand; "
            "'weet niet / n.v.t.' telt niet mee.",
        ]
    )
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()
