"""Demo data of the analyse area: the three journeys with their review, the partner
descriptions with the bundle sent round, knelpunten, verbeterpunten and a werkconferentie.

Idempotent: everything is looked up by a natural key first and only created when missing.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

from casemanagement.models import Fase

from .models.analyse import (
    BundelVerzending,
    JourneyReactie,
    JourneyType,
    Knelpunt,
    KnelpuntBron,
    KnelpuntStatus,
    Oordeel,
    PartnerBeschrijving,
    Patientjourney,
    Prioriteit,
    Verbeterpunt,
    VerbeterpuntStatus,
    Voortgang,
    Werkconferentie,
    WerkconferentieUitnodiging,
)
from .services import analyse as services

ZIEKENHUIS = "Ziekenhuis De Linde"
ANKER = "Revalidatiecentrum Het Anker"
RIVIERENLAND = "Zorggroep Rivierenland"
VAART = "Huisartsencoöperatie De Vaart"
DICHTBIJ = "Thuiszorg Dichtbij"
BRUG = "Paramedisch Centrum De Brug"
GGZ = "GGZ Voorbeeld, team NAH"
WMO = "Gemeente Voorbeeld, Wmo-loket"
SAMEN = "MEE Voorbeeld, cliëntondersteuning"
VERENIGING = "Hersenletselvereniging Voorbeeld"
WELZIJN = "Welzijn Voorbeeld"
HERSENZ = "Hersenz Voorbeeld"
HAP = "Huisartsenpost Voorbeeld"
VERZEKERAAR = "Zorgverzekeraar Midden"

# Per journey: summary; per phase (code): organisations, referral, care, known problems;
# per transition (van, naar): information, responsible, waiting time, known problems.
JOURNEYS = {
    JourneyType.ZIEKENHUIS: {
        "samenvatting": "Mensen met een licht herseninfarct of een TIA die na een korte opname "
        "op de stroke unit naar huis gaan, en mensen met een lichte hersenschudding die na "
        "beoordeling op de spoedeisende hulp naar huis gaan. Er is geen revalidatie; de eerste "
        "lijn neemt het over.",
        "fasen": {
            "acuut": (
                [ZIEKENHUIS, HAP],
                "Via de huisarts, de huisartsenpost of de ambulance naar de spoedeisende hulp. "
                "Een herseninfarct wordt opgenomen op de stroke unit; na een lichte "
                "hersenschudding volgt observatie op de spoedeisende hulp, zelden een nacht "
                "opname op een verpleegafdeling.",
                "Na een beroerte diagnostiek en behandeling op de stroke unit; de verpleegkundig "
                "specialist CVA bereidt het ontslag voor (gemiddeld 3 dagen opname). Na een "
                "hersenschudding krijgt de patiënt op de spoedeisende hulp uitleg over "
                "klachten en herstel mee.",
                "Bij ontslag wordt niet systematisch gekeken naar cognitieve gevolgen: die "
                "worden vaak pas thuis zichtbaar.",
            ),
            "thuis": (
                [VAART, DICHTBIJ, BRUG, SAMEN],
                "De huisarts krijgt de ontslagbrief; verwijzing naar fysiotherapie of "
                "ergotherapie gaat via de huisarts.",
                "Huisarts en praktijkondersteuner volgen de klachten; paramedische behandeling "
                "in de wijk. Cliëntondersteuning alleen als iemand daar zelf om vraagt.",
                "",
            ),
        },
        "overgangen": {
            ("acuut", "thuis"): (
                "Ontslagbrief van de neuroloog; geen verpleegkundige overdracht als er geen "
                "thuiszorg nodig is.",
                "De neuroloog; de huisarts is daarna aanspreekpunt.",
                "De ontslagbrief komt gemiddeld na 10 dagen bij de huisarts",
                "Patiënten en naasten weten na ontslag niet bij wie zij terechtkunnen met "
                "vragen over vermoeidheid en concentratie.",
            ),
        },
    },
    JourneyType.REVALIDATIE: {
        "samenvatting": "Mensen met een beroerte of traumatisch hersenletsel die na de opname "
        "klinisch revalideren in het revalidatiecentrum of bij de geriatrische revalidatie, en "
        "daarna naar huis gaan.",
        "fasen": {
            "acuut": (
                [ZIEKENHUIS],
                "Opname via de spoedeisende hulp.",
                "Behandeling op de stroke unit; de revalidatiearts komt in consult en "
                "adviseert over de vervolgplek.",
                "",
            ),
            "revalidatie": (
                [ANKER, RIVIERENLAND],
                "Aanmelding door de transferverpleegkundige van het ziekenhuis bij het "
                "revalidatiecentrum of de geriatrische revalidatie.",
                "Klinische revalidatie met een behandelteam; naasten krijgen voorlichting en "
                "worden betrokken bij de doelen.",
                "Wachtlijst voor klinische revalidatie: patiënten liggen soms een week langer "
                "in het ziekenhuis.",
            ),
            "thuis": (
                [VAART, DICHTBIJ, BRUG, GGZ, WMO, SAMEN],
                "Verwijzing naar poliklinische revalidatie of eerstelijns paramedici; de "
                "casemanager NAH van Het Anker neemt contact op.",
                "Poliklinische nazorg, casemanagement NAH, wijkverpleging en ondersteuning "
                "vanuit de Wmo.",
                "",
            ),
        },
        "overgangen": {
            ("acuut", "revalidatie"): (
                "Medische en verpleegkundige overdracht, uitslag van de eerste screening.",
                "Transferverpleegkundige van het ziekenhuis.",
                "Gemiddeld 6 dagen",
                "De wachttijd voor klinische revalidatie is te lang.",
            ),
            ("revalidatie", "thuis"): (
                "Ontslagbrief, revalidatiedoelen en adviezen voor thuis; een warme overdracht "
                "aan de casemanager.",
                "Revalidatiearts en casemanager NAH.",
                "1 tot 2 weken",
                "",
            ),
        },
    },
    JourneyType.THUIS: {
        "samenvatting": "Mensen die thuis wonen en klachten krijgen door hersenletsel dat eerder "
        "is ontstaan of nooit als zodanig is herkend. Zij komen via de huisarts, het Wmo-loket "
        "of de cliëntondersteuning in beeld.",
        "fasen": {
            "thuis": (
                [VAART, WMO, SAMEN, DICHTBIJ],
                "De wijkverpleging of het Wmo-loket signaleert de klachten en stuurt door naar "
                "de huisarts; de huisarts verwijst zo nodig naar de neuroloog of de "
                "NAH-casemanager.",
                "Onderzoek naar de oorzaak van de klachten; zorg en ondersteuning dichtbij huis.",
                "Hersenletsel wordt thuis vaak laat herkend; klachten worden aan stress of "
                "ouderdom toegeschreven.",
            ),
            "participatie": (
                [GGZ, WMO, SAMEN, WELZIJN, HERSENZ, VERENIGING],
                "Via de cliëntondersteuner van MEE, het Wmo-loket of het welzijnswerk; voor "
                "behandeling in de chronische fase (Hersenz) verwijst de huisarts.",
                "Dagbesteding, begeleiding bij werk, behandeling bij blijvende gevolgen, "
                "lotgenotencontact en steun voor naasten.",
                "",
            ),
        },
        "overgangen": {
            ("thuis", "participatie"): (
                "Geen vaste overdracht; de cliëntondersteuner brengt mensen in contact met de "
                "juiste partij.",
                "Niet vastgelegd",
                "Wisselend, tot 3 maanden voor dagbesteding",
                "Niemand is verantwoordelijk voor de overgang naar het sociaal domein.",
            ),
        },
    },
}

# Per journey: comments by the patient representative (phase code or (van, naar), herkenbaar,
# what goes wrong, suggestion, the coordinator's answer or "").
REACTIES = {
    JourneyType.ZIEKENHUIS: [
        (
            ("acuut", "thuis"),
            "ja",
            "Na ontslag hoor je weken niets. Naasten merken als eerste dat er iets veranderd "
            "is, maar weten niet waar ze heen moeten.",
            "Bel iedereen een week na ontslag even op.",
            "Opgenomen als knelpunt; de werkgroep overdracht onderzoekt een belafspraak na "
            "ontslag.",
        ),
        (
            "acuut",
            "deels",
            "Er wordt in het ziekenhuis vooral naar het lichamelijke herstel gekeken.",
            "Geef een folder mee over vermoeidheid en prikkelgevoeligheid.",
            "",
        ),
    ],
    JourneyType.REVALIDATIE: [
        (
            "revalidatie",
            "ja",
            "Het wachten op een revalidatieplek is zwaar voor naasten.",
            "Laat weten hoe lang het wachten ongeveer duurt.",
            "Het ziekenhuis geeft voortaan bij het consult van de revalidatiearts een "
            "verwachting van de wachttijd.",
        ),
    ],
    JourneyType.THUIS: [
        (
            "thuis",
            "ja",
            "Ik heb twee jaar met klachten rondgelopen voordat iemand aan hersenletsel dacht.",
            "Train huisartsen en Wmo-consulenten in het herkennen van NAH.",
            "Opgenomen als knelpunt met hoge prioriteit.",
        ),
        (
            ("thuis", "participatie"),
            "ja",
            "Voor dagbesteding moest ik alles zelf uitzoeken.",
            "",
            "Besproken in het implementatieteam; de cliëntondersteuning pakt dit op.",
        ),
    ],
}

OORDELEN = {
    JourneyType.ZIEKENHUIS: (
        Oordeel.AANPASSEN,
        "Beschrijf ook wat naasten in de eerste weken thuis meemaken.",
    ),
    JourneyType.REVALIDATIE: (Oordeel.AKKOORD, "Herkenbaar beschreven."),
    JourneyType.THUIS: (Oordeel.AKKOORD, ""),
}

# Organisation: (general, handover, {phase code: care}).
BESCHRIJVINGEN = {
    ZIEKENHUIS: (
        "Neurologie en stroke unit voor de regio.",
        "Ontslagbrief naar de huisarts; bij revalidatie een overdracht door de "
        "transferverpleegkundige; bij thuiszorg een verpleegkundige overdracht.",
        {"acuut": "Spoedeisende hulp, trombolyse, stroke unit en neurologische zorg."},
    ),
    ANKER: (
        "Medisch-specialistische revalidatie voor volwassenen met NAH.",
        "Ontslagbrief en behandeladvies naar huisarts en paramedici; warme overdracht aan de "
        "casemanager NAH.",
        {
            "revalidatie": "Klinische en poliklinische revalidatie met een interdisciplinair "
            "behandelteam.",
            "thuis": "Poliklinische nazorg en casemanagement NAH tot een jaar na ontslag.",
        },
    ),
    RIVIERENLAND: (
        "Geriatrische revalidatie voor kwetsbare ouderen.",
        "Overdracht aan huisarts en wijkverpleging bij ontslag.",
        {"revalidatie": "Geriatrische revalidatie na een beroerte, gemiddeld zes weken."},
    ),
    VAART: (
        "Huisartsenzorg in de hele regio.",
        "Verwijzing via ZorgDomein; de praktijkondersteuner houdt contact met de casemanager.",
        {"thuis": "Huisarts en praktijkondersteuner volgen de gevolgen van het letsel."},
    ),
    DICHTBIJ: (
        "Wijkverpleging met aandachtsvelders NAH.",
        "Verpleegkundige overdracht via het elektronisch overdrachtsdossier.",
        {"thuis": "Verzorging, verpleging en signalering van nieuwe problemen thuis."},
    ),
    BRUG: (
        "Fysiotherapie, ergotherapie en logopedie.",
        "Verslag aan de huisarts bij start en einde van de behandeling.",
        {
            "thuis": "Behandeling aan huis of in de praktijk.",
            "participatie": "Ergotherapie gericht op werk en dagelijks leven.",
        },
    ),
    GGZ: (
        "Specialistische ggz voor mensen met NAH en hun naasten.",
        "Terugrapportage aan de verwijzer; overdracht aan de POH-ggz bij afronding.",
        {
            "thuis": "Behandeling van stemmings- en gedragsproblemen.",
            "participatie": "Groepen voor naasten.",
        },
    ),
    WMO: (
        "Wmo-loket en sociaal wijkteam.",
        "Na het keukentafelgesprek een beschikking; het wijkteam is het aanspreekpunt.",
        {
            "thuis": "Hulpmiddelen, huishoudelijke hulp en woningaanpassing.",
            "participatie": "Dagbesteding, vervoer en begeleiding.",
        },
    ),
    SAMEN: (
        "Onafhankelijke cliëntondersteuning.",
        "Met toestemming een overdracht aan de nieuwe ondersteuner of het wijkteam.",
        {
            "thuis": "Hulp bij het regelen van zorg en ondersteuning.",
            "participatie": "Ondersteuning bij werk, geldzaken en wonen op de lange termijn.",
        },
    ),
}

# (title, current, desired, source, source text, journey link, phase or transition,
#  organisations, priority, status)
KNELPUNTEN = [
    (
        "Geen vast aanspreekpunt na ontslag naar huis",
        "Na ontslag zonder revalidatie weten patiënten en naasten niet bij wie ze terechtkunnen.",
        "Iedereen krijgt bij ontslag een vast aanspreekpunt en binnen een week een belafspraak.",
        KnelpuntBron.JOURNEY_OVERGANG,
        "",
        (JourneyType.ZIEKENHUIS, ("acuut", "thuis")),
        ("acuut", "thuis"),
        [ZIEKENHUIS, VAART],
        Prioriteit.HOOG,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Ontslagbrief komt laat bij de huisarts",
        "De ontslagbrief komt gemiddeld pas na tien dagen binnen.",
        "De huisarts heeft de ontslagbrief binnen twee werkdagen.",
        KnelpuntBron.JOURNEY_OVERGANG,
        "",
        (JourneyType.ZIEKENHUIS, ("acuut", "thuis")),
        ("acuut", "thuis"),
        [ZIEKENHUIS, VAART],
        Prioriteit.HOOG,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Cognitieve gevolgen niet gescreend bij ontslag",
        "Bij een kort verblijf wordt niet gekeken naar cognitieve gevolgen.",
        "Elke patiënt krijgt voor ontslag een korte cognitieve screening.",
        KnelpuntBron.JOURNEY_STAP,
        "",
        (JourneyType.ZIEKENHUIS, "acuut"),
        "acuut",
        [ZIEKENHUIS],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Wachttijd klinische revalidatie",
        "Patiënten wachten gemiddeld zes dagen in het ziekenhuis op een revalidatieplek.",
        "Overplaatsing binnen drie dagen na de indicatie.",
        KnelpuntBron.JOURNEY_OVERGANG,
        "",
        (JourneyType.REVALIDATIE, ("acuut", "revalidatie")),
        ("acuut", "revalidatie"),
        [ZIEKENHUIS, ANKER, RIVIERENLAND, VERZEKERAAR],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Hersenletsel thuis laat herkend",
        "Klachten door hersenletsel worden thuis vaak niet als zodanig herkend.",
        "Huisartsen, wijkverpleging en Wmo-consulenten herkennen NAH en verwijzen op tijd.",
        KnelpuntBron.CLIENTINPUT,
        "Reactie van een patiëntvertegenwoordiger op de journey vanuit huis",
        (JourneyType.THUIS, "thuis"),
        "thuis",
        [VAART, DICHTBIJ, WMO],
        Prioriteit.HOOG,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Niemand verantwoordelijk voor de stap naar het sociaal domein",
        "Na de behandeling zoeken mensen zelf uit waar ze terechtkunnen voor dagbesteding en werk.",
        "Een vaste overdracht van casemanager naar wijkteam of cliëntondersteuning.",
        KnelpuntBron.JOURNEY_OVERGANG,
        "",
        (JourneyType.THUIS, ("thuis", "participatie")),
        ("thuis", "participatie"),
        [WMO, SAMEN, VERENIGING],
        Prioriteit.HOOG,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Weinig samenwerking tussen zorg en sociaal domein",
        "In de Ontwikkelscan scoort de samenwerking met het sociaal domein het laagst.",
        "Vaste overlegmomenten tussen casemanagers en wijkteams.",
        KnelpuntBron.ONTWIKKELSCAN,
        "Thema samenwerking in het netwerk: contact met het sociaal domein",
        None,
        "participatie",
        [WMO, ANKER],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPEN,
    ),
    (
        "Geen gedeeld overzicht van het zorgaanbod",
        "Zorgverleners weten niet welke partners er zijn voor mensen met NAH.",
        "Een actuele verwijskaart die iedereen in de regio gebruikt.",
        KnelpuntBron.ONTWIKKELSCAN,
        "Thema verwijzing: kennis van de sociale kaart",
        None,
        None,
        [ZIEKENHUIS, ANKER, VAART, WMO],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPGEPAKT,
    ),
    (
        "Naasten krijgen weinig steun",
        "Naasten lopen vast, maar er is weinig aandacht voor hun eigen belasting.",
        "Naasten worden actief gewezen op steun en lotgenotencontact.",
        KnelpuntBron.CLIENTINPUT,
        "Bijeenkomst van de cliëntenraad",
        None,
        "thuis",
        [GGZ, SAMEN, VERENIGING],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPEN,
    ),
    (
        "Financiering casemanagement na een jaar onzeker",
        "Casemanagement NAH wordt na een jaar niet meer vergoed.",
        "Structurele financiering van casemanagement zolang het nodig is.",
        KnelpuntBron.OVERIG,
        "Signaal van de managers in het netwerk",
        None,
        "participatie",
        [ANKER, VERZEKERAAR, WMO],
        Prioriteit.LAAG,
        KnelpuntStatus.OPEN,
    ),
    (
        "Verschillende overdrachtsformulieren",
        "Elke organisatie gebruikt een eigen overdrachtsformulier.",
        "Eén regionaal overdrachtsformulier NAH.",
        KnelpuntBron.ONTWIKKELSCAN,
        "Thema overdracht: afspraken over informatie",
        None,
        ("revalidatie", "thuis"),
        [ANKER, DICHTBIJ, BRUG],
        Prioriteit.LAAG,
        KnelpuntStatus.NIET_OPGEPAKT,
    ),
    (
        "Lange wachttijd voor dagbesteding",
        "Wachttijd tot drie maanden voor passende dagbesteding.",
        "Dagbesteding binnen vier weken na de aanvraag.",
        KnelpuntBron.JOURNEY_STAP,
        "",
        (JourneyType.THUIS, "participatie"),
        "participatie",
        [],
        Prioriteit.MIDDEN,
        KnelpuntStatus.OPEN,
    ),
]


# How the organisations are involved, for some knelpunten.
BETROKKENHEID = {
    "Wachttijd klinische revalidatie": "Het ziekenhuis houdt het bed bezet, de revalidatie "
    "bepaalt de opname en de zorgverzekeraar de afspraken over capaciteit; de verzekeraar zit "
    "niet in het team.",
    "Niemand verantwoordelijk voor de stap naar het sociaal domein": "Gemeente en "
    "cliëntondersteuning nemen het over; de Hersenletselvereniging brengt de ervaringen in.",
}


# What a knelpunt means for clients and naasten, as brought in by the patient representatives.
CLIENTPERSPECTIEF = {
    "Geen vast aanspreekpunt na ontslag naar huis": "De eerste weken thuis zijn het zwaarst: "
    "naasten zien de veranderingen en weten niet bij wie ze hun zorgen kwijt kunnen.",
    "Hersenletsel thuis laat herkend": "Mensen horen jarenlang dat het stress is; dat maakt "
    "onzeker en kost relaties en werk.",
    "Naasten krijgen weinig steun": "Partners en kinderen raken overbelast zonder dat iemand "
    "ernaar vraagt.",
}


def _doelen(vandaag):
    """Goals in various states: (knelpunt title, title, fields, voortgang [(days ago, text,
    evaluation)])."""
    return [
        (
            "Geen vast aanspreekpunt na ontslag naar huis",
            "Belafspraak binnen een week na ontslag",
            {
                "wat_verbetert": "Patiënten en naasten weten vanaf de eerste week thuis bij wie "
                "zij terechtkunnen.",
                "specifiek": "De casemanager NAH belt iedereen die zonder revalidatie naar huis "
                "gaat binnen zeven dagen na ontslag.",
                "indicator": "Aandeel ontslagen patiënten dat binnen 7 dagen is gebeld",
                "nulmeting": "0%",
                "streefwaarde": "80%",
                "acceptabel": "Neurologie, huisartsen en de cliëntenraad staan erachter.",
                "realistisch": "Past in de bestaande formatie van de casemanagers.",
                "deadline": vandaag + timedelta(days=120),
                "inspirerend": "Niemand staat er na ontslag alleen voor.",
                "succes": "Als 8 van de 10 mensen binnen een week gebeld zijn.",
                "aanpak": "Ontslaglijst dagelijks naar de casemanager; belscript.",
                "verantwoordelijke": "teamlid@example.org",
                "verantwoordelijke_groep": "Werkgroep overdracht",
                "afspraken": "Het ziekenhuis mailt de ontslaglijst dagelijks; de casemanager "
                "registreert het belmoment.",
                "evaluatie_op": vandaag + timedelta(days=60),
                "communicatie": "Ziekenhuis: werkinstructie afdeling; huisartsen: nieuwsbrief "
                "coöperatie; Het Anker: teamoverleg.",
                "status": VerbeterpuntStatus.LOOPT,
            },
            [(20, "Ontslaglijst loopt sinds deze maand; 12 van de 18 mensen gebeld.", False)],
        ),
        (
            "Ontslagbrief komt laat bij de huisarts",
            "Ontslagbrief binnen twee werkdagen bij de huisarts",
            {
                "wat_verbetert": "De huisarts kan direct helpen als iemand na ontslag belt.",
                "specifiek": "Het ziekenhuis verstuurt de ontslagbrief digitaal op de dag van "
                "ontslag.",
                "indicator": "Aandeel ontslagbrieven binnen 2 werkdagen bij de huisarts",
                "nulmeting": "35%",
                "streefwaarde": "90%",
                "acceptabel": "",
                "realistisch": "",
                "deadline": vandaag + timedelta(days=200),
                "inspirerend": "",
                "verantwoordelijke": "neuroloog@example.org",
                "status": VerbeterpuntStatus.CONCEPT,
            },
            [],
        ),
        (
            "Cognitieve gevolgen niet gescreend bij ontslag",
            "Cognitieve screening voor elk ontslag",
            {
                "wat_verbetert": "Gevolgen voor denken en gedrag worden eerder gezien, zodat "
                "mensen en naasten weten wat ze kunnen verwachten.",
                "specifiek": "Elke patiënt met een beroerte krijgt voor ontslag een MoCA.",
                "indicator": "Aandeel patiënten met een screening in het dossier",
                "nulmeting": "40%",
                "streefwaarde": "95%",
                "acceptabel": "Neurologen en verpleegkundigen hebben ingestemd.",
                "realistisch": "De screening duurt tien minuten.",
                "deadline": vandaag - timedelta(days=14),
                "inspirerend": "Sneller de juiste hulp voor onzichtbare gevolgen.",
                "verantwoordelijke": "verpleegkundige@example.org",
                "afspraken": "Screening opgenomen in het ontslagprotocol.",
                "evaluatie_op": vandaag - timedelta(days=30),
                "communicatie": "Ziekenhuis: scholing verpleegkundigen; huisartsen: uitslag in "
                "de ontslagbrief.",
                "status": VerbeterpuntStatus.LOOPT,
            },
            [(45, "Scholing gegeven aan twee afdelingen; nog 60% gescreend.", False)],
        ),
        (
            "Hersenletsel thuis laat herkend",
            "Scholing herkennen NAH voor eerste lijn en Wmo",
            {
                "wat_verbetert": "Mensen thuis krijgen eerder de juiste diagnose en hulp.",
                "specifiek": "Alle huisartsen, wijkverpleegkundigen en Wmo-consulenten volgen "
                "de scholing herkennen van NAH.",
                "indicator": "Aantal geschoolde professionals",
                "nulmeting": "0",
                "streefwaarde": "120",
                "acceptabel": "De koepels van huisartsen en wijkverpleging steunen het.",
                "realistisch": "De scholing bestaat al en is online te volgen.",
                "deadline": vandaag - timedelta(days=40),
                "inspirerend": "Niemand loopt meer jaren rond met onbegrepen klachten.",
                "verantwoordelijke": "huisarts@example.org",
                "afspraken": "Elke organisatie plant de scholing in het eigen scholingsjaar.",
                "evaluatie_op": vandaag - timedelta(days=50),
                "communicatie": "Via de nieuwsbrieven van de koepels en het Wmo-teamoverleg.",
                "status": VerbeterpuntStatus.BEHAALD,
            },
            [(55, "Evaluatie: 132 professionals geschoold, doel behaald.", True)],
        ),
        (
            "Niemand verantwoordelijk voor de stap naar het sociaal domein",
            "Warme overdracht naar het sociaal domein",
            {
                "wat_verbetert": "Mensen en naasten hoeven niet zelf uit te zoeken waar ze "
                "terechtkunnen voor dagbesteding en werk.",
                "specifiek": "De casemanager draagt bij afronding over aan het wijkteam of de "
                "cliëntondersteuner in een gezamenlijk gesprek.",
                "indicator": "Aandeel afrondingen met een gezamenlijk overdrachtsgesprek",
                "nulmeting": "10%",
                "streefwaarde": "75%",
                "acceptabel": "Wijkteams en cliëntondersteuning willen dit graag.",
                "realistisch": "Eén extra gesprek per cliënt.",
                "deadline": vandaag + timedelta(days=25),
                "inspirerend": "Eén route van ziekenhuis tot meedoen in de wijk.",
                "verantwoordelijke_groep": "Werkgroep sociaal domein",
                "afspraken": "",
                "evaluatie_op": None,
                "communicatie": "",
                "status": VerbeterpuntStatus.LOOPT,
            },
            [],
        ),
    ]


def _bouw_journeys(demo, regio, coordinator, patient, vandaag):
    fasen = {f.code: f for f in Fase.objects.all()}
    for type_, inhoud in JOURNEYS.items():
        journey = Patientjourney.objects.filter(regio=regio, type=type_).first()
        if journey is not None:
            continue
        journey = services.journey_aanmaken(regio=regio, type=type_)
        stappen = {}
        for stap in journey.stappen.select_related("fase"):
            orgs, verwijzing, zorg, knelpunt = inhoud["fasen"][stap.fase.code]
            stappen[stap.pk] = {
                "organisaties": [demo.organisaties[("voorbeeld", n)] for n in orgs],
                "verwijzing": verwijzing,
                "zorg": zorg,
                "bekende_knelpunten": knelpunt,
            }
        overgangen = {}
        for o in journey.overgangen.select_related("overgang__van_fase", "overgang__naar_fase"):
            sleutel = (o.overgang.van_fase.code, o.overgang.naar_fase.code)
            info, verantwoordelijke, wachttijd, knelpunt = inhoud["overgangen"][sleutel]
            overgangen[o.pk] = {
                "informatie": info,
                "verantwoordelijke": verantwoordelijke,
                "wachttijd": wachttijd,
                "bekende_knelpunten": knelpunt,
            }
        services.journey_opslaan(
            journey=journey,
            samenvatting=inhoud["samenvatting"],
            stappen=stappen,
            overgangen=overgangen,
        )
        journey.voorgelegd_op = vandaag - timedelta(days=90)
        journey.voorgelegd_door = coordinator
        journey.save()
        for onderdeel, herkenbaar, mis, suggestie, antwoord in REACTIES[type_]:
            doel = {}
            if isinstance(onderdeel, tuple):
                doel["overgang"] = journey.overgangen.get(
                    overgang__van_fase=fasen[onderdeel[0]], overgang__naar_fase=fasen[onderdeel[1]]
                )
            else:
                doel["stap"] = journey.stappen.get(fase=fasen[onderdeel])
            reactie = services.reactie_plaatsen(
                journey=journey,
                auteur=patient,
                herkenbaar=herkenbaar,
                wat_gaat_mis=mis,
                suggestie=suggestie,
                **doel,
            )
            if antwoord:
                services.reactie_beantwoorden(reactie=reactie, door=coordinator, antwoord=antwoord)
        oordeel, toelichting = OORDELEN[type_]
        services.oordeel_geven(
            journey=journey, auteur=patient, oordeel=oordeel, toelichting=toelichting
        )


def _bouw_beschrijvingen(demo, regio, coordinator):
    fasen = {f.code: f for f in Fase.objects.all()}
    nieuw = False
    for naam, (algemeen, overdracht, zorg) in BESCHRIJVINGEN.items():
        org = demo.organisaties[("voorbeeld", naam)]
        if PartnerBeschrijving.objects.filter(organisatie=org).exists():
            continue
        lid = org.leden.select_related("user").first()
        services.beschrijving_opslaan(
            organisatie=org,
            door=lid.user if lid else coordinator,
            algemeen=algemeen,
            overdracht=overdracht,
            zorg_per_fase={fasen[code].pk: tekst for code, tekst in zorg.items()},
        )
        nieuw = True
    if nieuw or not BundelVerzending.objects.filter(regio=regio).exists():
        ontvangers = sorted(
            set(
                regio.lidmaatschappen.filter(rol__in=["teamlid", "coordinator"]).values_list(
                    "user__email", flat=True
                )
            )
        )
        BundelVerzending.objects.create(
            regio=regio,
            verstuurd_op=timezone.now(),
            verstuurd_door=coordinator,
            aantal_beschrijvingen=PartnerBeschrijving.objects.filter(regio=regio).count(),
            ontvangers="\n".join(ontvangers),
        )


def _journey_onderdeel(regio, link, fasen):
    if link is None:
        return {}
    type_, plek = link
    journey = Patientjourney.objects.get(regio=regio, type=type_)
    if isinstance(plek, tuple):
        overgang = journey.overgangen.get(
            overgang__van_fase=fasen[plek[0]], overgang__naar_fase=fasen[plek[1]]
        )
        reactie = JourneyReactie.objects.filter(overgang=overgang).first()
        return {"journey_overgang": overgang, "reactie": reactie}
    stap = journey.stappen.get(fase=fasen[plek])
    return {"journey_stap": stap, "reactie": JourneyReactie.objects.filter(stap=stap).first()}


def _bouw_knelpunten(demo, regio):
    from casemanagement.models import Overgang

    fasen = {f.code: f for f in Fase.objects.all()}
    for (
        titel,
        huidig,
        gewenst,
        bron,
        bron_tekst,
        link,
        plek,
        orgs,
        prioriteit,
        status,
    ) in KNELPUNTEN:
        if Knelpunt.objects.filter(regio=regio, titel=titel).exists():
            continue
        data = {
            "titel": titel,
            "huidige_situatie": huidig,
            "gewenste_situatie": gewenst,
            "bron": bron,
            "bron_omschrijving": bron_tekst,
            "prioriteit": prioriteit,
            "status": status,
            "journey_stap": None,
            "journey_overgang": None,
            "reactie": None,
            "fase": None,
            "overgang": None,
            "betrokkenheid": BETROKKENHEID.get(titel, ""),
            "clientperspectief": CLIENTPERSPECTIEF.get(titel, ""),
        }
        onderdeel = _journey_onderdeel(regio, link, fasen)
        if bron != KnelpuntBron.CLIENTINPUT:
            onderdeel.pop("reactie", None)
        data.update(onderdeel)
        if isinstance(plek, tuple):
            data["overgang"] = Overgang.objects.get(
                van_fase=fasen[plek[0]], naar_fase=fasen[plek[1]]
            )
        elif plek:
            data["fase"] = fasen[plek]
        services.knelpunt_opslaan(
            regio=regio,
            data=data,
            organisaties=[demo.organisaties[("voorbeeld", n)] for n in orgs],
        )


def _bouw_doelen(demo, regio, vandaag):
    for knelpunt_titel, titel, velden, voortgang in _doelen(vandaag):
        if Verbeterpunt.objects.filter(regio=regio, titel=titel).exists():
            continue
        data = {**velden, "titel": titel}
        email = data.pop("verantwoordelijke", None)
        data["verantwoordelijke"] = demo.users[email] if email else None
        data["knelpunt"] = Knelpunt.objects.get(regio=regio, titel=knelpunt_titel)
        doel = services.verbeterpunt_opslaan(regio=regio, data=data)
        for dagen, tekst, evaluatie in voortgang:
            Voortgang.objects.create(
                verbeterpunt=doel,
                datum=vandaag - timedelta(days=dagen),
                tekst=tekst,
                is_evaluatie=evaluatie,
                auteur=doel.verantwoordelijke or demo.users["coordinator@example.org"],
            )


def _bouw_werkconferentie(demo, regio, vandaag):
    titel = "Werkconferentie casemanagement hersenletsel"
    if Werkconferentie.objects.filter(regio=regio, titel=titel).exists():
        return
    datum = timezone.make_aware(datetime.combine(vandaag + timedelta(days=42), time(13, 30)))
    w = Werkconferentie.objects.create(
        regio=regio,
        titel=titel,
        datum=datum,
        plaats="Zalencentrum De Vaart, Voorbeeld",
        doel="Zorgverleners die nog niet in het implementatieteam zitten horen over de "
        "regionale doelen, en denken mee over de overdracht naar het sociaal domein.",
        programma="13.30 Ontvangst\n14.00 De drie patiëntjourneys, verteld door een "
        "ervaringsdeskundige\n14.30 Regionale afspraken over overdracht\n15.15 Marktplaats "
        "van de partners\n16.15 Ophalen van ideeën en afsluiting",
        rol_patientvertegenwoordigers="Een ervaringsdeskundige van de Hersenletselvereniging "
        "vertelt over de route na ontslag en leidt een tafel over steun aan naasten.",
    )
    w.verbeterpunten.set(Verbeterpunt.objects.filter(regio=regio, status="loopt"))
    for email, partners, aantal in [
        ("huisarts@example.org", "Huisartsen en praktijkondersteuners in de regio", 40),
        ("wijkverpleging@example.org", "Wijkverpleegkundigen van alle thuiszorgorganisaties", 25),
        ("wmo@example.org", "Wmo-consulenten en sociale wijkteams", 20),
    ]:
        WerkconferentieUitnodiging.objects.create(
            werkconferentie=w,
            teamlid=demo.users[email],
            partners=partners,
            aantal_uitgenodigd=aantal,
        )


def bouw(demo):
    regio = demo.voorbeeld
    vandaag = timezone.localdate()
    coordinator = demo.users["coordinator@example.org"]
    patient = demo.users["patient@example.org"]
    _bouw_journeys(demo, regio, coordinator, patient, vandaag)
    _bouw_beschrijvingen(demo, regio, coordinator)
    _bouw_knelpunten(demo, regio)
    _bouw_doelen(demo, regio, vandaag)
    _bouw_werkconferentie(demo, regio, vandaag)
    demo.log.append(
        f"{Patientjourney.objects.filter(regio=regio).count()} patiëntjourneys, "
        f"{Knelpunt.objects.filter(regio=regio).count()} knelpunten, "
        f"{Verbeterpunt.objects.filter(regio=regio).count()} doelen"
    )
