from django.urls import path

from .views import analyse as views

urlpatterns = [
    # Patient journeys and their review
    path("patientjourneys/", views.patientjourneys, name="patientjourneys"),
    path(
        "patientjourneys/<slug:type>/opstellen/",
        views.patientjourney_aanmaken,
        name="patientjourney_aanmaken",
    ),
    path("patientjourneys/<slug:type>/", views.patientjourney, name="patientjourney"),
    path(
        "patientjourneys/<slug:type>/bewerken/",
        views.patientjourney_bewerken,
        name="patientjourney_bewerken",
    ),
    path(
        "patientjourneys/<slug:type>/voorleggen/",
        views.patientjourney_voorleggen,
        name="patientjourney_voorleggen",
    ),
    path("patientjourneys/<slug:type>/pdf/", views.patientjourney_pdf, name="patientjourney_pdf"),
    path(
        "patientjourneys/<slug:type>/reageren/",
        views.patientjourney_reageren,
        name="patientjourney_reageren",
    ),
    path(
        "patientjourneys/<slug:type>/oordeel/",
        views.patientjourney_oordeel,
        name="patientjourney_oordeel",
    ),
    path(
        "patientjourneys/reacties/<int:pk>/beantwoorden/",
        views.reactie_beantwoorden,
        name="reactie_beantwoorden",
    ),
    # Partner descriptions (stap 2)
    path("beschrijvingen/", views.beschrijvingen, name="beschrijvingen"),
    path(
        "beschrijvingen/<int:organisatie_pk>/bewerken/",
        views.beschrijving_bewerken,
        name="beschrijving_bewerken",
    ),
    path("beschrijvingen/bundel/", views.beschrijvingen_bundel, name="beschrijvingen_bundel"),
    path(
        "beschrijvingen/rondsturen/",
        views.beschrijvingen_rondsturen,
        name="beschrijvingen_rondsturen",
    ),
    # Knelpunten
    path("knelpunten/", views.knelpunten, name="knelpunten"),
    path("knelpunten/nieuw/", views.knelpunt_nieuw, name="knelpunt_nieuw"),
    path("knelpunten/export/xlsx/", views.knelpunten_xlsx, name="knelpunten_xlsx"),
    path("knelpunten/export/pdf/", views.knelpunten_pdf, name="knelpunten_pdf"),
    path("knelpunten/<int:pk>/", views.knelpunt, name="knelpunt"),
    path("knelpunten/<int:pk>/bewerken/", views.knelpunt_bewerken, name="knelpunt_bewerken"),
    path(
        "knelpunten/<int:pk>/verwijderen/", views.knelpunt_verwijderen, name="knelpunt_verwijderen"
    ),
    path(
        "knelpunten/<int:pk>/clientperspectief/",
        views.knelpunt_clientperspectief,
        name="knelpunt_clientperspectief",
    ),
    # Verbeterpunten, SMARTI goals and the werkconferentie
    path("doelen/", views.doelen, name="doelen"),
    path("doelen/export/xlsx/", views.doelen_xlsx, name="doelen_xlsx"),
    path("doelen/nieuw/", views.verbeterpunt_nieuw, name="verbeterpunt_nieuw"),
    path("doelen/smarti-check/", views.smarti_check, name="smarti_check"),
    path("doelen/<int:pk>/", views.verbeterpunt, name="verbeterpunt"),
    path("doelen/<int:pk>/bewerken/", views.verbeterpunt_bewerken, name="verbeterpunt_bewerken"),
    path("doelen/<int:pk>/voortgang/", views.voortgang_toevoegen, name="voortgang_toevoegen"),
    path("doelen/werkconferentie/", views.werkconferenties, name="werkconferenties"),
    path(
        "doelen/werkconferentie/nieuw/",
        views.werkconferentie_nieuw,
        name="werkconferentie_nieuw",
    ),
    path("doelen/werkconferentie/<int:pk>/", views.werkconferentie, name="werkconferentie"),
    path(
        "doelen/werkconferentie/<int:pk>/bewerken/",
        views.werkconferentie_bewerken,
        name="werkconferentie_bewerken",
    ),
]
