"""Admin of the traject area: the plan templates (kept by administrators) and the trajecten."""

from django.contrib import admin, messages
from simple_history.admin import SimpleHistoryAdmin

from ..models import (
    Activiteit,
    ActiviteitTemplate,
    Besluit,
    Communicatiemiddel,
    HerinneringVerstuurd,
    Implementatieteam,
    PlanTemplate,
    Stap,
    StapTemplate,
    Teamlid,
    Traject,
)
from ..services.traject import plan_nieuwe_versie


class StapTemplateInline(admin.TabularInline):
    model = StapTemplate
    extra = 0
    fields = ["nummer", "code", "naam"]
    show_change_link = True


@admin.register(PlanTemplate)
class PlanTemplateAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "code", "versie", "actief", "cyclus_vanaf"]
    list_filter = ["actief"]
    search_fields = ["naam", "code"]
    inlines = [StapTemplateInline]
    actions = ["nieuwe_versie"]

    @admin.action(description="Nieuwe versie maken om te bewerken")
    def nieuwe_versie(self, request, queryset):
        for plan in queryset:
            nieuw = plan_nieuwe_versie(plan=plan)
            self.message_user(
                request,
                f"{nieuw} is aangemaakt. Lopende trajecten houden hun eigen teksten.",
                messages.SUCCESS,
            )


class ActiviteitTemplateInline(admin.StackedInline):
    model = ActiviteitTemplate
    extra = 0
    fields = [("code", "volgorde", "verplicht"), "titel", "uitleg", ("tool_naam", "tool_url")]


@admin.register(StapTemplate)
class StapTemplateAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "plan", "code"]
    list_filter = ["plan"]
    inlines = [ActiviteitTemplateInline]


class StapInline(admin.TabularInline):
    model = Stap
    extra = 0
    fields = ["nummer", "cyclus", "naam", "afgerond_op", "afgerond_door"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False


@admin.register(Traject)
class TrajectAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "regio", "plan", "cyclus", "created_at"]
    list_filter = ["plan"]
    inlines = [StapInline]


class ActiviteitInline(admin.TabularInline):
    model = Activiteit
    extra = 0
    fields = ["titel", "verplicht", "gedaan_op", "gedaan_door", "eigenaar", "deadline"]
    readonly_fields = ["titel", "gedaan_op", "gedaan_door"]
    autocomplete_fields = ["eigenaar"]


@admin.register(Stap)
class StapAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "traject", "cyclus", "afgerond_op"]
    list_filter = ["traject__regio"]
    readonly_fields = ["afgerond_op", "afgerond_door", "heropend_op", "heropend_door"]
    inlines = [ActiviteitInline]


class TeamlidInline(admin.TabularInline):
    model = Teamlid
    extra = 0


@admin.register(Implementatieteam)
class ImplementatieteamAdmin(SimpleHistoryAdmin):
    list_display = ["regio", "overlegfrequentie", "vastgesteld_op"]
    inlines = [TeamlidInline]


@admin.register(Besluit)
class BesluitAdmin(SimpleHistoryAdmin):
    list_display = ["datum", "onderwerp", "regio", "stap", "stelt_vast"]
    list_filter = ["regio"]
    search_fields = ["onderwerp", "tekst"]


@admin.register(Communicatiemiddel)
class CommunicatiemiddelAdmin(SimpleHistoryAdmin):
    list_display = ["kanaal", "omschrijving", "regio", "stap", "gedaan"]
    list_filter = ["regio", "kanaal", "gedaan"]


@admin.register(HerinneringVerstuurd)
class HerinneringVerstuurdAdmin(admin.ModelAdmin):
    list_display = ["datum", "user", "activiteit"]
    list_filter = ["datum"]
