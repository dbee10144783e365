from django.apps import AppConfig


class PilotsConfig(AppConfig):
    name = "pilots"
    verbose_name = "Pilots en business case"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import koppelingen

        koppelingen.registreer()
