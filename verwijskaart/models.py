"""The verwijskaart of a region: a draft of entries, frozen versions, distribution, reminders."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from simple_history.models import HistoricalRecords

from casemanagement.models import Fase, Organisatie, Regio

from .constants import HerinneringSoort, Onverifieerd, VerwijsWijze


class Verwijskaart(models.Model):
    """The referral map of one region; its entries are the draft, its versions are published."""

    regio = models.OneToOneField(
        Regio, on_delete=models.CASCADE, related_name="verwijskaart", verbose_name="regio"
    )
    inleiding = models.TextField(
        "inleiding",
        blank=True,
        help_text="Korte uitleg bovenaan de verwijskaart: voor wie is zij bedoeld en hoe gebruikt u haar.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "verwijskaart"
        verbose_name_plural = "verwijskaarten"

    def __str__(self):
        return f"Verwijskaart {self.regio}"


class Verwijzing(models.Model):
    """One entry of the draft: where to refer for a need in a phase, and how."""

    kaart = models.ForeignKey(
        Verwijskaart, on_delete=models.CASCADE, related_name="verwijzingen", verbose_name="kaart"
    )
    fase = models.ForeignKey(
        Fase, on_delete=models.PROTECT, related_name="verwijzingen", verbose_name="fase"
    )
    behoefte = models.CharField(
        "hulpvraag of behoefte",
        max_length=150,
        help_text="Waar zoekt de verwijzer iets voor? Bijvoorbeeld ‘Problemen met praten of slikken’.",
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="verwijzingen",
        verbose_name="organisatie",
    )
    discipline = models.CharField(
        "discipline of functie",
        max_length=150,
        blank=True,
        help_text="Bijvoorbeeld ‘logopedist’ of ‘NAH-casemanager’.",
    )
    waarvoor = models.TextField("waarvoor verwijst u hierheen")
    inclusiecriteria = models.TextField("wie komt in aanmerking", blank=True)
    exclusiecriteria = models.TextField("wie niet", blank=True)
    wijze = models.CharField("hoe verwijzen", max_length=20, choices=VerwijsWijze.choices)
    wijze_toelichting = models.CharField(
        "toelichting bij het verwijzen",
        max_length=250,
        blank=True,
        help_text="Bijvoorbeeld welk platform, welke gegevens nodig zijn of of een verwijsbrief van de huisarts nodig is.",
    )
    contact_naam = models.CharField("contactpersoon of loket", max_length=150, blank=True)
    telefoon = models.CharField("telefoon", max_length=40, blank=True)
    email = models.EmailField("e-mailadres", blank=True)
    website = models.URLField("website", blank=True)
    reactietermijn = models.CharField(
        "verwachte reactietermijn",
        max_length=100,
        blank=True,
        help_text="Bijvoorbeeld ‘binnen 5 werkdagen’.",
    )
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verwijzingen",
        verbose_name="eigenaar",
        help_text="Wie houdt deze vermelding actueel en krijgt de herinnering om haar te controleren.",
    )
    controle_interval_maanden = models.PositiveSmallIntegerField(
        "controleren om de zoveel maanden",
        default=6,
        help_text="Na hoeveel maanden moet de eigenaar de gegevens opnieuw controleren?",
    )
    geverifieerd_op = models.DateField("laatst geverifieerd op", null=True, blank=True)
    geverifieerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="laatst geverifieerd door",
    )
    volgorde = models.PositiveIntegerField("volgorde", default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField("laatst gewijzigd", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "vermelding op de verwijskaart"
        verbose_name_plural = "vermeldingen op de verwijskaart"
        ordering = ["fase__volgorde", "behoefte", "volgorde", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(controle_interval_maanden__gte=1)
                & models.Q(controle_interval_maanden__lte=36),
                name="verwijzing_interval_1_tot_36_maanden",
            )
        ]

    def __str__(self):
        return f"{self.behoefte}: {self.naam}"

    @property
    def naam(self) -> str:
        """Where to refer to, as the reader sees it."""
        if self.organisatie_id and self.discipline:
            return f"{self.discipline}, {self.organisatie.naam}"
        if self.organisatie_id:
            return self.organisatie.naam
        return self.discipline


class Versie(models.Model):
    """A published, frozen version of a verwijskaart, with its PDF rendered once."""

    kaart = models.ForeignKey(
        Verwijskaart, on_delete=models.CASCADE, related_name="versies", verbose_name="kaart"
    )
    nummer = models.PositiveIntegerField("versie")
    gepubliceerd_op = models.DateTimeField("gepubliceerd op", default=timezone.now)
    gepubliceerd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="gepubliceerd door",
    )
    volgende_herziening = models.DateField("volgende herziening")
    verantwoordelijke = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="verantwoordelijk voor de herziening",
    )
    toelichting = models.TextField("wat is er veranderd", blank=True)
    onverifieerd = models.CharField(
        "niet tijdig geverifieerde vermeldingen",
        max_length=20,
        choices=Onverifieerd.choices,
        default=Onverifieerd.MARKEREN,
    )
    inleiding = models.TextField("inleiding", blank=True)
    # The frozen entries: a list of dicts (see services.momentopname); never changed after publishing.
    vermeldingen = models.JSONField("vermeldingen", default=list)
    pdf = models.BinaryField("PDF")
    pdf_sha256 = models.CharField("SHA-256 van de PDF", max_length=64)
    vervangen_op = models.DateTimeField("vervangen op", null=True, blank=True)

    history = HistoricalRecords(excluded_fields=["pdf", "vermeldingen"])

    class Meta:
        verbose_name = "versie van de verwijskaart"
        verbose_name_plural = "versies van de verwijskaart"
        ordering = ["kaart", "-nummer"]
        constraints = [
            models.UniqueConstraint(fields=["kaart", "nummer"], name="versie_nummer_uniek"),
            models.CheckConstraint(condition=models.Q(nummer__gte=1), name="versie_nummer_vanaf_1"),
        ]

    def __str__(self):
        return f"Verwijskaart {self.kaart.regio} versie {self.nummer}"

    @property
    def is_actueel(self) -> bool:
        return self.vervangen_op is None


class Ontvanger(models.Model):
    """Someone on the distribution list: an organisation of the region or a free address."""

    kaart = models.ForeignKey(
        Verwijskaart, on_delete=models.CASCADE, related_name="ontvangers", verbose_name="kaart"
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="organisatie",
    )
    naam = models.CharField("naam", max_length=150, blank=True)
    email = models.EmailField("e-mailadres")
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "ontvanger"
        verbose_name_plural = "ontvangers"
        ordering = ["naam", "email"]
        constraints = [
            models.UniqueConstraint(fields=["kaart", "email"], name="ontvanger_email_uniek")
        ]

    def __str__(self):
        return self.naam or self.email


class Verzending(models.Model):
    """One version sent to one recipient: the distribution log."""

    versie = models.ForeignKey(
        Versie, on_delete=models.CASCADE, related_name="verzendingen", verbose_name="versie"
    )
    ontvanger = models.ForeignKey(
        Ontvanger,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verzendingen",
        verbose_name="ontvanger",
    )
    naam = models.CharField("naam", max_length=150, blank=True)
    email = models.EmailField("e-mailadres")
    verzonden_op = models.DateTimeField("verzonden op", default=timezone.now)
    verzonden_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="verzonden door",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "verzending"
        verbose_name_plural = "verzendingen"
        ordering = ["-verzonden_op", "email"]
        constraints = [
            models.UniqueConstraint(
                fields=["versie", "email"], name="verzending_eenmaal_per_versie"
            )
        ]

    def __str__(self):
        return f"{self.versie} aan {self.email}"


class Herinnering(models.Model):
    """A reminder e-mail sent on a day; keeps the cron command idempotent."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="+", verbose_name="regio"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="ontvanger",
    )
    soort = models.CharField("soort", max_length=20, choices=HerinneringSoort.choices)
    datum = models.DateField("datum")
    aantal = models.PositiveIntegerField("aantal vermeldingen", default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "herinnering"
        verbose_name_plural = "herinneringen"
        ordering = ["-datum"]
        constraints = [
            models.UniqueConstraint(
                fields=["regio", "user", "soort", "datum"], name="herinnering_eenmaal_per_dag"
            )
        ]

    def __str__(self):
        return f"{self.get_soort_display()} aan {self.user} op {self.datum}"
