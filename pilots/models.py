"""A traject's business case (criteria, each an indicator tagged with a party) and its pilots.

A business-case criterion wraps one indicator of the traject: it says whether the criterion is
qualitative or quantitative (the grouping of the business case) and which party bears the cost
or gets the benefit. A pilot is one hospital trying one treatment at home with its partners,
from preparation through running to its evaluation and the decision that follows.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords

from casemanagement.models import Organisatie

from .constants import Groep, Partij, PilotBesluit, PilotStatus


class Criterium(models.Model):
    indicator = models.OneToOneField(
        "indicatoren.Indicator",
        on_delete=models.CASCADE,
        related_name="criterium",
        verbose_name="indicator",
    )
    groep = models.CharField("groep", max_length=20, choices=Groep.choices)
    partij = models.CharField(
        "partij",
        max_length=30,
        choices=Partij.choices,
        help_text="Wie draagt de kosten of krijgt de baat?",
    )
    toelichting = models.TextField("wat verandert er voor deze partij", blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "criterium van de business case"
        verbose_name_plural = "criteria van de business case"
        ordering = ["groep", "volgorde", "pk"]

    def __str__(self):
        return str(self.indicator)


class Pilot(models.Model):
    traject = models.ForeignKey(
        "stappenplan.Traject",
        on_delete=models.CASCADE,
        related_name="pilots",
        verbose_name="traject",
    )
    naam = models.CharField("naam", max_length=200)
    ziekenhuis = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        related_name="pilots",
        verbose_name="ziekenhuis",
    )
    behandeling = models.CharField(
        "behandeling",
        max_length=200,
        help_text="Bijvoorbeeld: immunotherapie als onderhuidse injectie.",
    )
    partners = models.ManyToManyField(
        Organisatie, related_name="pilots_als_partner", blank=True, verbose_name="partners"
    )
    status = models.CharField(
        "status", max_length=20, choices=PilotStatus.choices, default=PilotStatus.VOORBEREIDING
    )
    voorbereiding_sinds = models.DateField("in voorbereiding sinds")
    geplande_start = models.DateField("geplande start", null=True, blank=True)
    gestart_op = models.DateField("gestart op", null=True, blank=True)
    geevalueerd_op = models.DateField("geëvalueerd op", null=True, blank=True)
    gestopt_op = models.DateField("gestopt op", null=True, blank=True)
    patienten_indicator = models.ForeignKey(
        "indicatoren.Indicator",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="indicator: patiënten thuis behandeld",
    )
    evaluatie = models.TextField("evaluatie", blank=True)
    besluit = models.CharField(
        "besluit na de evaluatie", max_length=20, choices=PilotBesluit.choices, blank=True
    )
    besluit_toelichting = models.TextField("toelichting op het besluit", blank=True)
    versie = models.PositiveIntegerField("versie", default=1, editable=False)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="laatst bijgewerkt door",
    )
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True)

    history = HistoricalRecords(m2m_fields=[partners])

    class Meta:
        verbose_name = "pilot"
        verbose_name_plural = "pilots"
        ordering = ["traject", "voorbereiding_sinds", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status=PilotStatus.VOORBEREIDING)
                | Q(gestart_op__isnull=False)
                | Q(status=PilotStatus.GESTOPT),
                name="pilot_lopend_heeft_startdatum",
            ),
            models.CheckConstraint(
                condition=~Q(status=PilotStatus.GEEVALUEERD) | Q(geevalueerd_op__isnull=False),
                name="pilot_geevalueerd_heeft_datum",
            ),
            models.CheckConstraint(
                condition=~Q(status=PilotStatus.GESTOPT) | Q(gestopt_op__isnull=False),
                name="pilot_gestopt_heeft_datum",
            ),
            models.CheckConstraint(
                condition=Q(besluit="")
                | Q(status=PilotStatus.GEEVALUEERD)
                | Q(status=PilotStatus.GESTOPT),
                name="pilot_besluit_na_evaluatie",
            ),
        ]

    def __str__(self):
        return self.naam
