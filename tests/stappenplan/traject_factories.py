"""Helpers for the traject tests: a started traject, and the evidence of the traject's own checks."""

from datetime import date

import pytest

from stappenplan import gates
from stappenplan.models import (
    Besluit,
    Communicatiemiddel,
    Implementatieteam,
    Kanaal,
    PlanTemplate,
    Stap,
    Teamlid,
    Traject,
)
from stappenplan.services import traject as services

PLAN_CODE = "casemanagement-hersenletsel"


def hersenletsel_plan() -> PlanTemplate:
    return PlanTemplate.objects.get(code=PLAN_CODE, versie=1)


def start(regio, coordinator) -> Traject:
    return services.traject_starten(regio=regio, plan=hersenletsel_plan(), door=coordinator)


def stap(traject, nummer, cyclus=None) -> Stap:
    stappen = Stap.objects.select_related("traject__regio").filter(traject=traject, nummer=nummer)
    if cyclus is not None:
        return stappen.get(cyclus=cyclus)
    return stappen.order_by("-cyclus").first()


def alles_afvinken(s: Stap, door, *, ook_optioneel=True) -> None:
    for a in s.activiteiten.filter(gedaan_op=None):
        if a.verplicht or ook_optioneel:
            services.activiteit_afvinken(activiteit=a, door=door, gedaan=True)


def bewijs_leveren(regio, s: Stap, door) -> None:
    """Create what the traject's own evidence check of this step asks for."""
    if s.code == gates.STAP_DRAAGVLAK:
        Communicatiemiddel.objects.get_or_create(
            regio=regio,
            kanaal=Kanaal.NIEUWSBRIEF,
            omschrijving="Nieuwsbrief casemanagement",
            defaults={"vaste_momenten": "Elk kwartaal", "stap": s},
        )
    elif s.code == gates.STAP_VOORBEREIDING:
        team, _ = Implementatieteam.objects.get_or_create(
            regio=regio,
            defaults={
                "overlegfrequentie": "Elke zes weken",
                "rol_clientvertegenwoordiging": "Meelezen",
            },
        )
        lid = door.lidmaatschappen.get(regio=regio)
        Teamlid.objects.get_or_create(
            team=team,
            lidmaatschap=lid,
            defaults={"mandaat_bevestigd": True, "vertegenwoordigt_clienten": True},
        )
    elif s.code == gates.STAP_HUIDIGE_SITUATIE_VASTSTELLEN:
        besluit = Besluit.objects.create(
            regio=regio,
            stap=s,
            datum=date(2026, 3, 1),
            onderwerp="Huidige situatie vastgesteld",
            tekst="Het team stelt de huidige situatie vast.",
            stelt_vast=True,
        )
        besluit.deelnemers.add(door)
    elif s.code == gates.STAP_BORGING:
        Communicatiemiddel.objects.create(
            regio=regio,
            kanaal=Kanaal.WEBSITE,
            omschrijving="Resultaten op de website",
            stap=s,
            gedaan=True,
        )


def afronden(traject, nummer, door) -> Stap:
    s = stap(traject, nummer)
    alles_afvinken(s, door)
    bewijs_leveren(traject.regio, s, door)
    return services.stap_afronden(stap=s, door=door)


def afronden_tot(traject, tot, door) -> None:
    """Complete every step before `tot` (of the latest cycle)."""
    for nummer in range(tot):
        if stap(traject, nummer).afgerond_op is None:
            afronden(traject, nummer, door)


@pytest.fixture
def alleen_eigen_bewijs(alleen_bewijs_uit):
    """Judge the gates with the traject's own evidence checks only (other apps test theirs)."""
    alleen_bewijs_uit("stappenplan.koppelingen_traject")
