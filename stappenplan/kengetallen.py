"""Registry of the jaarplan's figures, computed from live data by the app that owns them.

    from stappenplan.kengetallen import Kengetal, registreer_kengetal

    @registreer_kengetal
    def doelen_behaald(regio, jaar):
        return [Kengetal("Doelen behaald", "4 van 9", "SMARTI-doelen met status behaald")]

A function takes the Regio and the year (int) and returns a list of `Kengetal`.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Kengetal:
    titel: str
    waarde: str
    toelichting: str = ""
    url: str | None = None


_functies: list[Callable] = []


def registreer_kengetal(functie: Callable) -> Callable:
    if functie not in _functies:
        _functies.append(functie)
    return functie


def kengetallen(regio, jaar: int) -> list[Kengetal]:
    uitkomst: list[Kengetal] = []
    for functie in _functies:
        uitkomst.extend(functie(regio, jaar) or [])
    return uitkomst
