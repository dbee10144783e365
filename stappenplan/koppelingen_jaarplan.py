"""Registrations of the jaarplan area: gate evidence, region page, menu."""

from django.urls import reverse
from django.utils import timezone

from casemanagement.regio_overzicht import Onderdeel, registreer_menu, registreer_regio

from .gates import STAP_BORGING, Ontbrekend, bewijs
from .selectors.jaarplan import komende_herzieningen, laatste_jaarplan, ontbrekend_in_jaarplan

registreer_menu("Jaarplan", "stappenplan:jaarplan_index", 70)


@registreer_regio
def komende_herzieningen_op_regiopagina(toegang):
    """The next planned reviews of the jaarplan on the region page (one query)."""
    herzieningen = komende_herzieningen(toegang.regio, timezone.localdate())
    if not herzieningen:
        return None
    return Onderdeel(
        "stappenplan/jaarplan/_regio.html",
        {"regio": toegang.regio, "herzieningen": herzieningen},
        volgorde=70,
    )


@bewijs(STAP_BORGING)
def jaarplan_borgt(regio):
    """Stap 6 needs a jaarplan with results, borging agreements and reviews with owners."""
    plan = laatste_jaarplan(regio)
    if plan is None:
        yield Ontbrekend(
            "jaarplan_ontbreekt",
            "Maak een jaarplan met de geplande herzieningen, vervolgstappen en borgingsafspraken.",
            reverse("stappenplan:jaarplan_index", kwargs={"slug": regio.slug}),
        )
        return
    yield from ontbrekend_in_jaarplan(plan)
