"""Demo data of the shared model: Regio Voorbeeld, Regio Elders and the demo accounts.

Run through `manage.py laad_demo`; each app adds its own part in its `demo.py`
(a function `bouw(demo)`), in the order of INSTALLED_APPS. Everything is idempotent.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from .constants import Domein, Rol
from .models import Fase, Lidmaatschap, Organisatie, Regio
from .programmas import standaard_domein
from .services import inzet_opslaan

WACHTWOORD = "demo"

ACCOUNTS = [
    # e-mail, naam, regio, rol, organisatie
    ("coordinator@example.org", "Marieke de Vries", "voorbeeld", Rol.COORDINATOR, None),
    (
        "teamlid@example.org",
        "Sander Jansen",
        "voorbeeld",
        Rol.TEAMLID,
        "Revalidatiecentrum Het Anker",
    ),
    (
        "patient@example.org",
        "Ineke Bakker",
        "voorbeeld",
        Rol.PATIENTVERTEGENWOORDIGER,
        "Hersenletselvereniging Voorbeeld",
    ),
    ("manager@example.org", "Erik Visser", "voorbeeld", Rol.MANAGER, "Ziekenhuis De Linde"),
    ("beheerder@example.org", "Beheer Casemanagement", None, None, None),
    ("buiten@example.org", "Fatima El Amrani", "elders", Rol.COORDINATOR, None),
]

# Further members of the implementation team of Regio Voorbeeld (they log in with `demo` too).
TEAMLEDEN = [
    ("neuroloog@example.org", "Dr. Pieter Hofman", "Ziekenhuis De Linde"),
    ("verpleegkundige@example.org", "Anouk Smit", "Ziekenhuis De Linde"),
    ("specialist.og@example.org", "Joris Mulder", "Zorggroep Rivierenland"),
    ("huisarts@example.org", "Lotte van Dijk", "Huisartsencoöperatie De Vaart"),
    ("wijkverpleging@example.org", "Hanneke Bos", "Thuiszorg Dichtbij"),
    ("ergotherapie@example.org", "Tom Peters", "Paramedisch Centrum De Brug"),
    ("wmo@example.org", "Yusuf Kaya", "Gemeente Voorbeeld, Wmo-loket"),
    ("clientondersteuning@example.org", "Sanne Willems", "Cliëntondersteuning Samen Verder"),
    ("ggz@example.org", "Noor de Graaf", "GGZ Voorbeeld, team NAH"),
]

ORGANISATIES = {
    "voorbeeld": [
        (
            "Ziekenhuis De Linde",
            "ziekenhuis",
            {
                "acuut": "Spoedeisende hulp, stroke unit en neurologie; verpleegkundig specialist "
                "CVA plant het ontslag."
            },
            (
                "Afdeling neurologie",
                "0301-555 210",
                "neurologie@delinde.example",
                "https://delinde.example",
            ),
        ),
        (
            "Revalidatiecentrum Het Anker",
            "revalidatiecentrum",
            {
                "revalidatie": "Klinische en poliklinische revalidatie bij NAH, met "
                "revalidatiearts en behandelteam.",
                "thuis": "Poliklinische nazorg en het casemanagement NAH na ontslag.",
            },
            (
                "Intake revalidatie",
                "0301-555 400",
                "intake@hetanker.example",
                "https://hetanker.example",
            ),
        ),
        (
            "Zorggroep Rivierenland",
            "vvt",
            {"revalidatie": "Geriatrische revalidatie voor oudere mensen na een beroerte."},
            ("Zorgbemiddeling", "0301-555 610", "zorgbemiddeling@rivierenland.example", ""),
        ),
        (
            "Huisartsencoöperatie De Vaart",
            "huisartsenzorg",
            {
                "thuis": "Huisarts en praktijkondersteuner volgen de patiënt na ontslag en "
                "signaleren nieuwe klachten."
            },
            ("Secretariaat", "0301-555 700", "info@devaart.example", "https://devaart.example"),
        ),
        (
            "Thuiszorg Dichtbij",
            "wijkverpleging",
            {"thuis": "Wijkverpleging met NAH-aandachtsvelders, persoonlijke verzorging thuis."},
            ("Planning wijkteam", "0301-555 800", "planning@dichtbij.example", ""),
        ),
        (
            "Paramedisch Centrum De Brug",
            "paramedisch",
            {
                "thuis": "Fysiotherapie, ergotherapie en logopedie in het NAH-netwerk.",
                "participatie": "Ergotherapie gericht op werk en dagelijks leven.",
            },
            ("Receptie", "0301-555 900", "info@debrug.example", "https://debrug.example"),
        ),
        (
            "GGZ Voorbeeld, team NAH",
            "ggz",
            {
                "thuis": "Psychologische behandeling bij gedragsveranderingen en stemmingsklachten.",
                "participatie": "Begeleiding van naasten en lotgenotengroepen.",
            },
            ("Aanmeldpunt", "0301-556 100", "aanmelden@ggzvoorbeeld.example", ""),
        ),
        (
            "Gemeente Voorbeeld, Wmo-loket",
            "gemeente",
            {
                "thuis": "Keukentafelgesprek, hulpmiddelen en woningaanpassing via de Wmo.",
                "participatie": "Dagbesteding, vervoer en ondersteuning bij werk en inkomen.",
            },
            ("Wmo-loket", "14 0301", "wmo@voorbeeld.example", "https://voorbeeld.example/wmo"),
        ),
        (
            "Cliëntondersteuning Samen Verder",
            "clientondersteuning",
            {
                "thuis": "Onafhankelijke cliëntondersteuning voor mensen met hersenletsel en naasten.",
                "participatie": "Hulp bij regelen van zorg, werk en geldzaken op de lange termijn.",
            },
            ("Team NAH", "0301-556 300", "nah@samenverder.example", "https://samenverder.example"),
        ),
        (
            "Hersenletselvereniging Voorbeeld",
            "patientenvereniging",
            {"participatie": "Lotgenotencontact, informatiebijeenkomsten en belangenbehartiging."},
            ("Secretaris", "", "contact@hersenletselvoorbeeld.example", ""),
        ),
        (
            "Zorgverzekeraar Midden",
            "zorgverzekeraar",
            {},
            ("Zorginkoop", "", "zorginkoop@midden.example", ""),
        ),
    ],
    "elders": [
        (
            "Medisch Centrum Elders",
            "ziekenhuis",
            {"acuut": "Neurologie en stroke unit."},
            ("Neurologie", "0400-123 000", "neuro@mce.example", ""),
        ),
        (
            "Revalidatie Elders",
            "revalidatiecentrum",
            {"revalidatie": "Klinische revalidatie."},
            ("Intake", "0400-123 100", "intake@re.example", ""),
        ),
        (
            "Wijkteam Elders",
            "gemeente",
            {"thuis": "Sociaal wijkteam.", "participatie": "Dagbesteding en begeleiding."},
            ("Wijkteam", "14 0400", "wijkteam@elders.example", ""),
        ),
    ],
}

REGIOS = {
    "voorbeeld": (
        "Regio Voorbeeld",
        "Het NAH/CVA-netwerk van Regio Voorbeeld: ziekenhuis, revalidatie, eerste lijn en "
        "sociaal domein werken samen aan casemanagement hersenletsel.",
    ),
    "elders": ("Regio Elders", "Het hersenletselnetwerk van Regio Elders."),
}


@dataclass
class Demo:
    """What the demo builders share: the regions, accounts and organisations by name."""

    regios: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    organisaties: dict = field(default_factory=dict)
    log: list = field(default_factory=list)
    # Run after every app has built its part (e.g. completing steps whose gates need the others).
    tot_slot: list = field(default_factory=list)

    @property
    def voorbeeld(self):
        return self.regios["voorbeeld"]

    @property
    def elders(self):
        return self.regios["elders"]


def _user(email, naam, **extra):
    User = get_user_model()
    user, nieuw = User.objects.get_or_create(email=email, defaults={"naam": naam, **extra})
    if nieuw:
        user.set_password(WACHTWOORD)
        user.save()
    return user


def bouw(demo: Demo) -> None:
    fasen = {f.code: f for f in Fase.objects.all()}
    for slug, (naam, beschrijving) in REGIOS.items():
        regio, _ = Regio.objects.get_or_create(
            slug=slug, defaults={"naam": naam, "beschrijving": beschrijving}
        )
        demo.regios[slug] = regio
        for org_naam, type_, inzet, contact in ORGANISATIES[slug]:
            contactpersoon, telefoon, email, website = contact
            org, nieuw = Organisatie.objects.get_or_create(
                regio=regio,
                naam=org_naam,
                defaults={
                    "type": type_,
                    "domein": standaard_domein(type_),
                    "contactpersoon": contactpersoon,
                    "telefoon": telefoon,
                    "email": email,
                    "website": website,
                },
            )
            if nieuw:
                inzet_opslaan(
                    organisatie=org, inzet={fasen[code].pk: tekst for code, tekst in inzet.items()}
                )
            demo.organisaties[(slug, org_naam)] = org

    for email, naam, slug, rol, org_naam in ACCOUNTS:
        staff = slug is None
        user = _user(email, naam, is_staff=staff, is_superuser=staff)
        demo.users[email] = user
        if slug:
            _lid(demo, user, slug, rol, org_naam)
    for email, naam, org_naam in TEAMLEDEN:
        user = _user(email, naam)
        demo.users[email] = user
        _lid(demo, user, "voorbeeld", Rol.TEAMLID, org_naam)
    demo.log.append(
        f"{Regio.objects.count()} regio's, {Organisatie.objects.count()} organisaties, "
        f"{Lidmaatschap.objects.count()} lidmaatschappen"
    )


def _lid(demo, user, slug, rol, org_naam):
    Lidmaatschap.objects.get_or_create(
        user=user,
        regio=demo.regios[slug],
        defaults={
            "rol": rol,
            "organisatie": demo.organisaties.get((slug, org_naam)) if org_naam else None,
        },
    )


__all__ = ["Demo", "Domein", "bouw"]
