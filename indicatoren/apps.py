from django.apps import AppConfig


class IndicatorenConfig(AppConfig):
    name = "indicatoren"
    verbose_name = "Indicatoren"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import koppelingen

        koppelingen.registreer()
