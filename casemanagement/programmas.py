"""Programmes as data: read a programme file and install its content, idempotently.

A programme file (`programmas/<slug>.yaml`) holds everything a programme brings: its name and
short description, phases and transitions, journey templates (an ordered route of phases), the
organisation types that fit it with their usual domain, and the sections the feature apps load
(plan templates, scan questionnaires), each through a loader registered under its key:

    from casemanagement.programmas import registreer_onderdeel

    @registreer_onderdeel("vragenlijsten", volgorde=20)
    def vragenlijsten_laden(*, programma, items, verslag): ...

The rules, for every part:
- loading the same file twice changes nothing (no row is written when nothing differs, so the
  history stays as it is);
- reference data of the programme (phases, transitions, journeys, organisation types) follows the
  file: what differs is updated, what is missing is added, nothing is removed;
- templates that trajecten copy (plans, questionnaires) are never rewritten: when the file differs
  from every stored version, the loader adds a new version, as a draft (`actief=False`) when an
  earlier version exists, so a running traject keeps its texts and nobody starts on a version an
  administrator has not activated.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from .constants import Domein
from .models import Fase, JourneyRoutestap, JourneyTemplate, Organisatietype, Overgang, Programma

MAP = Path(settings.BASE_DIR) / "programmas"

# Keys of a programme file handled here; feature apps register the others.
EIGEN_ONDERDELEN = ("programma", "fasen", "overgangen", "journeys", "organisatietypen")


class Programmafout(ValidationError):
    """A programme file that cannot be loaded; the message says where and why, in Dutch."""


@dataclass
class Verslag:
    """What loading one programme file did, for the command's output and the tests."""

    programma: Programma | None = None
    regels: list[str] = field(default_factory=list)

    def meld(self, tekst: str) -> None:
        self.regels.append(tekst)

    @property
    def veranderd(self) -> bool:
        return bool(self.regels)


@dataclass(frozen=True)
class _Onderdeel:
    sleutel: str
    laad: Callable
    volgorde: int


_onderdelen: dict[str, _Onderdeel] = {}


def registreer_onderdeel(sleutel: str, volgorde: int = 50) -> Callable:
    """Register `laad(*, programma, items, verslag)` for the section `sleutel` of the file."""

    def registreer(functie: Callable) -> Callable:
        bestaand = _onderdelen.get(sleutel)
        if bestaand is not None and bestaand.laad is not functie:
            raise ValueError(f"Het onderdeel '{sleutel}' heeft al een lader.")
        if sleutel in EIGEN_ONDERDELEN:
            raise ValueError(f"Het onderdeel '{sleutel}' laadt de kern zelf.")
        _onderdelen[sleutel] = _Onderdeel(sleutel, functie, volgorde)
        return functie

    return registreer


def bestanden(map_: Path | None = None) -> list[Path]:
    """Every programme file in the folder, in name order."""
    map_ = map_ or MAP
    return sorted([*map_.glob("*.yaml"), *map_.glob("*.yml")])


def lees(bron) -> dict:
    """The content of a programme file (a path, or the text itself); Programmafout if unreadable."""
    naam = str(bron) if isinstance(bron, Path) else "het bestand"
    try:
        tekst = bron.read_text(encoding="utf-8") if isinstance(bron, Path) else bron
        gegevens = yaml.safe_load(tekst)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise Programmafout(f"{naam} is geen leesbaar programmabestand: {exc}") from exc
    if not isinstance(gegevens, dict) or not isinstance(gegevens.get("programma"), dict):
        raise Programmafout(f"{naam} mist het onderdeel 'programma' (met slug en naam).")
    onbekend = set(gegevens) - set(EIGEN_ONDERDELEN) - set(_onderdelen)
    if onbekend:
        raise Programmafout(
            f"{naam} bevat onbekende onderdelen: {', '.join(sorted(onbekend))}.",
            code="onbekend_onderdeel",
        )
    return gegevens


def bewaar(model, zoek: dict, waarden: dict, verslag: Verslag, omschrijving: str):
    """Get or create the row `zoek`; write it only when a value in `waarden` differs."""
    obj = model.objects.filter(**zoek).first()
    if obj is None:
        obj = model(**zoek, **waarden)
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save()
        verslag.meld(f"{omschrijving} toegevoegd")
        return obj
    anders = [k for k, v in waarden.items() if getattr(obj, k) != v]
    if anders:
        for k in anders:
            setattr(obj, k, waarden[k])
        obj.full_clean(validate_unique=False, validate_constraints=False)
        obj.save(update_fields=anders)
        verslag.meld(f"{omschrijving} bijgewerkt ({', '.join(anders)})")
    return obj


def volgende_versie(versies, inhoud, inhoud_uit_database) -> int | None:
    """For a template that trajecten copy: None when a stored version already holds `inhoud`,
    else the number the file's content gets as a new version (1 for the first)."""
    if any(inhoud_uit_database(v) == inhoud for v in versies):
        return None
    return max((v.versie for v in versies), default=0) + 1


def _verplicht(item: dict, sleutel: str, waar: str):
    waarde = item.get(sleutel) if isinstance(item, dict) else None
    if waarde in (None, ""):
        raise Programmafout(f"{waar}: '{sleutel}' ontbreekt.", code="veld_ontbreekt")
    return waarde


def _lijst(gegevens: dict, sleutel: str) -> list:
    waarde = gegevens.get(sleutel) or []
    if not isinstance(waarde, list):
        raise Programmafout(f"'{sleutel}' moet een lijst zijn.", code="geen_lijst")
    return waarde


@transaction.atomic
def programma_laden(*, gegevens: dict) -> Verslag:
    """Install or update one programme from the content of its file (see the module's rules)."""
    verslag = Verslag()
    kop = gegevens["programma"]
    slug = _verplicht(kop, "slug", "programma")
    programma = bewaar(
        Programma,
        {"slug": slug},
        {
            "naam": _verplicht(kop, "naam", "programma"),
            "korte_beschrijving": kop.get("korte_beschrijving") or "",
            "beschrijving": (kop.get("beschrijving") or "").strip(),
        },
        verslag,
        f"Programma {slug}",
    )
    verslag.programma = programma
    fasen = _fasen_laden(programma, _lijst(gegevens, "fasen"), verslag)
    _overgangen_laden(fasen, _lijst(gegevens, "overgangen"), verslag)
    _journeys_laden(programma, fasen, _lijst(gegevens, "journeys"), verslag)
    _organisatietypen_laden(programma, _lijst(gegevens, "organisatietypen"), verslag)
    for onderdeel in sorted(_onderdelen.values(), key=lambda o: o.volgorde):
        if onderdeel.sleutel in gegevens:
            onderdeel.laad(
                programma=programma,
                items=_lijst(gegevens, onderdeel.sleutel),
                verslag=verslag,
            )
    organisatietypen_vergeten()
    return verslag


def _fasen_laden(programma: Programma, items: list, verslag: Verslag) -> dict[str, Fase]:
    fasen = {}
    for volgorde, item in enumerate(items, start=1):
        code = _verplicht(item, "code", f"fase {volgorde}")
        fasen[code] = bewaar(
            Fase,
            {"programma": programma, "code": code},
            {
                "naam": _verplicht(item, "naam", f"fase {code}"),
                "korte_naam": item.get("korte_naam") or item["naam"][:40],
                "volgorde": volgorde,
                "beschrijving": item.get("beschrijving") or "",
            },
            verslag,
            f"Fase {code}",
        )
    return fasen


def _fase(fasen: dict, code: str, waar: str) -> Fase:
    if code not in fasen:
        raise Programmafout(f"{waar}: onbekende fase '{code}'.", code="onbekende_fase")
    return fasen[code]


def _overgangen_laden(fasen: dict, items: list, verslag: Verslag) -> None:
    for item in items:
        van, naar = _verplicht(item, "van", "overgang"), _verplicht(item, "naar", "overgang")
        bewaar(
            Overgang,
            {
                "van_fase": _fase(fasen, van, "overgang"),
                "naar_fase": _fase(fasen, naar, "overgang"),
            },
            {"beschrijving": item.get("beschrijving") or ""},
            verslag,
            f"Overgang {van} → {naar}",
        )


def _journeys_laden(programma: Programma, fasen: dict, items: list, verslag: Verslag) -> None:
    for volgorde, item in enumerate(items, start=1):
        code = _verplicht(item, "code", f"journey {volgorde}")
        journey = bewaar(
            JourneyTemplate,
            {"programma": programma, "code": code},
            {"naam": _verplicht(item, "naam", f"journey {code}"), "volgorde": volgorde},
            verslag,
            f"Journey {code}",
        )
        route = [_fase(fasen, c, f"journey {code}") for c in _verplicht(item, "route", code)]
        huidig = [r.fase_id for r in journey.route.order_by("volgorde")]
        if huidig != [f.pk for f in route]:
            journey.route.all().delete()
            JourneyRoutestap.objects.bulk_create(
                JourneyRoutestap(journey=journey, fase=f, volgorde=i)
                for i, f in enumerate(route, start=1)
            )
            verslag.meld(f"Route van journey {code} vastgelegd")


def _organisatietypen_laden(programma: Programma, items: list, verslag: Verslag) -> None:
    for volgorde, item in enumerate(items, start=1):
        code = _verplicht(item, "code", f"soort organisatie {volgorde}")
        domein = item.get("domein") or Domein.ZORG
        if domein not in Domein.values:
            raise Programmafout(
                f"soort organisatie {code}: domein moet een van {', '.join(Domein.values)} zijn.",
                code="onbekend_domein",
            )
        bewaar(
            Organisatietype,
            {"programma": programma, "code": code},
            {"naam": _verplicht(item, "naam", code), "domein": domein, "volgorde": volgorde},
            verslag,
            f"Soort organisatie {code}",
        )


def alle_programmas_laden(map_: Path | None = None) -> list[Verslag]:
    """Load every programme file in the folder (`make run`, the tests, a production install)."""
    return [programma_laden(gegevens=lees(pad)) for pad in bestanden(map_)]


# Organisation types, looked up often (choices, labels): read once per request.

_organisatietypen: dict | None = None


def organisatietypen() -> dict[str, Organisatietype]:
    """Every installed organisation type by code (the first programme's wins a shared code)."""
    global _organisatietypen
    if _organisatietypen is None:
        uitkomst: dict[str, Organisatietype] = {}
        for soort in Organisatietype.objects.order_by("programma__naam", "volgorde"):
            uitkomst.setdefault(soort.code, soort)
        _organisatietypen = uitkomst
    return _organisatietypen


def organisatietypen_vergeten(**kwargs) -> None:
    global _organisatietypen
    _organisatietypen = None


def standaard_domein(type_code: str) -> str:
    """The usual domain of an organisation type (zorg when the type is unknown)."""
    soort = organisatietypen().get(type_code)
    return soort.domein if soort else Domein.ZORG
