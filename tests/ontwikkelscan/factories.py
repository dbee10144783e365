"""Factories and small builders for the Ontwikkelscan tests."""

import factory
from django.utils import timezone

from ontwikkelscan.constants import Soort
from ontwikkelscan.models import Antwoord, Item, Niveau, Respondent, Ronde, Thema, Vragenlijst
from tests.factories import OrganisatieFactory, RegioFactory


class VragenlijstFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vragenlijst

    code = factory.Sequence(lambda n: f"scan-{n}")
    versie = 1
    naam = factory.Sequence(lambda n: f"Testscan {n}")
    actief = True
    samenwerkingsvraag = "Met welke organisaties werkt u al samen?"


class ThemaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Thema

    vragenlijst = factory.SubFactory(VragenlijstFactory)
    code = factory.Sequence(lambda n: f"thema-{n}")
    naam = factory.Sequence(lambda n: f"Thema {n}")
    korte_naam = factory.Sequence(lambda n: f"T{n}")
    volgorde = factory.Sequence(lambda n: n)


class ItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Item

    thema = factory.SubFactory(ThemaFactory)
    code = factory.Sequence(lambda n: f"I{n}")
    tekst = factory.Sequence(lambda n: f"Stelling {n}")
    volgorde = factory.Sequence(lambda n: n)


def kleine_vragenlijst(themas=2, items=2, **kwargs):
    """A questionnaire with `themas` themes of `items` items and the scale 0-5."""
    vragenlijst = VragenlijstFactory(**kwargs)
    for waarde in range(6):
        Niveau.objects.create(
            vragenlijst=vragenlijst, waarde=waarde, naam=f"Niveau {waarde}", omschrijving="..."
        )
    for t in range(themas):
        thema = ThemaFactory(vragenlijst=vragenlijst, volgorde=t + 1, naam=f"Thema {t + 1}")
        for i in range(items):
            ItemFactory(thema=thema, volgorde=i + 1, code=f"T{t + 1}I{i + 1}")
    return vragenlijst


class RondeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Ronde

    regio = factory.SubFactory(RegioFactory)
    vragenlijst = factory.LazyFunction(kleine_vragenlijst)
    naam = factory.Sequence(lambda n: f"Ronde {n}")
    soort = Soort.NULMETING
    geopend_op = factory.LazyFunction(timezone.localdate)


class RespondentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Respondent

    ronde = factory.SubFactory(RondeFactory)
    email = factory.Sequence(lambda n: f"deelnemer{n}@example.org")
    naam = factory.Sequence(lambda n: f"Deelnemer {n}")
    organisatie = factory.LazyAttribute(lambda o: OrganisatieFactory(regio=o.ronde.regio))
    uitgenodigd_op = factory.LazyFunction(timezone.now)


def beantwoord(respondent, waarden, *, indienen=True):
    """Give the respondent the answers `waarden` (level or None) on the items in order."""
    items = Item.objects.filter(thema__vragenlijst=respondent.ronde.vragenlijst).order_by(
        "thema__volgorde", "volgorde"
    )
    for item, waarde in zip(items, waarden, strict=False):
        Antwoord.objects.create(
            respondent=respondent, item=item, waarde=waarde, weet_niet=waarde is None
        )
    if indienen:
        respondent.ingediend_op = timezone.now()
        respondent.laatst_opgeslagen_op = respondent.ingediend_op
        respondent.save()
    return respondent


def sluit(ronde, *, gedeeld=None):
    ronde.gesloten_op = timezone.now()
    ronde.resultaten_gedeeld_op = gedeeld
    ronde.save()
    return ronde
