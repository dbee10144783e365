"""Extension point for the start page and the region page.

Each app registers what it adds to the region overview (`/regio/<slug>/`) and to the
start page (`/`, one line per region), so the overview grows with the apps without
knowing them. A contribution is a template with its own context.
"""

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Onderdeel:
    template: str
    context: dict = field(default_factory=dict)
    volgorde: int = 50


_regio: list[Callable] = []
_start: list[Callable] = []


def registreer_regio(functie: Callable) -> Callable:
    """`functie(toegang) -> Onderdeel | None`, shown on the region page."""
    if functie not in _regio:
        _regio.append(functie)
    return functie


def registreer_start(functie: Callable) -> Callable:
    """`functie(lidmaatschappen) -> dict[regio_id, Onderdeel]`, one query set for all regions."""
    if functie not in _start:
        _start.append(functie)
    return functie


def regio_onderdelen(toegang) -> list[Onderdeel]:
    onderdelen = [o for o in (f(toegang) for f in _regio) if o is not None]
    return sorted(onderdelen, key=lambda o: o.volgorde)


def start_onderdelen(lidmaatschappen) -> dict[int, list[Onderdeel]]:
    per_regio: dict[int, list[Onderdeel]] = {lm.regio_id: [] for lm in lidmaatschappen}
    if not lidmaatschappen:
        return per_regio
    for functie in _start:
        for regio_id, onderdeel in functie(lidmaatschappen).items():
            if onderdeel is not None and regio_id in per_regio:
                per_regio[regio_id].append(onderdeel)
    for lijst in per_regio.values():
        lijst.sort(key=lambda o: o.volgorde)
    return per_regio


@dataclass(frozen=True)
class Kolom:
    """A column of the programme overview, filled per region (= per traject of the programme)."""

    sleutel: str
    titel: str
    volgorde: int
    functie: Callable  # functie(programma, regio_ids) -> dict[regio_id, Cel]


@dataclass(frozen=True)
class Cel:
    """One cell of the programme overview: plain text, with an optional warning and a bar."""

    tekst: str
    waarschuwing: str = ""
    procent: int | None = None


_kolommen: dict[str, Kolom] = {}


def registreer_programmakolom(sleutel: str, titel: str, volgorde: int = 50) -> Callable:
    """Add a column to `/programma/<slug>/`; `functie(programma, regio_ids)` answers for all the
    regions in a fixed number of queries. Links into a region are left out: the programme lead
    is not a member there."""

    def registreer(functie: Callable) -> Callable:
        bestaand = _kolommen.get(sleutel)
        if bestaand is not None and bestaand.functie is not functie:
            raise ValueError(f"De kolom '{sleutel}' is al geregistreerd.")
        _kolommen[sleutel] = Kolom(sleutel, titel, volgorde, functie)
        return functie

    return registreer


def programma_kolommen(programma, regio_ids) -> tuple[list[Kolom], dict[int, list]]:
    """The columns in order and, per region, its cells in the same order (None where empty)."""
    kolommen = sorted(_kolommen.values(), key=lambda k: k.volgorde)
    per_kolom = [k.functie(programma, regio_ids) if regio_ids else {} for k in kolommen]
    return kolommen, {r: [cellen.get(r) for cellen in per_kolom] for r in regio_ids}


@dataclass(frozen=True)
class MenuItem:
    titel: str
    url_name: str
    volgorde: int = 50


_menu: list[MenuItem] = [MenuItem("Overzicht", "regio", 0)]


def registreer_menu(titel: str, url_name: str, volgorde: int = 50) -> None:
    """Add a link to the region's menu; `url_name` takes the region's slug only."""
    item = MenuItem(titel, url_name, volgorde)
    if item not in _menu:
        _menu.append(item)
        _menu.sort(key=lambda m: m.volgorde)


def menu() -> list[MenuItem]:
    return list(_menu)
