from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Fase,
    Lidmaatschap,
    Organisatie,
    OrganisatieFase,
    Overgang,
    Regio,
    Uitnodiging,
    User,
)


@admin.register(User)
class UserAdmin(DjangoUserAdmin, SimpleHistoryAdmin):
    ordering = ["email"]
    list_display = ["email", "naam", "is_staff", "is_active", "last_login"]
    search_fields = ["email", "naam"]
    list_filter = ["is_staff", "is_active"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Gegevens", {"fields": ["naam"]}),
        (
            "Rechten",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Data", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "naam", "password1", "password2"]})
    ]


class LidmaatschapInline(admin.TabularInline):
    model = Lidmaatschap
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Regio)
class RegioAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "slug"]
    prepopulated_fields = {"slug": ["naam"]}
    search_fields = ["naam"]
    inlines = [LidmaatschapInline]


class OrganisatieFaseInline(admin.TabularInline):
    model = OrganisatieFase
    extra = 0


@admin.register(Organisatie)
class OrganisatieAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "regio", "type", "domein"]
    list_filter = ["regio", "type", "domein"]
    search_fields = ["naam"]
    inlines = [OrganisatieFaseInline]


@admin.register(Fase)
class FaseAdmin(SimpleHistoryAdmin):
    list_display = ["volgorde", "naam", "korte_naam", "code"]
    ordering = ["volgorde"]


@admin.register(Overgang)
class OvergangAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "beschrijving"]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(SimpleHistoryAdmin):
    list_display = ["user", "regio", "rol", "organisatie"]
    list_filter = ["regio", "rol"]
    search_fields = ["user__email", "user__naam"]
    autocomplete_fields = ["user"]


@admin.register(Uitnodiging)
class UitnodigingAdmin(SimpleHistoryAdmin):
    list_display = ["email", "regio", "rol", "created_at", "geaccepteerd_op"]
    list_filter = ["regio", "rol"]
    search_fields = ["email"]
