"""Existing phases belong to the programme casemanagement hersenletsel.

Before programmes were data, the phases were global rows seeded for that programme. This moves
them (and so their transitions) into it; the programme file fills in its texts when it is loaded.
On a new database there are no phases yet and nothing is created here.
"""

import django.db.models.deletion
from django.db import migrations, models

SLUG = "casemanagement-hersenletsel"


def naar_programma(apps, schema_editor):
    Fase = apps.get_model("casemanagement", "Fase")
    Programma = apps.get_model("casemanagement", "Programma")
    if not Fase.objects.filter(programma=None).exists():
        return
    programma, _ = Programma.objects.get_or_create(
        slug=SLUG, defaults={"naam": "Casemanagement hersenletsel"}
    )
    Fase.objects.filter(programma=None).update(programma=programma)


class Migration(migrations.Migration):
    dependencies = [("casemanagement", "0007_programmas_fasen_journeys_organisatietypen")]

    operations = [
        migrations.RunPython(naar_programma, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="fase",
            name="programma",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="fasen",
                to="casemanagement.programma",
                verbose_name="programma",
            ),
        ),
    ]
