from django.db import models


class VerwijsWijze(models.TextChoices):
    """How a professional refers someone to this place."""

    BRIEF = "brief", "Verwijsbrief"
    TELEFOON = "telefoon", "Telefonisch aanmelden"
    PLATFORM = "platform", "Via het verwijsplatform"
    EMAIL = "email", "Aanmelden per e-mail"
    ZELF = "zelf", "De cliënt meldt zich zelf aan"


class Onverifieerd(models.TextChoices):
    """What publishing does with entries whose verification is overdue."""

    MARKEREN = "markeren", "Publiceren met de markering ‘controle loopt’"
    WEGLATEN = "weglaten", "Weglaten uit deze versie (ze blijven in het concept staan)"
    PUBLICEREN = "publiceren", "Gewoon publiceren, zonder markering"


class HerinneringSoort(models.TextChoices):
    VERMELDINGEN = "vermeldingen", "Vermeldingen te controleren"
    HERZIENING = "herziening", "Herziening van de verwijskaart"
