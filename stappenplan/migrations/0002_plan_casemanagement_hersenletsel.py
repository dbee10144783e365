"""Seed the plan template 'Casemanagement hersenletsel' (versie 1): stap 0-6 and their activities.

Keyed on stable codes: the step codes are those of stappenplan.gates (STAP_*), activities have
a code unique within their step. Tool links are path templates with {slug} for the region or
URL names taking only the region's slug; a link whose page does not exist is not shown.
"""

from django.db import migrations

PLAN_CODE = "casemanagement-hersenletsel"
PLAN_VERSIE = 1

SCAN = ("Ontwikkelscan", "/regio/{slug}/ontwikkelscan/")
JOURNEYS = ("Patientjourneys", "/regio/{slug}/patientjourneys/")
KNELPUNTEN = ("Knelpunten", "/regio/{slug}/knelpunten/")
DOELEN = ("Verbeterpunten en SMARTI-doelen", "/regio/{slug}/doelen/")
VERWIJSKAART = ("Verwijskaart", "/regio/{slug}/verwijskaart/")
BESCHRIJVINGEN = ("Beschrijvingen van partners", "/regio/{slug}/beschrijvingen/")
WERKCONFERENTIE = ("Werkconferentie", "/regio/{slug}/doelen/werkconferentie/")
JAARPLAN = ("Jaarplan", "/regio/{slug}/jaarplan/")
ORGANISATIES = ("Organisaties per fase", "regio")
TEAM = ("Implementatieteam", "stappenplan:team")
BESLUITEN = ("Besluitenlijst", "stappenplan:besluiten")
COMMUNICATIE = ("Communicatieplan", "stappenplan:communicatie")
GEEN = ("", "")

# (nummer, code, naam, uitleg, [(code, titel, uitleg, verplicht, (tool_naam, tool_url))])
STAPPEN = [
    (
        0,
        "draagvlak",
        "Draagvlak creëren",
        "Zorg dat de partners in het netwerk zelf willen verbeteren. Een eerlijk beeld van de "
        "huidige zorg voor mensen met hersenletsel, met de knelpunten erin, maakt zichtbaar wat "
        "de aanbevelingen uit het visiedocument de regio en de zorgvragers opleveren.",
        [
            (
                "belang-uitdragen",
                "Het belang van casemanagement uitdragen in het netwerk",
                "Leg partners uit waarom nazorg, zorgcoördinatie en cliëntondersteuning voor "
                "mensen met hersenletsel en hun naasten samen moeten komen. Het visiedocument "
                "(paragraaf 1.2 en hoofdstuk 2) geeft de argumenten.",
                True,
                GEEN,
            ),
            (
                "opbrengst-beslissers",
                "De opbrengst laten zien aan managers en bestuurders",
                "Maak voor beslissers concreet wat een geslaagde implementatie hun organisatie, "
                "de regio en de zorgvragers oplevert.",
                True,
                GEEN,
            ),
            (
                "beslissers-uitnodigen",
                "Managers en bestuurders uitnodigen om mee te denken",
                "Vraag leidinggevenden die betrokken of nieuwsgierig zijn om actief deel te nemen "
                "en mee te denken over de aanpak.",
                True,
                GEEN,
            ),
            (
                "ontwikkelscan-afnemen",
                "De Ontwikkelscan afnemen in het netwerk",
                "Meet met de Ontwikkelscan waar het regionale netwerk nu staat, en breng in kaart "
                "welke contacten tussen organisaties en professionals er al zijn.",
                True,
                SCAN,
            ),
            (
                "scanresultaten-delen",
                "De uitkomsten van de Ontwikkelscan delen",
                "Bespreek de resultaten met het netwerk: waar liggen kansen om te verbeteren en "
                "wat levert dat de partners op?",
                True,
                SCAN,
            ),
            (
                "communicatievorm-kiezen",
                "Een vaste vorm van communicatie kiezen",
                "Kies hoe u over de implementatie communiceert, bijvoorbeeld een nieuwsbrief of "
                "mailing op vaste momenten, en houd die consequent aan. Leg het vast in het "
                "communicatieplan.",
                True,
                COMMUNICATIE,
            ),
        ],
    ),
    (
        1,
        "voorbereiding",
        "Voorbereiding",
        "Breng in beeld hoe de zorg nu loopt en stel het implementatieteam samen: met "
        "beslissers die mandaat hebben en met zorgvragers en naasten vanaf het begin.",
        [
            (
                "journey-ziekenhuis",
                "Patientjourney: van ziekenhuis naar eerste lijn, zonder revalidatie",
                "Beschrijf de route van iemand die na opname in het ziekenhuis direct naar huis "
                "gaat, met zorg in de eerste lijn.",
                True,
                JOURNEYS,
            ),
            (
                "journey-revalidatie",
                "Patientjourney: van revalidatie naar eerste lijn",
                "Beschrijf de route van iemand die na de revalidatie naar huis gaat en verder "
                "wordt begeleid in de eerste lijn.",
                True,
                JOURNEYS,
            ),
            (
                "journey-thuis",
                "Patientjourney: van thuis naar zorg in de eerste lijn",
                "Beschrijf de route van iemand die thuis woont en daar voor het eerst zorg of "
                "ondersteuning in de eerste lijn zoekt.",
                True,
                JOURNEYS,
            ),
            (
                "journeys-voorleggen",
                "De patientjourneys voorleggen aan de patiëntvertegenwoordiging",
                "Laat de regionale vertegenwoordiging van patiënten en naasten de journeys "
                "beoordelen en evalueren.",
                True,
                JOURNEYS,
            ),
            (
                "organisaties-per-fase",
                "Actieve organisaties per fase in kaart brengen",
                "Leg per fase vast welke organisaties er zijn voor mensen met hersenletsel, hoe "
                "verwijzing en zorg daar lopen en hoe bij elke overgang de overdracht gaat.",
                True,
                ORGANISATIES,
            ),
            (
                "agenda-beslissers",
                "Een agenda met gesprekspunten voor beslissers opstellen",
                "Bereid het overleg op beslissersniveau voor met de punten die om een besluit of "
                "inzet van de organisaties vragen.",
                True,
                GEEN,
            ),
            (
                "deelnemers-vragen",
                "Managers vragen wie namens hun organisatie deelneemt",
                "Vraag elke manager of bestuurder wie de organisatie vertegenwoordigt in het "
                "overleg over casemanagement.",
                True,
                TEAM,
            ),
            (
                "clienten-betrekken",
                "Zorgvragers en naasten vanaf de start betrekken",
                "Zoek contact met de regionale patiëntenvereniging of cliëntenraden en spreek "
                "samen af welke rol de vertegenwoordiging in het traject heeft.",
                True,
                TEAM,
            ),
            (
                "mandaat-vaststellen",
                "Vaststellen dat deelnemers het juiste mandaat hebben",
                "Ga na of iedere deelnemer namens de eigen organisatie mag beslissen in dit "
                "overleg.",
                True,
                TEAM,
            ),
            (
                "team-benoemen",
                "Het implementatieteam benoemen en het overleg afspreken",
                "Benoem de deelnemers tot implementatieteam en leg vast en deel hoe en hoe vaak "
                "het team overlegt.",
                True,
                TEAM,
            ),
        ],
    ),
    (
        2,
        "huidige-situatie-in-kaart",
        "Breng de huidige situatie in kaart",
        "Verzamel hoe verwijzing, zorg en overdracht tussen de partners nu echt verlopen, als "
        "basis voor het vaststellen van de huidige situatie.",
        [
            (
                "verwijzing-in-kaart",
                "De verwijzing tussen partners in kaart brengen",
                "Gebruik de uitkomsten van de Ontwikkelscan om te zien hoe partners naar elkaar "
                "verwijzen. Zorg dat ook het sociaal domein de scan invult.",
                True,
                SCAN,
            ),
            (
                "partners-beschrijven",
                "Partners hun eigen zorg en overdracht laten beschrijven",
                "Laat elke partner zelf opschrijven welke zorg zij in welke fase geeft en hoe zij "
                "die overdraagt aan een andere organisatie.",
                True,
                BESCHRIJVINGEN,
            ),
            (
                "bundel-rondsturen",
                "De beschrijvingen bundelen en rondsturen",
                "Voeg de beschrijvingen samen tot één overzicht en stuur het rond als "
                "voorbereiding op stap 3.",
                True,
                BESCHRIJVINGEN,
            ),
        ],
    ),
    (
        3,
        "huidige-situatie-vaststellen",
        "Stel de huidige situatie vast",
        "Maak samen met het implementatieteam de huidige situatie definitief en zet de "
        "knelpunten op een rij: waar wijkt de zorg in de regio af van de gewenste situatie?",
        [
            (
                "situatie-vaststellen",
                "De huidige situatie vaststellen en het besluit notuleren",
                "Stel in het implementatieteam de huidige situatie definitief vast en leg het "
                "besluit vast in de besluitenlijst, met datum en deelnemers.",
                True,
                BESLUITEN,
            ),
            (
                "knelpuntentabel",
                "Een tabel met knelpunten maken",
                "Zet op een rij waar de huidige situatie afwijkt van de gewenste, op basis van "
                "de Ontwikkelscan en de analyse van de drie patientjourneys.",
                True,
                KNELPUNTEN,
            ),
            (
                "ervaringen-clienten",
                "De ervaringen van zorgvragers en naasten meenemen",
                "Verwerk de inbreng van zorgvragers en naasten uit stap 1 in de knelpunten.",
                True,
                KNELPUNTEN,
            ),
            (
                "betrokken-organisaties",
                "Per knelpunt de betrokken organisaties vastleggen",
                "Noteer welke organisaties bij elk knelpunt betrokken zijn, of zij in het "
                "implementatieteam zitten en hoe zij betrokken zijn.",
                True,
                KNELPUNTEN,
            ),
        ],
    ),
    (
        4,
        "verbeterpunten",
        "Van knelpunten naar verbeterpunten",
        "Maak van de knelpunten concrete verbeterpunten met SMARTI-doelen, en betrek het "
        "bredere netwerk met een regionale werkconferentie.",
        [
            (
                "gezamenlijk-belang",
                "Het gezamenlijke belang bespreken met de partners",
                "Bespreek met de keten- en netwerkpartners waarom het oppakken van de "
                "verbeterpunten ieders belang is, zodat het team er opnieuw achter staat.",
                True,
                GEEN,
            ),
            (
                "winst-voor-clienten",
                "Per knelpunt beschrijven wat het patiënten en naasten oplevert",
                "Formuleer concreet wat er voor patiënten en naasten verbetert als het knelpunt "
                "is opgelost.",
                True,
                DOELEN,
            ),
            (
                "smarti-doelen",
                "SMARTI-doelen en de aanpak formuleren",
                "Maak van elk verbeterpunt een doel dat specifiek, meetbaar, acceptabel, "
                "realistisch, tijdgebonden en inspirerend is, en beschrijf hoe het wordt bereikt.",
                True,
                DOELEN,
            ),
            (
                "succes-bepalen",
                "Bepalen wanneer de implementatie geslaagd is",
                "Spreek af aan welke uitkomst u ziet dat de implementatie succesvol is.",
                True,
                DOELEN,
            ),
            (
                "deadlines",
                "Per doel vastleggen wanneer het bereikt moet zijn",
                "Geef elk doel een datum waarop het behaald moet zijn.",
                True,
                DOELEN,
            ),
            (
                "werkconferentie",
                "Een regionale werkconferentie organiseren",
                "Nodig zorgverleners uit die nog niet in het implementatieteam zitten. Teamleden "
                "verspreiden de uitnodiging in hun netwerk en zijn mede verantwoordelijk voor "
                "opkomst en uitkomst. Doel: de regio informeren over de projectdoelen en ideeën "
                "ophalen, bijvoorbeeld met een presentatie van regionale afspraken of een "
                "marktsetting.",
                True,
                WERKCONFERENTIE,
            ),
            (
                "rol-patienten-conferentie",
                "De rol van de patiëntvertegenwoordiging in de werkconferentie afspreken",
                "Spreek met de vertegenwoordiging af hoe zij actief bijdragen aan de bijeenkomst.",
                True,
                WERKCONFERENTIE,
            ),
        ],
    ),
    (
        5,
        "aan-de-slag",
        "Aan de slag met verbeterpunten",
        "Zet de doelen om in afspraken met verantwoordelijken, en leg de nieuwe situatie vast "
        "in een verwijskaart die in de hele regio bekend is.",
        [
            (
                "verantwoordelijken",
                "Per SMARTI-doel een verantwoordelijke aanwijzen",
                "Wijs voor elk doel een persoon of groep aan die ervoor zorgt dat het wordt "
                "behaald.",
                True,
                DOELEN,
            ),
            (
                "afspraken-vastleggen",
                "Afspraken per groep schriftelijk vastleggen",
                "Leg per groep op papier vast welke afspraken het knelpunt oplossen.",
                True,
                DOELEN,
            ),
            (
                "evaluatie-afspreken",
                "Het moment van evalueren afspreken",
                "Spreek per doel af wanneer de groep evalueert of de afspraken werken.",
                True,
                DOELEN,
            ),
            (
                "communicatie-instellingen",
                "Afspreken hoe elke instelling communiceert",
                "Bespreek hoe de afspraken binnen de verschillende instellingen bekend worden "
                "gemaakt.",
                True,
                COMMUNICATIE,
            ),
            (
                "verwijskaart-opstellen",
                "Een verwijskaart van de nieuwe situatie opstellen",
                "Maak een verwijskaart die laat zien hoe verwijzing en zorg verlopen na de "
                "verbeteringen.",
                True,
                VERWIJSKAART,
            ),
            (
                "verwijskaart-verspreiden",
                "De verwijskaart verspreiden en herzieningsmomenten vastleggen",
                "Verspreid de verwijskaart onder alle betrokkenen in de regio en spreek af "
                "wanneer hij wordt herzien, zodat hij actueel en bruikbaar blijft.",
                True,
                VERWIJSKAART,
            ),
        ],
    ),
    (
        6,
        "borging",
        "Afronding en borging",
        "Maak de resultaten breed bekend, zorg dat de afspraken blijven staan en leg de "
        "herziening en vervolgstappen vast in een jaarplan.",
        [
            (
                "kanalen-kiezen",
                "Resultaten in beeld brengen en kanalen kiezen",
                "Zet de resultaten van het traject voor het hele netwerk op een rij. Vraag het "
                "implementatieteam en de patiëntvertegenwoordiging welke kanalen u kunt "
                "gebruiken: websites, intranet, nieuwsbrieven, apps, regionale kranten.",
                True,
                COMMUNICATIE,
            ),
            (
                "borging-bespreken",
                "Bespreken hoe de afspraken worden geborgd",
                "Spreek af welke stappen nodig zijn om de afspraken vast te houden, zoals een "
                "samenwerkingsovereenkomst, een regionale overlegstructuur en financiering.",
                True,
                JAARPLAN,
            ),
            (
                "successen-vieren",
                "De behaalde successen vieren",
                "Sta met het implementatieteam stil bij wat bereikt is, bijvoorbeeld met een "
                "attentie of een taart bij het overleg.",
                False,
                GEEN,
            ),
            (
                "resultaten-communiceren",
                "Resultaten en verwijskaart communiceren",
                "Maak de resultaten en de verwijskaart bekend via de vaste eigen kanalen en die "
                "van de netwerkpartners.",
                True,
                COMMUNICATIE,
            ),
            (
                "herziening-afspreken",
                "Termijn en verantwoordelijke voor herziening afspreken",
                "Spreek af wanneer de gebruikte hulpmiddelen en de uitkomsten opnieuw worden "
                "bekeken, en wie daarvoor zorgt.",
                True,
                JAARPLAN,
            ),
            (
                "vervolgstappen",
                "Vervolgstappen bepalen",
                "Bepaal met de projectgroep of er vervolgstappen komen. Wie verder wil, begint "
                "een nieuwe cyclus vanaf stap 4.",
                True,
                GEEN,
            ),
            (
                "jaarplan",
                "Herziening en vervolgstappen vastleggen in een jaarplan",
                "Leg de geplande herziening, de vervolgstappen en de borgingsafspraken vast in "
                "een jaarplan, met een jaarlijkse evaluatie en bijstelling.",
                True,
                JAARPLAN,
            ),
        ],
    ),
]


def vul(apps, schema_editor):
    PlanTemplate = apps.get_model("stappenplan", "PlanTemplate")
    StapTemplate = apps.get_model("stappenplan", "StapTemplate")
    ActiviteitTemplate = apps.get_model("stappenplan", "ActiviteitTemplate")
    plan, _ = PlanTemplate.objects.update_or_create(
        code=PLAN_CODE,
        versie=PLAN_VERSIE,
        defaults={
            "naam": "Casemanagement hersenletsel",
            "beschrijving": "Het stappenplan waarmee een regionale coördinator het visiedocument "
            "casemanagement hersenletsel invoert: van draagvlak tot borging, in zeven stappen.",
            "cyclus_vanaf": 4,
            "actief": True,
        },
    )
    for nummer, code, naam, uitleg, activiteiten in STAPPEN:
        stap, _ = StapTemplate.objects.update_or_create(
            plan=plan, code=code, defaults={"nummer": nummer, "naam": naam, "uitleg": uitleg}
        )
        for volgorde, (a_code, titel, a_uitleg, verplicht, (tool_naam, tool_url)) in enumerate(
            activiteiten, start=1
        ):
            ActiviteitTemplate.objects.update_or_create(
                stap=stap,
                code=a_code,
                defaults={
                    "titel": titel,
                    "uitleg": a_uitleg,
                    "verplicht": verplicht,
                    "tool_naam": tool_naam,
                    "tool_url": tool_url,
                    "volgorde": volgorde,
                },
            )


def leeg(apps, schema_editor):
    PlanTemplate = apps.get_model("stappenplan", "PlanTemplate")
    PlanTemplate.objects.filter(code=PLAN_CODE, versie=PLAN_VERSIE, trajecten=None).delete()


class Migration(migrations.Migration):
    dependencies = [("stappenplan", "0001_traject_analyse_jaarplan")]

    operations = [migrations.RunPython(vul, leeg)]
