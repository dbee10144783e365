"""The Ontwikkelscan: questionnaire templates (definitions) and a region's rounds (instances).

Definitions: Vragenlijst -> Thema -> Item, with the answer scale (Niveau) per questionnaire
or per item. Instances: a Ronde of a region -> Respondent -> Antwoord (and Samenwerking, the
organisations a respondent already works with), plus the Consensusscore the team agreed on.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from casemanagement.models import Organisatie, Programma, Regio

from .constants import Soort


class Vragenlijst(models.Model):
    """A versioned questionnaire template of a programme, independent of any region."""

    programma = models.ForeignKey(
        Programma,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="vragenlijsten",
        verbose_name="programma",
    )
    code = models.SlugField("code", max_length=60)
    versie = models.PositiveSmallIntegerField("versie", default=1)
    naam = models.CharField("naam", max_length=200)
    beschrijving = models.TextField("beschrijving", blank=True)
    actief = models.BooleanField(
        "actief",
        default=False,
        help_text="Alleen een actieve versie kan in een nieuwe ronde; een nieuwe versie is een "
        "concept tot u haar activeert.",
    )
    samenwerkingsvraag = models.CharField(
        "vraag naar bestaande samenwerking",
        max_length=300,
        blank=True,
        help_text="Met welke organisaties werkt de deelnemer al samen? Voor het netwerkbeeld. "
        "Leeg: de scan stelt deze vraag niet.",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "vragenlijst"
        verbose_name_plural = "vragenlijsten"
        ordering = ["naam", "-versie"]
        constraints = [
            models.UniqueConstraint(fields=["code", "versie"], name="vragenlijst_code_versie_uniek")
        ]

    def __str__(self):
        return f"{self.naam} (versie {self.versie})"


class Thema(models.Model):
    vragenlijst = models.ForeignKey(
        Vragenlijst, on_delete=models.CASCADE, related_name="themas", verbose_name="vragenlijst"
    )
    code = models.SlugField("code", max_length=60)
    naam = models.CharField("naam", max_length=150)
    korte_naam = models.CharField(
        "korte naam", max_length=40, help_text="Voor de as van het radardiagram."
    )
    beschrijving = models.TextField("beschrijving", blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "thema"
        verbose_name_plural = "thema's"
        ordering = ["vragenlijst", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["vragenlijst", "code"], name="thema_code_uniek"),
        ]

    def __str__(self):
        return self.naam


class Item(models.Model):
    thema = models.ForeignKey(
        Thema, on_delete=models.CASCADE, related_name="items", verbose_name="thema"
    )
    code = models.SlugField("code", max_length=60)
    tekst = models.CharField("stelling", max_length=400)
    toelichting = models.TextField("toelichting", blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "item"
        verbose_name_plural = "items"
        ordering = ["thema__volgorde", "volgorde"]
        constraints = [models.UniqueConstraint(fields=["thema", "code"], name="item_code_uniek")]

    def __str__(self):
        return f"{self.code}: {self.tekst}"


class Niveau(models.Model):
    """A level of the ordered answer scale, for the whole questionnaire or for one item."""

    vragenlijst = models.ForeignKey(
        Vragenlijst, on_delete=models.CASCADE, related_name="niveaus", verbose_name="vragenlijst"
    )
    item = models.ForeignKey(
        Item,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="niveaus",
        verbose_name="alleen voor item",
        help_text="Leeg: geldt voor alle items zonder eigen schaal.",
    )
    waarde = models.PositiveSmallIntegerField("waarde")
    naam = models.CharField("naam", max_length=80)
    omschrijving = models.CharField("omschrijving", max_length=300)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "niveau"
        verbose_name_plural = "niveaus"
        ordering = ["vragenlijst", "item", "waarde"]
        constraints = [
            models.UniqueConstraint(
                fields=["vragenlijst", "waarde"],
                condition=models.Q(item=None),
                name="niveau_waarde_uniek_per_vragenlijst",
            ),
            models.UniqueConstraint(
                fields=["item", "waarde"],
                condition=models.Q(item__isnull=False),
                name="niveau_waarde_uniek_per_item",
            ),
        ]

    def __str__(self):
        return f"{self.waarde} · {self.naam}"


class Ronde(models.Model):
    """A round of the scan in a region: a nulmeting, later herhaalmetingen."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="scanrondes", verbose_name="regio"
    )
    vragenlijst = models.ForeignKey(
        Vragenlijst, on_delete=models.PROTECT, related_name="rondes", verbose_name="vragenlijst"
    )
    naam = models.CharField("naam", max_length=150)
    soort = models.CharField("soort", max_length=20, choices=Soort.choices)
    geopend_op = models.DateField("geopend op")
    sluit_op = models.DateField("invullen kan tot", null=True, blank=True)
    gesloten_op = models.DateTimeField("gesloten op", null=True, blank=True)
    resultaten_gedeeld_op = models.DateField("resultaten gedeeld op", null=True, blank=True)
    resultaten_gedeeld_hoe = models.CharField(
        "hoe gedeeld",
        max_length=300,
        blank=True,
        help_text="Bijvoorbeeld: netwerkoverleg, nieuwsbrief",
    )
    aangemaakt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="aangemaakt door",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "scanronde"
        verbose_name_plural = "scanrondes"
        ordering = ["regio", "-geopend_op", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(resultaten_gedeeld_op=None) | ~models.Q(gesloten_op=None),
                name="ronde_alleen_gesloten_gedeeld",
            ),
            models.UniqueConstraint(
                fields=["regio"],
                condition=models.Q(gesloten_op=None),
                name="een_open_ronde_per_regio",
            ),
        ]

    def __str__(self):
        return f"{self.naam} ({self.regio})"

    def get_absolute_url(self):
        return reverse("ontwikkelscan:ronde", kwargs={"slug": self.regio.slug, "ronde": self.pk})

    @property
    def is_open(self) -> bool:
        return self.gesloten_op is None

    @property
    def status(self) -> str:
        if self.is_open:
            return "open"
        return "gedeeld" if self.resultaten_gedeeld_op else "gesloten"


class RondeUitslag(models.Model):
    """The figures of a closed round, computed once when it closed: the answers of a closed
    round never change, so its results are served from here. Derived from the answers, which
    are in the history themselves; this row is not."""

    ronde = models.OneToOneField(
        Ronde,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="uitslag",
        verbose_name="ronde",
    )
    gegevens = models.JSONField("cijfers")
    berekend_op = models.DateTimeField("berekend op", auto_now_add=True)

    class Meta:
        verbose_name = "uitslag van een gesloten ronde"
        verbose_name_plural = "uitslagen van gesloten rondes"

    def __str__(self):
        return f"Uitslag van {self.ronde}"


class Respondent(models.Model):
    """A person invited to a round; answers through a signed personal link or when logged in."""

    ronde = models.ForeignKey(
        Ronde, on_delete=models.CASCADE, related_name="respondenten", verbose_name="ronde"
    )
    email = models.EmailField("e-mailadres")
    naam = models.CharField("naam", max_length=150, blank=True)
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="scanrespondenten",
        verbose_name="organisatie",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="scanrespondenten",
        verbose_name="gebruiker",
    )
    uitgenodigd_op = models.DateTimeField("uitgenodigd op", null=True, blank=True)
    herinnerd_op = models.DateTimeField("laatste herinnering", null=True, blank=True)
    laatst_opgeslagen_op = models.DateTimeField("laatst opgeslagen", null=True, blank=True)
    ingediend_op = models.DateTimeField("ingediend op", null=True, blank=True)
    link_versie = models.PositiveIntegerField(
        "versie van de persoonlijke link",
        default=1,
        help_text="Elke nieuwe link (een herinnering) verhoogt dit; alleen de nieuwste link werkt.",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "respondent"
        verbose_name_plural = "respondenten"
        ordering = ["ronde", "naam", "email"]
        constraints = [
            models.UniqueConstraint(fields=["ronde", "email"], name="respondent_uniek_per_ronde")
        ]

    def __str__(self):
        return self.naam or self.email

    @property
    def is_ingediend(self) -> bool:
        return self.ingediend_op is not None

    @property
    def status(self) -> str:
        if self.ingediend_op:
            return "ingediend"
        return "concept" if self.laatst_opgeslagen_op else "niet begonnen"


class Antwoord(models.Model):
    """A respondent's answer to one item: a level of the scale, or "weet niet / n.v.t."."""

    respondent = models.ForeignKey(
        Respondent, on_delete=models.CASCADE, related_name="antwoorden", verbose_name="respondent"
    )
    item = models.ForeignKey(
        Item, on_delete=models.PROTECT, related_name="antwoorden", verbose_name="item"
    )
    waarde = models.PositiveSmallIntegerField("niveau", null=True, blank=True)
    weet_niet = models.BooleanField("weet niet / n.v.t.", default=False)
    toelichting = models.TextField("toelichting", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "antwoord"
        verbose_name_plural = "antwoorden"
        ordering = ["respondent", "item__thema__volgorde", "item__volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["respondent", "item"], name="antwoord_uniek"),
            models.CheckConstraint(
                condition=(models.Q(weet_niet=True) & models.Q(waarde=None))
                | (models.Q(weet_niet=False) & ~models.Q(waarde=None)),
                name="antwoord_niveau_of_weet_niet",
            ),
        ]

    def __str__(self):
        return f"{self.respondent} · {self.item.code}"


class Samenwerking(models.Model):
    """An organisation a respondent already works with on casemanagement (the network picture)."""

    respondent = models.ForeignKey(
        Respondent,
        on_delete=models.CASCADE,
        related_name="samenwerkingen",
        verbose_name="respondent",
    )
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        related_name="scansamenwerkingen",
        verbose_name="werkt samen met",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "bestaande samenwerking"
        verbose_name_plural = "bestaande samenwerkingen"
        constraints = [
            models.UniqueConstraint(fields=["respondent", "organisatie"], name="samenwerking_uniek")
        ]

    def __str__(self):
        return f"{self.respondent} werkt samen met {self.organisatie}"


class Consensusscore(models.Model):
    """The score per theme that the team agreed on in the consensus meeting, and why."""

    ronde = models.ForeignKey(
        Ronde, on_delete=models.CASCADE, related_name="consensusscores", verbose_name="ronde"
    )
    thema = models.ForeignKey(
        Thema, on_delete=models.PROTECT, related_name="consensusscores", verbose_name="thema"
    )
    score = models.PositiveSmallIntegerField("afgesproken score")
    toelichting = models.TextField("waarom deze score")
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgelegd door",
    )
    updated_at = models.DateTimeField("vastgelegd op", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "consensusscore"
        verbose_name_plural = "consensusscores"
        ordering = ["ronde", "thema__volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["ronde", "thema"], name="consensusscore_uniek")
        ]

    def __str__(self):
        return f"{self.thema}: {self.score}"
