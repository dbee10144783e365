from django.apps import AppConfig


class CasemanagementConfig(AppConfig):
    name = "casemanagement"
    verbose_name = "Regio's en organisaties"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from .koppelingen import registreer_geschiedenis
        from .referentiedata import aanvullen

        registreer_geschiedenis()

        post_migrate.connect(aanvullen, dispatch_uid="referentiedata_aanvullen")
