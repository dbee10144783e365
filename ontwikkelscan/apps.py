from django.apps import AppConfig


class OntwikkelscanConfig(AppConfig):
    name = "ontwikkelscan"
    verbose_name = "Ontwikkelscan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import koppelingen, programmadata  # noqa: F401
