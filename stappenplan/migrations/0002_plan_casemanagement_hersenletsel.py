"""Once seeded the plan template of casemanagement hersenletsel; it now comes from the programme
file (`programmas/casemanagement-hersenletsel.yaml`, loaded by `laad_programmas`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("stappenplan", "0001_traject_analyse_jaarplan")]

    operations = []
