from django.urls import path

from . import views

app_name = "pilots"
urlpatterns = [
    path("businesscase/", views.businesscase, name="businesscase"),
    path("businesscase.pdf", views.businesscase_pdf, name="businesscase_pdf"),
    path("businesscase/criteria/nieuw/", views.criterium_nieuw, name="criterium_nieuw"),
    path(
        "businesscase/criteria/<int:pk>/bewerken/",
        views.criterium_bewerken,
        name="criterium_bewerken",
    ),
    path("pilots/", views.pilots, name="pilots"),
    path("pilots/nieuw/", views.pilot_nieuw, name="pilot_nieuw"),
    path("pilots/<int:pk>/", views.pilot, name="pilot"),
    path("pilots/<int:pk>/bewerken/", views.pilot_bewerken, name="pilot_bewerken"),
    path("pilots/<int:pk>/starten/", views.pilot_starten, name="pilot_starten"),
    path("pilots/<int:pk>/evalueren/", views.pilot_evalueren, name="pilot_evalueren"),
    path("pilots/<int:pk>/stoppen/", views.pilot_stoppen, name="pilot_stoppen"),
]
