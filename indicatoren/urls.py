from django.urls import path

from . import views

app_name = "indicatoren"
urlpatterns = [
    path("", views.index, name="index"),
    path("nieuw/", views.nieuw, name="nieuw"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/bewerken/", views.bewerken, name="bewerken"),
    path("<int:pk>/archiveren/", views.archiveren, name="archiveren"),
    path("<int:pk>/meting/", views.meting_nieuw, name="meting_nieuw"),
    path("metingen/<int:pk>/bewerken/", views.meting_bewerken, name="meting_bewerken"),
]
