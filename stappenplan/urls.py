app_name = "stappenplan"
urlpatterns = []
