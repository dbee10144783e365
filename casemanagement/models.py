from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .constants import Domein, ProgrammaRol, Rol


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra):
        if not email:
            raise ValueError("Een e-mailadres is verplicht.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra):
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email, password=None, **extra):
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in with an e-mail address."""

    email = models.EmailField("e-mailadres", unique=True)
    naam = models.CharField("naam", max_length=150, blank=True)
    is_staff = models.BooleanField("beheerder", default=False)
    is_active = models.BooleanField("actief", default=True)
    date_joined = models.DateTimeField("aangemaakt op", default=timezone.now)

    objects = UserManager()
    history = HistoricalRecords(excluded_fields=["password", "last_login"])

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        ordering = ["naam", "email"]
        constraints = [models.UniqueConstraint(Lower("email"), name="user_email_ci_uniek")]

    def __str__(self):
        return self.naam or self.email

    def get_full_name(self):
        return self.naam or self.email

    def get_short_name(self):
        return self.naam.split(" ")[0] if self.naam else self.email


class Regio(models.Model):
    """A regional NAH/CVA network (keten of netwerk)."""

    naam = models.CharField("naam", max_length=150)
    slug = models.SlugField("korte naam in de URL", max_length=60, unique=True)
    beschrijving = models.TextField("beschrijving", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "regio"
        verbose_name_plural = "regio's"
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("regio", kwargs={"slug": self.slug})


class Programma(models.Model):
    """An improvement programme a region can run, installed from a programme file.

    The file (`programmas/<slug>.yaml`) holds its content: phases and transitions, journey
    templates, organisation types, plan templates and scan questionnaires.
    """

    slug = models.SlugField("korte naam in de URL", max_length=60, unique=True)
    naam = models.CharField("naam", max_length=150)
    korte_beschrijving = models.CharField(
        "korte beschrijving",
        max_length=250,
        blank=True,
        help_text="Staat in de kop van de pagina's, in e-mails en in PDF's.",
    )
    beschrijving = models.TextField("beschrijving", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "programma"
        verbose_name_plural = "programma's"
        ordering = ["naam"]

    def __str__(self):
        return self.naam

    def get_absolute_url(self):
        return reverse("programma", kwargs={"programma": self.slug})


class Fase(models.Model):
    """An ordered phase of care within a programme (e.g. from the onset of the injury to home)."""

    programma = models.ForeignKey(
        Programma, on_delete=models.PROTECT, related_name="fasen", verbose_name="programma"
    )
    code = models.SlugField("code", max_length=40)
    naam = models.CharField("naam", max_length=100)
    korte_naam = models.CharField("korte naam", max_length=40)
    volgorde = models.PositiveSmallIntegerField("volgorde")
    beschrijving = models.TextField("beschrijving", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "fase"
        verbose_name_plural = "fasen"
        ordering = ["programma__naam", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["programma", "code"], name="fase_code_uniek"),
            models.UniqueConstraint(fields=["programma", "volgorde"], name="fase_volgorde_uniek"),
        ]

    def __str__(self):
        return self.naam


class Overgang(models.Model):
    """A transition from one phase to the next, where handover is organised."""

    van_fase = models.ForeignKey(
        Fase, on_delete=models.CASCADE, related_name="overgangen_uit", verbose_name="van fase"
    )
    naar_fase = models.ForeignKey(
        Fase, on_delete=models.CASCADE, related_name="overgangen_in", verbose_name="naar fase"
    )
    beschrijving = models.TextField("beschrijving", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "overgang"
        verbose_name_plural = "overgangen"
        ordering = ["van_fase__volgorde", "naar_fase__volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["van_fase", "naar_fase"], name="overgang_uniek"),
            models.CheckConstraint(
                condition=~models.Q(van_fase=models.F("naar_fase")), name="overgang_niet_naar_zelf"
            ),
        ]

    def __str__(self):
        return f"{self.van_fase.korte_naam} → {self.naar_fase.korte_naam}"


class JourneyTemplate(models.Model):
    """A kind of patient journey a programme asks for: a named, ordered route of phases."""

    programma = models.ForeignKey(
        Programma, on_delete=models.PROTECT, related_name="journeys", verbose_name="programma"
    )
    code = models.SlugField(
        "code", max_length=60, help_text="Staat in de URL van de journey; verander hem niet."
    )
    naam = models.CharField("naam", max_length=150)
    volgorde = models.PositiveSmallIntegerField("volgorde")
    fasen = models.ManyToManyField(
        Fase, through="JourneyRoutestap", related_name="+", verbose_name="route"
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "journeysjabloon"
        verbose_name_plural = "journeysjablonen"
        ordering = ["programma__naam", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["programma", "code"], name="journeytemplate_code_uniek")
        ]

    def __str__(self):
        return self.naam


class JourneyRoutestap(models.Model):
    """One phase on the route of a journey template, in order."""

    journey = models.ForeignKey(
        JourneyTemplate, on_delete=models.CASCADE, related_name="route", verbose_name="journey"
    )
    fase = models.ForeignKey(Fase, on_delete=models.PROTECT, related_name="+", verbose_name="fase")
    volgorde = models.PositiveSmallIntegerField("volgorde")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "fase op de route"
        verbose_name_plural = "route"
        ordering = ["journey", "volgorde"]
        constraints = [
            models.UniqueConstraint(
                fields=["journey", "volgorde"], name="routestap_volgorde_uniek"
            ),
            models.UniqueConstraint(fields=["journey", "fase"], name="routestap_fase_uniek"),
        ]

    def __str__(self):
        return f"{self.journey}: {self.fase}"


class Organisatietype(models.Model):
    """A kind of organisation that takes part in a programme, with its usual domain."""

    programma = models.ForeignKey(
        Programma,
        on_delete=models.PROTECT,
        related_name="organisatietypen",
        verbose_name="programma",
    )
    code = models.SlugField("code", max_length=30)
    naam = models.CharField("naam", max_length=100)
    domein = models.CharField(
        "standaarddomein", max_length=10, choices=Domein.choices, default=Domein.ZORG
    )
    volgorde = models.PositiveSmallIntegerField("volgorde")

    history = HistoricalRecords()

    class Meta:
        verbose_name = "soort organisatie"
        verbose_name_plural = "soorten organisaties"
        ordering = ["programma__naam", "volgorde"]
        constraints = [
            models.UniqueConstraint(fields=["programma", "code"], name="organisatietype_code_uniek")
        ]

    def __str__(self):
        return self.naam


class OrganisatietypeVeld(models.CharField):
    """The code of an organisation type; the programmes' files name the types (no fixed choices,
    so a new programme brings its own types without a migration)."""

    def weergave(self, waarde) -> str:
        from .programmas import organisatietypen

        soort = organisatietypen().get(waarde)
        return soort.naam if soort else str(waarde)

    def deconstruct(self):
        naam, _, args, kwargs = super().deconstruct()
        return naam, "django.db.models.CharField", args, kwargs


class OrganisatieQuerySet(models.QuerySet):
    def actief(self):
        """Organisations that may be chosen anew: not archived."""
        return self.filter(gearchiveerd_op=None)

    def te_kiezen(self, regio, *huidige):
        """The region's organisations to offer in a form: the active ones, plus the ones
        already chosen (`huidige`), so that editing never silently drops an archived choice."""
        gekozen = [o.pk for o in huidige if o is not None]
        return self.filter(regio=regio).filter(
            models.Q(gearchiveerd_op=None) | models.Q(pk__in=gekozen)
        )


class Organisatie(models.Model):
    """A care or social-domain organisation in a region.

    An organisation that anything refers to is archived, never deleted: it leaves the choices
    for new work and stays visible wherever it was used.
    """

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="organisaties", verbose_name="regio"
    )
    naam = models.CharField("naam", max_length=200)
    type = OrganisatietypeVeld(
        "soort organisatie",
        max_length=30,
        help_text="Een van de soorten organisaties van de programma's (zie Soorten organisaties).",
    )
    domein = models.CharField("domein", max_length=10, choices=Domein.choices, default=Domein.ZORG)
    contactpersoon = models.CharField("contactpersoon", max_length=150, blank=True)
    telefoon = models.CharField("telefoon", max_length=40, blank=True)
    email = models.EmailField("e-mailadres", blank=True)
    website = models.URLField("website", blank=True)
    adres = models.CharField("adres", max_length=250, blank=True)
    fasen = models.ManyToManyField(
        Fase, through="OrganisatieFase", related_name="organisaties", verbose_name="fasen"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    gearchiveerd_op = models.DateTimeField("gearchiveerd op", null=True, blank=True)

    history = HistoricalRecords()
    objects = OrganisatieQuerySet.as_manager()

    class Meta:
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"
        ordering = ["naam"]
        constraints = [
            models.UniqueConstraint(
                fields=["regio", "naam"], name="organisatie_naam_uniek_in_regio"
            )
        ]

    def __str__(self):
        return self.naam

    def get_type_display(self) -> str:
        """The name of the organisation's type, as the programmes call it."""
        return self._meta.get_field("type").weergave(self.type)

    @property
    def is_gearchiveerd(self) -> bool:
        return self.gearchiveerd_op is not None

    @property
    def weergavenaam(self) -> str:
        """The name as current pages show it: an archived organisation says so."""
        return f"{self.naam} (gearchiveerd)" if self.is_gearchiveerd else self.naam


class OrganisatieFase(models.Model):
    """What an organisation does in a phase of care."""

    organisatie = models.ForeignKey(
        Organisatie, on_delete=models.CASCADE, related_name="inzet", verbose_name="organisatie"
    )
    fase = models.ForeignKey(
        Fase, on_delete=models.PROTECT, related_name="inzet", verbose_name="fase"
    )
    omschrijving = models.CharField("wat doet de organisatie in deze fase", max_length=300)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "inzet in een fase"
        verbose_name_plural = "inzet per fase"
        ordering = ["fase__volgorde", "organisatie__naam"]
        constraints = [
            models.UniqueConstraint(fields=["organisatie", "fase"], name="organisatie_fase_uniek")
        ]

    def __str__(self):
        return f"{self.organisatie} in {self.fase}"


class Lidmaatschap(models.Model):
    """A user's role in a region (and, optionally, the organisation they speak for)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lidmaatschappen",
        verbose_name="gebruiker",
    )
    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="lidmaatschappen", verbose_name="regio"
    )
    rol = models.CharField("rol", max_length=30, choices=Rol.choices)
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="leden",
        verbose_name="organisatie",
    )
    meldingen_per_email = models.BooleanField(
        "meldingen ook per e-mail",
        default=True,
        help_text="Een e-mail bij elke nieuwe melding in deze regio, naast de melding in de app.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "lidmaatschap"
        verbose_name_plural = "lidmaatschappen"
        ordering = ["regio__naam", "user__naam"]
        constraints = [
            models.UniqueConstraint(fields=["user", "regio"], name="een_rol_per_regio"),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_rol_display()} in {self.regio}"


class Uitnodiging(models.Model):
    """An invitation to join a region with a role; accepted once through a signed link."""

    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="uitnodigingen", verbose_name="regio"
    )
    email = models.EmailField("e-mailadres")
    naam = models.CharField("naam", max_length=150, blank=True)
    rol = models.CharField("rol", max_length=30, choices=Rol.choices)
    organisatie = models.ForeignKey(
        Organisatie,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="uitnodigingen",
        verbose_name="organisatie",
    )
    uitgenodigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name="uitgenodigd door",
    )
    created_at = models.DateTimeField("verstuurd op", default=timezone.now)
    geaccepteerd_op = models.DateTimeField("geaccepteerd op", null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "uitnodiging"
        verbose_name_plural = "uitnodigingen"
        ordering = ["-created_at"]

    def __str__(self):
        return f"Uitnodiging voor {self.email} ({self.regio})"


class Programmarol(models.Model):
    """A user's role in a programme, across the regions that run it (e.g. programme lead)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="programmarollen",
        verbose_name="gebruiker",
    )
    programma = models.ForeignKey(
        Programma, on_delete=models.CASCADE, related_name="rollen", verbose_name="programma"
    )
    rol = models.CharField(
        "rol", max_length=30, choices=ProgrammaRol.choices, default=ProgrammaRol.PROGRAMMALEIDER
    )
    created_at = models.DateTimeField(auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "rol in een programma"
        verbose_name_plural = "rollen in programma's"
        ordering = ["programma__naam", "user__naam"]
        constraints = [
            models.UniqueConstraint(fields=["user", "programma"], name="een_rol_per_programma"),
        ]

    def __str__(self):
        return f"{self.user} — {self.get_rol_display()} van {self.programma}"


class Verzendslot(models.Model):
    """When a mail-sending action last ran for one object, and how many mails it sent.

    A second click on the same button within a short window finds the slot taken and sends
    nothing (see `verzenden.eenmaal_versturen`).
    """

    actie = models.CharField("actie", max_length=60)
    sleutel = models.CharField("object", max_length=400)
    verstuurd_op = models.DateTimeField("laatst verstuurd op", null=True, blank=True)
    aantal = models.PositiveIntegerField("aantal e-mails", default=0)
    door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="verstuurd door",
    )

    class Meta:
        verbose_name = "verzendmoment"
        verbose_name_plural = "verzendmomenten"
        constraints = [
            models.UniqueConstraint(fields=["actie", "sleutel"], name="verzendslot_uniek")
        ]

    def __str__(self):
        return f"{self.actie} {self.sleutel}"


class Melding(models.Model):
    """A message in the app for one member of a region: something that concerns them happened."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meldingen",
        verbose_name="voor",
    )
    regio = models.ForeignKey(
        Regio, on_delete=models.CASCADE, related_name="meldingen", verbose_name="regio"
    )
    tekst = models.CharField("melding", max_length=300)
    url = models.CharField("link", max_length=300)
    created_at = models.DateTimeField("op", default=timezone.now)
    gelezen_op = models.DateTimeField("gelezen op", null=True, blank=True)

    class Meta:
        verbose_name = "melding"
        verbose_name_plural = "meldingen"
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "gelezen_op"], name="melding_ongelezen")]

    def __str__(self):
        return self.tekst
