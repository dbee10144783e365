"""The run chart of an indicator as a server-side SVG, for the page and the PDF alike.

Measurements are placed by date on the horizontal axis and joined by a line; the median of
the measurements is the centre line of the run chart; the baseline (nulmeting) and the target
are horizontal reference lines. Each reference line differs in dash pattern and carries a
text label, so colour is never the only signal. The SVG has role="img", a <title> and a
<desc>; the page shows the same numbers in a table beside it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from .regels import Punt, op_volgorde

BREEDTE, HOOGTE = 640, 330
LINKS, RECHTS, BOVEN, ONDER = 64, 112, 24, 56
LIJN = "#1d4f91"
NUL_KLEUR = "#6c757d"
DOEL_KLEUR = "#146c43"
MEDIAAN_KLEUR = "#b35c00"
LETTER = 'font-family="DejaVu Sans, sans-serif"'


def getal_nl(waarde: Decimal | float | int | None) -> str:
    """A number the Dutch way: decimal comma, no trailing zeros, thousands with a dot."""
    if waarde is None:
        return "—"
    d = Decimal(str(waarde)).quantize(Decimal("0.01"))
    tekst = f"{d:,.2f}".rstrip("0").rstrip(".")
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def _f(x: float) -> str:
    return f"{x:.1f}"


def _mooie_stap(bereik: float, stappen: int = 5) -> float:
    ruw = bereik / stappen
    macht = 10 ** math.floor(math.log10(ruw))
    for factor in (1, 2, 2.5, 5, 10):
        if ruw <= factor * macht:
            return factor * macht
    return 10 * macht


def as_bereik(waarden: list[float], niveaus: int | None = None) -> tuple[float, float, list[float]]:
    """The vertical axis: (lowest, highest, ticks); a qualitative scale shows each level."""
    if niveaus:
        return 1.0, float(niveaus), [float(n) for n in range(1, niveaus + 1)]
    if not waarden:
        return 0.0, 1.0, [0.0, 1.0]
    laag, hoog = min(waarden), max(waarden)
    if laag == hoog:
        laag, hoog = laag - 1, hoog + 1
    if laag >= 0 and laag <= (hoog - laag):
        laag = 0.0
    stap = _mooie_stap(hoog - laag)
    laag = math.floor(laag / stap) * stap
    hoog = math.ceil(hoog / stap) * stap
    ticks = []
    t = laag
    while t <= hoog + stap / 1000:
        ticks.append(round(t, 10))
        t += stap
    return laag, hoog, ticks


@dataclass(frozen=True)
class Referentie:
    naam: str
    waarde: Decimal
    kleur: str
    streep: str


def runchart(
    punten: list[Punt],
    *,
    nulwaarde: Decimal | None = None,
    streefwaarde: Decimal | None = None,
    mediaan: Decimal | None = None,
    eenheid: str = "",
    niveaus: dict[int, str] | None = None,
    titel: str = "Verloop",
    beschrijving: str = "",
    id_prefix: str = "runchart",
) -> str:
    reeks = op_volgorde(punten)
    referenties = [
        r
        for r in (
            Referentie("nulmeting", nulwaarde, NUL_KLEUR, "8 4") if nulwaarde is not None else None,
            Referentie("doel", streefwaarde, DOEL_KLEUR, "2 3")
            if streefwaarde is not None
            else None,
            Referentie("mediaan", mediaan, MEDIAAN_KLEUR, "12 3 2 3")
            if mediaan is not None and len(reeks) > 1
            else None,
        )
        if r is not None
    ]
    waarden = [float(p.waarde) for p in reeks] + [float(r.waarde) for r in referenties]
    laag, hoog, ticks = as_bereik(waarden, len(niveaus) if niveaus else None)
    plot_b, plot_h = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER

    def y(waarde: float) -> float:
        return BOVEN + plot_h - (waarde - laag) / ((hoog - laag) or 1) * plot_h

    eerste = reeks[0].datum if reeks else date.today()
    dagen = max((reeks[-1].datum - eerste).days, 0) if reeks else 0

    def x(datum: date) -> float:
        if dagen == 0:
            return LINKS + plot_b / 2
        return LINKS + (datum - eerste).days / dagen * plot_b

    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {HOOGTE}" '
        f'width="{BREEDTE}" height="{HOOGTE}" role="img" class="grafiek runchart" '
        f'aria-labelledby="{id_prefix}-titel {id_prefix}-desc">',
        f'<title id="{id_prefix}-titel">{escape(titel)}</title>',
        f'<desc id="{id_prefix}-desc">{escape(beschrijving)}</desc>',
        f'<g class="raster" stroke="#dee2e6" stroke-width="1" font-size="11" fill="#495057" {LETTER}>',
    ]
    for t in ticks:
        tekst = f"{int(t)}" if niveaus else getal_nl(t)
        delen.append(
            f'<line x1="{LINKS}" y1="{_f(y(t))}" x2="{LINKS + plot_b}" y2="{_f(y(t))}"/>'
            f'<text x="{LINKS - 6}" y="{_f(y(t) + 4)}" text-anchor="end" stroke="none">'
            f"{escape(tekst)}</text>"
        )
    delen.append("</g>")
    as_tekst = eenheid or ("niveau" if niveaus else "")
    if as_tekst:
        delen.append(
            f'<text x="12" y="{_f(BOVEN + plot_h / 2)}" font-size="11" fill="#495057" {LETTER} '
            f'transform="rotate(-90 12 {_f(BOVEN + plot_h / 2)})" text-anchor="middle">'
            f"{escape(as_tekst)}</text>"
        )
    delen.append(f'<g class="referenties" font-size="11" {LETTER}>')
    for r in referenties:
        ry = y(float(r.waarde))
        delen.append(
            f'<g class="referentie" data-referentie="{r.naam}">'
            f'<line x1="{LINKS}" y1="{_f(ry)}" x2="{LINKS + plot_b}" y2="{_f(ry)}" '
            f'stroke="{r.kleur}" stroke-width="1.8" stroke-dasharray="{r.streep}"/>'
            f'<text x="{LINKS + plot_b + 6}" y="{_f(ry + 4)}" fill="{r.kleur}">'
            f"{escape(r.naam)} {escape(getal_nl(r.waarde))}</text></g>"
        )
    delen.append("</g>")
    if not reeks:
        delen.append(
            f'<text x="{_f(LINKS + plot_b / 2)}" y="{_f(BOVEN + plot_h / 2)}" text-anchor="middle" '
            f'font-size="14" fill="#495057" {LETTER}>Nog geen metingen</text>'
        )
    else:
        lijn = " ".join(f"{_f(x(p.datum))},{_f(y(float(p.waarde)))}" for p in reeks)
        delen.append(
            f'<polyline class="reeks" points="{lijn}" fill="none" stroke="{LIJN}" stroke-width="2.5"/>'
        )
        delen.append(f'<g class="metingen" fill="{LIJN}">')
        for p in reeks:
            delen.append(
                f'<circle cx="{_f(x(p.datum))}" cy="{_f(y(float(p.waarde)))}" r="4.5" '
                f'data-datum="{p.datum.isoformat()}" data-waarde="{p.waarde}">'
                f"<title>{p.datum:%d-%m-%Y}: {escape(getal_nl(p.waarde))}</title></circle>"
            )
        delen.append("</g>")
        delen.append(f'<g class="datums" font-size="10" fill="#495057" {LETTER}>')
        elke = max(1, math.ceil(len(reeks) / 7))
        for i, p in enumerate(reeks):
            if i % elke and i != len(reeks) - 1:
                continue
            delen.append(
                f'<text x="{_f(x(p.datum))}" y="{HOOGTE - ONDER + 18}" text-anchor="middle">'
                f"{p.datum:%d-%m-%y}</text>"
            )
        delen.append("</g>")
    delen.append(
        f'<line x1="{LINKS}" y1="{BOVEN + plot_h}" x2="{LINKS + plot_b}" y2="{BOVEN + plot_h}" '
        f'stroke="#495057"/></svg>'
    )
    return "".join(delen)
