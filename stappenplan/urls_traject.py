from django.urls import path

from .views import traject as views

urlpatterns = [
    path("stappenplan/", views.overzicht, name="overzicht"),
    path("stappenplan/starten/", views.starten, name="starten"),
    path("stappenplan/voortgang.pdf", views.voortgang_pdf, name="voortgang_pdf"),
    path("stappenplan/nieuwe-cyclus/", views.nieuwe_cyclus, name="nieuwe_cyclus"),
    path("stappenplan/stap/<int:nummer>/", views.stap, name="stap"),
    path(
        "stappenplan/stap/<int:nummer>/cyclus/<int:cyclus>/",
        views.stap_cyclus,
        name="stap_cyclus",
    ),
    path("stappenplan/stap/<int:nummer>/afronden/", views.stap_afronden, name="stap_afronden"),
    path("stappenplan/stap/<int:nummer>/heropenen/", views.stap_heropenen, name="stap_heropenen"),
    path(
        "stappenplan/stap/<int:nummer>/geschiedenis/",
        views.stap_geschiedenis,
        name="stap_geschiedenis",
    ),
    path(
        "stappenplan/stap/<int:nummer>/cyclus/<int:cyclus>/geschiedenis/",
        views.stap_geschiedenis,
        name="stap_cyclus_geschiedenis",
    ),
    path(
        "stappenplan/activiteit/<int:pk>/afvinken/",
        views.activiteit_afvinken,
        name="activiteit_afvinken",
    ),
    path(
        "stappenplan/activiteit/<int:pk>/bewerken/",
        views.activiteit_bewerken,
        name="activiteit_bewerken",
    ),
    path("stappenplan/team/", views.team, name="team"),
    path("stappenplan/team/afspraken/", views.team_bewerken, name="team_bewerken"),
    path("stappenplan/team/nieuw/", views.teamlid_nieuw, name="teamlid_nieuw"),
    path("stappenplan/team/<int:pk>/bewerken/", views.teamlid_bewerken, name="teamlid_bewerken"),
    path(
        "stappenplan/team/<int:pk>/verwijderen/",
        views.teamlid_verwijderen,
        name="teamlid_verwijderen",
    ),
    path("stappenplan/besluiten/", views.besluiten, name="besluiten"),
    path("stappenplan/besluiten.xlsx", views.besluiten_xlsx, name="besluiten_xlsx"),
    path("stappenplan/besluiten/nieuw/", views.besluit_nieuw, name="besluit_nieuw"),
    path(
        "stappenplan/besluiten/<int:pk>/bewerken/", views.besluit_bewerken, name="besluit_bewerken"
    ),
    path(
        "stappenplan/besluiten/<int:pk>/verwijderen/",
        views.besluit_verwijderen,
        name="besluit_verwijderen",
    ),
    path("stappenplan/communicatie/", views.communicatie, name="communicatie"),
    path("stappenplan/communicatie/nieuw/", views.communicatie_nieuw, name="communicatie_nieuw"),
    path(
        "stappenplan/communicatie/<int:pk>/bewerken/",
        views.communicatie_bewerken,
        name="communicatie_bewerken",
    ),
    path(
        "stappenplan/communicatie/<int:pk>/afvinken/",
        views.communicatie_afvinken,
        name="communicatie_afvinken",
    ),
    path(
        "stappenplan/communicatie/<int:pk>/verwijderen/",
        views.communicatie_verwijderen,
        name="communicatie_verwijderen",
    ),
]
