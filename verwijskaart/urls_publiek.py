from django.urls import path

from . import views

app_name = "verwijskaart_publiek"
urlpatterns = [
    path("<slug:slug>/", views.publiek, name="kaart"),
    path("<slug:slug>.pdf", views.publiek_pdf, name="pdf"),
    path("<slug:slug>/poster/", views.poster, name="poster"),
]
