"""Registrations of the jaarplan area: gate evidence, region page, menu."""

from django.urls import reverse

from casemanagement.regio_overzicht import registreer_menu

from .gates import STAP_BORGING, Ontbrekend, bewijs
from .selectors.jaarplan import laatste_jaarplan, ontbrekend_in_jaarplan

registreer_menu("Jaarplan", "stappenplan:jaarplan_index", 70)


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
