from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Herinnering, Ontvanger, Versie, Verwijskaart, Verwijzing, Verzending


@admin.register(Verwijskaart)
class VerwijskaartAdmin(SimpleHistoryAdmin):
    list_display = ["regio", "created_at"]


@admin.register(Verwijzing)
class VerwijzingAdmin(SimpleHistoryAdmin):
    list_display = ["behoefte", "organisatie", "discipline", "fase", "kaart", "geverifieerd_op"]
    list_filter = ["kaart__regio", "fase"]
    list_select_related = ["organisatie", "fase", "kaart__regio"]
    search_fields = ["behoefte", "discipline", "organisatie__naam"]


@admin.register(Versie)
class VersieAdmin(SimpleHistoryAdmin):
    list_display = ["kaart", "nummer", "gepubliceerd_op", "volgende_herziening", "vervangen_op"]
    list_filter = ["kaart__regio"]
    list_select_related = ["kaart__regio"]
    exclude = ["pdf"]
    readonly_fields = [
        "kaart",
        "nummer",
        "gepubliceerd_op",
        "gepubliceerd_door",
        "vermeldingen",
        "pdf_sha256",
        "vervangen_op",
    ]

    def get_queryset(self, request):
        """The stored PDF is never shown here; the entry snapshot only on a version's own page."""
        qs = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name.endswith("_changelist"):
            return qs.defer("pdf", "vermeldingen")
        return qs.defer("pdf")

    def has_add_permission(self, request):
        return False


@admin.register(Ontvanger)
class OntvangerAdmin(SimpleHistoryAdmin):
    list_display = ["email", "naam", "organisatie", "kaart"]


@admin.register(Verzending)
class VerzendingAdmin(SimpleHistoryAdmin):
    list_display = ["versie", "email", "verzonden_op", "verzonden_door"]


@admin.register(Herinnering)
class HerinneringAdmin(SimpleHistoryAdmin):
    list_display = ["datum", "soort", "user", "regio", "aantal"]
