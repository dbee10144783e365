"""Models of the analyse area: patient journeys and their review, partner descriptions,
knelpunten, verbeterpunten with SMARTI goals, and the werkconferentie.

No patient-identifiable data is stored anywhere here: a journey describes a route through
care, not a person.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from casemanagement.models import Fase, Organisatie, Overgang, Regio

__all__ = [
    "BundelVerzending",
    "Herkenbaar",
    "JourneyOordeel",
    "JourneyOvergang",
    "JourneyReactie",
    "JourneyStap",
    "JourneyType",
    "Knelpunt",
    "KnelpuntBron",
    "KnelpuntStatus",
    "Oordeel",
    "PartnerBeschrijving",
    "PartnerBeschrijvingFase",
    "Patientjourney",
    "Prioriteit",
    "Verbeterpunt",
    "VerbeterpuntStatus",
    "Voortgang",
    "Werkconferentie",
    "WerkconferentieUitnodiging",
]


class JourneyType(models.TextChoices):
    """The three referral types of stap 1; the value is used in the URL."""

    ZIEKENHUIS = (
        "ziekenhuis-naar-eerste-lijn",
        "Van ziekenhuis naar eerste lijn, zonder revalidatie",
    )
    REVALIDATIE = "revalidatie-naar-eerste-lijn", "Van revalidatie naar eerste lijn"
    THUIS = "thuis-naar-eerste-lijn", "Vanuit huis naar zorg in de eerste lijn"


class Herkenbaar(models.TextChoices):
    JA = "ja", "Ja, herkenbaar"
    DEELS = "deels", "Deels herkenbaar"
    NEE = "nee", "Nee, niet herkenbaar"


class Oordeel(models.TextChoices):
    AKKOORD = "akkoord", "Akkoord"
    AANPASSEN = "aanpassen", "Aanpassen nodig"


class KnelpuntBron(models.TextChoices):
    ONTWIKKELSCAN = "ontwikkelscan", "Ontwikkelscan"
    JOURNEY_STAP = "journey-stap", "Patiëntjourney: fase"
    JOURNEY_OVERGANG = "journey-overgang", "Patiëntjourney: overgang"
    CLIENTINPUT = "clientinput", "Inbreng van cliënten en naasten"
    OVERIG = "overig", "Overig"


class KnelpuntStatus(models.TextChoices):
    OPEN = "open", "Open"
    OPGEPAKT = "opgepakt", "Opgepakt"
    OPGELOST = "opgelost", "Opgelost"
    NIET_OPGEPAKT = "niet-opgepakt", "Niet opgepakt"


class Prioriteit(models.IntegerChoices):
    HOOG = 1, "Hoog"
    MIDDEN = 2, "Midden"
    LAAG = 3, "Laag"


class VerbeterpuntStatus(models.TextChoices):
    CONCEPT = "concept", "Concept"
    LOOPT = "loopt", "Loopt"
    BEHAALD = "behaald", "Behaald"
    GESTOPT = "gestopt", "Gestopt"


class Patientjourney(models.Model):
    """One of the three referral types: an ordered route through the phases of care."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="patientjourneys", verbose_name="regio"
    )
    type = models.CharField("soort verwijzing", max_length=40, choices=JourneyType.choices)
    samenvatting = models.TextField(
        "samenvatting",
        blank=True,
        help_text="Voor wie is deze route, en wat valt op? Geen gegevens over personen.",
    )
    voorgelegd_op = models.DateField(
        "voorgelegd aan patiëntvertegenwoordigers op", null=True, blank=True
    )
    voorgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="voorgelegd door",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "patiëntjourney"
        verbose_name_plural = "patiëntjourneys"
        ordering = ["regio", "type"]
        constraints = [
            models.UniqueConstraint(fields=["regio", "type"], name="journey_type_uniek_in_regio")
        ]

    def __str__(self):
        return self.get_type_display()

    def get_absolute_url(self):
        return reverse("stappenplan:patientjourney", args=[self.regio.slug, self.type])


class JourneyStap(models.Model):
    """A phase on a journey's route: who is involved and how referral and care work there."""

    journey = models.ForeignKey(
        Patientjourney, on_delete=models.CASCADE, related_name="stappen", verbose_name="journey"
    )
    fase = models.ForeignKey(Fase, on_delete=models.PROTECT, related_name="+", verbose_name="fase")
    volgorde = models.PositiveSmallIntegerField("volgorde")
    organisaties = models.ManyToManyField(
        Organisatie, blank=True, related_name="journey_stappen", verbose_name="organisaties"
    )
    verwijzing = models.TextField("hoe is de verwijzing georganiseerd", blank=True)
    zorg = models.TextField("hoe is de zorg georganiseerd", blank=True)
    bekende_knelpunten = models.TextField(
        "bekende knelpunten", blank=True, help_text="Wat gaat hier bekend mis? Leeg: geen."
    )

    history = HistoricalRecords(m2m_fields=[organisaties])

    class Meta:
        verbose_name = "fase in een journey"
        verbose_name_plural = "fasen in een journey"
        ordering = ["journey", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["journey", "fase"], name="journey_fase_uniek")
        ]

    def __str__(self):
        return f"{self.journey}: {self.fase.naam}"


class JourneyOvergang(models.Model):
    """A transition on a journey's route: how the handover is organised."""

    journey = models.ForeignKey(
        Patientjourney, on_delete=models.CASCADE, related_name="overgangen", verbose_name="journey"
    )
    overgang = models.ForeignKey(
        Overgang, on_delete=models.PROTECT, related_name="+", verbose_name="overgang"
    )
    volgorde = models.PositiveSmallIntegerField("volgorde")
    informatie = models.TextField("welke informatie gaat mee", blank=True)
    verantwoordelijke = models.CharField(
        "wie is verantwoordelijk voor de overdracht", max_length=300, blank=True
    )
    wachttijd = models.CharField("wachttijd", max_length=200, blank=True)
    bekende_knelpunten = models.TextField(
        "bekende knelpunten", blank=True, help_text="Wat gaat hier bekend mis? Leeg: geen."
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "overgang in een journey"
        verbose_name_plural = "overgangen in een journey"
        ordering = ["journey", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["journey", "overgang"], name="journey_overgang_uniek")
        ]

    def __str__(self):
        return f"{self.journey}: {self.overgang}"


class JourneyReactie(models.Model):
    """A patient representative's comment on a phase or transition of a journey."""

    journey = models.ForeignKey(
        Patientjourney, on_delete=models.CASCADE, related_name="reacties", verbose_name="journey"
    )
    stap = models.ForeignKey(
        JourneyStap,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reacties",
        verbose_name="fase",
    )
    overgang = models.ForeignKey(
        JourneyOvergang,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reacties",
        verbose_name="overgang",
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="auteur",
    )
    herkenbaar = models.CharField("is dit herkenbaar", max_length=10, choices=Herkenbaar.choices)
    wat_gaat_mis = models.TextField("wat gaat er mis voor patiënten en naasten", blank=True)
    suggestie = models.TextField("suggestie", blank=True)
    antwoord = models.TextField("wat is ermee gedaan", blank=True)
    beantwoord_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="beantwoord door",
    )
    beantwoord_op = models.DateTimeField("beantwoord op", null=True, blank=True)
    created_at = models.DateTimeField("geplaatst op", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "reactie op een journey"
        verbose_name_plural = "reacties op journeys"
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(stap__isnull=True) | models.Q(overgang__isnull=True),
                name="reactie_op_stap_of_overgang",
            )
        ]

    def __str__(self):
        return f"Reactie op {self.onderdeel}"

    @property
    def onderdeel(self):
        return self.stap or self.overgang or self.journey


class JourneyOordeel(models.Model):
    """A patient representative's overall verdict on a journey (one per person, updatable)."""

    journey = models.ForeignKey(
        Patientjourney, on_delete=models.CASCADE, related_name="oordelen", verbose_name="journey"
    )
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="auteur"
    )
    oordeel = models.CharField("oordeel", max_length=10, choices=Oordeel.choices)
    toelichting = models.TextField("toelichting", blank=True)
    updated_at = models.DateTimeField("gegeven op", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "oordeel over een journey"
        verbose_name_plural = "oordelen over journeys"
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["journey", "auteur"], name="een_oordeel_per_persoon")
        ]

    def __str__(self):
        return f"{self.get_oordeel_display()}: {self.journey}"


class PartnerBeschrijving(models.Model):
    """An organisation's own description of the care it gives and how it hands over (stap 2)."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="partnerbeschrijvingen", verbose_name="regio"
    )
    organisatie = models.OneToOneField(
        Organisatie,
        on_delete=models.CASCADE,
        related_name="partnerbeschrijving",
        verbose_name="organisatie",
    )
    algemeen = models.TextField("wie zijn wij en voor wie", blank=True)
    overdracht = models.TextField("hoe dragen wij de zorg over aan een andere organisatie")
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="bijgewerkt door",
    )
    updated_at = models.DateTimeField("bijgewerkt op", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "beschrijving van een partner"
        verbose_name_plural = "beschrijvingen van partners"
        ordering = ["organisatie__naam"]

    def __str__(self):
        return f"Beschrijving van {self.organisatie}"


class PartnerBeschrijvingFase(models.Model):
    """The care a partner gives in one phase."""

    beschrijving = models.ForeignKey(
        PartnerBeschrijving,
        on_delete=models.CASCADE,
        related_name="fasen",
        verbose_name="beschrijving",
    )
    fase = models.ForeignKey(Fase, on_delete=models.PROTECT, related_name="+", verbose_name="fase")
    zorg = models.TextField("welke zorg in deze fase")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "zorg in een fase"
        verbose_name_plural = "zorg per fase"
        ordering = ["fase__volgorde"]
        constraints = [
            models.UniqueConstraint(
                fields=["beschrijving", "fase"], name="partnerbeschrijving_fase_uniek"
            )
        ]

    def __str__(self):
        return f"{self.beschrijving.organisatie} in {self.fase}"


class BundelVerzending(models.Model):
    """The coordinator sent the bundle of partner descriptions round (stap 2)."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="bundelverzendingen", verbose_name="regio"
    )
    verstuurd_op = models.DateTimeField("verstuurd op")
    verstuurd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="verstuurd door",
    )
    aantal_beschrijvingen = models.PositiveSmallIntegerField("aantal beschrijvingen")
    ontvangers = models.TextField("ontvangers", help_text="E-mailadressen, één per regel.")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "verzending van de bundel"
        verbose_name_plural = "verzendingen van de bundel"
        ordering = ["-verstuurd_op"]

    def __str__(self):
        return f"Bundel verstuurd op {self.verstuurd_op:%d-%m-%Y}"


class Knelpunt(models.Model):
    """Where the current situation deviates from the desired one."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="knelpunten", verbose_name="regio"
    )
    titel = models.CharField("titel", max_length=200)
    huidige_situatie = models.TextField("huidige situatie")
    gewenste_situatie = models.TextField("gewenste situatie", blank=True)
    clientperspectief = models.TextField(
        "wat betekent dit voor cliënten en naasten",
        blank=True,
        help_text="Het perspectief van cliënten en naasten, ingebracht door de "
        "patiëntvertegenwoordigers.",
    )
    bron = models.CharField("bron", max_length=20, choices=KnelpuntBron.choices)
    bron_omschrijving = models.CharField(
        "toelichting op de bron",
        max_length=300,
        blank=True,
        help_text="Bijvoorbeeld het item uit de Ontwikkelscan of waar de inbreng vandaan komt.",
    )
    journey_stap = models.ForeignKey(
        JourneyStap,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knelpunten",
        verbose_name="fase in een journey",
    )
    journey_overgang = models.ForeignKey(
        JourneyOvergang,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knelpunten",
        verbose_name="overgang in een journey",
    )
    reactie = models.ForeignKey(
        JourneyReactie,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knelpunten",
        verbose_name="reactie van een patiëntvertegenwoordiger",
    )
    scan_ronde = models.ForeignKey(
        "ontwikkelscan.Ronde",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knelpunten",
        verbose_name="ronde van de Ontwikkelscan",
    )
    scan_item = models.ForeignKey(
        "ontwikkelscan.Item",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="knelpunten",
        verbose_name="stelling uit de Ontwikkelscan",
    )
    fase = models.ForeignKey(
        Fase, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name="fase"
    )
    overgang = models.ForeignKey(
        Overgang,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="overgang",
    )
    organisaties = models.ManyToManyField(
        Organisatie, blank=True, related_name="knelpunten", verbose_name="betrokken organisaties"
    )
    betrokkenheid = models.TextField(
        "hoe zijn de organisaties betrokken",
        blank=True,
        help_text="Bijvoorbeeld wie het knelpunt ervaart en wie het kan oplossen.",
    )
    prioriteit = models.PositiveSmallIntegerField(
        "prioriteit", choices=Prioriteit.choices, default=Prioriteit.MIDDEN
    )
    status = models.CharField(
        "status", max_length=20, choices=KnelpuntStatus.choices, default=KnelpuntStatus.OPEN
    )
    created_at = models.DateTimeField("vastgelegd op", auto_now_add=True)

    history = HistoricalRecords(m2m_fields=[organisaties])

    class Meta:
        verbose_name = "knelpunt"
        verbose_name_plural = "knelpunten"
        ordering = ["prioriteit", "titel"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(fase__isnull=True) | models.Q(overgang__isnull=True),
                name="knelpunt_fase_of_overgang",
            )
        ]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("stappenplan:knelpunt", args=[self.regio.slug, self.pk])

    @property
    def plek(self):
        """The phase or transition the knelpunt is about."""
        return self.fase or self.overgang


class Verbeterpunt(models.Model):
    """What improves for patients and naasten when a knelpunt is solved, with its SMARTI goal."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="verbeterpunten", verbose_name="regio"
    )
    knelpunt = models.ForeignKey(
        Knelpunt,
        on_delete=models.PROTECT,
        related_name="verbeterpunten",
        verbose_name="knelpunt",
    )
    titel = models.CharField("titel", max_length=200)
    wat_verbetert = models.TextField("wat verbetert er voor patiënten en naasten")
    # SMARTI
    specifiek = models.TextField("specifiek: wat bereiken we precies", blank=True)
    indicator = models.CharField("meetbaar: indicator", max_length=300, blank=True)
    nulmeting = models.CharField("meetbaar: nulmeting (uitgangswaarde)", max_length=200, blank=True)
    streefwaarde = models.CharField("meetbaar: streefwaarde", max_length=200, blank=True)
    acceptabel = models.TextField("acceptabel: wie staan erachter", blank=True)
    realistisch = models.TextField("realistisch: waarom is dit haalbaar", blank=True)
    deadline = models.DateField("tijdgebonden: deadline", null=True, blank=True)
    inspirerend = models.TextField("inspirerend: waarom doen we dit", blank=True)
    succes = models.TextField("wanneer is de implementatie succesvol", blank=True)
    aanpak = models.TextField("hoe bereiken we het doel", blank=True)
    # Stap 5
    verantwoordelijke = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="verbeterpunten",
        verbose_name="verantwoordelijke",
    )
    verantwoordelijke_groep = models.CharField(
        "verantwoordelijke groep", max_length=200, blank=True
    )
    afspraken = models.TextField("schriftelijke afspraken", blank=True)
    evaluatie_op = models.DateField("evaluatiemoment", null=True, blank=True)
    communicatie = models.TextField("hoe communiceert elke instelling hierover", blank=True)
    status = models.CharField(
        "status",
        max_length=20,
        choices=VerbeterpuntStatus.choices,
        default=VerbeterpuntStatus.CONCEPT,
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "verbeterpunt"
        verbose_name_plural = "verbeterpunten"
        ordering = ["deadline", "titel"]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("stappenplan:verbeterpunt", args=[self.regio.slug, self.pk])


class Voortgang(models.Model):
    """A dated progress update on a verbeterpunt."""

    verbeterpunt = models.ForeignKey(
        Verbeterpunt,
        on_delete=models.CASCADE,
        related_name="voortgang",
        verbose_name="verbeterpunt",
    )
    datum = models.DateField("datum")
    tekst = models.TextField("wat is er bereikt of veranderd")
    is_evaluatie = models.BooleanField("dit is de evaluatie", default=False)
    auteur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="auteur",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "voortgang"
        verbose_name_plural = "voortgang"
        ordering = ["-datum", "-created_at"]

    def __str__(self):
        return f"Voortgang {self.datum:%d-%m-%Y}"


class Werkconferentie(models.Model):
    """The regional meeting of stap 4 for care professionals not yet in the team."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="werkconferenties", verbose_name="regio"
    )
    titel = models.CharField("titel", max_length=200)
    datum = models.DateTimeField("datum en tijd")
    plaats = models.CharField("plaats", max_length=200)
    doel = models.TextField("doel")
    programma = models.TextField("programma", blank=True)
    rol_patientvertegenwoordigers = models.TextField(
        "rol van de patiëntvertegenwoordigers", blank=True
    )
    opbrengst = models.TextField("wat heeft het opgeleverd", blank=True)
    verbeterpunten = models.ManyToManyField(
        Verbeterpunt, blank=True, related_name="werkconferenties", verbose_name="verbeterpunten"
    )

    history = HistoricalRecords(m2m_fields=[verbeterpunten])

    class Meta:
        verbose_name = "werkconferentie"
        verbose_name_plural = "werkconferenties"
        ordering = ["-datum"]

    def __str__(self):
        return self.titel

    def get_absolute_url(self):
        return reverse("stappenplan:werkconferentie", args=[self.regio.slug, self.pk])


class WerkconferentieUitnodiging(models.Model):
    """A team member invites partners and is co-responsible for their attendance."""

    werkconferentie = models.ForeignKey(
        Werkconferentie,
        on_delete=models.CASCADE,
        related_name="uitnodigingen",
        verbose_name="werkconferentie",
    )
    teamlid = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="teamlid"
    )
    partners = models.TextField("welke partners nodigt dit teamlid uit")
    aantal_uitgenodigd = models.PositiveSmallIntegerField("aantal uitgenodigd", default=0)
    aantal_aanwezig = models.PositiveSmallIntegerField("aantal aanwezig", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "uitnodiging voor de werkconferentie"
        verbose_name_plural = "uitnodigingen voor de werkconferentie"
        ordering = ["werkconferentie", "id"]

    def __str__(self):
        return f"{self.teamlid} nodigt uit voor {self.werkconferentie}"
