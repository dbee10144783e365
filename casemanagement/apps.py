from django.apps import AppConfig


class CasemanagementConfig(AppConfig):
    name = "casemanagement"
    verbose_name = "Regio's en organisaties"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import request_started
        from django.db.models.signals import post_migrate

        from .koppelingen import registreer_geschiedenis
        from .programmas import organisatietypen_vergeten
        from .referentiedata import programmas_laden

        registreer_geschiedenis()

        post_migrate.connect(programmas_laden, dispatch_uid="programmas_laden")
        request_started.connect(organisatietypen_vergeten, dispatch_uid="organisatietypen")
