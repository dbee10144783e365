from django.db import models


class Rol(models.TextChoices):
    COORDINATOR = "coordinator", "Regionale coördinator"
    TEAMLID = "teamlid", "Lid implementatieteam"
    PATIENTVERTEGENWOORDIGER = "patientvertegenwoordiger", "Patiëntvertegenwoordiger"
    MANAGER = "manager", "Manager / bestuurder"


class Domein(models.TextChoices):
    ZORG = "zorg", "Zorg"
    SOCIAAL = "sociaal", "Sociaal domein"


class ProgrammaRol(models.TextChoices):
    PROGRAMMALEIDER = "programmaleider", "Programmaleider"


class Actie(models.TextChoices):
    """What a member may do in a region; see casemanagement.permissions."""

    LEZEN = "lezen", "Lezen"
    INVULLEN = "invullen", "Invullen"
    BEOORDELEN = "beoordelen", "Beoordelen"
    BEWERKEN = "bewerken", "Bewerken"
