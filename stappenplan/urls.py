from .urls_analyse import urlpatterns as analyse
from .urls_jaarplan import urlpatterns as jaarplan
from .urls_traject import urlpatterns as traject

app_name = "stappenplan"
urlpatterns = [*traject, *analyse, *jaarplan]
