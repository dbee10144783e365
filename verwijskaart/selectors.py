"""Reads of the verwijskaart, each with a fixed number of queries."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count
from django.utils import timezone

from casemanagement.models import Regio

from . import regels
from .models import Herinnering, Ontvanger, Versie, Verwijskaart, Verwijzing, Verzending


def vandaag() -> date:
    return timezone.localdate()


def kaart(regio: Regio) -> Verwijskaart | None:
    return Verwijskaart.objects.filter(regio=regio).first()


def concept(kaart: Verwijskaart | None) -> list[Verwijzing]:
    """The draft's entries in phase order, each with `te_laat` and `controle_vervalt` set."""
    if kaart is None:
        return []
    items = list(
        Verwijzing.objects.filter(kaart=kaart).select_related(
            "fase", "organisatie", "eigenaar", "geverifieerd_door"
        )
    )
    dag = vandaag()
    for item in items:
        item.controle_vervalt = regels.controle_vervalt(
            item.geverifieerd_op, item.controle_interval_maanden
        )
        item.te_laat = regels.controle_te_laat(
            item.geverifieerd_op, item.controle_interval_maanden, dag
        )
    return items


def zonder_pdf(qs):
    return qs.defer("pdf", "vermeldingen")


def versies(kaart: Verwijskaart | None) -> list[Versie]:
    if kaart is None:
        return []
    return list(
        zonder_pdf(Versie.objects.filter(kaart=kaart))
        .select_related("gepubliceerd_door", "verantwoordelijke")
        .annotate(aantal_verzonden=Count("verzendingen"))
        .order_by("-nummer")
    )


def actuele_versie(regio: Regio, *, met_inhoud: bool = False) -> Versie | None:
    qs = Versie.objects.filter(kaart__regio=regio, vervangen_op=None).select_related(
        "kaart__regio", "verantwoordelijke"
    )
    if not met_inhoud:
        qs = zonder_pdf(qs)
    return qs.order_by("-nummer").first()


def versie_op_dag(regio: Regio, dag: date) -> Versie | None:
    """The version that was current at the end of `dag`."""
    return (
        zonder_pdf(Versie.objects.filter(kaart__regio=regio, gepubliceerd_op__date__lte=dag))
        .order_by("-nummer")
        .first()
    )


def versie_met_inhoud(kaart: Verwijskaart, nummer: int) -> Versie | None:
    return (
        Versie.objects.filter(kaart=kaart, nummer=nummer)
        .defer("pdf")
        .select_related("kaart__regio", "verantwoordelijke", "gepubliceerd_door")
        .first()
    )


def vorige_versie(versie: Versie) -> Versie | None:
    return (
        Versie.objects.filter(kaart=versie.kaart_id, nummer__lt=versie.nummer)
        .defer("pdf")
        .order_by("-nummer")
        .first()
    )


def ontvangers(kaart: Verwijskaart | None) -> list[Ontvanger]:
    if kaart is None:
        return []
    return list(Ontvanger.objects.filter(kaart=kaart).select_related("organisatie"))


def verzendlog(kaart: Verwijskaart | None) -> list[Verzending]:
    if kaart is None:
        return []
    return list(
        Verzending.objects.filter(versie__kaart=kaart)
        .select_related("verzonden_door", "versie")
        .defer("versie__pdf", "versie__vermeldingen")
        .order_by("-verzonden_op", "email")
    )


@dataclass
class Versheid:
    """How fresh the region's map is: the current version and how many entries are checked."""

    versie: Versie | None
    aantal: int
    op_tijd: int
    te_laat: int

    @property
    def herziening_te_laat(self) -> bool:
        return self.versie is not None and self.versie.volgende_herziening <= vandaag()


def versheid(regio: Regio, dag: date | None = None) -> Versheid:
    """Three queries, whatever the number of entries."""
    dag = dag or vandaag()
    versie = actuele_versie(regio)
    termijnen = Verwijzing.objects.filter(kaart__regio=regio).values_list(
        "geverifieerd_op", "controle_interval_maanden"
    )
    te_laat = sum(1 for op, interval in termijnen if regels.controle_te_laat(op, interval, dag))
    aantal = len(termijnen)
    return Versheid(versie=versie, aantal=aantal, op_tijd=aantal - te_laat, te_laat=te_laat)


def te_controleren(dag: date) -> list[Verwijzing]:
    """All due entries of every region with an owner: what the reminder command mails."""
    kandidaten = Verwijzing.objects.exclude(eigenaar=None).select_related(
        "kaart__regio", "eigenaar", "fase", "organisatie"
    )
    return [
        v
        for v in kandidaten.order_by("kaart__regio__naam", "eigenaar_id", "fase__volgorde", "pk")
        if regels.controle_te_laat(v.geverifieerd_op, v.controle_interval_maanden, dag)
    ]


def herziening_nodig(dag: date) -> list[Versie]:
    """Current versions whose review date has come."""
    return list(
        zonder_pdf(Versie.objects.filter(vervangen_op=None, volgende_herziening__lte=dag))
        .select_related("kaart__regio", "verantwoordelijke")
        .order_by("kaart__regio__naam")
    )


# A person gets the same kind of reminder for a region at most once in this many days.
HERHAAL_NA_DAGEN = 7


def herinneringen_verstuurd(dag: date) -> set[tuple[int, int, str]]:
    """(regio, user, soort) reminded in the last HERHAAL_NA_DAGEN days up to and including `dag`."""
    sinds = dag - timedelta(days=HERHAAL_NA_DAGEN - 1)
    return set(
        Herinnering.objects.filter(datum__gte=sinds, datum__lte=dag).values_list(
            "regio_id", "user_id", "soort"
        )
    )


def versheid_per_regio(regio_ids, dag: date | None = None) -> dict[int, Versheid]:
    """Freshness of several regions at once, in two queries (for the start page)."""
    dag = dag or vandaag()
    versies = {
        v.kaart.regio_id: v
        for v in zonder_pdf(
            Versie.objects.filter(kaart__regio_id__in=regio_ids, vervangen_op=None)
        ).select_related("kaart")
    }
    tellingen: dict[int, list[int]] = {}
    for regio_id, op, interval in Verwijzing.objects.filter(
        kaart__regio_id__in=regio_ids
    ).values_list("kaart__regio_id", "geverifieerd_op", "controle_interval_maanden"):
        telling = tellingen.setdefault(regio_id, [0, 0])
        telling[0] += 1
        telling[1] += regels.controle_te_laat(op, interval, dag)
    uitkomst = {}
    for regio_id in regio_ids:
        aantal, te_laat = tellingen.get(regio_id, [0, 0])
        if aantal or regio_id in versies:
            uitkomst[regio_id] = Versheid(
                versie=versies.get(regio_id),
                aantal=aantal,
                op_tijd=aantal - te_laat,
                te_laat=te_laat,
            )
    return uitkomst
