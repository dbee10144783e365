"""A patient journey as an SVG diagram: phases left to right with their organisations,
transitions as arrows, known problems marked with a sign and the word "knelpunt".

A pure function on plain data; the markup is escaped and works both in the browser and in
WeasyPrint (no markers, no external references).
"""

import textwrap
from dataclasses import dataclass, field
from html import escape

KOLOM = 220
TUSSENRUIMTE = 90
MARGE = 10
KOP = 46
REGEL = 16
TEKENS_PER_REGEL = 30

BLAUW = "#1d4f91"
LICHTBLAUW = "#e7eef8"
ROOD = "#a4161a"
TEKST = "#1a1a1a"


@dataclass
class DiagramFase:
    naam: str
    organisaties: list[str] = field(default_factory=list)
    knelpunt: bool = False


@dataclass
class DiagramOvergang:
    naam: str
    wachttijd: str = ""
    knelpunt: bool = False


def _regels(tekst: str, breedte: int = TEKENS_PER_REGEL) -> list[str]:
    return textwrap.wrap(tekst, breedte) or [""]


def _tekst(x, y, inhoud, *, grootte=12, gewicht="normal", kleur=TEKST, anker="start") -> str:
    return (
        f'<text x="{x}" y="{y}" font-family="DejaVu Sans, Arial, sans-serif" '
        f'font-size="{grootte}" font-weight="{gewicht}" fill="{kleur}" '
        f'text-anchor="{anker}">{escape(inhoud)}</text>'
    )


def _waarschuwing(x, y) -> str:
    """A red triangle with an exclamation mark, its top at (x, y)."""
    return f'<polygon points="{x},{y} {x + 9},{y + 16} {x - 9},{y + 16}" fill="{ROOD}"/>' + _tekst(
        x, y + 14, "!", grootte=11, gewicht="bold", kleur="#ffffff", anker="middle"
    )


def beschrijving(titel: str, fasen: list[DiagramFase], overgangen: list[DiagramOvergang]) -> str:
    """The text alternative of the diagram."""
    delen = [f"{titel}. Route in {len(fasen)} fasen."]
    for i, fase in enumerate(fasen):
        orgs = ", ".join(fase.organisaties) or "nog geen organisaties"
        deel = f"Fase {i + 1}: {fase.naam} ({orgs})"
        if fase.knelpunt:
            deel += ", met een bekend knelpunt"
        delen.append(deel + ".")
        if i < len(overgangen):
            o = overgangen[i]
            deel = f"Overgang {o.naam}"
            if o.wachttijd:
                deel += f", wachttijd {o.wachttijd}"
            if o.knelpunt:
                deel += ", met een bekend knelpunt"
            delen.append(deel + ".")
    return " ".join(delen)


def journey_svg(
    *,
    titel: str,
    fasen: list[DiagramFase],
    overgangen: list[DiagramOvergang],
    id_prefix: str = "journey",
) -> str:
    """SVG markup of the journey, with role="img", <title> and <desc>."""
    orgregels = [
        [regel for org in fase.organisaties for regel in _regels("• " + org)] for fase in fasen
    ]
    naamregels = [_regels(fase.naam, 24) for fase in fasen]
    kop = KOP + REGEL * (max((len(r) for r in naamregels), default=1) - 1)
    hoogte_box = kop + REGEL * max((len(r) for r in orgregels), default=1) + 34
    breedte = MARGE * 2 + len(fasen) * KOLOM + max(len(fasen) - 1, 0) * TUSSENRUIMTE
    hoogte = hoogte_box + MARGE * 2 + 24
    titel_id, desc_id = f"{id_prefix}-titel", f"{id_prefix}-beschrijving"
    delen = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-labelledby="{titel_id} {desc_id}" viewBox="0 0 {breedte} {hoogte}" '
        f'width="{breedte}" height="{hoogte}" class="journey-diagram">',
        f'<title id="{titel_id}">{escape(titel)}</title>',
        f'<desc id="{desc_id}">{escape(beschrijving(titel, fasen, overgangen))}</desc>',
    ]
    for i, fase in enumerate(fasen):
        x = MARGE + i * (KOLOM + TUSSENRUIMTE)
        y = MARGE + 20
        rand = ROOD if fase.knelpunt else BLAUW
        delen.append(
            f'<rect x="{x}" y="{y}" width="{KOLOM}" height="{hoogte_box}" rx="8" '
            f'fill="{LICHTBLAUW}" stroke="{rand}" stroke-width="{3 if fase.knelpunt else 2}"/>'
        )
        delen.append(
            f'<rect x="{x}" y="{y}" width="{KOLOM}" height="{kop - 8}" rx="8" fill="{BLAUW}"/>'
        )
        for n, regel in enumerate(naamregels[i]):
            delen.append(
                _tekst(x + 10, y + 24 + n * REGEL, regel, grootte=13, gewicht="bold", kleur="#fff")
            )
        ty = y + kop + 12
        if not orgregels[i]:
            delen.append(_tekst(x + 10, ty, "Nog geen organisaties", grootte=11, kleur="#444"))
        for n, regel in enumerate(orgregels[i]):
            delen.append(_tekst(x + 10, ty + n * REGEL, regel, grootte=11))
        if fase.knelpunt:
            onder = y + hoogte_box - 12
            delen.append(_waarschuwing(x + 18, onder - 14))
            delen.append(
                _tekst(x + 32, onder, "Bekend knelpunt", grootte=11, gewicht="bold", kleur=ROOD)
            )
    midden = MARGE + 20 + hoogte_box / 2
    for i, overgang in enumerate(overgangen[: max(len(fasen) - 1, 0)]):
        x1 = MARGE + (i + 1) * KOLOM + i * TUSSENRUIMTE + 6
        x2 = x1 + TUSSENRUIMTE - 12
        kleur = ROOD if overgang.knelpunt else BLAUW
        streep = ' stroke-dasharray="6 4"' if overgang.knelpunt else ""
        delen.append(
            f'<line x1="{x1}" y1="{midden}" x2="{x2 - 10}" y2="{midden}" stroke="{kleur}" '
            f'stroke-width="3"{streep}/>'
        )
        delen.append(
            f'<polygon points="{x2},{midden} {x2 - 12},{midden - 7} {x2 - 12},{midden + 7}" '
            f'fill="{kleur}"/>'
        )
        cx = (x1 + x2) / 2
        if overgang.knelpunt:
            delen.append(_waarschuwing(cx, midden - 34))
            delen.append(
                _tekst(cx, midden + 22, "knelpunt", grootte=11, gewicht="bold", kleur=ROOD,
                       anker="middle")
            )  # fmt: skip
        if overgang.wachttijd:
            for n, regel in enumerate(_regels(overgang.wachttijd, 12)[:2]):
                delen.append(
                    _tekst(
                        cx, midden + 38 + n * 13, regel, grootte=10, kleur="#333", anker="middle"
                    )
                )
    delen.append("</svg>")
    return "".join(delen)
