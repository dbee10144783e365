"""Reads of indicators, each with a fixed number of queries."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Prefetch

from . import grafieken, regels
from .models import Indicator, Meting, Niveau


@dataclass
class IndicatorStand:
    """An indicator with its measurements as points and where it stands."""

    indicator: Indicator
    punten: list[regels.Punt]
    stand: regels.Stand

    @property
    def niveaus(self) -> dict[int, str]:
        return {n.waarde: n.omschrijving for n in self.indicator.niveaus.all()}

    def weergave(self, waarde: Decimal | None) -> str:
        """A value as the page shows it: a number with its unit, or a level with its name."""
        if waarde is None:
            return "—"
        if self.indicator.is_kwalitatief:
            naam = self.niveaus.get(int(waarde), "")
            return f"niveau {int(waarde)}" + (f" ({naam})" if naam else "")
        eenheid = self.indicator.eenheid
        return f"{grafieken.getal_nl(waarde)} {eenheid}".strip()

    @property
    def tekst(self) -> dict[str, str]:
        """The standing as the page and the PDF print it."""
        st, ind = self.stand, self.indicator
        voortgang = "—"
        if st.voortgang is not None:
            voortgang = f"{grafieken.getal_nl(round(st.voortgang * 100))}%"
        return {
            "nulwaarde": self.weergave(ind.nulwaarde),
            "streefwaarde": self.weergave(ind.streefwaarde),
            "laatste": self.weergave(st.laatste.waarde) if st.laatste else "nog niet gemeten",
            "verandering": self.verschil(st.verandering),
            "afstand": self.verschil(st.afstand_tot_doel).lstrip("+"),
            "voortgang": voortgang,
            "trend": st.trend or "—",
        }

    def verschil(self, waarde: Decimal | None) -> str:
        if waarde is None:
            return "—"
        teken = "+" if waarde > 0 else ""
        if self.indicator.is_kwalitatief:
            return f"{teken}{grafieken.getal_nl(waarde)} niveau"
        return f"{teken}{grafieken.getal_nl(waarde)} {self.indicator.eenheid}".strip()


def _met_metingen(qs):
    return qs.prefetch_related(
        Prefetch("metingen", queryset=Meting.objects.order_by("datum")),
        Prefetch("niveaus", queryset=Niveau.objects.order_by("waarde")),
    )


def stand_van(indicator: Indicator) -> IndicatorStand:
    """Uses the indicator's prefetched measurements where present."""
    punten = [regels.Punt(m.datum, m.waarde) for m in indicator.metingen.all()]
    return IndicatorStand(
        indicator=indicator,
        punten=punten,
        stand=regels.stand(
            richting=indicator.richting,
            nulwaarde=indicator.nulwaarde,
            streefwaarde=indicator.streefwaarde,
            punten=punten,
        ),
    )


def indicatoren(traject, *, gearchiveerd: bool = False) -> list[IndicatorStand]:
    """The traject's indicators with their standing (three queries)."""
    qs = _met_metingen(Indicator.objects.filter(traject=traject, gearchiveerd=gearchiveerd))
    return [stand_van(i) for i in qs.order_by("naam", "pk")]


def standen(indicator_ids) -> dict[int, IndicatorStand]:
    """Standings of the given indicators, keyed by id (three queries, any number of ids)."""
    qs = _met_metingen(Indicator.objects.filter(pk__in=list(indicator_ids)))
    return {i.pk: stand_van(i) for i in qs}


def indicator_in_regio(regio, pk: int) -> Indicator | None:
    qs = _met_metingen(Indicator.objects.select_related("traject__regio"))
    return qs.filter(traject__regio=regio, pk=pk).first()


def meting_in_regio(regio, pk: int) -> Meting | None:
    return (
        Meting.objects.select_related("indicator__traject", "vastgelegd_door")
        .filter(indicator__traject__regio=regio, pk=pk)
        .first()
    )


def metingen(indicator: Indicator) -> list[Meting]:
    return list(indicator.metingen.select_related("vastgelegd_door").order_by("datum"))


def runchart(s: IndicatorStand, *, id_prefix: str = "runchart") -> str:
    ind = s.indicator
    st = s.stand
    if st.laatste is None:
        beschrijving = "Er zijn nog geen metingen."
    else:
        beschrijving = (
            f"{st.aantal} metingen van {s.punten[0].datum:%d-%m-%Y} tot "
            f"{st.laatste.datum:%d-%m-%Y}; laatste waarde {s.weergave(st.laatste.waarde)}."
        )
        if ind.nulwaarde is not None:
            beschrijving += f" Nulmeting {s.weergave(ind.nulwaarde)}."
        if ind.streefwaarde is not None:
            beschrijving += f" Doel {s.weergave(ind.streefwaarde)} op {ind.streefdatum:%d-%m-%Y}."
    return grafieken.runchart(
        s.punten,
        nulwaarde=ind.nulwaarde,
        streefwaarde=ind.streefwaarde,
        mediaan=st.mediaan,
        eenheid=ind.eenheid,
        niveaus=s.niveaus if ind.is_kwalitatief else None,
        titel=f"Verloop van {ind.naam}",
        beschrijving=beschrijving,
        id_prefix=id_prefix,
    )


# History


@dataclass
class Wijziging:
    wanneer: object
    wie: str
    wat: str
    details: list[str]


def _tekst(waarde) -> str:
    if waarde in (None, ""):
        return "leeg"
    if isinstance(waarde, date):
        return f"{waarde:%d-%m-%Y}"
    if isinstance(waarde, Decimal):
        return grafieken.getal_nl(waarde)
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


VERBORGEN = {"versie", "updated_at", "created_at", "vastgelegd_door", "indicator", "traject"}


def _wijzigingen(records, model, omschrijving) -> list[Wijziging]:
    labels = {f.name: f.verbose_name for f in model._meta.fields}
    per_object: dict[int, list] = {}
    for record in records:
        per_object.setdefault(record.id, []).append(record)
    uitkomst = []
    for lijst in per_object.values():
        lijst.sort(key=lambda r: (r.history_date, r.history_id))
        vorige = None
        for record in lijst:
            wie = record.history_user.get_full_name() if record.history_user else "systeem"
            if vorige is None:
                uitkomst.append(
                    Wijziging(record.history_date, wie, f"{omschrijving(record)} vastgelegd", [])
                )
            else:
                delta = record.diff_against(vorige, excluded_fields=VERBORGEN)
                details = [
                    f"{labels.get(c.field, c.field)}: {_tekst(c.old)} → {_tekst(c.new)}"
                    for c in delta.changes
                ]
                if details:
                    uitkomst.append(
                        Wijziging(
                            record.history_date, wie, f"{omschrijving(record)} gewijzigd", details
                        )
                    )
            vorige = record
    return uitkomst


def geschiedenis(indicator: Indicator) -> list[Wijziging]:
    """Who changed the indicator and its measurements, newest first (two queries)."""
    ind = list(Indicator.history.filter(id=indicator.pk).select_related("history_user"))
    met = list(Meting.history.filter(indicator_id=indicator.pk).select_related("history_user"))
    wijzigingen = _wijzigingen(ind, Indicator, lambda r: "Indicator")
    wijzigingen += _wijzigingen(met, Meting, lambda r: f"Meting van {r.datum:%d-%m-%Y}")
    return sorted(wijzigingen, key=lambda w: w.wanneer, reverse=True)
