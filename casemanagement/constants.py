from django.db import models


class Rol(models.TextChoices):
    COORDINATOR = "coordinator", "Regionale coördinator"
    TEAMLID = "teamlid", "Lid implementatieteam"
    PATIENTVERTEGENWOORDIGER = "patientvertegenwoordiger", "Patiëntvertegenwoordiger"
    MANAGER = "manager", "Manager / bestuurder"


class Domein(models.TextChoices):
    ZORG = "zorg", "Zorg"
    SOCIAAL = "sociaal", "Sociaal domein"


class OrganisatieType(models.TextChoices):
    ZIEKENHUIS = "ziekenhuis", "Ziekenhuis"
    REVALIDATIECENTRUM = "revalidatiecentrum", "Revalidatiecentrum"
    VVT = "vvt", "VVT / geriatrische revalidatie"
    HUISARTSENZORG = "huisartsenzorg", "Huisartsenzorg"
    WIJKVERPLEGING = "wijkverpleging", "Wijkverpleging"
    PARAMEDISCH = "paramedisch", "Paramedische praktijk"
    GGZ = "ggz", "GGZ"
    GEMEENTE = "gemeente", "Gemeente / Wmo-loket"
    CLIENTONDERSTEUNING = "clientondersteuning", "Cliëntondersteuning"
    PATIENTENVERENIGING = "patientenvereniging", "Patiëntenvereniging"
    ZORGVERZEKERAAR = "zorgverzekeraar", "Zorgverzekeraar"
    OVERIG = "overig", "Overig"

    @classmethod
    def standaard_domein(cls, type_):
        sociaal = {cls.GEMEENTE, cls.CLIENTONDERSTEUNING, cls.PATIENTENVERENIGING}
        return Domein.SOCIAAL if type_ in sociaal else Domein.ZORG


class Actie(models.TextChoices):
    """What a member may do in a region; see casemanagement.permissions."""

    LEZEN = "lezen", "Lezen"
    INVULLEN = "invullen", "Invullen"
    BEOORDELEN = "beoordelen", "Beoordelen"
    BEWERKEN = "bewerken", "Bewerken"
