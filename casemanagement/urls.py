from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views
from .forms_auth import WachtwoordResetForm

admin.site.site_header = f"{settings.SITE_NAAM} — beheer"
admin.site.site_title = "Beheer"
admin.site.index_title = "Beheer"

regio_patterns = [
    path("", views.regio, name="regio"),
    path("organisaties/nieuw/", views.organisatie_nieuw, name="organisatie_nieuw"),
    path(
        "organisaties/<int:pk>/bewerken/", views.organisatie_bewerken, name="organisatie_bewerken"
    ),
    path(
        "organisaties/<int:pk>/verwijderen/",
        views.organisatie_verwijderen,
        name="organisatie_verwijderen",
    ),
    path(
        "organisaties/<int:pk>/archiveren/",
        views.organisatie_archiveren,
        name="organisatie_archiveren",
    ),
    path(
        "organisaties/<int:pk>/terughalen/",
        views.organisatie_terughalen,
        name="organisatie_terughalen",
    ),
    path("leden.xlsx", views.leden_xlsx, name="leden_xlsx"),
    path("leden/uitnodigen/", views.lid_uitnodigen, name="lid_uitnodigen"),
    path("leden/<int:pk>/bewerken/", views.lid_bewerken, name="lid_bewerken"),
    path("leden/<int:pk>/verwijderen/", views.lid_verwijderen, name="lid_verwijderen"),
    path(
        "uitnodigingen/<int:pk>/intrekken/",
        views.uitnodiging_intrekken,
        name="uitnodiging_intrekken",
    ),
    path("meldingen/voorkeur/", views.meldingen_voorkeur, name="meldingen_voorkeur"),
    path("geschiedenis/verwijderd/", views.verwijderd, name="verwijderd"),
    path(
        "geschiedenis/verwijderd/<slug:soort>/<int:history_id>/terugzetten/",
        views.terugzetten,
        name="terugzetten",
    ),
    path("geschiedenis/<slug:soort>/<int:pk>/", views.object_geschiedenis, name="geschiedenis"),
    path("", include("stappenplan.urls")),
    path("ontwikkelscan/", include("ontwikkelscan.urls")),
    path("verwijskaart/", include("verwijskaart.urls")),
    path("indicatoren/", include("indicatoren.urls")),
    path("", include("pilots.urls")),
]

urlpatterns = [
    path("", views.home, name="home"),
    path("programma/<slug:programma>/", views.programma, name="programma"),
    path("meldingen/<int:pk>/", views.melding_openen, name="melding"),
    path("regio/<slug:slug>/", include(regio_patterns)),
    path("uitnodiging/<str:token>/", views.uitnodiging, name="uitnodiging"),
    path("toegankelijkheid/", views.toegankelijkheid, name="toegankelijkheid"),
    path("privacy/", views.privacy, name="privacy"),
    path("contact/", views.contact, name="contact"),
    path("verwijskaart/", include("verwijskaart.urls_publiek")),
    path(
        "account/inloggen/",
        views.InlogView.as_view(),
        name="login",
    ),
    path("account/", views.account, name="account"),
    path("account/tweede-stap/", views.tweede_stap, name="tweede_stap"),
    path(
        "account/tweede-stap/instellen/",
        views.tweede_stap_instellen,
        name="tweede_stap_instellen",
    ),
    path("account/tweede-stap/herstelcodes/", views.herstelcodes, name="herstelcodes"),
    path("account/uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "account/wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(form_class=WachtwoordResetForm),
        name="password_reset",
    ),
    path(
        "account/wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/wachtwoord-instellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/wachtwoord-ingesteld/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "account/wachtwoord-wijzigen/",
        auth_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path(
        "account/wachtwoord-gewijzigd/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
