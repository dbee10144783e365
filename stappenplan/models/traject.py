"""The plan as a versioned template and its instance per region: traject, stappen, activiteiten.

A `PlanTemplate` (code + versie) holds `StapTemplate`s with `ActiviteitTemplate`s. A region
starts a `Traject` from a template; its `Stap` and `Activiteit` rows copy the texts, so changing
the template never rewrites a running traject. A new cycle adds new `Stap` rows (cyclus + 1)
from the template's `cyclus_vanaf` step onward and keeps the earlier ones as a record.

Besides the checklist, the traject records what the steps ask for: the implementation team,
the decision log (besluiten) and the communication plan.
"""

from django.conf import settings
from django.db import models
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from casemanagement.models import Lidmaatschap, Programma, Regio

__all__ = [
    "Activiteit",
    "ActiviteitTemplate",
    "Besluit",
    "Communicatiemiddel",
    "HerinneringVerstuurd",
    "Implementatieteam",
    "Kanaal",
    "PlanTemplate",
    "Stap",
    "StapTemplate",
    "Teamlid",
    "Traject",
]


def tool_link(doel: str, slug: str) -> str | None:
    """The URL of a tool for the region, or None when it does not (yet) exist.

    `doel` is a path template (`/regio/{slug}/knelpunten/`) or a URL name taking only the
    region's slug (`stappenplan:besluiten`).
    """
    doel = (doel or "").strip()
    if not doel:
        return None
    if doel.startswith("/"):
        pad = doel.replace("{slug}", slug)
        try:
            resolve(pad)
        except Resolver404:
            return None
        return pad
    try:
        return reverse(doel, kwargs={"slug": slug})
    except NoReverseMatch:
        return None


class PlanTemplate(models.Model):
    """A plan (e.g. casemanagement hersenletsel) in one version; kept by the administrator."""

    programma = models.ForeignKey(
        Programma,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="plannen",
        verbose_name="programma",
    )
    code = models.SlugField("code", max_length=60)
    versie = models.PositiveSmallIntegerField("versie", default=1)
    naam = models.CharField("naam", max_length=150)
    beschrijving = models.TextField("beschrijving", blank=True)
    cyclus_vanaf = models.PositiveSmallIntegerField(
        "nieuwe cyclus vanaf stap",
        null=True,
        blank=True,
        help_text="Na de laatste stap kan een nieuwe cyclus beginnen bij deze stap (leeg: niet).",
    )
    actief = models.BooleanField(
        "actief", default=True, help_text="Alleen actieve versies kunnen worden gestart."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "plansjabloon"
        verbose_name_plural = "plansjablonen"
        ordering = ["code", "-versie"]
        constraints = [
            models.UniqueConstraint(
                fields=["code", "versie"], name="plantemplate_code_versie_uniek"
            )
        ]

    def __str__(self):
        return f"{self.naam} (versie {self.versie})"


class StapTemplate(models.Model):
    plan = models.ForeignKey(
        PlanTemplate, on_delete=models.CASCADE, related_name="stappen", verbose_name="plan"
    )
    nummer = models.PositiveSmallIntegerField("nummer")
    code = models.SlugField("code", max_length=60)
    naam = models.CharField("naam", max_length=150)
    uitleg = models.TextField("uitleg", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "stapsjabloon"
        verbose_name_plural = "stapsjablonen"
        ordering = ["plan", "nummer"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "nummer"], name="staptemplate_nummer_uniek"),
            models.UniqueConstraint(fields=["plan", "code"], name="staptemplate_code_uniek"),
        ]

    def __str__(self):
        return f"Stap {self.nummer}: {self.naam}"


class ActiviteitTemplate(models.Model):
    stap = models.ForeignKey(
        StapTemplate, on_delete=models.CASCADE, related_name="activiteiten", verbose_name="stap"
    )
    code = models.SlugField("code", max_length=60)
    titel = models.CharField("titel", max_length=200)
    uitleg = models.TextField("uitleg", blank=True)
    verplicht = models.BooleanField("verplicht", default=True)
    tool_naam = models.CharField("naam van het hulpmiddel", max_length=100, blank=True)
    tool_url = models.CharField(
        "link naar het hulpmiddel",
        max_length=200,
        blank=True,
        help_text="Een pad met {slug} voor de regio, of een URL-naam die alleen de regio neemt.",
    )
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "activiteitsjabloon"
        verbose_name_plural = "activiteitsjablonen"
        ordering = ["stap", "volgorde", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["stap", "code"], name="activiteittemplate_code_uniek")
        ]

    def __str__(self):
        return self.titel


class Traject(models.Model):
    """A region's run through a plan template."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="trajecten", verbose_name="regio"
    )
    plan = models.ForeignKey(
        PlanTemplate, on_delete=models.PROTECT, related_name="trajecten", verbose_name="plan"
    )
    naam = models.CharField("naam", max_length=150)
    cyclus = models.PositiveSmallIntegerField("huidige cyclus", default=1)
    gestart_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="gestart door",
    )
    created_at = models.DateTimeField("gestart op", default=timezone.now)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "traject"
        verbose_name_plural = "trajecten"
        ordering = ["regio__naam", "created_at"]
        constraints = [
            models.UniqueConstraint(fields=["regio", "plan"], name="traject_een_per_plan_per_regio")
        ]

    def __str__(self):
        return f"{self.naam} — {self.regio}"


class Stap(models.Model):
    traject = models.ForeignKey(
        Traject, on_delete=models.CASCADE, related_name="stappen", verbose_name="traject"
    )
    template = models.ForeignKey(
        StapTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="sjabloon",
    )
    nummer = models.PositiveSmallIntegerField("nummer")
    cyclus = models.PositiveSmallIntegerField("cyclus", default=1)
    code = models.SlugField("code", max_length=60)
    naam = models.CharField("naam", max_length=150)
    uitleg = models.TextField("uitleg", blank=True)
    afgerond_op = models.DateTimeField("afgerond op", null=True, blank=True)
    afgerond_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="afgerond door",
    )
    heropend_op = models.DateTimeField("laatst heropend op", null=True, blank=True)
    heropend_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="heropend door",
    )
    heropen_reden = models.TextField("reden van heropenen", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "stap"
        verbose_name_plural = "stappen"
        ordering = ["traject", "nummer", "cyclus"]
        constraints = [
            models.UniqueConstraint(
                fields=["traject", "nummer", "cyclus"], name="stap_nummer_uniek_per_cyclus"
            ),
            models.CheckConstraint(
                condition=models.Q(afgerond_op__isnull=True)
                | models.Q(afgerond_door__isnull=False),
                name="stap_afgerond_met_door",
            ),
        ]

    def __str__(self):
        return f"Stap {self.nummer}: {self.naam}"

    @property
    def is_afgerond(self) -> bool:
        return self.afgerond_op is not None

    @property
    def titel_kort(self) -> str:
        return f"Stap {self.nummer}"


class Activiteit(models.Model):
    """One checkable item of a step; its texts are copied from the template."""

    stap = models.ForeignKey(
        Stap, on_delete=models.CASCADE, related_name="activiteiten", verbose_name="stap"
    )
    template = models.ForeignKey(
        ActiviteitTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="sjabloon",
    )
    code = models.SlugField("code", max_length=60)
    titel = models.CharField("titel", max_length=200)
    uitleg = models.TextField("uitleg", blank=True)
    verplicht = models.BooleanField("verplicht", default=True)
    tool_naam = models.CharField("naam van het hulpmiddel", max_length=100, blank=True)
    tool_url = models.CharField("link naar het hulpmiddel", max_length=200, blank=True)
    volgorde = models.PositiveSmallIntegerField("volgorde", default=0)
    gedaan_op = models.DateTimeField("gedaan op", null=True, blank=True)
    gedaan_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="afgevinkt door",
    )
    eigenaar = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="activiteiten",
        verbose_name="eigenaar",
    )
    deadline = models.DateField("deadline", null=True, blank=True)
    notitie = models.TextField("notitie", blank=True)
    links = models.TextField(
        "links naar bewijs", blank=True, help_text="Eén link per regel, bijvoorbeeld een verslag."
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "activiteit"
        verbose_name_plural = "activiteiten"
        ordering = ["stap", "volgorde", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["stap", "code"], name="activiteit_code_uniek_in_stap")
        ]

    def __str__(self):
        return self.titel

    @property
    def is_gedaan(self) -> bool:
        return self.gedaan_op is not None

    @property
    def link_lijst(self) -> list[str]:
        return [regel.strip() for regel in self.links.splitlines() if regel.strip()]

    def is_te_laat(self, vandaag=None) -> bool:
        vandaag = vandaag or timezone.localdate()
        return not self.is_gedaan and self.deadline is not None and self.deadline < vandaag


class Implementatieteam(models.Model):
    """The region's implementation team: how it meets and what role clients and naasten have."""

    regio = models.OneToOneField(
        Regio, on_delete=models.CASCADE, related_name="implementatieteam", verbose_name="regio"
    )
    overlegfrequentie = models.CharField(
        "overlegfrequentie",
        max_length=150,
        blank=True,
        help_text="Bijvoorbeeld: elke zes weken, op dinsdagmiddag.",
    )
    overlegvorm = models.CharField(
        "vorm van overleg",
        max_length=150,
        blank=True,
        help_text="Bijvoorbeeld: online of op locatie.",
    )
    rol_clientvertegenwoordiging = models.TextField(
        "afgesproken rol van patiënt- en naastenvertegenwoordiging",
        blank=True,
        help_text="Wat is met de vertegenwoordiging afgesproken over hun rol in het traject?",
    )
    vastgesteld_op = models.DateField("samenstelling vastgesteld op", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "implementatieteam"
        verbose_name_plural = "implementatieteams"

    def __str__(self):
        return f"Implementatieteam {self.regio}"


class Teamlid(models.Model):
    team = models.ForeignKey(
        Implementatieteam, on_delete=models.CASCADE, related_name="leden", verbose_name="team"
    )
    lidmaatschap = models.ForeignKey(
        Lidmaatschap, on_delete=models.CASCADE, related_name="+", verbose_name="lid"
    )
    functie = models.CharField("rol in het team", max_length=150, blank=True)
    mandaat_bevestigd = models.BooleanField(
        "mandaat bevestigd",
        default=False,
        help_text="De organisatie heeft bevestigd dat deze persoon namens haar mag beslissen.",
    )
    vertegenwoordigt_clienten = models.BooleanField(
        "vertegenwoordigt zorgvragers en naasten", default=False
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "lid van het implementatieteam"
        verbose_name_plural = "leden van het implementatieteam"
        ordering = ["lidmaatschap__user__naam"]
        constraints = [
            models.UniqueConstraint(fields=["team", "lidmaatschap"], name="teamlid_uniek")
        ]

    def __str__(self):
        return str(self.lidmaatschap.user)


class Besluit(models.Model):
    """An entry in the decision log, belonging to a step."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="besluiten", verbose_name="regio"
    )
    stap = models.ForeignKey(
        Stap,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="besluiten",
        verbose_name="stap",
    )
    datum = models.DateField("datum")
    onderwerp = models.CharField("onderwerp", max_length=200)
    tekst = models.TextField("besluit")
    stelt_vast = models.BooleanField(
        "stelt de uitkomst van de stap vast",
        default=False,
        help_text="Bijvoorbeeld: het team stelt hiermee de huidige situatie definitief vast.",
    )
    deelnemers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", blank=True, verbose_name="deelnemers"
    )
    andere_deelnemers = models.CharField(
        "andere deelnemers", max_length=300, blank=True, help_text="Deelnemers zonder account."
    )
    vastgelegd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="vastgelegd door",
    )

    history = HistoricalRecords(m2m_fields=[deelnemers])

    class Meta:
        verbose_name = "besluit"
        verbose_name_plural = "besluiten"
        ordering = ["-datum", "-pk"]

    def __str__(self):
        return f"{self.datum:%d-%m-%Y} {self.onderwerp}"


class Kanaal(models.TextChoices):
    NIEUWSBRIEF = "nieuwsbrief", "Nieuwsbrief"
    MAILING = "mailing", "Mailing"
    WEBSITE = "website", "Website"
    INTRANET = "intranet", "Intranet"
    REGIONALE_KRANT = "regionale-krant", "Regionale krant"
    APP = "app", "App"
    BIJEENKOMST = "bijeenkomst", "Bijeenkomst"
    OVERIG = "overig", "Overig"


class Communicatiemiddel(models.Model):
    """A line in the communication plan: a channel, its fixed moments, and whether it was done."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="communicatiemiddelen", verbose_name="regio"
    )
    stap = models.ForeignKey(
        Stap,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="communicatiemiddelen",
        verbose_name="voor stap",
    )
    kanaal = models.CharField("kanaal", max_length=30, choices=Kanaal.choices)
    omschrijving = models.CharField("wat en voor wie", max_length=250)
    vaste_momenten = models.CharField(
        "vaste momenten",
        max_length=200,
        blank=True,
        help_text="Bijvoorbeeld: elk kwartaal, de eerste week van de maand.",
    )
    gedaan = models.BooleanField("gedaan", default=False)
    gedaan_op = models.DateField("gedaan op", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "communicatiemiddel"
        verbose_name_plural = "communicatiemiddelen"
        ordering = ["stap__nummer", "kanaal", "pk"]

    def __str__(self):
        return f"{self.get_kanaal_display()}: {self.omschrijving}"


class HerinneringVerstuurd(models.Model):
    """A reminder about an activity mailed to a person on a day; never twice the same day."""

    activiteit = models.ForeignKey(
        Activiteit, on_delete=models.CASCADE, related_name="+", verbose_name="activiteit"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="aan"
    )
    datum = models.DateField("datum")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "verstuurde herinnering"
        verbose_name_plural = "verstuurde herinneringen"
        ordering = ["-datum"]
        constraints = [
            models.UniqueConstraint(
                fields=["activiteit", "user", "datum"], name="herinnering_een_per_dag"
            )
        ]

    def __str__(self):
        return f"{self.activiteit} aan {self.user} op {self.datum}"
