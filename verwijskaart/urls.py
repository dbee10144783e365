from django.urls import path

from . import views

app_name = "verwijskaart"
urlpatterns = [
    path("", views.index, name="index"),
    path("concept/", views.concept, name="concept"),
    path("concept.xlsx", views.concept_xlsx, name="concept_xlsx"),
    path("concept/nieuw/", views.verwijzing_nieuw, name="verwijzing_nieuw"),
    path("concept/<int:pk>/bewerken/", views.verwijzing_bewerken, name="verwijzing_bewerken"),
    path(
        "concept/<int:pk>/verwijderen/",
        views.verwijzing_verwijderen,
        name="verwijzing_verwijderen",
    ),
    path(
        "concept/<int:pk>/geverifieerd/",
        views.verwijzing_geverifieerd,
        name="verwijzing_geverifieerd",
    ),
    path("publiceren/", views.publiceren, name="publiceren"),
    path("versies/<int:nummer>/", views.versie, name="versie"),
    path("versies/<int:nummer>.pdf", views.versie_pdf, name="versie_pdf"),
    path("verspreiding/", views.verspreiding, name="verspreiding"),
    path("verspreiding/versturen/", views.versturen, name="versturen"),
    path(
        "verspreiding/<int:pk>/verwijderen/",
        views.ontvanger_verwijderen,
        name="ontvanger_verwijderen",
    ),
]
