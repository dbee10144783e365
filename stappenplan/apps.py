from django.apps import AppConfig


class StappenplanConfig(AppConfig):
    name = "stappenplan"
    verbose_name = "Stappenplan"
    default_auto_field = "django.db.models.BigAutoField"
