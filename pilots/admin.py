from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Criterium, Pilot


@admin.register(Criterium)
class CriteriumAdmin(SimpleHistoryAdmin):
    list_display = ["indicator", "groep", "partij"]
    list_filter = ["groep", "partij"]


@admin.register(Pilot)
class PilotAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "traject", "status", "gestart_op", "besluit"]
    list_filter = ["status", "besluit"]
