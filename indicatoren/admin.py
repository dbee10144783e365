from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Indicator, Meting, Niveau


class NiveauInline(admin.TabularInline):
    model = Niveau
    extra = 0


class MetingInline(admin.TabularInline):
    model = Meting
    extra = 0
    fields = ["datum", "waarde", "bron", "vastgelegd_door"]
    readonly_fields = ["vastgelegd_door"]


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "traject", "soort", "richting", "gearchiveerd"]
    list_filter = ["soort", "richting", "gearchiveerd"]
    search_fields = ["naam", "traject__regio__naam"]
    inlines = [NiveauInline, MetingInline]


@admin.register(Meting)
class MetingAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "datum", "waarde", "vastgelegd_door"]
    list_filter = ["indicator__traject__regio"]
