app_name = "verwijskaart"
urlpatterns = []
