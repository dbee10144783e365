from django.db import models

# The questionnaire of casemanagement hersenletsel (seeded by migration 0002).
VRAGENLIJST_CASEMANAGEMENT = "casemanagement-hersenletsel"

# A personal link stays valid this many days after it was sent (each reminder sends a fresh one).
LINK_GELDIG_DAGEN = 60

# Groups smaller than this are never shown separately in a breakdown.
MINIMALE_GROEP = 3

# Value stored in a form for "weet niet / niet van toepassing".
WEET_NIET = "wn"


class Soort(models.TextChoices):
    NULMETING = "nulmeting", "Nulmeting"
    HERHAALMETING = "herhaalmeting", "Herhaalmeting"


class Consensus(models.TextChoices):
    OVEREENSTEMMING = "overeenstemming", "Overeenstemming"
    GEEN_OVEREENSTEMMING = "geen_overeenstemming", "Geen overeenstemming"
    TE_WEINIG = "te_weinig", "Te weinig antwoorden"
