from django.apps import AppConfig


class VerwijskaartConfig(AppConfig):
    name = "verwijskaart"
    verbose_name = "Verwijskaart"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import koppelingen

        koppelingen.registreer()
