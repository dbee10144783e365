"""The one helper that writes every spreadsheet the product offers (XLSX and CSV).

Each export describes its sheets as a `Blad`: a title, its columns (`Kolom`: heading, width,
kind) and its rows. The helper does the rest, the same way everywhere:

- XLSX: a bold, frozen header row with an autofilter, the column widths, number and date
  formats per column kind, text that wraps at the top of its cell;
- CSV: semicolons, a decimal comma and a byte-order mark, so it opens directly in Dutch Excel;
- formula injection: text that a spreadsheet would read as a formula (starting with `=`, `+`,
  `-`, `@`, a tab or a carriage return) gets a leading apostrophe and is stored as text, so a
  title such as `=HYPERLINK(...)` stays a harmless string. Numbers and dates are left alone.
"""

import csv
import datetime
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
GEVAARLIJK_BEGIN = ("=", "+", "-", "@", "\t", "\r")

TEKST = "tekst"
GETAL = "getal"  # a whole number
DECIMAAL = "decimaal"  # two decimals
DATUM = "datum"
DATUMTIJD = "datumtijd"

FORMATEN = {
    GETAL: "0",
    DECIMAAL: "0.00",
    DATUM: "d-m-yyyy",
    DATUMTIJD: "d-m-yyyy hh:mm",
}
STANDAARD_BREEDTE = {TEKST: 30, GETAL: 12, DECIMAAL: 12, DATUM: 13, DATUMTIJD: 17}


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: str = TEKST
    breedte: int | None = None

    @property
    def xlsx_breedte(self) -> int:
        return self.breedte or max(STANDAARD_BREEDTE[self.soort], len(self.kop) + 2)


@dataclass
class Blad:
    titel: str
    kolommen: Sequence[Kolom]
    rijen: Iterable[Sequence] = field(default_factory=list)


def onschadelijk(waarde):
    """Text a spreadsheet would evaluate gets a leading apostrophe; everything else is kept."""
    if isinstance(waarde, str) and waarde.startswith(GEVAARLIJK_BEGIN):
        return "'" + waarde
    return waarde


def _celwaarde(waarde):
    if waarde is None:
        return None
    if isinstance(waarde, datetime.datetime):
        if timezone.is_aware(waarde):
            waarde = timezone.localtime(waarde)
        return waarde.replace(tzinfo=None)
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, Decimal):
        return float(waarde)
    if isinstance(waarde, int | float | datetime.date):
        return waarde
    return onschadelijk(str(waarde))


def xlsx_bytes(bladen: Sequence[Blad]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    boek = Workbook()
    boek.remove(boek.active)
    vet = Font(bold=True)
    boven = Alignment(wrap_text=True, vertical="top")
    for blad in bladen:
        ws = boek.create_sheet(blad.titel[:31])
        ws.append([onschadelijk(k.kop) for k in blad.kolommen])
        for cel in ws[1]:
            cel.font = vet
            cel.alignment = boven
        for rij in blad.rijen:
            ws.append([_celwaarde(w) for w in rij])
        for index, kolom in enumerate(blad.kolommen, start=1):
            letter = get_column_letter(index)
            ws.column_dimensions[letter].width = kolom.xlsx_breedte
            formaat = FORMATEN.get(kolom.soort)
            for (cel,) in ws.iter_rows(min_row=2, min_col=index, max_col=index):
                cel.alignment = boven
                if isinstance(cel.value, str):
                    cel.data_type = "s"  # never a formula
                elif formaat and cel.value is not None:
                    cel.number_format = formaat
        ws.freeze_panes = "A2"
        if blad.kolommen:
            laatste = get_column_letter(len(blad.kolommen))
            ws.auto_filter.ref = f"A1:{laatste}{max(ws.max_row, 1)}"
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def _csv_tekst(waarde, kolom: Kolom) -> str:
    waarde = _celwaarde(waarde)
    if waarde is None:
        return ""
    if isinstance(waarde, float):
        return f"{waarde:.2f}".replace(".", ",")
    if isinstance(waarde, datetime.datetime):
        return waarde.strftime("%d-%m-%Y %H:%M")
    if isinstance(waarde, datetime.date):
        return waarde.strftime("%d-%m-%Y")
    return str(waarde)


def csv_bytes(blad: Blad) -> bytes:
    buffer = io.StringIO()
    schrijver = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    schrijver.writerow([onschadelijk(k.kop) for k in blad.kolommen])
    for rij in blad.rijen:
        schrijver.writerow([_csv_tekst(w, k) for w, k in zip(rij, blad.kolommen, strict=True)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _bijlage(inhoud: bytes, content_type: str, naam: str, extensie: str) -> HttpResponse:
    response = HttpResponse(inhoud, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{slugify(naam)}.{extensie}"'
    return response


def xlsx_response(bladen: Sequence[Blad], naam: str) -> HttpResponse:
    return _bijlage(xlsx_bytes(bladen), XLSX_TYPE, naam, "xlsx")


def csv_response(blad: Blad, naam: str) -> HttpResponse:
    return _bijlage(csv_bytes(blad), CSV_TYPE, naam, "csv")
