"""Demo verwijskaart of Regio Voorbeeld: two published versions (the first superseded), a draft
with changes, owners, a few entries overdue for their check, a distribution list and its log.

Versions are published through the same service as in the application, PDFs included.
"""

from datetime import timedelta

from django.test import override_settings
from django.utils import timezone

from casemanagement.models import Fase

from . import services
from .constants import Onverifieerd, VerwijsWijze
from .models import Verwijzing, Verzending

W = VerwijsWijze

DE_LINDE = "Ziekenhuis De Linde"
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

EIGENAAR = {
    DE_LINDE: "verpleegkundige@example.org",
    ANKER: "teamlid@example.org",
    RIVIERENLAND: "specialist.og@example.org",
    VAART: "huisarts@example.org",
    DICHTBIJ: "wijkverpleging@example.org",
    BRUG: "ergotherapie@example.org",
    GGZ: "ggz@example.org",
    WMO: "wmo@example.org",
    SAMEN: "clientondersteuning@example.org",
    VERENIGING: "patient@example.org",
    WELZIJN: "wmo@example.org",
    HERSENZ: "coordinator@example.org",
    HAP: "huisarts@example.org",
    None: "coordinator@example.org",
}

# fase, hulpvraag, organisatie, discipline, waarvoor, wel, niet, wijze, toelichting, termijn,
# contact (naam, telefoon, e-mail, website: leeg = die van de organisatie)
VERSIE_1 = [
    (
        "acuut",
        "Verdenking beroerte of TIA",
        None,
        "Ambulancezorg (112)",
        "Plotselinge uitval van gezicht, arm of spraak: direct 112 bellen, ook als de klachten weer verdwijnen.",
        "Klachten die nu bestaan of minder dan enkele uren geleden begonnen",
        "",
        W.TELEFOON,
        "Bel 112 en noem ‘verdenking beroerte’.",
        "direct",
        ("Meldkamer ambulancezorg", "112", "-", "-"),
    ),
    (
        "acuut",
        "Dringende klachten buiten kantoortijd",
        HAP,
        "Huisartsenpost",
        "Voor dringende medische vragen 's avonds, 's nachts en in het weekend, ook kort na "
        "ontslag uit het ziekenhuis.",
        "Klachten die niet kunnen wachten tot de eigen huisarts weer open is",
        "Plotselinge uitval van gezicht, arm of spraak: direct 112",
        W.TELEFOON,
        "Altijd eerst bellen; de triagist beoordeelt hoe snel er hulp nodig is.",
        "direct, na triage",
        (),
    ),
    (
        "acuut",
        "Verdenking beroerte of TIA",
        DE_LINDE,
        "TIA-service neurologie",
        "Snelle beoordeling bij een doorgemaakte TIA of licht herseninfarct: onderzoek en uitslag op één dag.",
        "Voorbijgaande uitval korter dan 7 dagen geleden",
        "Uitval die nu nog bestaat: bel 112",
        W.TELEFOON,
        "De huisarts belt de dienstdoende neuroloog.",
        "dezelfde of volgende werkdag",
        (),
    ),
    (
        "acuut",
        "Ontslag uit het ziekenhuis plannen",
        DE_LINDE,
        "Verpleegkundig specialist CVA",
        "Bepaalt samen met patiënt en naasten de ontslagbestemming en zorgt voor de overdracht.",
        "Opgenomen patiënten met een beroerte",
        "",
        W.PLATFORM,
        "Overdracht via het regionale verwijsplatform, met de NAH-overdrachtsset.",
        "binnen 2 werkdagen",
        (),
    ),
    (
        "acuut",
        "Ontslag uit het ziekenhuis plannen",
        DE_LINDE,
        "Transferbureau",
        "Regelt zorg thuis, kortdurend verblijf of geriatrische revalidatie na de opname.",
        "Patiënten die na ontslag zorg of een opname elders nodig hebben",
        "",
        W.PLATFORM,
        "Aanvraag in het verwijsplatform door de afdeling.",
        "binnen 1 werkdag",
        ("Transferbureau", "0301-555 230", "transfer@delinde.example", ""),
    ),
    (
        "acuut",
        "Steun voor naasten tijdens de opname",
        DE_LINDE,
        "Medisch maatschappelijk werk",
        "Gesprekken met partner en gezin over de schok, praktische zaken en wat er na ontslag op hen afkomt.",
        "Naasten van opgenomen patiënten",
        "",
        W.TELEFOON,
        "Verpleging of arts meldt aan; naasten mogen zelf bellen.",
        "binnen 2 werkdagen",
        ("Maatschappelijk werk", "0301-555 240", "", ""),
    ),
    (
        "acuut",
        "Slikken en praten tijdens de opname",
        DE_LINDE,
        "Logopedist",
        "Slikscreening en eerste onderzoek bij afasie of dysartrie op de stroke unit.",
        "Opgenomen patiënten met slik- of spraakproblemen",
        "",
        W.PLATFORM,
        "Consultaanvraag in het elektronisch patiëntendossier.",
        "binnen 1 werkdag",
        ("Logopedie", "0301-555 250", "", ""),
    ),
    (
        "acuut",
        "Hersenletsel na een ongeval",
        DE_LINDE,
        "Polikliniek traumatisch hersenletsel",
        "Controle en voorlichting na een hersenschudding of ander traumatisch hersenletsel.",
        "Klachten die langer dan 4 weken na het ongeval aanhouden",
        "Kinderen jonger dan 16 jaar",
        W.BRIEF,
        "Verwijsbrief van huisarts of SEH-arts.",
        "afspraak binnen 3 weken",
        (),
    ),
    (
        "acuut",
        "Informatie voor patiënt en naasten",
        VERENIGING,
        "Voorlichters",
        "Folders, een luisterend oor en uitleg over het leven na hersenletsel, al in het ziekenhuis.",
        "Iedereen met hersenletsel en hun naasten",
        "",
        W.ZELF,
        "Mail of laat een bericht achter; een vrijwilliger neemt contact op.",
        "binnen een week",
        (),
    ),
    (
        "revalidatie",
        "Medisch-specialistische revalidatie",
        ANKER,
        "Revalidatiearts",
        "Beoordeelt of klinische of poliklinische revalidatie past, en stelt met het team de doelen op.",
        "Belastbaar voor meerdere therapieën per dag; doelen gericht op wonen, werk of meedoen",
        "Geen revalidatiedoelen of te weinig belastbaar: denk aan geriatrische revalidatie",
        W.PLATFORM,
        "Aanmelden via het verwijsplatform met de ontslagbrief.",
        "triage binnen 3 werkdagen",
        (),
    ),
    (
        "revalidatie",
        "Geriatrische revalidatie",
        RIVIERENLAND,
        "Specialist ouderengeneeskunde",
        "Revalidatie voor kwetsbare ouderen na een beroerte, met terugkeer naar huis als doel.",
        "Ouderen met meerdere aandoeningen die nog kunnen leren",
        "Geen revalidatiedoel: dan langdurige zorg",
        W.PLATFORM,
        "Aanmelden via het verwijsplatform; overleg kan telefonisch.",
        "opname binnen 5 werkdagen",
        (),
    ),
    (
        "revalidatie",
        "Poliklinische revalidatie",
        ANKER,
        "Poliklinisch behandelteam NAH",
        "Revalidatie vanuit huis: fysiotherapie, ergotherapie, logopedie en psychologie in één team.",
        "Thuis wonend, meerdere problemen die samenhangen",
        "Eén enkelvoudig probleem: eerstelijns therapeut",
        W.BRIEF,
        "Verwijsbrief van huisarts of medisch specialist.",
        "intake binnen 4 weken",
        (),
    ),
    (
        "revalidatie",
        "Geheugen, aandacht en plannen onderzoeken",
        ANKER,
        "Neuropsycholoog",
        "Neuropsychologisch onderzoek om te begrijpen wat er cognitief veranderd is en wat dat betekent.",
        "Cognitieve klachten na NAH die het dagelijks leven raken",
        "",
        W.BRIEF,
        "Verwijsbrief van revalidatiearts, neuroloog of huisarts.",
        "wachttijd circa 6 weken",
        (),
    ),
    (
        "revalidatie",
        "Kinderen en jongeren met hersenletsel",
        None,
        "Kinder- en jeugdrevalidatie",
        "Revalidatie en begeleiding van school bij kinderen en jongeren tot 18 jaar.",
        "Kinderen en jongeren tot 18 jaar",
        "",
        W.BRIEF,
        "Verwijzing door kinderarts of huisarts.",
        "intake binnen 4 weken",
        (
            "Revalidatiecentrum Noord, team kind en jeugd",
            "0302-440 100",
            "kindenjeugd@rcnoord.example",
            "",
        ),
    ),
    (
        "revalidatie",
        "Terug naar huis voorbereiden",
        ANKER,
        "Maatschappelijk werk revalidatie",
        "Helpt bij aanpassingen in huis, aanvragen bij de gemeente en de overdracht aan de eerste lijn.",
        "Klinisch revaliderende patiënten",
        "",
        W.TELEFOON,
        "Het behandelteam meldt aan.",
        "binnen 1 week",
        (),
    ),
    (
        "revalidatie",
        "Autorijden na hersenletsel",
        None,
        "Rijgeschiktheid (CBR)",
        "Na een beroerte of hersenletsel mag iemand vaak tijdelijk niet rijden; de Gezondheidsverklaring regelt de keuring.",
        "Iedereen met een rijbewijs na NAH",
        "",
        W.ZELF,
        "De persoon vult zelf de Gezondheidsverklaring in.",
        "enkele weken tot maanden",
        ("CBR", "", "", "https://www.cbr.nl"),
    ),
    (
        "revalidatie",
        "Steun voor naasten tijdens de revalidatie",
        ANKER,
        "Partner- en gezinsbegeleiding",
        "Voorlichting en gesprekken voor partner, kinderen en ouders van revalidanten.",
        "Naasten van revalidanten",
        "",
        W.ZELF,
        "Naasten melden zich bij de eigen behandelaar of het secretariaat.",
        "binnen 2 weken",
        (),
    ),
    (
        "revalidatie",
        "Overgang van revalidatie naar huis",
        ANKER,
        "NAH-casemanager",
        "Start van casemanagement vóór het ontslag: één vast aanspreekpunt dat de zorg thuis coördineert.",
        "Mensen met NAH die met vragen op meerdere levensgebieden naar huis gaan",
        "",
        W.PLATFORM,
        "Aanmelden via het verwijsplatform door het behandelteam.",
        "eerste huisbezoek binnen 10 werkdagen",
        ("Casemanagement NAH", "0301-555 420", "casemanagement@hetanker.example", ""),
    ),
    (
        "thuis",
        "Een vast aanspreekpunt na ontslag",
        ANKER,
        "NAH-casemanager",
        "Casemanagement voor mensen met hersenletsel thuis en hun naasten, ook jaren na het letsel.",
        "NAH of CVA, wonend in de regio, vragen op meerdere levensgebieden",
        "Alleen een enkelvoudige zorgvraag: verwijs direct naar de discipline",
        W.TELEFOON,
        "Huisarts, wijkverpleging of de persoon zelf kan aanmelden.",
        "binnen 5 werkdagen",
        ("Casemanagement NAH", "0301-555 420", "casemanagement@hetanker.example", ""),
    ),
    (
        "thuis",
        "Nieuwe of blijvende klachten thuis",
        VAART,
        "Huisarts en praktijkondersteuner",
        "Volgt de persoon na ontslag, signaleert nieuwe klachten en verwijst door.",
        "Alle ingeschreven patiënten",
        "",
        W.TELEFOON,
        "Patiënt of naaste belt de eigen praktijk.",
        "dezelfde dag bij spoed",
        (),
    ),
    (
        "thuis",
        "Bloeddruk, cholesterol en leefstijl",
        VAART,
        "Praktijkondersteuner hart en vaten",
        "Controles en leefstijladvies om een nieuwe beroerte te voorkomen.",
        "Na een herseninfarct, hersenbloeding of TIA",
        "",
        W.BRIEF,
        "Ontslagbrief van het ziekenhuis is voldoende.",
        "eerste controle binnen 6 weken",
        (),
    ),
    (
        "thuis",
        "Zorg en verpleging thuis",
        DICHTBIJ,
        "Wijkverpleegkundige NAH",
        "Persoonlijke verzorging, medicatie en het signaleren van problemen thuis.",
        "Zorgvraag thuis na ontslag",
        "",
        W.PLATFORM,
        "Aanmelden via het verwijsplatform of telefonisch bij de planning.",
        "start binnen 2 werkdagen",
        (),
    ),
    (
        "thuis",
        "Bewegen, lopen en balans",
        BRUG,
        "Fysiotherapeut NAH-netwerk",
        "Oefentherapie voor lopen, balans en conditie, thuis of in de praktijk.",
        "Motorische problemen na NAH",
        "",
        W.ZELF,
        "Directe toegang; een verwijsbrief is handig maar niet nodig.",
        "binnen 1 week",
        (),
    ),
    (
        "thuis",
        "Dagelijkse handelingen en hulpmiddelen",
        BRUG,
        "Ergotherapeut",
        "Advies en training voor wassen, koken en huishouden, en hulp bij het kiezen van hulpmiddelen.",
        "Problemen met dagelijkse activiteiten thuis",
        "",
        W.BRIEF,
        "Verwijzing huisarts of specialist, of directe toegang.",
        "binnen 2 weken",
        (),
    ),
    (
        "thuis",
        "Praten, taal en slikken",
        BRUG,
        "Logopedist",
        "Behandeling bij afasie, dysartrie en slikproblemen, en advies aan naasten over communiceren.",
        "Afasie, dysartrie of slikproblemen",
        "",
        W.BRIEF,
        "Verwijzing huisarts of specialist; directe toegang is mogelijk.",
        "binnen 2 weken",
        (),
    ),
    (
        "thuis",
        "Stemming, gedrag en emoties",
        GGZ,
        "GGZ NAH-team",
        "Behandeling van somberheid, angst en gedragsveranderingen na hersenletsel.",
        "Psychische klachten die samenhangen met het hersenletsel",
        "Acute crisis: via de huisarts naar de crisisdienst",
        W.BRIEF,
        "Verwijsbrief van de huisarts.",
        "intake binnen 4 weken",
        (),
    ),
    (
        "thuis",
        "Woningaanpassing, hulpmiddelen en vervoer",
        WMO,
        "Wmo-consulent",
        "Keukentafelgesprek over wat nodig is om thuis te blijven wonen en mee te doen.",
        "Inwoners van de gemeente Voorbeeld",
        "",
        W.TELEFOON,
        "De persoon of een naaste belt; met toestemming kan een professional aanmelden.",
        "gesprek binnen 2 weken",
        (),
    ),
    (
        "thuis",
        "Hulp bij het regelen van zorg",
        SAMEN,
        "Cliëntondersteuner NAH",
        "Onafhankelijke hulp bij het vinden, aanvragen en regelen van zorg en ondersteuning.",
        "Iedereen met hersenletsel en naasten, gratis",
        "",
        W.ZELF,
        "Bellen of mailen; professionals mogen met toestemming aanmelden.",
        "binnen 5 werkdagen",
        (),
    ),
    (
        "thuis",
        "Mantelzorg en overbelasting",
        WELZIJN,
        "Mantelzorgconsulent",
        "Steun en respijtzorg voor naasten die de zorg zwaar vinden.",
        "Mantelzorgers van inwoners",
        "",
        W.TELEFOON,
        "Naasten bellen zelf; de huisarts of het Wmo-loket kan hen ook doorverwijzen.",
        "binnen 2 weken",
        (),
    ),
    (
        "thuis",
        "Voeding en gewicht",
        None,
        "Diëtist",
        "Advies bij slikproblemen, ondervoeding of overgewicht na een beroerte.",
        "Voedingsproblemen na NAH",
        "",
        W.BRIEF,
        "Verwijzing huisarts of directe toegang.",
        "binnen 2 weken",
        ("Diëtistenpraktijk Voorbeeld", "0301-557 010", "info@dietistvoorbeeld.example", ""),
    ),
    (
        "participatie",
        "Terug naar werk",
        ANKER,
        "Arbeidsre-integratie NAH",
        "Poliklinisch programma dat werkhervatting voorbereidt, samen met werkgever en bedrijfsarts.",
        "Werkenden die binnen twee jaar na het letsel willen hervatten",
        "",
        W.BRIEF,
        "Verwijzing door revalidatiearts of bedrijfsarts.",
        "intake binnen 4 weken",
        (),
    ),
    (
        "participatie",
        "Terug naar werk",
        None,
        "Bedrijfsarts en arbeidsdeskundige",
        "Begeleiding bij ziekteverzuim en aangepast werk via de werkgever of het UWV.",
        "Mensen met een werkgever of een uitkering",
        "",
        W.ZELF,
        "De werknemer neemt contact op met de eigen bedrijfsarts.",
        "volgens de verzuimafspraken",
        ("Eigen bedrijfsarts of UWV", "", "", "https://www.uwv.nl"),
    ),
    (
        "participatie",
        "Dagbesteding",
        WMO,
        "Dagbesteding NAH",
        "Zinvolle dagbesteding in een groep met anderen met hersenletsel.",
        "Inwoners met NAH die niet (meer) werken",
        "",
        W.TELEFOON,
        "Via het Wmo-loket, na een keukentafelgesprek.",
        "start binnen 6 weken",
        (),
    ),
    (
        "participatie",
        "Contact met lotgenoten",
        VERENIGING,
        "Lotgenotengroepen en ontmoetingscafé",
        "Maandelijkse bijeenkomsten voor mensen met hersenletsel en, apart, voor naasten.",
        "Iedereen met hersenletsel en naasten",
        "",
        W.ZELF,
        "Aanmelden niet nodig; de data staan op de website.",
        "niet van toepassing",
        (),
    ),
    (
        "participatie",
        "Steun voor naasten op de lange termijn",
        GGZ,
        "Naastengroep NAH",
        "Groepsprogramma van acht bijeenkomsten voor partners en ouders.",
        "Naasten die vastlopen in de veranderde relatie of rol",
        "",
        W.EMAIL,
        "Mail het aanmeldpunt; een verwijzing is niet nodig.",
        "start per kwartaal",
        (),
    ),
    (
        "participatie",
        "Werk, inkomen en schulden",
        WMO,
        "Team werk en inkomen",
        "Hulp bij uitkering, aangepast werk, schulden en regelingen.",
        "Inwoners van de gemeente Voorbeeld",
        "",
        W.TELEFOON,
        "Bel het algemene nummer en vraag naar werk en inkomen.",
        "binnen 2 weken",
        (),
    ),
    (
        "participatie",
        "Wonen met begeleiding",
        RIVIERENLAND,
        "Woonvorm NAH",
        "Een woonplek met zorg en toezicht, dag en nacht, voor mensen die door hun "
        "hersenletsel blijvend niet zelfstandig kunnen wonen.",
        "Blijvend 24 uur per dag zorg of toezicht in de buurt nodig, met een Wlz-indicatie van "
        "het CIZ",
        "Wie met begeleiding thuis kan blijven wonen: ambulante begeleiding via het Wmo-loket",
        W.ZELF,
        "De cliënt of een naaste vraagt de Wlz-indicatie aan bij het CIZ; de cliëntondersteuner "
        "van MEE helpt daarbij. Met de indicatie meldt de cliënt zich aan bij de woonvorm.",
        "wachtlijst; het zorgkantoor bemiddelt",
        (),
    ),
    (
        "thuis",
        "Begeleiding bij zelfstandig wonen",
        WMO,
        "Ambulante begeleiding NAH",
        "Begeleiding aan huis bij structuur, post, geld en het huishouden.",
        "Inwoners met NAH die met begeleiding zelfstandig kunnen wonen",
        "Blijvend 24 uur per dag toezicht nodig: Wlz via het CIZ",
        W.TELEFOON,
        "Via het Wmo-loket, na een keukentafelgesprek.",
        "gesprek binnen 2 weken",
        (),
    ),
    (
        "participatie",
        "Leven met blijvende gevolgen",
        HERSENZ,
        "Behandelprogramma chronische fase",
        "Individuele en groepsbehandeling voor mensen met NAH en hun naasten die thuis vastlopen: "
        "energie, gedrag, relaties en dagelijks leven.",
        "Thuis wonend, revalidatie afgerond, blijvende gevolgen in het dagelijks leven",
        "Nog in revalidatiebehandeling",
        W.BRIEF,
        "Verwijzing door huisarts, revalidatiearts, specialist ouderengeneeskunde of "
        "NAH-casemanager.",
        "intake binnen 6 weken",
        (),
    ),
    (
        "participatie",
        "Langdurige ondersteuning",
        SAMEN,
        "Cliëntondersteuner lange termijn",
        "Blijft betrokken als de situatie verandert: werk, relatie, wonen of geldzaken.",
        "Mensen met NAH en naasten in de chronische fase",
        "",
        W.ZELF,
        "Bellen of mailen.",
        "binnen 5 werkdagen",
        (),
    ),
    (
        "participatie",
        "Sport en vrije tijd",
        None,
        "Aangepast sporten",
        "Sportaanbod voor mensen met een beperking, met advies over wat past.",
        "Iedereen met hersenletsel",
        "",
        W.ZELF,
        "Bel het sportloket.",
        "binnen 1 week",
        ("Sportloket gemeente Voorbeeld", "0301-558 200", "sport@voorbeeld.example", ""),
    ),
]

# For version 2: new entries, changes (key -> fields) and one removed entry.
VERSIE_2_NIEUW = [
    (
        "thuis",
        "Vermoeidheid en prikkels",
        ANKER,
        "Groepsprogramma energie",
        "Zes bijeenkomsten over omgaan met vermoeidheid en overprikkeling, met een naaste.",
        "Thuis wonend, vermoeidheid als belangrijkste klacht",
        "Nog in klinische revalidatie",
        W.BRIEF,
        "Verwijzing door huisarts, revalidatiearts of casemanager.",
        "start per kwartaal",
        (),
    ),
    (
        "participatie",
        "Jonge mensen met hersenletsel",
        SAMEN,
        "Jongerencoach NAH",
        "Begeleiding van jongeren van 18 tot 30 jaar bij studie, werk en zelfstandig wonen.",
        "Jongeren van 18 tot 30 jaar met NAH",
        "",
        W.ZELF,
        "Jongeren of ouders melden zelf aan.",
        "binnen 2 weken",
        (),
    ),
    (
        "thuis",
        "Stemming, gedrag en emoties",
        VAART,
        "POH-GGZ",
        "Kortdurende begeleiding bij lichte psychische klachten, en verwijzing naar het GGZ NAH-team als het meer is.",
        "Lichte klachten",
        "Ernstige of complexe klachten: GGZ NAH-team",
        W.TELEFOON,
        "Afspraak via de eigen huisartsenpraktijk.",
        "binnen 2 weken",
        (),
    ),
]
VERSIE_2_WIJZIG = {
    ("thuis", "Stemming, gedrag en emoties", "GGZ NAH-team"): {
        "reactietermijn": "intake binnen 3 weken"
    },
    ("acuut", "Ontslag uit het ziekenhuis plannen", "Verpleegkundig specialist CVA"): {
        "wijze_toelichting": "Overdracht via het verwijsplatform; de NAH-casemanager krijgt een kopie."
    },
}
VERSIE_2_WEG = ("participatie", "Sport en vrije tijd", "Aangepast sporten")

CONCEPT_NIEUW = [
    (
        "thuis",
        "Werk en school na een hersenschudding",
        DE_LINDE,
        "Nazorgpolikliniek hersenschudding",
        "Voorlichting en een stappenplan voor terugkeer naar werk of school na een hersenschudding.",
        "Klachten 2 tot 12 weken na het ongeval",
        "",
        W.BRIEF,
        "Verwijzing door de huisarts.",
        "afspraak binnen 2 weken",
        (),
    ),
]
CONCEPT_WIJZIG = {
    ("participatie", "Dagbesteding", "Dagbesteding NAH"): {
        "reactietermijn": "start binnen 4 weken"
    },
}
# Entries whose owner has not checked them for too long (the draft flags them).
TE_LAAT = [
    ("thuis", "Voeding en gewicht", "Diëtist"),
    ("participatie", "Wonen met begeleiding", "Woonvorm NAH"),
    ("revalidatie", "Kinderen en jongeren met hersenletsel", "Kinder- en jeugdrevalidatie"),
    ("participatie", "Werk, inkomen en schulden", "Team werk en inkomen"),
]

ONTVANGERS = [DE_LINDE, ANKER, RIVIERENLAND, VAART, DICHTBIJ, WMO, SAMEN, WELZIJN, HERSENZ, HAP]
VRIJE_ONTVANGERS = [
    ("Redactie nieuwsbrief NAH-netwerk", "nieuwsbrief@nahvoorbeeld.example"),
]


def _sleutel(rij):
    return (rij[0], rij[1], rij[3])


def _maak(demo, regio, fasen, rij, geverifieerd_op):
    fase, behoefte, org_naam, discipline, waarvoor, wel, niet, wijze, toel, termijn, contact = rij
    org = demo.organisaties[("voorbeeld", org_naam)] if org_naam else None
    naam, telefoon, email, website = contact or ("", "", "", "")
    if org is not None and not contact:
        naam, telefoon, email, website = org.contactpersoon, org.telefoon, org.email, org.website
    eigenaar = demo.users[EIGENAAR[org_naam]]
    verwijzing = services.verwijzing_opslaan(
        regio=regio,
        data={
            "fase": fasen[fase],
            "behoefte": behoefte,
            "organisatie": org,
            "discipline": discipline,
            "waarvoor": waarvoor,
            "inclusiecriteria": wel,
            "exclusiecriteria": niet,
            "wijze": wijze,
            "wijze_toelichting": toel,
            "contact_naam": naam,
            "telefoon": "" if telefoon == "-" else telefoon,
            "email": "" if email == "-" else email,
            "website": "" if website == "-" else website,
            "reactietermijn": termijn,
            "eigenaar": eigenaar,
            "controle_interval_maanden": 6,
        },
    )
    if geverifieerd_op:
        services.verwijzing_geverifieerd(verwijzing=verwijzing, door=eigenaar, op=geverifieerd_op)
    return verwijzing


def _per_sleutel(kaart):
    return {
        (v.fase.code, v.behoefte, v.discipline): v
        for v in Verwijzing.objects.filter(kaart=kaart).select_related("fase")
    }


def bouw(demo):
    regio = demo.voorbeeld
    kaart = services.kaart_voor(regio)
    if kaart.versies.exists():
        demo.log.append("Verwijskaart: bestond al")
        return
    fasen = {f.code: f for f in Fase.objects.all()}
    coordinator = demo.users["coordinator@example.org"]
    nu = timezone.now()
    vandaag = timezone.localdate()
    v1_op = nu - timedelta(days=230)
    v2_op = nu - timedelta(days=45)

    kaart.inleiding = (
        "Deze verwijskaart is samen opgesteld door de partners in het NAH-netwerk van Regio "
        "Voorbeeld. Twijfelt u? Bel de NAH-casemanager: die denkt mee over de juiste plek."
    )
    kaart.save()
    for rij in VERSIE_1:
        _maak(demo, regio, fasen, rij, timezone.localdate(v1_op) - timedelta(days=20))

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        for org_naam in ONTVANGERS:
            services.ontvanger_toevoegen(
                regio=regio, organisatie=demo.organisaties[("voorbeeld", org_naam)]
            )
        for naam, email in VRIJE_ONTVANGERS[:1]:
            services.ontvanger_toevoegen(regio=regio, naam=naam, email=email)

        services.publiceren(
            regio=regio,
            door=coordinator,
            volgende_herziening=timezone.localdate(v1_op) + timedelta(days=180),
            verantwoordelijke=coordinator,
            toelichting="Eerste versie, vastgesteld door het implementatieteam.",
            nu=v1_op,
        )
        for z in services.versie_versturen(regio=regio, door=coordinator):
            Verzending.objects.filter(pk=z.pk).update(verzonden_op=v1_op + timedelta(hours=2))

        # Version 2: the verbeterpunten of stap 5 on the map.
        for rij in VERSIE_2_NIEUW:
            _maak(demo, regio, fasen, rij, timezone.localdate(v2_op) - timedelta(days=3))
        bestaand = _per_sleutel(kaart)
        for sleutel, wijziging in VERSIE_2_WIJZIG.items():
            for veld, waarde in wijziging.items():
                setattr(bestaand[sleutel], veld, waarde)
            bestaand[sleutel].save()
        services.verwijzing_verwijderen(verwijzing=bestaand[VERSIE_2_WEG])
        for sleutel, verwijzing in _per_sleutel(kaart).items():
            if sleutel not in TE_LAAT:
                services.verwijzing_geverifieerd(
                    verwijzing=verwijzing,
                    door=verwijzing.eigenaar,
                    op=timezone.localdate(v2_op) - timedelta(days=7),
                )
        services.publiceren(
            regio=regio,
            door=coordinator,
            volgende_herziening=vandaag + timedelta(days=140),
            verantwoordelijke=coordinator,
            onverifieerd=Onverifieerd.MARKEREN,
            toelichting="Nieuw: groepsprogramma energie, jongerencoach NAH en de POH-GGZ. "
            "Aangepast: overdracht bij ontslag uit het ziekenhuis en de intaketermijn van de GGZ.",
            nu=v2_op,
        )
        for naam, email in VRIJE_ONTVANGERS[1:]:
            services.ontvanger_toevoegen(regio=regio, naam=naam, email=email)
        for z in services.versie_versturen(regio=regio, door=coordinator):
            Verzending.objects.filter(pk=z.pk).update(verzonden_op=v2_op + timedelta(days=1))

    # The draft after version 2: one new entry, one change, a few entries overdue.
    for rij in CONCEPT_NIEUW:
        _maak(demo, regio, fasen, rij, None)
    bestaand = _per_sleutel(kaart)
    for sleutel, wijziging in CONCEPT_WIJZIG.items():
        for veld, waarde in wijziging.items():
            setattr(bestaand[sleutel], veld, waarde)
        bestaand[sleutel].save()

    demo.log.append(
        f"Verwijskaart: 2 versies, {kaart.verwijzingen.count()} vermeldingen in het concept"
    )
