import factory
from django.contrib.auth import get_user_model

from casemanagement.constants import Domein, Rol
from casemanagement.models import Fase, Lidmaatschap, Organisatie, OrganisatieFase, Regio


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    naam = factory.Faker("name", locale="nl_NL")
    password = factory.django.Password("demo")


class RegioFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Regio
        django_get_or_create = ["slug"]

    naam = factory.Sequence(lambda n: f"Regio {n}")
    slug = factory.Sequence(lambda n: f"regio-{n}")


class OrganisatieFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisatie

    regio = factory.SubFactory(RegioFactory)
    naam = factory.Sequence(lambda n: f"Organisatie {n}")
    type = "ziekenhuis"
    domein = Domein.ZORG


class OrganisatieFaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OrganisatieFase

    organisatie = factory.SubFactory(OrganisatieFactory)
    fase = factory.LazyFunction(lambda: Fase.objects.order_by("volgorde").first())
    omschrijving = "Behandeling en overdracht"


class LidmaatschapFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lidmaatschap

    user = factory.SubFactory(UserFactory)
    regio = factory.SubFactory(RegioFactory)
    rol = Rol.TEAMLID
