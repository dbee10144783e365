from django.contrib import admin, messages
from simple_history.admin import SimpleHistoryAdmin

from .models import Consensusscore, Item, Niveau, Respondent, Ronde, Thema, Vragenlijst
from .services import vragenlijst_activeren, vragenlijst_nieuwe_versie


class ThemaInline(admin.TabularInline):
    model = Thema
    extra = 0
    fields = ["volgorde", "code", "naam", "korte_naam"]
    show_change_link = True


class NiveauInline(admin.TabularInline):
    model = Niveau
    extra = 0
    fields = ["waarde", "naam", "omschrijving"]
    verbose_name_plural = "niveaus van de schaal (voor alle items)"

    def get_queryset(self, request):
        return super().get_queryset(request).filter(item=None)


@admin.register(Vragenlijst)
class VragenlijstAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "code", "versie", "actief"]
    search_fields = ["naam", "code"]
    inlines = [NiveauInline, ThemaInline]
    list_filter = ["actief", "programma"]
    actions = ["nieuwe_versie", "activeren"]

    @admin.action(description="Nieuwe versie maken om te bewerken (als concept)")
    def nieuwe_versie(self, request, queryset):
        for vragenlijst in queryset:
            nieuw = vragenlijst_nieuwe_versie(vragenlijst=vragenlijst)
            messages.success(
                request,
                f"{nieuw} is aangemaakt als concept. Activeer haar als zij klaar is; "
                "tot dan gebruiken nieuwe rondes de huidige versie.",
            )

    @admin.action(description="Activeren (nieuwe rondes gebruiken deze versie)")
    def activeren(self, request, queryset):
        for vragenlijst in queryset.order_by("code", "versie"):
            vragenlijst_activeren(vragenlijst=vragenlijst)
            messages.success(request, f"{vragenlijst} is nu de actieve versie.")


class ItemInline(admin.StackedInline):
    model = Item
    extra = 0
    fields = [("volgorde", "code"), "tekst", "toelichting"]


@admin.register(Thema)
class ThemaAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "vragenlijst", "volgorde", "code"]
    list_filter = ["vragenlijst"]
    search_fields = ["naam", "code"]
    inlines = [ItemInline]


class EigenNiveauInline(admin.TabularInline):
    model = Niveau
    extra = 0
    fields = ["waarde", "naam", "omschrijving"]
    verbose_name_plural = "eigen schaal voor dit item (leeg: de schaal van de vragenlijst)"


@admin.register(Item)
class ItemAdmin(SimpleHistoryAdmin):
    list_display = ["code", "tekst", "thema"]
    list_filter = ["thema__vragenlijst", "thema"]
    search_fields = ["code", "tekst"]
    inlines = [EigenNiveauInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not Niveau:
            return super().save_formset(request, form, formset, change)
        for niveau in formset.save(commit=False):
            niveau.vragenlijst_id = form.instance.thema.vragenlijst_id
            niveau.save()
        for niveau in formset.deleted_objects:
            niveau.delete()
        return None


class RespondentInline(admin.TabularInline):
    """Who takes part and their status; their answers are for the coordinator only."""

    model = Respondent
    extra = 0
    fields = ["email", "naam", "organisatie", "uitgenodigd_op", "ingediend_op"]
    readonly_fields = ["uitgenodigd_op", "ingediend_op"]


@admin.register(Ronde)
class RondeAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "regio", "soort", "geopend_op", "gesloten_op", "resultaten_gedeeld_op"]
    list_filter = ["regio", "soort"]
    inlines = [RespondentInline]


@admin.register(Consensusscore)
class ConsensusscoreAdmin(SimpleHistoryAdmin):
    list_display = ["ronde", "thema", "score"]
    list_filter = ["ronde__regio"]
