"""The Ontwikkelscan questionnaire for casemanagement hersenletsel, keyed on stable codes.

The scale runs from 0 "niet aanwezig" to 5 "ingebed en geëvalueerd", after the idea of
development phases in integrated care (DMIC) and the 0-5 maturity scale of SCIROCCO,
in our own words. "Weet niet / n.v.t." is not a level: it is kept apart.
"""

from django.db import migrations

CODE = "casemanagement-hersenletsel"
VERSIE = 1
NAAM = "Ontwikkelscan regionale implementatie casemanagement hersenletsel"
BESCHRIJVING = (
    "Hoe ver is het regionale netwerk met casemanagement hersenletsel? Elke deelnemer geeft per "
    "stelling aan in welke mate het in de regio al geregeld is. Samen geven de antwoorden een "
    "beeld van waar het netwerk staat en waar de kansen voor verbetering liggen."
)

SAMENWERKINGSVRAAG = (
    "Met welke organisaties in de regio werkt u al samen op het gebied van casemanagement "
    "hersenletsel?"
)

NIVEAUS = [
    (0, "Niet aanwezig", "Er is niets geregeld en het onderwerp staat nog niet op de agenda."),
    (1, "Verkennend", "Het belang wordt gezien; er zijn eerste gesprekken, nog geen afspraken."),
    (
        2,
        "Losse initiatieven",
        "Enkele partners werken samen of hebben afspraken, maar het hangt af van personen.",
    ),
    (
        3,
        "Afgesproken",
        "Er zijn regionale afspraken, en een deel van de partners werkt er al naar.",
    ),
    (
        4,
        "Toegepast in de regio",
        "(Bijna) alle partners werken structureel volgens de afspraken.",
    ),
    (
        5,
        "Ingebed en geëvalueerd",
        "Vast onderdeel van de werkwijze; het wordt gevolgd, geëvalueerd en verbeterd.",
    ),
]

THEMAS = [
    (
        "visie-draagvlak",
        "Visie en draagvlak",
        "Draagvlak",
        "Delen de partners een beeld van goed casemanagement en staan bestuurders erachter?",
        [
            (
                "VD1",
                "De partners in het netwerk delen een gezamenlijke visie op casemanagement hersenletsel.",
                "Denk aan een visie die op papier staat en door de partners is onderschreven.",
            ),
            (
                "VD2",
                "Bestuurders en managers van de deelnemende organisaties steunen de implementatie zichtbaar.",
                "Bijvoorbeeld met tijd voor medewerkers, een bestuurlijk akkoord of een vaste plek op de agenda.",
            ),
            (
                "VD3",
                "Er is een regionale coördinator of projectleider met tijd en mandaat om de implementatie te trekken.",
                "",
            ),
            (
                "VD4",
                "Wat de implementatie oplevert voor mensen met hersenletsel, naasten en organisaties is benoemd en gedeeld.",
                "",
            ),
            (
                "VD5",
                "Over de implementatie wordt op vaste momenten gecommuniceerd, via een vast kanaal.",
                "Bijvoorbeeld een nieuwsbrief of mailing die speciaal over casemanagement hersenletsel gaat.",
            ),
        ],
    ),
    (
        "netwerk-sociaal-domein",
        "Netwerk en samenwerking met het sociaal domein",
        "Netwerk",
        "Kennen de organisaties in zorg en sociaal domein elkaar, en werken ze samen?",
        [
            (
                "NS1",
                "Het is bekend welke organisaties in de regio zorg of ondersteuning bieden aan mensen met hersenletsel.",
                "Per fase: van het ontstaan van het letsel tot het leven thuis.",
            ),
            (
                "NS2",
                "Professionals van verschillende organisaties kennen elkaar en weten elkaar te vinden.",
                "",
            ),
            (
                "NS3",
                "De gemeente(n) en het Wmo-loket zijn actief betrokken bij het netwerk.",
                "",
            ),
            (
                "NS4",
                "Organisaties voor werk, dagbesteding, onderwijs en wonen zijn aangesloten bij het netwerk.",
                "",
            ),
            (
                "NS5",
                "Zorg en sociaal domein bespreken knelpunten samen in een vast regionaal overleg.",
                "",
            ),
        ],
    ),
    (
        "verwijzing-overdracht",
        "Verwijzing en overdracht per fase en overgang",
        "Overdracht",
        "Is geregeld wie wanneer verwijst en hoe de zorg wordt overgedragen bij elke overgang?",
        [
            (
                "VO1",
                "Bij ontslag uit het ziekenhuis naar huis, zonder revalidatie, is geregeld wie de nazorg oppakt.",
                "",
            ),
            (
                "VO2",
                "De overdracht van het ziekenhuis naar (geriatrische) revalidatie verloopt volgens een afgesproken werkwijze.",
                "",
            ),
            (
                "VO3",
                "Na de revalidatie wordt de zorg warm overgedragen aan de eerste lijn.",
                "Huisarts, wijkverpleging, paramedici: zij weten wie de persoon is en wat er speelt.",
            ),
            (
                "VO4",
                "Bij de overgang van behandeling naar het dagelijks leven is het sociaal domein op tijd in beeld.",
                "",
            ),
            (
                "VO5",
                "Verwijzers weten op welke criteria zij naar welke organisatie verwijzen.",
                "Bijvoorbeeld met een actuele regionale verwijskaart.",
            ),
            (
                "VO6",
                "Wie thuis woont en nieuwe klachten krijgt, vindt de weg terug naar passende zorg.",
                "",
            ),
        ],
    ),
    (
        "casemanagement-zorgcoordinatie",
        "Casemanagement en zorgcoördinatie",
        "Casemanagement",
        "Hebben mensen met hersenletsel één aanspreekpunt dat zorg en ondersteuning samenbrengt?",
        [
            (
                "CZ1",
                "Mensen met hersenletsel en hun naasten hebben één vast aanspreekpunt dat zorg en ondersteuning coördineert.",
                "",
            ),
            (
                "CZ2",
                "Het is afgesproken wie het casemanagement doet in welke fase, en hoe het wordt overgedragen.",
                "",
            ),
            (
                "CZ3",
                "Casemanagers hebben specifieke kennis van hersenletsel en de gevolgen ervan.",
                "",
            ),
            (
                "CZ4",
                "Casemanagement blijft op de lange termijn beschikbaar, ook als er even geen vragen zijn.",
                "Bijvoorbeeld periodiek contact om problemen vroeg te zien.",
            ),
            (
                "CZ5",
                "Per persoon is er één plan waarin de doelen van zorg en sociaal domein samenkomen.",
                "",
            ),
        ],
    ),
    (
        "clientondersteuning-naasten",
        "Cliëntondersteuning en naasten",
        "Naasten",
        "Krijgen naasten aandacht en steun, en is onafhankelijke cliëntondersteuning bekend?",
        [
            (
                "CN1",
                "Naasten worden actief betrokken en krijgen uitleg over de gevolgen van hersenletsel.",
                "",
            ),
            (
                "CN2",
                "De eigen behoeften van naasten worden besproken en zij krijgen zo nodig steun.",
                "Naasten zijn vaak zelf ook getroffen door het hersenletsel.",
            ),
            (
                "CN3",
                "Mensen met hersenletsel worden gewezen op onafhankelijke cliëntondersteuning.",
                "",
            ),
            (
                "CN4",
                "Er is aanbod van lotgenotencontact en psycho-educatie, en professionals verwijzen ernaar.",
                "",
            ),
            (
                "CN5",
                "Informatie is geschikt voor mensen met cognitieve beperkingen: eenvoudig, herhaald en ook op papier.",
                "",
            ),
        ],
    ),
    (
        "betrokkenheid-ervaringsdeskundigen",
        "Betrokkenheid van mensen met hersenletsel",
        "Betrokkenheid",
        "Denken mensen met hersenletsel en naasten mee over hoe het netwerk werkt?",
        [
            (
                "BH1",
                "Mensen met hersenletsel en naasten denken mee over de inrichting van casemanagement in de regio.",
                "",
            ),
            (
                "BH2",
                "De patiëntenvereniging of cliëntenraden hebben een afgesproken rol in het implementatieteam.",
                "",
            ),
            (
                "BH3",
                "Ervaringen van mensen met hersenletsel worden stelselmatig opgehaald en gebruikt om te verbeteren.",
                "Bijvoorbeeld door patiëntreizen samen te bespreken.",
            ),
            (
                "BH4",
                "Ervaringsdeskundigen worden ingezet bij voorlichting, scholing of lotgenotencontact.",
                "",
            ),
        ],
    ),
    (
        "informatie-uitwisseling",
        "Informatie-uitwisseling",
        "Informatie",
        "Gaat de juiste informatie op tijd mee, met toestemming van de persoon?",
        [
            (
                "IU1",
                "Bij een overdracht krijgt de volgende zorgverlener op tijd de informatie die nodig is.",
                "",
            ),
            (
                "IU2",
                "Er zijn afspraken over welke gegevens zorg en sociaal domein met elkaar delen, met toestemming van de persoon.",
                "",
            ),
            (
                "IU3",
                "Partners wisselen informatie uit via een gezamenlijk systeem of een vaste digitale route.",
                "",
            ),
            (
                "IU4",
                "De persoon met hersenletsel en de naasten kunnen hun gegevens en het plan inzien.",
                "",
            ),
            (
                "IU5",
                "Signalen van nieuwe problemen komen terecht bij het vaste aanspreekpunt.",
                "",
            ),
        ],
    ),
    (
        "financiering-borging",
        "Financiering en borging",
        "Borging",
        "Is het casemanagement betaald en zijn de afspraken vastgelegd voor de lange termijn?",
        [
            (
                "FB1",
                "De financiering van casemanagement hersenletsel is voor de komende jaren geregeld.",
                "",
            ),
            (
                "FB2",
                "Zorgverzekeraar(s) en gemeente(n) zijn betrokken bij de afspraken over financiering.",
                "",
            ),
            (
                "FB3",
                "De samenwerking is vastgelegd in een samenwerkingsovereenkomst of convenant.",
                "",
            ),
            (
                "FB4",
                "Er is een regionale overlegstructuur die ook na de implementatie blijft bestaan.",
                "",
            ),
            (
                "FB5",
                "De afspraken worden op vaste momenten herzien en in een jaarplan vastgelegd.",
                "",
            ),
        ],
    ),
    (
        "kwaliteit-lerend-netwerk",
        "Kwaliteit en lerend netwerk",
        "Kwaliteit",
        "Volgt het netwerk de kwaliteit en leert het van ervaringen, ook van andere regio's?",
        [
            (
                "KL1",
                "Er zijn gezamenlijke doelen en indicatoren om de kwaliteit van casemanagement te volgen.",
                "",
            ),
            (
                "KL2",
                "Uitkomsten worden gemeten en in het netwerk besproken.",
                "",
            ),
            (
                "KL3",
                "Professionals volgen scholing over hersenletsel, samen met collega's van andere organisaties.",
                "",
            ),
            (
                "KL4",
                "Knelpunten in de keten worden gesignaleerd, vastgelegd en opgepakt.",
                "",
            ),
            (
                "KL5",
                "Het netwerk deelt kennis en ervaringen met andere regio's.",
                "",
            ),
        ],
    ),
]


def vul(apps, schema_editor):
    Vragenlijst = apps.get_model("ontwikkelscan", "Vragenlijst")
    Thema = apps.get_model("ontwikkelscan", "Thema")
    Item = apps.get_model("ontwikkelscan", "Item")
    Niveau = apps.get_model("ontwikkelscan", "Niveau")
    vragenlijst, _ = Vragenlijst.objects.update_or_create(
        code=CODE,
        versie=VERSIE,
        defaults={
            "naam": NAAM,
            "beschrijving": BESCHRIJVING,
            "samenwerkingsvraag": SAMENWERKINGSVRAAG,
        },
    )
    for waarde, naam, omschrijving in NIVEAUS:
        Niveau.objects.update_or_create(
            vragenlijst=vragenlijst,
            item=None,
            waarde=waarde,
            defaults={"naam": naam, "omschrijving": omschrijving},
        )
    for t_volgorde, (code, naam, kort, beschrijving, items) in enumerate(THEMAS, start=1):
        thema, _ = Thema.objects.update_or_create(
            vragenlijst=vragenlijst,
            code=code,
            defaults={
                "naam": naam,
                "korte_naam": kort,
                "beschrijving": beschrijving,
                "volgorde": t_volgorde,
            },
        )
        for i_volgorde, (i_code, tekst, toelichting) in enumerate(items, start=1):
            Item.objects.update_or_create(
                thema=thema,
                code=i_code,
                defaults={"tekst": tekst, "toelichting": toelichting, "volgorde": i_volgorde},
            )


def leeg(apps, schema_editor):
    Vragenlijst = apps.get_model("ontwikkelscan", "Vragenlijst")
    Vragenlijst.objects.filter(code=CODE, versie=VERSIE).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ontwikkelscan", "0001_vragenlijsten_rondes_antwoorden"),
    ]

    operations = [migrations.RunPython(vul, leeg)]
