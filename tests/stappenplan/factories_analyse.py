"""Factories of the analyse area (patient journeys, knelpunten, goals)."""

from datetime import date

import factory
from django.utils import timezone

from stappenplan.models import (
    Knelpunt,
    KnelpuntBron,
    PartnerBeschrijving,
    Verbeterpunt,
    Werkconferentie,
)
from tests.factories import RegioFactory


class KnelpuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Knelpunt
        skip_postgeneration_save = True

    regio = factory.SubFactory(RegioFactory)
    titel = factory.Sequence(lambda n: f"Knelpunt {n}")
    huidige_situatie = "De overdracht na ontslag verloopt traag."
    gewenste_situatie = "De huisarts weet binnen twee dagen van het ontslag."
    bron = KnelpuntBron.OVERIG

    @factory.post_generation
    def organisaties(self, create, extracted, **kwargs):
        if create and extracted:
            self.organisaties.set(extracted)


def smarti_compleet(**extra) -> dict:
    """Field values of a goal whose SMARTI parts are all filled in."""
    return {
        "specifiek": "De casemanager belt iedereen binnen een week na ontslag.",
        "indicator": "Aandeel gebelde patiënten",
        "nulmeting": "0%",
        "streefwaarde": "80%",
        "acceptabel": "Het team staat erachter.",
        "realistisch": "Past in de formatie.",
        "deadline": date(2027, 6, 30),
        "inspirerend": "Niemand staat er alleen voor.",
        **extra,
    }


class VerbeterpuntFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verbeterpunt

    regio = factory.SubFactory(RegioFactory)
    knelpunt = factory.SubFactory(KnelpuntFactory, regio=factory.SelfAttribute("..regio"))
    titel = factory.Sequence(lambda n: f"Doel {n}")
    wat_verbetert = "Patiënten en naasten weten bij wie ze terechtkunnen."


class PartnerBeschrijvingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerBeschrijving

    regio = factory.SelfAttribute("organisatie.regio")
    overdracht = "Ontslagbrief naar de huisarts."


class WerkconferentieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Werkconferentie

    regio = factory.SubFactory(RegioFactory)
    titel = "Werkconferentie"
    datum = factory.LazyFunction(timezone.now)
    plaats = "Voorbeeld"
    doel = "De regio informeren en ideeën ophalen."
