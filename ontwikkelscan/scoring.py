"""Scoring and consensus of the Ontwikkelscan: plain functions on plain data, no database.

An answer is an int (a level of the scale) or None ("weet niet / n.v.t."). The rules, as the
results page explains them:

- "Weet niet / n.v.t." never counts: it is left out of every figure and counted apart.
- Per item: the number of answers, the median, the mean, and two measures of spread: the
  standard deviation (population, over the answers given) and the interquartile range
  (Q3 - Q1, quartiles by linear interpolation between the sorted answers, as the
  "inclusive" method: position (n - 1) * p).
- Per theme: each respondent first gets a theme score, the mean of their own answers in that
  theme; the theme's figures are taken over those respondent scores. A respondent who
  answered "weet niet" on every item of the theme does not count for it.
- Consensus: with fewer than MINIMUM_VOOR_CONSENSUS (3) answers it is not judged ("te weinig
  antwoorden"). Otherwise "geen overeenstemming" when both hold: the interquartile range is
  GRENS_IQR (2 levels) or more, so the middle half of the answers lies two or more levels
  apart; and the lowest and highest answer lie GRENS_BEREIK (3 levels) or more apart.
  One outlier does not break consensus (the middle half still agrees), nor does a group
  split over two neighbouring-but-one levels such as 1 and 3; a group split far apart does.
- Overall score: the mean of the theme means, over the themes that have answers.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from .constants import Consensus

MINIMUM_VOOR_CONSENSUS = 3
GRENS_IQR = 2.0
GRENS_BEREIK = 3.0


def kwantiel(gesorteerd: Sequence[float], p: float) -> float:
    """The p-quantile of sorted values, linear interpolation at position (n - 1) * p."""
    if not gesorteerd:
        raise ValueError("Geen waarden.")
    positie = (len(gesorteerd) - 1) * p
    onder = math.floor(positie)
    boven = math.ceil(positie)
    fractie = positie - onder
    return gesorteerd[onder] + (gesorteerd[boven] - gesorteerd[onder]) * fractie


@dataclass(frozen=True)
class Cijfers:
    """The figures of one item, theme or group."""

    aantal: int
    weet_niet: int = 0
    mediaan: float | None = None
    gemiddelde: float | None = None
    standaardafwijking: float | None = None
    q1: float | None = None
    q3: float | None = None
    minimum: float | None = None
    maximum: float | None = None
    consensus: str = Consensus.TE_WEINIG

    @property
    def iqr(self) -> float | None:
        if self.q1 is None or self.q3 is None:
            return None
        return self.q3 - self.q1

    @property
    def geen_overeenstemming(self) -> bool:
        return self.consensus == Consensus.GEEN_OVEREENSTEMMING

    @property
    def consensus_label(self) -> str:
        return Consensus(self.consensus).label


def consensus_oordeel(aantal: int, iqr: float | None, bereik: float | None) -> str:
    """The consensus flag from the number of answers, the interquartile range and the range."""
    if aantal < MINIMUM_VOOR_CONSENSUS or iqr is None or bereik is None:
        return Consensus.TE_WEINIG
    if iqr >= GRENS_IQR - 1e-9 and bereik >= GRENS_BEREIK - 1e-9:
        return Consensus.GEEN_OVEREENSTEMMING
    return Consensus.OVEREENSTEMMING


def cijfers(antwoorden: Iterable[float | None]) -> Cijfers:
    """Figures over answers; None ("weet niet / n.v.t.") is counted apart and left out."""
    alle = list(antwoorden)
    waarden = sorted(float(a) for a in alle if a is not None)
    weet_niet = len(alle) - len(waarden)
    n = len(waarden)
    if n == 0:
        return Cijfers(aantal=0, weet_niet=weet_niet)
    gemiddelde = math.fsum(waarden) / n
    variantie = math.fsum((w - gemiddelde) ** 2 for w in waarden) / n
    q1, q3 = kwantiel(waarden, 0.25), kwantiel(waarden, 0.75)
    return Cijfers(
        aantal=n,
        weet_niet=weet_niet,
        mediaan=kwantiel(waarden, 0.5),
        gemiddelde=gemiddelde,
        standaardafwijking=math.sqrt(variantie),
        q1=q1,
        q3=q3,
        minimum=waarden[0],
        maximum=waarden[-1],
        consensus=consensus_oordeel(n, q3 - q1, waarden[-1] - waarden[0]),
    )


# Plain input: (respondent key, item key, level or None).
AntwoordRij = tuple[Hashable, Hashable, "int | None"]


@dataclass
class Uitslag:
    """Figures per item and per theme, and the overall score."""

    per_item: dict[Hashable, Cijfers]
    per_thema: dict[Hashable, Cijfers]
    totaal: float | None
    respondent_thema_scores: dict[Hashable, dict[Hashable, float]] = field(default_factory=dict)


def respondent_thema_scores(
    themas: dict[Hashable, Sequence[Hashable]], antwoorden: Iterable[AntwoordRij]
) -> dict[Hashable, dict[Hashable, float]]:
    """Per theme, each respondent's mean over their own answered items (weet niet left out)."""
    item_thema = {item: thema for thema, items in themas.items() for item in items}
    verzameld: dict[Hashable, dict[Hashable, list[int]]] = defaultdict(lambda: defaultdict(list))
    for respondent, item, waarde in antwoorden:
        thema = item_thema.get(item)
        if thema is None or waarde is None:
            continue
        verzameld[thema][respondent].append(waarde)
    return {
        thema: {r: math.fsum(w) / len(w) for r, w in per_respondent.items()}
        for thema, per_respondent in verzameld.items()
    }


def totaalscore(thema_gemiddelden: Iterable[float | None]) -> float | None:
    waarden = [w for w in thema_gemiddelden if w is not None]
    return math.fsum(waarden) / len(waarden) if waarden else None


def uitslag(
    themas: dict[Hashable, Sequence[Hashable]], antwoorden: Iterable[AntwoordRij]
) -> Uitslag:
    """The figures of a round. `themas` maps each theme key to its item keys, in order."""
    antwoorden = list(antwoorden)
    per_item_waarden: dict[Hashable, list] = {
        item: [] for items in themas.values() for item in items
    }
    for _respondent, item, waarde in antwoorden:
        if item in per_item_waarden:
            per_item_waarden[item].append(waarde)
    per_item = {item: cijfers(waarden) for item, waarden in per_item_waarden.items()}
    scores = respondent_thema_scores(themas, antwoorden)
    per_thema = {thema: cijfers(scores.get(thema, {}).values()) for thema in themas}
    totaal = totaalscore(c.gemiddelde for c in per_thema.values())
    return Uitslag(per_item, per_thema, totaal, scores)


def zwakste(per_item: dict[Hashable, Cijfers], aantal: int = 5) -> list[Hashable]:
    """Items with the lowest mean first (ties: the larger spread first); items without answers left out."""
    kandidaten = [(k, c) for k, c in per_item.items() if c.gemiddelde is not None]
    kandidaten.sort(key=lambda kc: (kc[1].gemiddelde, -(kc[1].standaardafwijking or 0)))
    return [k for k, _ in kandidaten[:aantal]]


def meest_verdeeld(per_item: dict[Hashable, Cijfers], aantal: int = 5) -> list[Hashable]:
    """Items marked "geen overeenstemming", the widest interquartile range first (then deviation)."""
    kandidaten = [(k, c) for k, c in per_item.items() if c.geen_overeenstemming]
    kandidaten.sort(key=lambda kc: (-kc[1].iqr, -kc[1].standaardafwijking))
    return [k for k, _ in kandidaten[:aantal]]


@dataclass(frozen=True)
class Groep:
    naam: str
    respondenten: int
    per_thema: dict[Hashable, Cijfers]
    samengevoegd: tuple[str, ...] = ()


def uitsplitsing(
    themas: dict[Hashable, Sequence[Hashable]],
    antwoorden: Iterable[AntwoordRij],
    groep_van: dict[Hashable, str],
    *,
    minimum: int = 3,
    restnaam: str = "Overige",
) -> list[Groep]:
    """Theme figures per group of respondents; no group smaller than `minimum` is shown alone.

    Groups below the minimum are pooled into one rest group; if that rest is still below the
    minimum it is left out altogether, so no small group can be traced. Groups are ordered by
    name, the rest group last.
    """
    antwoorden = list(antwoorden)
    leden: dict[str, set] = defaultdict(set)
    for respondent, groep in groep_van.items():
        leden[groep].add(respondent)
    groot = {g: r for g, r in leden.items() if len(r) >= minimum}
    klein = {g: r for g, r in leden.items() if len(r) < minimum}
    rest = set().union(*klein.values()) if klein else set()

    def maak(naam, respondenten, samengevoegd=()):
        eigen = [a for a in antwoorden if a[0] in respondenten]
        scores = respondent_thema_scores(themas, eigen)
        return Groep(
            naam=naam,
            respondenten=len(respondenten),
            per_thema={t: cijfers(scores.get(t, {}).values()) for t in themas},
            samengevoegd=tuple(sorted(samengevoegd)),
        )

    groepen = [maak(naam, groot[naam]) for naam in sorted(groot)]
    if len(rest) >= minimum:
        groepen.append(maak(restnaam, rest, klein.keys()))
    return groepen


@dataclass(frozen=True)
class Verandering:
    vorige: float | None
    huidige: float | None

    @property
    def verschil(self) -> float | None:
        if self.vorige is None or self.huidige is None:
            return None
        return self.huidige - self.vorige

    @property
    def richting(self) -> str:
        """ "omhoog", "omlaag", "gelijk" (within 0.05) or "" when one side is missing."""
        verschil = self.verschil
        if verschil is None:
            return ""
        if abs(verschil) < 0.05:
            return "gelijk"
        return "omhoog" if verschil > 0 else "omlaag"


def netwerk_verbindingen(
    contacten: Iterable[tuple[Hashable, Hashable]],
) -> dict[tuple[Hashable, Hashable], int]:
    """Undirected links between organisations, with how many respondents reported each.

    `contacten` holds (own organisation, organisation worked with) per respondent and answer.
    A link to oneself is ignored. The key is the pair in sorted order.
    """
    uitkomst: dict[tuple, int] = defaultdict(int)
    for van, naar in contacten:
        if van is None or naar is None or van == naar:
            continue
        paar = (van, naar) if van < naar else (naar, van)
        uitkomst[paar] += 1
    return dict(uitkomst)
