"""Server-side SVG charts of the results: a radar of the themes and the network picture.

Plain functions from plain data to an SVG string, so the page and the PDF show the same
picture. Each chart has role="img", a <title> and a <desc>; the page puts a data table beside
it. Colour is never the only signal: the previous round is dashed with square markers, social
domain organisations are squares.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass
from html import escape

KLEUREN = ["#1d4f91", "#b35c00", "#146c43"]
STREEP = ["", "6 4", "2 3"]


def _getal(x: float) -> str:
    return f"{x:.1f}"


def _tekst_anker(x: float, cx: float) -> str:
    if abs(x - cx) < 1:
        return "middle"
    return "start" if x > cx else "end"


REGELHOOGTE = 13


def _regels(tekst: str, breedte: int = 20) -> list[str]:
    """A label over several lines, broken between words only: never cut off, never mid-word."""
    return textwrap.wrap(tekst, breedte, break_long_words=False, break_on_hyphens=False) or [""]


def _afkappen(tekst: str, lengte: int = 22) -> str:
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1] + "…"


@dataclass(frozen=True)
class Reeks:
    naam: str
    waarden: list  # float or None per axis


def radar(
    assen: list[str],
    reeksen: list[Reeks],
    *,
    maximum: int = 5,
    titel: str = "Radardiagram",
    beschrijving: str = "",
    id_prefix: str = "radar",
) -> str:
    """A radar chart with one axis per label, grid rings at each level and one polygon per series."""
    breedte, hoogte = 560, 470
    cx, cy, straal = breedte / 2, 225, 150
    n = max(len(assen), 1)

    def punt(index: int, waarde: float) -> tuple[float, float]:
        hoek = -math.pi / 2 + 2 * math.pi * index / n
        r = straal * max(0.0, min(waarde, maximum)) / maximum
        return cx + r * math.cos(hoek), cy + r * math.sin(hoek)

    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {hoogte}" '
        f'width="{breedte}" height="{hoogte}" role="img" class="grafiek radar" '
        f'aria-labelledby="{id_prefix}-titel {id_prefix}-desc">',
        f'<title id="{id_prefix}-titel">{escape(titel)}</title>',
        f'<desc id="{id_prefix}-desc">{escape(beschrijving)}</desc>',
        '<g class="raster" fill="none" stroke="#c4cbd3" stroke-width="1">',
    ]
    for niveau in range(1, maximum + 1):
        hoeken = " ".join(
            f"{_getal(x)},{_getal(y)}" for x, y in (punt(i, niveau) for i in range(n))
        )
        delen.append(f'<polygon points="{hoeken}"/>')
    for i in range(n):
        x, y = punt(i, maximum)
        delen.append(
            f'<line x1="{_getal(cx)}" y1="{_getal(cy)}" x2="{_getal(x)}" y2="{_getal(y)}"/>'
        )
    delen.append("</g>")
    delen.append(
        '<g class="schaal" font-size="10" fill="#495057" font-family="DejaVu Sans, sans-serif">'
    )
    for niveau in range(0, maximum + 1):
        _x, y = punt(0, niveau)
        delen.append(f'<text x="{_getal(cx + 4)}" y="{_getal(y - 2)}">{niveau}</text>')
    delen.append("</g>")
    delen.append(
        '<g class="assen" font-size="12" fill="#212529" font-family="DejaVu Sans, sans-serif">'
    )
    for i, as_naam in enumerate(assen):
        x, y = punt(i, maximum * 1.12)
        delen.append(
            f'<text x="{_getal(x)}" y="{_getal(y + 4)}" text-anchor="{_tekst_anker(x, cx)}">'
            f"{escape(_afkappen(as_naam))}</text>"
        )
    delen.append("</g>")
    # Draw the oldest series first so the current round lies on top.
    for volgnummer, reeks in reversed(list(enumerate(reeksen))):
        kleur = KLEUREN[volgnummer % len(KLEUREN)]
        streep = STREEP[volgnummer % len(STREEP)]
        punten = [punt(i, w if w is not None else 0) for i, w in enumerate(reeks.waarden)]
        lijn = " ".join(f"{_getal(x)},{_getal(y)}" for x, y in punten)
        dash = f' stroke-dasharray="{streep}"' if streep else ""
        vulling = "0.18" if volgnummer == 0 else "0.04"
        delen.append(
            f'<g class="reeks" data-reeks="{escape(reeks.naam)}">'
            f'<polygon points="{lijn}" fill="{kleur}" fill-opacity="{vulling}" stroke="{kleur}" '
            f'stroke-width="2.5"{dash}/>'
        )
        for (x, y), w in zip(punten, reeks.waarden, strict=False):
            if w is None:
                continue
            if volgnummer == 0:
                delen.append(f'<circle cx="{_getal(x)}" cy="{_getal(y)}" r="4" fill="{kleur}"/>')
            else:
                delen.append(
                    f'<rect x="{_getal(x - 3.5)}" y="{_getal(y - 3.5)}" width="7" height="7" '
                    f'fill="#fff" stroke="{kleur}" stroke-width="2"/>'
                )
        delen.append("</g>")
    # Legend
    delen.append(
        '<g class="legenda" font-size="12" font-family="DejaVu Sans, sans-serif" fill="#212529">'
    )
    for volgnummer, reeks in enumerate(reeksen):
        kleur = KLEUREN[volgnummer % len(KLEUREN)]
        streep = STREEP[volgnummer % len(STREEP)]
        y = hoogte - 40 + volgnummer * 18
        dash = f' stroke-dasharray="{streep}"' if streep else ""
        delen.append(
            f'<line x1="20" y1="{y}" x2="52" y2="{y}" stroke="{kleur}" stroke-width="2.5"{dash}/>'
            f'<text x="60" y="{y + 4}">{escape(reeks.naam)}</text>'
        )
    delen.append("</g></svg>")
    return "".join(delen)


@dataclass(frozen=True)
class Knoop:
    sleutel: object
    naam: str
    sociaal: bool = False


def netwerk(
    knopen: list[Knoop],
    verbindingen: dict[tuple, int],
    *,
    titel: str = "Netwerk",
    beschrijving: str = "",
    id_prefix: str = "netwerk",
) -> str:
    """Organisations on a circle, a line per reported contact; thicker when more respondents name it."""
    breedte, hoogte = 820, 560
    cx, cy, straal = breedte / 2, hoogte / 2 - 10, 190
    n = max(len(knopen), 1)
    plek = {}
    for i, knoop in enumerate(knopen):
        hoek = -math.pi / 2 + 2 * math.pi * i / n
        plek[knoop.sleutel] = (cx + straal * math.cos(hoek), cy + straal * math.sin(hoek))
    zwaarste = max(verbindingen.values(), default=1)
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} {hoogte}" '
        f'width="{breedte}" height="{hoogte}" role="img" class="grafiek netwerk" '
        f'aria-labelledby="{id_prefix}-titel {id_prefix}-desc">',
        f'<title id="{id_prefix}-titel">{escape(titel)}</title>',
        f'<desc id="{id_prefix}-desc">{escape(beschrijving)}</desc>',
        '<g class="lijnen" stroke="#5c6f84" stroke-linecap="round">',
    ]
    for (a, b), gewicht in sorted(verbindingen.items(), key=lambda kv: kv[1]):
        if a not in plek or b not in plek:
            continue
        (x1, y1), (x2, y2) = plek[a], plek[b]
        dikte = 1 + 5 * gewicht / zwaarste
        delen.append(
            f'<line x1="{_getal(x1)}" y1="{_getal(y1)}" x2="{_getal(x2)}" y2="{_getal(y2)}" '
            f'stroke-width="{_getal(dikte)}" stroke-opacity="0.7"/>'
        )
    delen.append("</g>")
    delen.append(
        '<g class="knopen" font-size="11" font-family="DejaVu Sans, sans-serif" fill="#212529">'
    )
    for knoop in knopen:
        x, y = plek[knoop.sleutel]
        if knoop.sociaal:
            delen.append(
                f'<rect x="{_getal(x - 8)}" y="{_getal(y - 8)}" width="16" height="16" '
                f'fill="#146c43" stroke="#fff" stroke-width="1.5"/>'
            )
        else:
            delen.append(
                f'<circle cx="{_getal(x)}" cy="{_getal(y)}" r="9" fill="#1d4f91" '
                f'stroke="#fff" stroke-width="1.5"/>'
            )
        lx, ly = cx + (x - cx) * 1.1, cy + (y - cy) * 1.1
        regels = _regels(knoop.naam)
        eerste = 4 - (len(regels) - 1) * REGELHOOGTE / 2
        tspans = "".join(
            f'<tspan x="{_getal(lx)}" dy="{_getal(eerste if i == 0 else REGELHOOGTE)}">'
            f"{escape(regel)}</tspan>"
            for i, regel in enumerate(regels)
        )
        delen.append(
            f'<text x="{_getal(lx)}" y="{_getal(ly)}" text-anchor="{_tekst_anker(lx, cx)}">'
            f"{tspans}</text>"
        )
    delen.append("</g>")
    y = hoogte - 18
    delen.append(
        f'<g class="legenda" font-size="12" font-family="DejaVu Sans, sans-serif" fill="#212529">'
        f'<circle cx="26" cy="{y - 4}" r="7" fill="#1d4f91"/><text x="40" y="{y}">zorg</text>'
        f'<rect x="96" y="{y - 11}" width="14" height="14" fill="#146c43"/>'
        f'<text x="118" y="{y}">sociaal domein</text>'
        f'<text x="250" y="{y}">dikkere lijn: door meer deelnemers genoemd</text></g>'
    )
    delen.append("</svg>")
    return "".join(delen)
