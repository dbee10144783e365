app_name = "verwijskaart_publiek"
urlpatterns = []
