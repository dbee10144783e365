"""Reference data that data migrations seed, filled in again when its table is empty.

A database flush (as between transactional tests, or `manage.py flush`) empties every table
and then sends `post_migrate`; the seeds below put the reference data back, but only where the
table is empty, so an administrator's edits are never overwritten.
"""

from importlib import import_module

from django.db import DEFAULT_DB_ALIAS

# (app label, model that is empty after a flush, data migration with a `vul(apps, schema_editor)`)
SEEDS = [
    ("casemanagement", "Fase", "casemanagement.migrations.0002_fasen_en_overgangen"),
    ("stappenplan", "PlanTemplate", "stappenplan.migrations.0002_plan_casemanagement_hersenletsel"),
    (
        "ontwikkelscan",
        "Vragenlijst",
        "ontwikkelscan.migrations.0002_vragenlijst_casemanagement_hersenletsel",
    ),
]


def aanvullen(sender, app_config=None, using=DEFAULT_DB_ALIAS, apps=None, **kwargs):
    if app_config is None:
        return
    if apps is None:  # flush sends no migration state: use the installed models
        from django.apps import apps
    for label, model, migratie in SEEDS:
        if label != app_config.label:
            continue
        try:
            Model = apps.get_model(label, model)
        except LookupError:  # migrating backwards, the model is not there
            continue
        if not Model.objects.using(using).exists():
            import_module(migratie).vul(apps, None)
