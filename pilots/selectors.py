"""Reads of the business case and the pilots, each with a fixed number of queries."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from indicatoren import regels as indicator_regels
from indicatoren import selectors as indicator_selectors
from indicatoren.grafieken import getal_nl
from indicatoren.selectors import IndicatorStand

from .constants import GROEP_KOP, Groep, Partij
from .models import Criterium, Pilot


@dataclass
class CriteriumRegel:
    criterium: Criterium
    s: IndicatorStand


@dataclass
class Som:
    """A total over quantitative criteria that share a name and a unit."""

    naam: str
    eenheid: str
    verbetering: Decimal
    aantal: int

    @property
    def tekst(self) -> str:
        teken = "+" if self.verbetering > 0 else ""
        return f"{teken}{getal_nl(self.verbetering)} {self.eenheid}".strip()


@dataclass
class PartijBlok:
    partij: str
    naam: str
    regels: list[CriteriumRegel] = field(default_factory=list)
    sommen: list[Som] = field(default_factory=list)


def _criteria_qs():
    return Criterium.objects.select_related("indicator").order_by(
        "groep", "volgorde", "indicator__naam", "pk"
    )


def criteria(traject) -> list[CriteriumRegel]:
    """The traject's business-case criteria with where each indicator stands (four queries)."""
    lijst = list(_criteria_qs().filter(indicator__traject=traject, indicator__gearchiveerd=False))
    standen = indicator_selectors.standen(c.indicator_id for c in lijst)
    return [CriteriumRegel(c, standen[c.indicator_id]) for c in lijst]


def per_groep(regels: list[CriteriumRegel]) -> list[tuple[str, list[CriteriumRegel]]]:
    return [
        (GROEP_KOP[waarde], [r for r in regels if r.criterium.groep == waarde])
        for waarde in Groep.values
    ]


def sommen(regels: Iterable[CriteriumRegel]) -> list[Som]:
    """The improvement since baseline of quantitative criteria, added up per name and unit."""
    regels = [r for r in regels if r.criterium.groep == Groep.KWANTITATIEF]
    totaal = indicator_regels.som_per(
        ((r.s.indicator.naam, r.s.indicator.eenheid), r.s.stand.verbetering) for r in regels
    )
    aantal = indicator_regels.som_per(
        ((r.s.indicator.naam, r.s.indicator.eenheid), Decimal(1))
        for r in regels
        if r.s.stand.verbetering is not None
    )
    return [
        Som(naam, eenheid, waarde, int(aantal[(naam, eenheid)]))
        for (naam, eenheid), waarde in sorted(totaal.items())
    ]


def per_partij(regels: list[CriteriumRegel]) -> list[PartijBlok]:
    """Per party (all four, also when empty): its criteria and the sum of what changed for it."""
    blokken = []
    for waarde, label in Partij.choices:
        eigen = [r for r in regels if r.criterium.partij == waarde]
        blokken.append(PartijBlok(waarde, label, eigen, sommen(eigen)))
    return blokken


@dataclass
class PilotRegel:
    pilot: Pilot
    patienten: IndicatorStand | None


def pilots(traject) -> list[PilotRegel]:
    """The traject's pilots with the patients treated at home (five queries)."""
    lijst = list(
        Pilot.objects.filter(traject=traject)
        .select_related("ziekenhuis", "patienten_indicator")
        .prefetch_related("partners")
    )
    standen = indicator_selectors.standen(
        p.patienten_indicator_id for p in lijst if p.patienten_indicator_id
    )
    return [PilotRegel(p, standen.get(p.patienten_indicator_id)) for p in lijst]


def pilot_in_regio(regio, pk: int) -> Pilot | None:
    return (
        Pilot.objects.select_related("traject", "ziekenhuis", "patienten_indicator")
        .filter(traject__regio=regio, pk=pk)
        .first()
    )


def criterium_in_regio(regio, pk: int) -> Criterium | None:
    return (
        Criterium.objects.select_related("indicator__traject")
        .filter(indicator__traject__regio=regio, pk=pk)
        .first()
    )


# Across the trajecten of a programme


def pilots_van(trajecten) -> list[PilotRegel]:
    """The pilots of several trajecten with their patient counts (five queries)."""
    lijst = list(
        Pilot.objects.filter(traject__in=trajecten)
        .select_related("traject__regio", "ziekenhuis", "patienten_indicator")
        .prefetch_related("partners")
        .order_by("traject__regio__naam", "voorbereiding_sinds", "pk")
    )
    standen = indicator_selectors.standen(
        p.patienten_indicator_id for p in lijst if p.patienten_indicator_id
    )
    return [PilotRegel(p, standen.get(p.patienten_indicator_id)) for p in lijst]


def criteria_van(trajecten) -> list[CriteriumRegel]:
    """The business-case criteria of several trajecten (four queries)."""
    lijst = list(
        _criteria_qs()
        .select_related("indicator__traject__regio")
        .filter(indicator__traject__in=trajecten, indicator__gearchiveerd=False)
    )
    standen = indicator_selectors.standen(c.indicator_id for c in lijst)
    return [CriteriumRegel(c, standen[c.indicator_id]) for c in lijst]


def maatschappelijke_businesscase(trajecten) -> list[PartijBlok]:
    """The societal business case: per party, the pilots' quantitative criteria added up per
    name and unit (how many pilots measured each is in `Som.aantal`)."""
    return per_partij(criteria_van(trajecten))
