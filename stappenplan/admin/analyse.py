"""Admin of the analyse area."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ..models.analyse import (
    BundelVerzending,
    JourneyOordeel,
    JourneyOvergang,
    JourneyReactie,
    JourneyStap,
    Knelpunt,
    PartnerBeschrijving,
    PartnerBeschrijvingFase,
    Patientjourney,
    Verbeterpunt,
    Voortgang,
    Werkconferentie,
    WerkconferentieUitnodiging,
)


class JourneyStapInline(admin.StackedInline):
    model = JourneyStap
    extra = 0
    filter_horizontal = ["organisaties"]


class JourneyOvergangInline(admin.StackedInline):
    model = JourneyOvergang
    extra = 0


@admin.register(Patientjourney)
class PatientjourneyAdmin(SimpleHistoryAdmin):
    list_display = ["type", "regio", "voorgelegd_op"]
    list_filter = ["regio", "type"]
    inlines = [JourneyStapInline, JourneyOvergangInline]


@admin.register(JourneyReactie)
class JourneyReactieAdmin(SimpleHistoryAdmin):
    list_display = ["journey", "herkenbaar", "auteur", "created_at", "beantwoord_op"]
    list_filter = ["journey__regio", "herkenbaar"]


@admin.register(JourneyOordeel)
class JourneyOordeelAdmin(SimpleHistoryAdmin):
    list_display = ["journey", "oordeel", "auteur", "updated_at"]


class PartnerBeschrijvingFaseInline(admin.TabularInline):
    model = PartnerBeschrijvingFase
    extra = 0


@admin.register(PartnerBeschrijving)
class PartnerBeschrijvingAdmin(SimpleHistoryAdmin):
    list_display = ["organisatie", "regio", "updated_at"]
    list_filter = ["regio"]
    inlines = [PartnerBeschrijvingFaseInline]


@admin.register(BundelVerzending)
class BundelVerzendingAdmin(SimpleHistoryAdmin):
    list_display = ["regio", "verstuurd_op", "verstuurd_door", "aantal_beschrijvingen"]


@admin.register(Knelpunt)
class KnelpuntAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "regio", "bron", "prioriteit", "status"]
    list_filter = ["regio", "bron", "prioriteit", "status"]
    search_fields = ["titel", "huidige_situatie"]
    filter_horizontal = ["organisaties"]


class VoortgangInline(admin.TabularInline):
    model = Voortgang
    extra = 0


@admin.register(Verbeterpunt)
class VerbeterpuntAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "regio", "verantwoordelijke", "deadline", "status"]
    list_filter = ["regio", "status"]
    inlines = [VoortgangInline]


class WerkconferentieUitnodigingInline(admin.TabularInline):
    model = WerkconferentieUitnodiging
    extra = 0


@admin.register(Werkconferentie)
class WerkconferentieAdmin(SimpleHistoryAdmin):
    list_display = ["titel", "regio", "datum", "plaats"]
    inlines = [WerkconferentieUitnodigingInline]
