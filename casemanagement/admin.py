from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import path
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Fase,
    JourneyRoutestap,
    JourneyTemplate,
    Lidmaatschap,
    Organisatie,
    OrganisatieFase,
    Organisatietype,
    Overgang,
    Programma,
    Programmarol,
    Regio,
    Uitnodiging,
    User,
)
from .programmas import Programmafout, lees, programma_laden


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


class ProgrammabestandForm(forms.Form):
    bestand = forms.FileField(
        label="Programmabestand (YAML)",
        help_text="Bijvoorbeeld programmas/casemanagement-hersenletsel.yaml. Twee keer laden "
        "verandert niets; een gewijzigd plan of een gewijzigde vragenlijst wordt een nieuwe "
        "versie als concept.",
    )


class ProgrammarolInline(admin.TabularInline):
    model = Programmarol
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Programma)
class ProgrammaAdmin(SimpleHistoryAdmin):
    list_display = ["naam", "slug", "korte_beschrijving"]
    search_fields = ["naam", "slug"]
    readonly_fields = ["slug"]
    inlines = [ProgrammarolInline]
    change_list_template = "admin/casemanagement/programma/change_list.html"

    def get_urls(self):
        eigen = [
            path(
                "laden/",
                self.admin_site.admin_view(self.laden),
                name="casemanagement_programma_laden",
            )
        ]
        return eigen + super().get_urls()

    def laden(self, request):
        """Upload a programme file and install it (the same loader as `laad_programmas`)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ProgrammabestandForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            try:
                tekst = form.cleaned_data["bestand"].read().decode("utf-8")
                verslag = programma_laden(gegevens=lees(tekst))
            except (UnicodeDecodeError, Programmafout) as exc:
                form.add_error("bestand", getattr(exc, "messages", [str(exc)]))
            else:
                if verslag.veranderd:
                    for regel in verslag.regels:
                        self.message_user(request, regel, messages.SUCCESS)
                else:
                    self.message_user(request, f"{verslag.programma} was al geladen.")
                return redirect("admin:casemanagement_programma_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": "Programmabestand laden",
            "form": form,
            "opts": self.model._meta,
        }
        return render(request, "admin/casemanagement/programma/laden.html", context)


@admin.register(Programmarol)
class ProgrammarolAdmin(SimpleHistoryAdmin):
    list_display = ["user", "programma", "rol"]
    list_filter = ["programma", "rol"]
    search_fields = ["user__email", "user__naam"]
    autocomplete_fields = ["user"]


class AlleenUitHetBestand:
    """Reference data of a programme: it comes from the programme file, not from the admin."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Fase)
class FaseAdmin(AlleenUitHetBestand, SimpleHistoryAdmin):
    list_display = ["volgorde", "naam", "korte_naam", "code", "programma"]
    list_filter = ["programma"]
    ordering = ["programma__naam", "volgorde"]


class JourneyRoutestapInline(AlleenUitHetBestand, admin.TabularInline):
    model = JourneyRoutestap
    extra = 0


@admin.register(JourneyTemplate)
class JourneyTemplateAdmin(AlleenUitHetBestand, SimpleHistoryAdmin):
    list_display = ["naam", "code", "programma"]
    list_filter = ["programma"]
    inlines = [JourneyRoutestapInline]


@admin.register(Organisatietype)
class OrganisatietypeAdmin(AlleenUitHetBestand, SimpleHistoryAdmin):
    list_display = ["naam", "code", "domein", "programma"]
    list_filter = ["programma", "domein"]


@admin.register(Overgang)
class OvergangAdmin(AlleenUitHetBestand, SimpleHistoryAdmin):
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
