from datetime import date
from decimal import Decimal as D

import pytest

from indicatoren import services
from indicatoren.constants import Richting, Soort
from tests.stappenplan.traject_factories import start


@pytest.fixture
def traject(regio, coordinator):
    return start(regio, coordinator)


@pytest.fixture
def stoeluren(traject):
    """A quantitative indicator where lower is better."""
    return services.indicator_opslaan(
        traject=traject,
        data={
            "naam": "Stoeluren dagbehandeling per week",
            "soort": Soort.KWANTITATIEF,
            "eenheid": "uur per week",
            "richting": Richting.LAGER,
            "nulwaarde": D("120"),
            "nulwaarde_datum": date(2026, 1, 5),
            "streefwaarde": D("80"),
            "streefdatum": date(2026, 12, 31),
            "bron": "Planningssysteem",
        },
    )


@pytest.fixture
def ervaring(traject):
    """A qualitative indicator on a four-level scale."""
    return services.indicator_opslaan(
        traject=traject,
        data={
            "naam": "Ervaring van patiënten",
            "soort": Soort.KWALITATIEF,
            "richting": Richting.HOGER,
            "nulwaarde": D("2"),
            "nulwaarde_datum": date(2026, 1, 5),
            "streefwaarde": D("4"),
            "streefdatum": date(2026, 12, 31),
        },
        niveaus=["Slecht", "Matig", "Goed", "Uitstekend"],
    )
