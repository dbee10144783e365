"""Once seeded the questionnaire of casemanagement hersenletsel; it now comes from the
programme file (`programmas/casemanagement-hersenletsel.yaml`, loaded by `laad_programmas`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("ontwikkelscan", "0001_vragenlijsten_rondes_antwoorden"),
    ]

    operations = []
