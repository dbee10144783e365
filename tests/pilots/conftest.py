from datetime import date
from decimal import Decimal as D

import pytest

from indicatoren import services as indicator_services
from indicatoren.constants import Richting, Soort
from pilots import services
from pilots.constants import Partij
from tests.factories import OrganisatieFactory
from tests.stappenplan.traject_factories import start


@pytest.fixture
def traject(regio, coordinator):
    return start(regio, coordinator)


@pytest.fixture
def thuiszorg(regio):
    return OrganisatieFactory(regio=regio, naam="Thuiszorg Aan Huis", type="wijkverpleging")


def maak_criterium(traject, door, *, naam, partij, eenheid="uur", richting=Richting.HOGER,
                   nul="0", doel="100", metingen=(), soort=Soort.KWANTITATIEF, niveaus=None):  # fmt: skip
    indicator = indicator_services.indicator_opslaan(
        traject=traject,
        data={
            "naam": naam,
            "soort": soort,
            "eenheid": eenheid,
            "richting": richting,
            "nulwaarde": D(nul),
            "nulwaarde_datum": date(2026, 1, 5),
            "streefwaarde": D(doel),
            "streefdatum": date(2026, 12, 31),
        },
        niveaus=niveaus,
    )
    for datum, waarde in metingen:
        indicator_services.meting_vastleggen(
            indicator=indicator, data={"datum": datum, "waarde": D(waarde)}, door=door
        )
    return services.criterium_opslaan(
        traject=traject, data={"indicator": indicator, "partij": partij}
    )


@pytest.fixture
def businesscase(traject, coordinator):
    """Criteria for all four parties, quantitative and qualitative, with measurements."""
    m = [(date(2026, 3, 2), "20"), (date(2026, 5, 4), "45")]
    return [
        maak_criterium(traject, coordinator, naam="Vrijgekomen stoeluren", partij=Partij.ZIEKENHUIS,
                       eenheid="uur per maand", metingen=m),
        maak_criterium(traject, coordinator, naam="Kosten per toediening", partij=Partij.ZORGVERZEKERAAR,
                       eenheid="euro", richting=Richting.LAGER, nul="400", doel="300",
                       metingen=[(date(2026, 3, 2), "380"), (date(2026, 5, 4), "350")]),
        maak_criterium(traject, coordinator, naam="Verpleegtijd per thuisbehandeling",
                       partij=Partij.THUISZORG, eenheid="minuten", richting=Richting.LAGER,
                       nul="90", doel="60", metingen=[(date(2026, 3, 2), "95")]),
        maak_criterium(traject, coordinator, naam="Bespaarde reistijd", partij=Partij.PATIENT,
                       eenheid="uur per maand", metingen=m),
        maak_criterium(traject, coordinator, naam="Ervaring van patiënten", partij=Partij.PATIENT,
                       soort=Soort.KWALITATIEF, eenheid="", nul="2", doel="4",
                       niveaus=["Slecht", "Matig", "Goed", "Uitstekend"],
                       metingen=[(date(2026, 4, 1), "3")]),
    ]  # fmt: skip
