"""Registry of evidence checks per step code: what the gate of a step needs besides its activities.

Apps register checks without touching the stappenplan code, in their `AppConfig.ready()`:

    from stappenplan.gates import Ontbrekend, bewijs, STAP_DRAAGVLAK

    @bewijs(STAP_DRAAGVLAK)
    def scan_gedeeld(regio):
        if not ...:
            yield Ontbrekend("scan_niet_gedeeld", "Deel de resultaten van de Ontwikkelscan.", url)

A check takes the Regio and yields (or returns a list of) `Ontbrekend`; nothing means it holds.
Codes are stable: tests and the completion service refer to them.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Step codes of the casemanagement hersenletsel plan template (StapTemplate.code).
STAP_DRAAGVLAK = "draagvlak"  # stap 0
STAP_VOORBEREIDING = "voorbereiding"  # stap 1
STAP_HUIDIGE_SITUATIE_IN_KAART = "huidige-situatie-in-kaart"  # stap 2
STAP_HUIDIGE_SITUATIE_VASTSTELLEN = "huidige-situatie-vaststellen"  # stap 3
STAP_VERBETERPUNTEN = "verbeterpunten"  # stap 4
STAP_AAN_DE_SLAG = "aan-de-slag"  # stap 5
STAP_BORGING = "borging"  # stap 6

STAP_CODES = [
    STAP_DRAAGVLAK,
    STAP_VOORBEREIDING,
    STAP_HUIDIGE_SITUATIE_IN_KAART,
    STAP_HUIDIGE_SITUATIE_VASTSTELLEN,
    STAP_VERBETERPUNTEN,
    STAP_AAN_DE_SLAG,
    STAP_BORGING,
]


@dataclass(frozen=True)
class Ontbrekend:
    """One thing still missing before a step can be completed."""

    code: str
    melding: str
    url: str | None = None


Check = Callable[[object], Iterable[Ontbrekend] | None]

_checks: dict[str, list[Check]] = defaultdict(list)


def bewijs(stap_code: str) -> Callable[[Check], Check]:
    """Register `check(regio)` as evidence for the step with this code."""

    def registreer(check: Check) -> Check:
        if check not in _checks[stap_code]:
            _checks[stap_code].append(check)
        return check

    return registreer


def checks_voor(stap_code: str) -> list[Check]:
    return list(_checks.get(stap_code, []))


def ontbrekend_bewijs(stap_code: str, regio) -> list[Ontbrekend]:
    """Everything the registered evidence checks of this step still miss for the region."""
    uitkomst: list[Ontbrekend] = []
    for check in checks_voor(stap_code):
        uitkomst.extend(check(regio) or [])
    return uitkomst


# The gate of a step: one predicate, used by the step page and by `stap_afronden`.

VORIGE_STAP_OPEN = "vorige_stap_open"
ACTIVITEIT_OPEN = "activiteit_open"


@dataclass(frozen=True)
class ActiviteitStand:
    """What the gate needs to know of one activity (plain data)."""

    code: str
    titel: str
    verplicht: bool
    gedaan: bool
    url: str | None = None


@dataclass(frozen=True)
class StapStand:
    """An earlier step as the gate sees it (plain data)."""

    nummer: int
    naam: str
    afgerond: bool
    url: str | None = None


def activiteit_code(code: str) -> str:
    """The stable code of 'this required activity is still open'."""
    return f"{ACTIVITEIT_OPEN}:{code}"


def beoordeel(
    *,
    eerdere_stappen: Iterable[StapStand],
    activiteiten: Iterable[ActiviteitStand],
    bewijs: Iterable[Ontbrekend] = (),
) -> list[Ontbrekend]:
    """What is missing, in the order a coordinator would fix it: earlier steps, the step's
    own required activities, then the evidence the registered checks ask for."""
    uitkomst: list[Ontbrekend] = []
    for eerder in sorted(eerdere_stappen, key=lambda s: s.nummer):
        if not eerder.afgerond:
            uitkomst.append(
                Ontbrekend(
                    VORIGE_STAP_OPEN,
                    f"Stap {eerder.nummer} ({eerder.naam}) is nog niet afgerond.",
                    eerder.url,
                )
            )
            break
    for activiteit in activiteiten:
        if activiteit.verplicht and not activiteit.gedaan:
            uitkomst.append(
                Ontbrekend(
                    activiteit_code(activiteit.code),
                    f"Activiteit nog niet gedaan: {activiteit.titel}.",
                    activiteit.url,
                )
            )
    uitkomst.extend(bewijs)
    return uitkomst


def wat_ontbreekt(stap) -> list[Ontbrekend]:
    """Everything still missing before `stap` (a stappenplan Stap) can be completed."""
    from .selectors.traject import gate_gegevens

    eerdere, activiteiten = gate_gegevens(stap)
    return beoordeel(
        eerdere_stappen=eerdere,
        activiteiten=activiteiten,
        bewijs=ontbrekend_bewijs(stap.code, stap.traject.regio),
    )
