"""Once seeded the phases and transitions; they now come from the programme file.

`manage.py laad_programmas` (also run after `migrate`) installs them; migration 0008 moves the
rows an earlier version of this migration created into their programme.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("casemanagement", "0001_gebruikers_regios_organisaties")]

    operations = []
