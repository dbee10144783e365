"""Demo data of the Ontwikkelscan in Regio Voorbeeld: a closed, shared nulmeting and an open
herhaalmeting. The answers are made up but believable, and the same on every run (seeded)."""

import datetime
import random

from django.utils import timezone

from casemanagement.constants import Domein
from casemanagement.demo import TEAMLEDEN

from .constants import VRAGENLIJST_CASEMANAGEMENT, Soort
from .models import (
    Antwoord,
    Consensusscore,
    Item,
    Respondent,
    Ronde,
    Samenwerking,
    Vragenlijst,
)

# Where the region stands per theme (0-5), before and after a year of work.
NIVEAU_NULMETING = {
    "visie-draagvlak": 2.6,
    "netwerk-sociaal-domein": 2.0,
    "verwijzing-overdracht": 1.9,
    "casemanagement-zorgcoordinatie": 1.5,
    "clientondersteuning-naasten": 2.2,
    "betrokkenheid-ervaringsdeskundigen": 1.3,
    "informatie-uitwisseling": 1.1,
    "financiering-borging": 0.8,
    "kwaliteit-lerend-netwerk": 1.4,
}
GROEI_HERHAALMETING = {
    "visie-draagvlak": 0.7,
    "netwerk-sociaal-domein": 0.9,
    "verwijzing-overdracht": 0.6,
    "casemanagement-zorgcoordinatie": 0.8,
    "clientondersteuning-naasten": 0.3,
    "betrokkenheid-ervaringsdeskundigen": 0.6,
    "informatie-uitwisseling": 0.2,
    "financiering-borging": 0.1,
    "kwaliteit-lerend-netwerk": 0.4,
}
# Items on which care and social domain see things very differently.
VERDEELD = {"VO4": (3.5, 0.5), "NS3": (1.0, 3.5), "CZ5": (3.0, 0.5)}

TOELICHTINGEN = {
    "visie-draagvlak": [
        "De visie is besproken in het bestuurlijk overleg, maar nog niet door iedereen ondertekend.",
        "Bij ons leeft het vooral bij de afdeling neurologie, minder bij de rest van de organisatie.",
    ],
    "netwerk-sociaal-domein": [
        "We kennen de Wmo-consulenten bij naam, maar er is geen vast overleg.",
        "Werk en dagbesteding zitten nog niet aan tafel.",
    ],
    "verwijzing-overdracht": [
        "Na ontslag naar huis weet de huisarts vaak niet dat er een CVA was.",
        "Van revalidatie naar de eerste lijn gaat goed als de patiënt al bekend is bij de wijkverpleging.",
    ],
    "casemanagement-zorgcoordinatie": [
        "Er is een casemanager NAH, maar die heeft een wachtlijst van ruim twee maanden.",
        "Na een jaar stopt het contact; problemen komen dan pas laat terug.",
    ],
    "clientondersteuning-naasten": [
        "Naasten vragen vaak zelf om hulp als het al te laat is.",
        "Lotgenotencontact loopt goed via de vereniging.",
    ],
    "betrokkenheid-ervaringsdeskundigen": [
        "Een ervaringsdeskundige geeft voorlichting op de revalidatieafdeling.",
    ],
    "informatie-uitwisseling": [
        "Overdracht naar de gemeente gaat per telefoon; er is geen vaste route.",
        "We faxen nog steeds ontslagbrieven.",
    ],
    "financiering-borging": [
        "Het casemanagement wordt nu betaald uit een tijdelijke subsidie tot eind volgend jaar.",
    ],
    "kwaliteit-lerend-netwerk": [
        "De scholing NAH voor wijkverpleegkundigen is een goed begin.",
    ],
}

# Which organisations a team member's organisation is likely to work with.
CONTACTEN = [
    ("Ziekenhuis De Linde", "Revalidatiecentrum Het Anker"),
    ("Ziekenhuis De Linde", "Zorggroep Rivierenland"),
    ("Ziekenhuis De Linde", "Huisartsencoöperatie De Vaart"),
    ("Revalidatiecentrum Het Anker", "Huisartsencoöperatie De Vaart"),
    ("Revalidatiecentrum Het Anker", "Paramedisch Centrum De Brug"),
    ("Revalidatiecentrum Het Anker", "MEE Voorbeeld, cliëntondersteuning"),
    ("Revalidatiecentrum Het Anker", "GGZ Voorbeeld, team NAH"),
    ("Thuiszorg Dichtbij", "Huisartsencoöperatie De Vaart"),
    ("Thuiszorg Dichtbij", "Gemeente Voorbeeld, Wmo-loket"),
    ("Paramedisch Centrum De Brug", "Huisartsencoöperatie De Vaart"),
    ("Gemeente Voorbeeld, Wmo-loket", "MEE Voorbeeld, cliëntondersteuning"),
    ("MEE Voorbeeld, cliëntondersteuning", "Hersenletselvereniging Voorbeeld"),
    ("GGZ Voorbeeld, team NAH", "Huisartsencoöperatie De Vaart"),
    ("Zorggroep Rivierenland", "Thuiszorg Dichtbij"),
]


# Invited by e-mail only, without an account: colleagues of the team members.
ZONDER_ACCOUNT = [
    ("p.veenstra@delinde.example", "Petra Veenstra", "Ziekenhuis De Linde"),
    ("m.dekker@voorbeeld.example", "Mohamed Dekker", "Gemeente Voorbeeld, Wmo-loket"),
    ("j.vos@voorbeeld.example", "Janneke Vos", "Gemeente Voorbeeld, Wmo-loket"),
    ("r.meijer@dichtbij.example", "Rik Meijer", "Thuiszorg Dichtbij"),
]


def _deelnemers(demo):
    """(e-mail, name, organisation, user or None) of everyone invited in the demo."""
    leden = [("teamlid@example.org", "Sander Jansen", "Revalidatiecentrum Het Anker")]
    leden += list(TEAMLEDEN)
    return [
        (email, naam, demo.organisaties[("voorbeeld", org)], demo.users[email])
        for email, naam, org in leden
    ] + [
        (email, naam, demo.organisaties[("voorbeeld", org)], None)
        for email, naam, org in ZONDER_ACCOUNT
    ]


def _antwoorden(rng, struct_items, organisatie, basis, *, volledig=True):
    sociaal = organisatie.domein == Domein.SOCIAAL
    uitkomst = []
    for thema_code, item in struct_items:
        if not volledig and rng.random() < 0.55:
            continue
        if rng.random() < (0.15 if thema_code == "financiering-borging" else 0.06):
            uitkomst.append((item, None, ""))
            continue
        if item.code in VERDEELD:
            midden = VERDEELD[item.code][1 if sociaal else 0]
        else:
            midden = basis[thema_code] + (
                -0.4 if sociaal and thema_code.startswith("netwerk") else 0
            )
        waarde = round(min(5, max(0, rng.gauss(midden, 0.8))))
        toelichting = ""
        if rng.random() < 0.12:
            toelichting = rng.choice(TOELICHTINGEN[thema_code])
        uitkomst.append((item, waarde, toelichting))
    return uitkomst


def _vul(ronde, rng, deelnemer, basis, *, status, ingediend_op=None):
    email, naam, organisatie, user = deelnemer
    respondent, nieuw = Respondent.objects.get_or_create(
        ronde=ronde,
        email=email,
        defaults={
            "naam": naam,
            "organisatie": organisatie,
            "user": user,
            "uitgenodigd_op": timezone.make_aware(
                datetime.datetime.combine(ronde.geopend_op, datetime.time(9, 0))
            ),
        },
    )
    if not nieuw or status == "uitgenodigd":
        return respondent
    items = [
        (thema.code, item)
        for thema in ronde.vragenlijst.themas.prefetch_related("items")
        for item in thema.items.all()
    ]
    for item, waarde, toelichting in _antwoorden(
        rng, items, organisatie, basis, volledig=status == "ingediend"
    ):
        Antwoord.objects.create(
            respondent=respondent,
            item=item,
            waarde=waarde,
            weet_niet=waarde is None,
            toelichting=toelichting,
        )
    eigen = organisatie.naam
    kandidaten = [b if a == eigen else a for a, b in CONTACTEN if eigen in (a, b)]
    for org_naam in kandidaten:
        if rng.random() < 0.8:
            Samenwerking.objects.create(
                respondent=respondent,
                organisatie=organisatie.regio.organisaties.get(naam=org_naam),
            )
    respondent.laatst_opgeslagen_op = ingediend_op
    respondent.ingediend_op = ingediend_op if status == "ingediend" else None
    respondent.save(update_fields=["laatst_opgeslagen_op", "ingediend_op"])
    return respondent


def _moment(datum, uur=10):
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(uur, 0)))


def bouw(demo):
    regio = demo.voorbeeld
    vragenlijst = (
        Vragenlijst.objects.filter(code=VRAGENLIJST_CASEMANAGEMENT, actief=True)
        .order_by("-versie")
        .first()
    )
    coordinator = demo.users["coordinator@example.org"]
    deelnemers = _deelnemers(demo)
    vandaag = timezone.localdate()

    # The nulmeting: closed, results shared, consensus on three themes.
    geopend = vandaag - datetime.timedelta(days=260)
    nulmeting, nieuw = Ronde.objects.get_or_create(
        regio=regio,
        naam="Nulmeting",
        defaults={
            "vragenlijst": vragenlijst,
            "soort": Soort.NULMETING,
            "geopend_op": geopend,
            "sluit_op": geopend + datetime.timedelta(days=21),
            "aangemaakt_door": coordinator,
        },
    )
    if nieuw:
        rng = random.Random("ontwikkelscan-nulmeting")
        for volgnummer, deelnemer in enumerate(deelnemers):
            _vul(
                nulmeting,
                rng,
                deelnemer,
                NIVEAU_NULMETING,
                status="ingediend",
                ingediend_op=_moment(geopend + datetime.timedelta(days=2 + volgnummer)),
            )
        nulmeting.gesloten_op = _moment(geopend + datetime.timedelta(days=24), 17)
        nulmeting.resultaten_gedeeld_op = geopend + datetime.timedelta(days=38)
        nulmeting.resultaten_gedeeld_hoe = "Netwerkoverleg NAH en de nieuwsbrief van het netwerk"
        nulmeting.save()
        themas = {t.code: t for t in vragenlijst.themas.all()}
        for code, score, waarom in [
            (
                "verwijzing-overdracht",
                2,
                "Ziekenhuis en revalidatie hebben afspraken, maar de overgang naar het sociaal "
                "domein is nog niet geregeld; daarom geen 3.",
            ),
            (
                "casemanagement-zorgcoordinatie",
                1,
                "Er is één casemanager NAH voor de hele regio; de meeste mensen hebben nog geen "
                "vast aanspreekpunt.",
            ),
            (
                "netwerk-sociaal-domein",
                2,
                "De gemeente zit aan tafel, werk en dagbesteding nog niet. De zorgpartners "
                "schatten de samenwerking hoger in dan de gemeente zelf.",
            ),
        ]:
            Consensusscore.objects.create(
                ronde=nulmeting,
                thema=themas[code],
                score=score,
                toelichting=waarom,
                vastgesteld_door=coordinator,
            )

    _knelpunten_koppelen(regio, nulmeting)

    # The herhaalmeting: open, some submitted, some drafts, some not started.
    basis = {k: v + GROEI_HERHAALMETING[k] for k, v in NIVEAU_NULMETING.items()}
    geopend = vandaag - datetime.timedelta(days=6)
    herhaling, nieuw = Ronde.objects.get_or_create(
        regio=regio,
        naam="Herhaalmeting na een jaar",
        defaults={
            "vragenlijst": vragenlijst,
            "soort": Soort.HERHAALMETING,
            "geopend_op": geopend,
            "sluit_op": vandaag + datetime.timedelta(days=14),
            "aangemaakt_door": coordinator,
        },
    )
    if nieuw:
        rng = random.Random("ontwikkelscan-herhaalmeting")
        # teamlid@example.org is left "uitgenodigd", so the demo shows an open form to fill in.
        statussen = ["uitgenodigd", "ingediend", "ingediend", "concept", "ingediend", "concept"]
        statussen += ["ingediend", "uitgenodigd", "concept", "uitgenodigd"]
        statussen += ["ingediend", "ingediend", "concept", "uitgenodigd"]
        for volgnummer, (deelnemer, status) in enumerate(zip(deelnemers, statussen, strict=True)):
            _vul(
                herhaling,
                rng,
                deelnemer,
                basis,
                status=status,
                ingediend_op=_moment(geopend + datetime.timedelta(days=1 + volgnummer % 5)),
            )
    demo.log.append(
        f"Ontwikkelscan: {Ronde.objects.filter(regio=regio).count()} rondes, "
        f"{Respondent.objects.filter(ronde__regio=regio).count()} deelnemers"
    )


# Knelpunten of the demo that came from the nulmeting, and the statement each came from.
KNELPUNTEN_UIT_SCAN = {
    "Weinig samenwerking tussen zorg en sociaal domein": "NS5",
    "Geen gedeeld overzicht van het zorgaanbod": "VO5",
    "Verschillende overdrachtsformulieren": "IU1",
}


def _knelpunten_koppelen(regio, nulmeting):
    from stappenplan.models import Knelpunt

    items = {i.code: i for i in Item.objects.filter(thema__vragenlijst=nulmeting.vragenlijst)}
    for titel, code in KNELPUNTEN_UIT_SCAN.items():
        for knelpunt in Knelpunt.objects.filter(regio=regio, titel=titel, scan_item=None):
            knelpunt.scan_ronde = nulmeting
            knelpunt.scan_item = items.get(code)
            knelpunt.save()
