from django.db import models


class Soort(models.TextChoices):
    KWANTITATIEF = "kwantitatief", "Getal met een eenheid"
    KWALITATIEF = "kwalitatief", "Niveau op een beschreven schaal"


class Richting(models.TextChoices):
    HOGER = "hoger", "Hoger is beter"
    LAGER = "lager", "Lager is beter"


class Trend(models.TextChoices):
    BETER = "beter", "beter"
    SLECHTER = "slechter", "slechter"
    GELIJK = "gelijk", "gelijk"
