"""Admin of the jaarplan area."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ..models.jaarplan import GeplandeHerziening, Jaarplan, Vervolgstap


class HerzieningInline(admin.TabularInline):
    model = GeplandeHerziening
    extra = 0


class VervolgstapInline(admin.TabularInline):
    model = Vervolgstap
    extra = 0


@admin.register(Jaarplan)
class JaarplanAdmin(SimpleHistoryAdmin):
    list_display = ["regio", "jaar", "vastgesteld_op", "updated_at"]
    list_filter = ["regio"]
    inlines = [HerzieningInline, VervolgstapInline]
