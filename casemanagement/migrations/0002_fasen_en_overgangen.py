from django.db import migrations

FASEN = [
    (
        "acuut",
        1,
        "Acute fase en ziekenhuis",
        "Ziekenhuis",
        "Van het ontstaan van het letsel tot het ontslag uit het ziekenhuis: spoedeisende hulp, "
        "stroke unit, neurologie of neurochirurgie.",
    ),
    (
        "revalidatie",
        2,
        "Revalidatie",
        "Revalidatie",
        "Klinische of poliklinische revalidatie in een revalidatiecentrum, en geriatrische "
        "revalidatie in een VVT-instelling.",
    ),
    (
        "thuis",
        3,
        "Thuis en eerste lijn",
        "Thuis",
        "Terug thuis met zorg en behandeling in de eerste lijn: huisarts, wijkverpleging, "
        "paramedici, casemanager en cliëntondersteuning.",
    ),
    (
        "participatie",
        4,
        "Chronische fase en participatie",
        "Participatie",
        "Leven met de gevolgen van hersenletsel: werk, dagbesteding, wonen, contact met lotgenoten "
        "en ondersteuning vanuit het sociaal domein.",
    ),
]

OVERGANGEN = [
    ("acuut", "revalidatie", "Ontslag uit het ziekenhuis naar een revalidatiecentrum of geriatrische revalidatie."),
    ("acuut", "thuis", "Ontslag uit het ziekenhuis naar huis, zonder revalidatie."),
    ("revalidatie", "thuis", "Ontslag na revalidatie naar huis, met overdracht aan de eerste lijn."),
    ("thuis", "participatie", "Van behandeling naar leven met hersenletsel: nazorg en het sociaal domein."),
]


def vul(apps, schema_editor):
    Fase = apps.get_model("casemanagement", "Fase")
    Overgang = apps.get_model("casemanagement", "Overgang")
    fasen = {}
    for code, volgorde, naam, kort, beschrijving in FASEN:
        fasen[code], _ = Fase.objects.update_or_create(
            code=code,
            defaults={"volgorde": volgorde, "naam": naam, "korte_naam": kort, "beschrijving": beschrijving},
        )
    for van, naar, beschrijving in OVERGANGEN:
        Overgang.objects.update_or_create(
            van_fase=fasen[van], naar_fase=fasen[naar], defaults={"beschrijving": beschrijving}
        )


def leeg(apps, schema_editor):
    apps.get_model("casemanagement", "Overgang").objects.filter(
        van_fase__code__in=[f[0] for f in FASEN]
    ).delete()
    apps.get_model("casemanagement", "Fase").objects.filter(code__in=[f[0] for f in FASEN]).delete()


class Migration(migrations.Migration):
    dependencies = [("casemanagement", "0001_gebruikers_regios_organisaties")]

    operations = [migrations.RunPython(vul, leeg)]
