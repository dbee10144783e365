app_name = "ontwikkelscan"
urlpatterns = []
