from django.urls import path

from . import views

app_name = "ontwikkelscan"
urlpatterns = [
    path("", views.index, name="index"),
    path("nieuw/", views.ronde_nieuw, name="ronde_nieuw"),
    path("<int:ronde>/", views.ronde, name="ronde"),
    path("<int:ronde>/uitnodigen/", views.uitnodigen, name="uitnodigen"),
    path("<int:ronde>/herinneren/", views.herinneren, name="herinneren"),
    path("<int:ronde>/sluiten/", views.sluiten, name="sluiten"),
    path("<int:ronde>/deelnemen/", views.deelnemen, name="deelnemen"),
    path("<int:ronde>/invullen/", views.invullen, name="invullen"),
    path("<int:ronde>/invullen/<int:stap>/", views.invullen, name="invullen_stap"),
    path("<int:ronde>/respondenten/<int:pk>/", views.respondent, name="respondent"),
    path("<int:ronde>/respondenten/<int:pk>/intrekken/", views.intrekken, name="intrekken"),
    path("<int:ronde>/resultaten/", views.resultaten, name="resultaten"),
    path("<int:ronde>/resultaten.pdf", views.resultaten_pdf, name="resultaten_pdf"),
    path("<int:ronde>/resultaten.csv", views.resultaten_csv, name="resultaten_csv"),
    path("<int:ronde>/resultaten.xlsx", views.resultaten_xlsx, name="resultaten_xlsx"),
    path("<int:ronde>/resultaten/gedeeld/", views.gedeeld, name="gedeeld"),
    path("<int:ronde>/consensus/", views.consensus, name="consensus"),
    path("link/<str:token>/", views.link, name="link"),
    path("link/<str:token>/<int:stap>/", views.link, name="link_stap"),
]
