"""Indicators measured over time: a measure with a baseline, a target and dated measurements.

An indicator belongs to a traject. It is either a number with a unit (quantitative) or a
level on a described scale (qualitative; the levels are `Niveau` rows numbered 1..n from
low to high). Its direction says whether higher or lower is better. SMARTI goals and the
business case of a pilot both use indicators; the rules live in `regels.py`.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from .constants import Richting, Soort

WAARDE = {"max_digits": 14, "decimal_places": 2}


class Indicator(models.Model):
    traject = models.ForeignKey(
        "stappenplan.Traject",
        on_delete=models.CASCADE,
        related_name="indicatoren",
        verbose_name="traject",
    )
    naam = models.CharField("naam", max_length=200)
    omschrijving = models.TextField(
        "wat wordt gemeten", blank=True, help_text="Hoe en bij wie meet u, en wat telt mee?"
    )
    soort = models.CharField(
        "soort", max_length=20, choices=Soort.choices, default=Soort.KWANTITATIEF
    )
    eenheid = models.CharField(
        "eenheid",
        max_length=40,
        blank=True,
        help_text="Bijvoorbeeld: uur per week, euro per toediening, patiënten.",
    )
    richting = models.CharField(
        "richting", max_length=10, choices=Richting.choices, default=Richting.HOGER
    )
    nulwaarde = models.DecimalField("nulmeting", null=True, blank=True, **WAARDE)
    nulwaarde_datum = models.DateField("datum nulmeting", null=True, blank=True)
    streefwaarde = models.DecimalField("streefwaarde", null=True, blank=True, **WAARDE)
    streefdatum = models.DateField("streefdatum", null=True, blank=True)
    bron = models.CharField(
        "gebruikelijke bron",
        max_length=200,
        blank=True,
        help_text="Waar komen de cijfers vandaan? Bijvoorbeeld: planningssysteem dagbehandeling.",
    )
    gearchiveerd = models.BooleanField("gearchiveerd", default=False)
    versie = models.PositiveIntegerField("versie", default=1, editable=False)
    created_at = models.DateTimeField("aangemaakt op", auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "indicator"
        verbose_name_plural = "indicatoren"
        ordering = ["traject", "naam", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(nulwaarde__isnull=True, nulwaarde_datum__isnull=True)
                | Q(nulwaarde__isnull=False, nulwaarde_datum__isnull=False),
                name="indicator_nulmeting_met_datum",
            ),
            models.CheckConstraint(
                condition=Q(streefwaarde__isnull=True, streefdatum__isnull=True)
                | Q(streefwaarde__isnull=False, streefdatum__isnull=False),
                name="indicator_streefwaarde_met_datum",
            ),
            models.CheckConstraint(
                condition=Q(nulwaarde_datum__isnull=True)
                | Q(streefdatum__isnull=True)
                | Q(streefdatum__gt=models.F("nulwaarde_datum")),
                name="indicator_streefdatum_na_nulmeting",
            ),
        ]

    def __str__(self):
        return self.naam

    @property
    def is_kwalitatief(self) -> bool:
        return self.soort == Soort.KWALITATIEF


class Niveau(models.Model):
    """One level of a qualitative indicator's scale, numbered from low (1) to high."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="niveaus", verbose_name="indicator"
    )
    waarde = models.PositiveSmallIntegerField("niveau")
    omschrijving = models.CharField("omschrijving", max_length=200)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "niveau"
        verbose_name_plural = "niveaus"
        ordering = ["indicator", "waarde"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "waarde"], name="niveau_uniek"),
            models.CheckConstraint(condition=Q(waarde__gte=1), name="niveau_vanaf_een"),
        ]

    def __str__(self):
        return f"{self.waarde}: {self.omschrijving}"


class Meting(models.Model):
    """One measurement of an indicator on a date; one per indicator per date."""

    indicator = models.ForeignKey(
        Indicator, on_delete=models.CASCADE, related_name="metingen", verbose_name="indicator"
    )
    datum = models.DateField("datum")
    waarde = models.DecimalField("waarde", **WAARDE)
    bron = models.CharField("bron", max_length=200, blank=True)
    toelichting = models.TextField("toelichting", blank=True)
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgelegd door",
    )
    versie = models.PositiveIntegerField("versie", default=1, editable=False)
    created_at = models.DateTimeField("vastgelegd op", auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "meting"
        verbose_name_plural = "metingen"
        ordering = ["indicator", "datum"]
        constraints = [
            models.UniqueConstraint(fields=["indicator", "datum"], name="meting_een_per_datum"),
        ]

    def __str__(self):
        return f"{self.indicator} op {self.datum:%d-%m-%Y}: {self.waarde}"
