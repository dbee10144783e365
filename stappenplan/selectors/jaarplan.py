"""Reads of the jaarplan area, and the one rule of what a jaarplan still misses (gate of stap 6)."""

from django.db.models import Count, Prefetch
from django.urls import reverse

from casemanagement.models import Regio

from ..gates import Ontbrekend
from ..models.jaarplan import GeplandeHerziening, Jaarplan, Vervolgstap

BORGING_VELDEN = {
    "samenwerkingsovereenkomst": "samenwerkingsovereenkomst",
    "overlegstructuur": "regionale overlegstructuur",
    "financiering": "financiering",
}


def jaarplannen(regio: Regio) -> list[Jaarplan]:
    return list(
        Jaarplan.objects.filter(regio=regio)
        .annotate(aantal_herzieningen=Count("herzieningen", distinct=True))
        .annotate(aantal_vervolgstappen=Count("vervolgstappen", distinct=True))
        .order_by("-jaar")
    )


def jaarplan(regio: Regio, jaar: int) -> Jaarplan | None:
    return (
        Jaarplan.objects.filter(regio=regio, jaar=jaar)
        .select_related("regio", "vastgesteld_door")
        .prefetch_related(
            Prefetch("herzieningen", GeplandeHerziening.objects.select_related("eigenaar")),
            Prefetch("vervolgstappen", Vervolgstap.objects.select_related("eigenaar")),
        )
        .first()
    )


def laatste_jaarplan(regio: Regio) -> Jaarplan | None:
    laatste = Jaarplan.objects.filter(regio=regio).order_by("-jaar").first()
    return jaarplan(regio, laatste.jaar) if laatste else None


def ontbrekend_in_jaarplan(jaarplan: Jaarplan) -> list[Ontbrekend]:
    """What the jaarplan still misses before it borgt the results (stap 6)."""
    slug = jaarplan.regio.slug
    bewerken = reverse(
        "stappenplan:jaarplan_bewerken", kwargs={"slug": slug, "jaar": jaarplan.jaar}
    )
    pagina = reverse("stappenplan:jaarplan", kwargs={"slug": slug, "jaar": jaarplan.jaar})
    uitkomst = []
    if not jaarplan.resultaten.strip() or not jaarplan.kanalen:
        uitkomst.append(
            Ontbrekend(
                "jaarplan_resultaten_niet_gedeeld",
                "Beschrijf de resultaten voor het netwerk en via welke kanalen u ze deelt.",
                bewerken,
            )
        )
    leeg = [label for veld, label in BORGING_VELDEN.items() if not getattr(jaarplan, veld).strip()]
    if leeg:
        uitkomst.append(
            Ontbrekend(
                "jaarplan_borging_onvolledig",
                "Leg de borgingsafspraken vast: " + ", ".join(leeg) + ".",
                bewerken,
            )
        )
    herzieningen = list(jaarplan.herzieningen.all())
    if not herzieningen:
        uitkomst.append(
            Ontbrekend(
                "jaarplan_geen_herzieningen",
                "Plan wanneer de instrumenten en uitkomsten opnieuw worden herzien.",
                reverse(
                    "stappenplan:jaarplan_herziening_nieuw",
                    kwargs={"slug": slug, "jaar": jaarplan.jaar},
                ),
            )
        )
    zonder = [h.onderwerp for h in herzieningen if h.eigenaar_id is None]
    if zonder:
        uitkomst.append(
            Ontbrekend(
                "jaarplan_herziening_zonder_eigenaar",
                "Wijs een verantwoordelijke aan voor: " + ", ".join(zonder) + ".",
                pagina,
            )
        )
    return uitkomst


def komende_herzieningen(regio: Regio, vanaf, aantal: int = 3) -> list[GeplandeHerziening]:
    return list(
        GeplandeHerziening.objects.filter(jaarplan__regio=regio, datum__gte=vanaf)
        .select_related("eigenaar", "jaarplan")
        .order_by("datum", "onderwerp")[:aantal]
    )
