from django.db import models


class Groep(models.TextChoices):
    KWALITATIEF = "kwalitatief", "Kwalitatief"
    KWANTITATIEF = "kwantitatief", "Kwantitatief"


GROEP_KOP = {
    Groep.KWALITATIEF: "Kwalitatieve criteria",
    Groep.KWANTITATIEF: "Kwantitatieve criteria",
}


class Partij(models.TextChoices):
    """Who bears the cost or gets the benefit of a business-case criterion."""

    ZIEKENHUIS = "ziekenhuis", "Ziekenhuis"
    ZORGVERZEKERAAR = "zorgverzekeraar", "Zorgverzekeraar"
    THUISZORG = "thuiszorgorganisatie", "Thuiszorgorganisatie"
    PATIENT = "patient-naasten", "Patiënt en naasten"


class PilotStatus(models.TextChoices):
    VOORBEREIDING = "voorbereiding", "In voorbereiding"
    LOPEND = "lopend", "Lopend"
    GEEVALUEERD = "geevalueerd", "Geëvalueerd"
    GESTOPT = "gestopt", "Gestopt"


class PilotBesluit(models.TextChoices):
    DOORGAAN = "doorgaan", "Doorgaan"
    OPSCHALEN = "opschalen", "Opschalen"
    STOPPEN = "stoppen", "Stoppen"
