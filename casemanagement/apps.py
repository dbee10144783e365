from django.apps import AppConfig


class CasemanagementConfig(AppConfig):
    name = "casemanagement"
    verbose_name = "Regio's en organisaties"
    default_auto_field = "django.db.models.BigAutoField"
