import factory
from django.utils import timezone

from casemanagement.models import Fase
from verwijskaart.constants import VerwijsWijze
from verwijskaart.models import Verwijskaart, Verwijzing


class VerwijskaartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verwijskaart
        django_get_or_create = ["regio"]


class VerwijzingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verwijzing

    kaart = factory.SubFactory(VerwijskaartFactory)
    fase = factory.LazyFunction(lambda: Fase.objects.get(code="thuis"))
    behoefte = "Praten, taal en slikken"
    discipline = factory.Sequence(lambda n: f"Logopedist {n}")
    waarvoor = "Behandeling bij afasie en slikproblemen"
    wijze = VerwijsWijze.BRIEF
    telefoon = "0301-555 900"
    reactietermijn = "binnen 2 weken"
    geverifieerd_op = factory.LazyFunction(timezone.localdate)
    controle_interval_maanden = 6
