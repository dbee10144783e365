from django.urls import path

from .views import jaarplan as views

urlpatterns = [
    path("jaarplan/", views.jaarplan_index, name="jaarplan_index"),
    path("jaarplan/nieuw/", views.jaarplan_nieuw, name="jaarplan_nieuw"),
    path("jaarplan/<int:jaar>/", views.jaarplan, name="jaarplan"),
    path("jaarplan/<int:jaar>.pdf", views.jaarplan_pdf, name="jaarplan_pdf"),
    path("jaarplan/<int:jaar>/bewerken/", views.jaarplan_bewerken, name="jaarplan_bewerken"),
    path(
        "jaarplan/<int:jaar>/vaststellen/", views.jaarplan_vaststellen, name="jaarplan_vaststellen"
    ),
    path(
        "jaarplan/<int:jaar>/herzieningen/nieuw/",
        views.herziening_nieuw,
        name="jaarplan_herziening_nieuw",
    ),
    path(
        "jaarplan/<int:jaar>/herzieningen/<int:pk>/",
        views.herziening_bewerken,
        name="jaarplan_herziening_bewerken",
    ),
    path(
        "jaarplan/<int:jaar>/herzieningen/<int:pk>/verwijderen/",
        views.herziening_verwijderen,
        name="jaarplan_herziening_verwijderen",
    ),
    path(
        "jaarplan/<int:jaar>/vervolgstappen/nieuw/",
        views.vervolgstap_nieuw,
        name="jaarplan_vervolgstap_nieuw",
    ),
    path(
        "jaarplan/<int:jaar>/vervolgstappen/<int:pk>/",
        views.vervolgstap_bewerken,
        name="jaarplan_vervolgstap_bewerken",
    ),
    path(
        "jaarplan/<int:jaar>/vervolgstappen/<int:pk>/verwijderen/",
        views.vervolgstap_verwijderen,
        name="jaarplan_vervolgstap_verwijderen",
    ),
]
