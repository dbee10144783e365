"""The arithmetic of an indicator, as pure functions of plain values (no database).

Definitions (the page, the PDF and the business case all use these):

- *verandering*: latest measurement minus the baseline (nulmeting), in the indicator's unit.
  Unknown (None) when there is no baseline or no measurement yet.
- *verbetering*: the same difference signed by the direction, so that a positive number is
  always good news: for "lower is better" a fall of 5 is an improvement of 5.
- *afstand tot doel*: how far the latest measurement still is from the target, measured in
  the good direction; 0 once the target is reached or passed. Unknown without a target or a
  measurement.
- *voortgang*: the share of the way from baseline to target covered by the latest value
  (0 = still at baseline, 1 = target reached, negative = worse than the baseline, above 1 =
  beyond the target). Unknown without baseline, target or measurement, or when target and
  baseline are equal (there is no way to cover).
- *trend*: the latest measurement against the one before it, judged by the direction;
  unknown with fewer than two measurements.
- *mediaan*: the centre line of the run chart, the median of all measurements.

The baseline is only ever the recorded nulmeting: the first measurement is not silently
taken as baseline, so "no baseline yet" stays visible.
"""

from __future__ import annotations

import statistics
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .constants import Richting, Trend

NUL = Decimal("0")


@dataclass(frozen=True)
class Punt:
    datum: date
    waarde: Decimal


@dataclass(frozen=True)
class Stand:
    """Where an indicator stands: its latest value against baseline and target."""

    aantal: int
    laatste: Punt | None
    verandering: Decimal | None
    verbetering: Decimal | None
    afstand_tot_doel: Decimal | None
    doel_bereikt: bool | None
    voortgang: Decimal | None
    trend: str | None
    mediaan: Decimal | None


def gericht(richting: str, verschil: Decimal) -> Decimal:
    """`verschil` signed so that positive means better in this direction."""
    return verschil if richting == Richting.HOGER else -verschil


def verandering(nulwaarde: Decimal | None, waarde: Decimal | None) -> Decimal | None:
    if nulwaarde is None or waarde is None:
        return None
    return waarde - nulwaarde


def verbetering(richting: str, nulwaarde: Decimal | None, waarde: Decimal | None) -> Decimal | None:
    verschil = verandering(nulwaarde, waarde)
    return None if verschil is None else gericht(richting, verschil)


def afstand_tot_doel(
    richting: str, streefwaarde: Decimal | None, waarde: Decimal | None
) -> Decimal | None:
    if streefwaarde is None or waarde is None:
        return None
    return max(NUL, gericht(richting, streefwaarde - waarde))


def voortgang(
    richting: str,
    nulwaarde: Decimal | None,
    streefwaarde: Decimal | None,
    waarde: Decimal | None,
) -> Decimal | None:
    if nulwaarde is None or streefwaarde is None or waarde is None:
        return None
    weg = gericht(richting, streefwaarde - nulwaarde)
    if weg <= NUL:
        return None
    return gericht(richting, waarde - nulwaarde) / weg


def op_volgorde(punten: Iterable[Punt]) -> list[Punt]:
    return sorted(punten, key=lambda p: p.datum)


def trend(richting: str, punten: Iterable[Punt]) -> str | None:
    reeks = op_volgorde(punten)
    if len(reeks) < 2:
        return None
    verschil = gericht(richting, reeks[-1].waarde - reeks[-2].waarde)
    if verschil > NUL:
        return Trend.BETER
    if verschil < NUL:
        return Trend.SLECHTER
    return Trend.GELIJK


def mediaan(punten: Iterable[Punt]) -> Decimal | None:
    waarden = [p.waarde for p in punten]
    return statistics.median(waarden) if waarden else None


def stand(
    *,
    richting: str,
    nulwaarde: Decimal | None,
    streefwaarde: Decimal | None,
    punten: Iterable[Punt],
) -> Stand:
    reeks = op_volgorde(punten)
    laatste = reeks[-1] if reeks else None
    waarde = laatste.waarde if laatste else None
    afstand = afstand_tot_doel(richting, streefwaarde, waarde)
    return Stand(
        aantal=len(reeks),
        laatste=laatste,
        verandering=verandering(nulwaarde, waarde),
        verbetering=verbetering(richting, nulwaarde, waarde),
        afstand_tot_doel=afstand,
        doel_bereikt=None if afstand is None else afstand == NUL,
        voortgang=voortgang(richting, nulwaarde, streefwaarde, waarde),
        trend=trend(richting, reeks),
        mediaan=mediaan(reeks),
    )


def som_per(paren: Iterable[tuple[Hashable, Decimal | None]]) -> dict[Hashable, Decimal]:
    """Add the values per key, leaving unknown values out (a key with only unknowns is absent).

    The business case sums its quantitative criteria per party (and unit) with this."""
    sommen: dict[Hashable, Decimal] = {}
    for sleutel, waarde in paren:
        if waarde is None:
            continue
        sommen[sleutel] = sommen.get(sleutel, NUL) + waarde
    return sommen
