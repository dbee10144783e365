from django.apps import AppConfig


class StappenplanConfig(AppConfig):
    name = "stappenplan"
    verbose_name = "Stappenplan"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import (  # noqa: F401
            koppelingen_analyse,
            koppelingen_jaarplan,
            koppelingen_traject,
            programmadata,
        )
