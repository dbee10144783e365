"""The jaarplan of stap 6: results, borging, planned reviews, vervolgstappen, yearly evaluation."""

from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from casemanagement.models import Regio

__all__ = ["GeplandeHerziening", "Jaarplan", "JaarplanKanaal", "Vervolgstap"]


class JaarplanKanaal(models.TextChoices):
    """Channels through which the network shares its results."""

    WEBSITES = "websites", "Websites van de instellingen"
    INTRANET = "intranet", "Intranet van de instellingen"
    NIEUWSBRIEF = "nieuwsbrief", "Nieuwsbrief of mailing"
    APPS = "apps", "Apps"
    KRANTEN = "kranten", "Regionale kranten"
    BIJEENKOMST = "bijeenkomst", "Netwerkbijeenkomst of werkconferentie"
    SOCIALE_MEDIA = "sociale-media", "Sociale media"
    PATIENTENVERENIGING = "patientenvereniging", "Kanalen van de patiëntenvereniging"


class Jaarplan(models.Model):
    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="jaarplannen", verbose_name="regio"
    )
    jaar = models.PositiveSmallIntegerField("jaar")
    resultaten = models.TextField(
        "resultaten voor het netwerk",
        blank=True,
        help_text="Wat heeft het implementatietraject het netwerk, de mensen met hersenletsel en hun naasten opgeleverd?",
    )
    kanalen = models.JSONField("gebruikte communicatiekanalen", default=list, blank=True)
    kanalen_toelichting = models.TextField(
        "toelichting op de communicatie",
        blank=True,
        help_text="Welke berichten, wanneer, en via wie bij de netwerkpartners.",
    )
    samenwerkingsovereenkomst = models.TextField(
        "samenwerkingsovereenkomst",
        blank=True,
        help_text="Welke afspraken liggen vast, tussen welke partners, en tot wanneer?",
    )
    overlegstructuur = models.TextField(
        "regionale overlegstructuur",
        blank=True,
        help_text="Wie overlegt wanneer over casemanagement hersenletsel?",
    )
    financiering = models.TextField(
        "financiering",
        blank=True,
        help_text="Hoe zijn coördinatie en casemanagement de komende jaren bekostigd?",
    )
    evaluatie = models.TextField(
        "jaarlijkse evaluatie en bijstelling",
        blank=True,
        help_text="Wat ging goed, wat stellen we bij? Vul dit in bij de jaarlijkse evaluatie.",
    )
    evaluatie_datum = models.DateField("evaluatie gepland op", null=True, blank=True)
    vastgesteld_op = models.DateField("vastgesteld op", null=True, blank=True)
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgesteld door",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "jaarplan"
        verbose_name_plural = "jaarplannen"
        ordering = ["regio", "-jaar"]
        constraints = [
            models.UniqueConstraint(fields=["regio", "jaar"], name="jaarplan_een_per_jaar"),
            models.CheckConstraint(
                condition=models.Q(jaar__gte=2000) & models.Q(jaar__lte=2100),
                name="jaarplan_jaar_redelijk",
            ),
        ]

    def __str__(self):
        return f"Jaarplan {self.jaar} {self.regio}"

    def get_kanalen_display(self) -> list[str]:
        labels = dict(JaarplanKanaal.choices)
        return [labels.get(k, k) for k in self.kanalen]


class GeplandeHerziening(models.Model):
    """A planned review of a tool or an outcome, with its owner and date."""

    class Soort(models.TextChoices):
        INSTRUMENT = "instrument", "Instrument"
        UITKOMST = "uitkomst", "Uitkomst"

    jaarplan = models.ForeignKey(
        Jaarplan, on_delete=models.CASCADE, related_name="herzieningen", verbose_name="jaarplan"
    )
    onderwerp = models.CharField(
        "wat wordt herzien",
        max_length=200,
        help_text="Bijvoorbeeld ‘Verwijskaart’, ‘Ontwikkelscan (herhaalmeting)’ of ‘SMARTI-doel wachttijd casemanagement’.",
    )
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="verantwoordelijk",
    )
    datum = models.DateField("gepland op")
    toelichting = models.TextField("toelichting", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "geplande herziening"
        verbose_name_plural = "geplande herzieningen"
        ordering = ["datum", "onderwerp"]

    def __str__(self):
        return f"{self.onderwerp} ({self.datum:%d-%m-%Y})"


class Vervolgstap(models.Model):
    """A next step the project group wants to take; it can start a new cycle from stap 4."""

    jaarplan = models.ForeignKey(
        Jaarplan, on_delete=models.CASCADE, related_name="vervolgstappen", verbose_name="jaarplan"
    )
    omschrijving = models.TextField("vervolgstap")
    nieuwe_cyclus = models.BooleanField(
        "nieuwe cyclus vanaf stap 4",
        default=False,
        help_text="Aanvinken als deze vervolgstap nieuwe verbeterpunten oplevert: het stappenplan begint dan opnieuw bij stap 4.",
    )
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="trekker",
    )
    streefdatum = models.DateField("streefdatum", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "vervolgstap"
        verbose_name_plural = "vervolgstappen"
        ordering = ["streefdatum", "pk"]

    def __str__(self):
        return self.omschrijving[:80]
