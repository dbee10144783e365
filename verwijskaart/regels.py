"""Pure rules of the verwijskaart: verification terms, grouping and the difference between versions.

Plain functions on plain data (model instances or the dicts of a frozen version), testable
without a database.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date

# The fields a reader of the map sees; a change in one of them is a change of the entry.
INHOUD_VELDEN = {
    "fase": "Fase",
    "behoefte": "Hulpvraag",
    "naam": "Verwijzen naar",
    "waarvoor": "Waarvoor",
    "inclusiecriteria": "Wie komt in aanmerking",
    "exclusiecriteria": "Wie niet",
    "wijze": "Hoe verwijzen",
    "wijze_toelichting": "Toelichting bij het verwijzen",
    "contact_naam": "Contact",
    "telefoon": "Telefoon",
    "email": "E-mail",
    "website": "Website",
    "reactietermijn": "Reactietermijn",
}


def plus_maanden(dag: date, maanden: int) -> date:
    """The same day `maanden` months later (the last day of the month when it has fewer days)."""
    totaal = dag.month - 1 + maanden
    jaar, maand = dag.year + totaal // 12, totaal % 12 + 1
    return date(jaar, maand, min(dag.day, calendar.monthrange(jaar, maand)[1]))


def controle_vervalt(geverifieerd_op: date | None, interval_maanden: int) -> date | None:
    """The day an entry must be checked again; None when it was never checked (due at once)."""
    if geverifieerd_op is None:
        return None
    return plus_maanden(geverifieerd_op, interval_maanden)


def controle_te_laat(geverifieerd_op: date | None, interval_maanden: int, vandaag: date) -> bool:
    """An entry is due when it was never checked or its term has come (today included)."""
    vervalt = controle_vervalt(geverifieerd_op, interval_maanden)
    return vervalt is None or vervalt <= vandaag


def _waarde(item, naam):
    return item.get(naam) if isinstance(item, dict) else getattr(item, naam)


@dataclass
class Behoefte:
    behoefte: str
    items: list = field(default_factory=list)


@dataclass
class FaseGroep:
    fase: str
    behoeften: list[Behoefte] = field(default_factory=list)

    @property
    def aantal(self) -> int:
        return sum(len(b.items) for b in self.behoeften)


def groepeer(items, fase=lambda i: _waarde(i, "fase")) -> list[FaseGroep]:
    """Entries (already in phase order) grouped by phase and, within a phase, by need."""
    groepen: list[FaseGroep] = []
    for item in items:
        naam = str(fase(item))
        if not groepen or groepen[-1].fase != naam:
            groepen.append(FaseGroep(naam))
        behoeften = groepen[-1].behoeften
        behoefte = _waarde(item, "behoefte")
        if not behoeften or behoeften[-1].behoefte != behoefte:
            behoeften.append(Behoefte(behoefte))
        behoeften[-1].items.append(item)
    return groepen


@dataclass
class Wijziging:
    oud: dict
    nieuw: dict
    velden: list[tuple[str, str, str]]  # (label, old value, new value)


@dataclass
class Verschil:
    toegevoegd: list[dict]
    gewijzigd: list[Wijziging]
    verwijderd: list[dict]

    @property
    def leeg(self) -> bool:
        return not (self.toegevoegd or self.gewijzigd or self.verwijderd)


def verschil(oud: list[dict], nieuw: list[dict]) -> Verschil:
    """What changed from one list of entries to another, matched on the entry's id."""
    oud_per_id = {i["id"]: i for i in oud}
    nieuw_per_id = {i["id"]: i for i in nieuw}
    gewijzigd = []
    for item in nieuw:
        vorig = oud_per_id.get(item["id"])
        if vorig is None:
            continue
        velden = [
            (label, vorig.get(veld, ""), item.get(veld, ""))
            for veld, label in INHOUD_VELDEN.items()
            if (vorig.get(veld) or "") != (item.get(veld) or "")
        ]
        if velden:
            gewijzigd.append(Wijziging(vorig, item, velden))
    return Verschil(
        toegevoegd=[i for i in nieuw if i["id"] not in oud_per_id],
        gewijzigd=gewijzigd,
        verwijderd=[i for i in oud if i["id"] not in nieuw_per_id],
    )


def keuzes(vermeldingen) -> tuple[list[tuple[str, str]], list[str]]:
    """The phases (id, name, in map order) and the needs (alphabetical) that occur in a version."""
    fasen: dict[str, str] = {}
    behoeften: set[str] = set()
    for v in vermeldingen:
        fasen.setdefault(str(_waarde(v, "fase_id")), str(_waarde(v, "fase")))
        behoeften.add(_waarde(v, "behoefte"))
    return list(fasen.items()), sorted(behoeften, key=str.casefold)


def zoek(vermeldingen, *, tekst: str = "", fase: str = "", behoefte: str = "") -> list:
    """The entries in the phase `fase` (an id) and the need `behoefte` (both optional) whose
    visible text holds every word of `tekst`, case-insensitively."""
    woorden = tekst.casefold().split()
    uitkomst = []
    for v in vermeldingen:
        if fase and str(_waarde(v, "fase_id")) != fase:
            continue
        if behoefte and _waarde(v, "behoefte") != behoefte:
            continue
        inhoud = " ".join(str(_waarde(v, veld) or "") for veld in INHOUD_VELDEN).casefold()
        if all(w in inhoud for w in woorden):
            uitkomst.append(v)
    return uitkomst
