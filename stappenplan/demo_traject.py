"""Demo data of the traject area.

Regio Voorbeeld: the casemanagement hersenletsel plan with stap 0-2 complete and stap 3 open
(some activities ticked, owners and deadlines, one overdue), the implementation team, decisions
and a communication plan. Regio Elders: the same plan, at stap 0.

Steps are ticked and completed through the services, at the end of the demo (`tot_slot`), so
the evidence the other apps build for the gates exists by then. Idempotent.
"""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from casemanagement.models import Lidmaatschap

from .gates import wat_ontbreekt
from .models import (
    Besluit,
    Communicatiemiddel,
    Implementatieteam,
    Kanaal,
    PlanTemplate,
    Stap,
    Teamlid,
    Traject,
)
from .services import traject as services

PLAN_CODE = "casemanagement-hersenletsel"
COORDINATOR = "coordinator@example.org"

# Owner (e-mail) and due date (days from today) of activities of Regio Voorbeeld, by step.
PLANNING = {
    3: [
        ("situatie-vaststellen", COORDINATOR, 12),
        ("knelpuntentabel", "teamlid@example.org", -5),
        ("ervaringen-clienten", "patient@example.org", 7),
        ("betrokken-organisaties", "verpleegkundige@example.org", 21),
    ],
    4: [
        ("gezamenlijk-belang", COORDINATOR, 40),
        ("werkconferentie", "wijkverpleging@example.org", 75),
    ],
}
# Activities of stap 3 already done.
STAP_3_GEDAAN = ["ervaringen-clienten", "betrokken-organisaties"]

TEAM = [
    # e-mail, rol in het team, vertegenwoordigt zorgvragers en naasten
    (COORDINATOR, "Voorzitter en regionale coördinator", False),
    ("teamlid@example.org", "Revalidatiearts, namens het revalidatiecentrum", False),
    ("patient@example.org", "Namens de Hersenletselvereniging", True),
    ("neuroloog@example.org", "Neuroloog, namens het ziekenhuis", False),
    ("verpleegkundige@example.org", "Verpleegkundig specialist CVA", False),
    ("specialist.og@example.org", "Specialist ouderengeneeskunde", False),
    ("huisarts@example.org", "Kaderhuisarts", False),
    ("wijkverpleging@example.org", "Wijkverpleegkundige NAH", False),
    ("ergotherapie@example.org", "Ergotherapeut", False),
    ("wmo@example.org", "Wmo-consulent", False),
    ("clientondersteuning@example.org", "Cliëntondersteuner NAH", True),
    ("ggz@example.org", "GZ-psycholoog", False),
]

COMMUNICATIE = [
    # kanaal, omschrijving, vaste momenten, stap, gedaan
    (
        Kanaal.NIEUWSBRIEF,
        "Nieuwsbrief casemanagement hersenletsel voor alle netwerkpartners",
        "Elk kwartaal, in de eerste week",
        0,
        True,
    ),
    (
        Kanaal.MAILING,
        "Mailing aan managers en bestuurders over de voortgang",
        "Na elk overleg van het implementatieteam",
        0,
        True,
    ),
    (
        Kanaal.INTRANET,
        "Bericht op het intranet van de partners over de knelpunten",
        "Na het vaststellen van de huidige situatie",
        3,
        False,
    ),
    (Kanaal.WEBSITE, "Resultaten en verwijskaart op de websites van de partners", "", 6, False),
    (Kanaal.REGIONALE_KRANT, "Artikel in de regionale krant over de resultaten", "", 6, False),
]

BESLUITEN = [
    # dagen geleden, stap, onderwerp, tekst, stelt vast, deelnemers (e-mail)
    (
        150,
        0,
        "Start van de implementatie",
        "De managers van ziekenhuis, revalidatiecentrum, VVT en gemeente steunen de "
        "implementatie van casemanagement hersenletsel en leveren elk een deelnemer.",
        True,
        [COORDINATOR, "neuroloog@example.org", "teamlid@example.org", "wmo@example.org"],
    ),
    (
        100,
        1,
        "Implementatieteam ingesteld",
        "Het implementatieteam is samengesteld; iedere deelnemer heeft mandaat van de eigen "
        "organisatie. Het team overlegt elke zes weken.",
        True,
        [COORDINATOR, "teamlid@example.org", "patient@example.org", "huisarts@example.org"],
    ),
    (
        40,
        2,
        "Bundel met beschrijvingen als basis voor stap 3",
        "De bundel met de beschrijvingen van alle partners is rondgestuurd en wordt gebruikt "
        "om de huidige situatie vast te stellen.",
        True,
        [COORDINATOR, "teamlid@example.org", "verpleegkundige@example.org"],
    ),
]


def bouw(demo):
    plan = PlanTemplate.objects.filter(code=PLAN_CODE).order_by("-versie").first()
    coordinator = demo.users[COORDINATOR]
    voorbeeld = demo.voorbeeld
    traject = Traject.objects.filter(regio=voorbeeld, plan__code=PLAN_CODE).first()
    nieuw = traject is None
    if nieuw:
        traject = services.traject_starten(regio=voorbeeld, plan=plan, door=coordinator)
    if not Traject.objects.filter(regio=demo.elders, plan__code=PLAN_CODE).exists():
        services.traject_starten(
            regio=demo.elders, plan=plan, door=demo.users["buiten@example.org"]
        )
    stappen = {s.nummer: s for s in Stap.objects.filter(traject=traject, cyclus=1)}

    _team(demo)
    _communicatie(demo, stappen)
    _besluiten(demo, stappen)
    if nieuw:
        _planning(demo, stappen)
    demo.tot_slot.append(_stappen_afronden)
    demo.log.append(f"{Traject.objects.count()} trajecten in het stappenplan")


def _team(demo):
    team, _ = Implementatieteam.objects.get_or_create(
        regio=demo.voorbeeld,
        defaults={
            "overlegfrequentie": "Elke zes weken, op dinsdagmiddag",
            "overlegvorm": "Afwisselend op locatie bij een partner en online",
            "rol_clientvertegenwoordiging": "De Hersenletselvereniging en de cliëntondersteuning "
            "zitten in het team, beoordelen de patientjourneys en brengen de ervaringen van "
            "zorgvragers en naasten in bij de knelpunten en de werkconferentie.",
            "vastgesteld_op": timezone.localdate() - timedelta(days=100),
        },
    )
    for email, functie, clienten in TEAM:
        lidmaatschap = Lidmaatschap.objects.get(user=demo.users[email], regio=demo.voorbeeld)
        Teamlid.objects.get_or_create(
            team=team,
            lidmaatschap=lidmaatschap,
            defaults={
                "functie": functie,
                "mandaat_bevestigd": True,
                "vertegenwoordigt_clienten": clienten,
            },
        )


def _communicatie(demo, stappen):
    vandaag = timezone.localdate()
    for kanaal, omschrijving, momenten, nummer, gedaan in COMMUNICATIE:
        Communicatiemiddel.objects.get_or_create(
            regio=demo.voorbeeld,
            kanaal=kanaal,
            omschrijving=omschrijving,
            defaults={
                "vaste_momenten": momenten,
                "stap": stappen.get(nummer),
                "gedaan": gedaan,
                "gedaan_op": vandaag - timedelta(days=120) if gedaan else None,
            },
        )


def _besluiten(demo, stappen):
    vandaag = timezone.localdate()
    for dagen, nummer, onderwerp, tekst, stelt_vast, deelnemers in BESLUITEN:
        if Besluit.objects.filter(regio=demo.voorbeeld, onderwerp=onderwerp).exists():
            continue
        services.besluit_opslaan(
            regio=demo.voorbeeld,
            door=demo.users[COORDINATOR],
            data={
                "datum": vandaag - timedelta(days=dagen),
                "stap": stappen.get(nummer),
                "onderwerp": onderwerp,
                "tekst": tekst,
                "stelt_vast": stelt_vast,
            },
            deelnemers=[demo.users[e] for e in deelnemers],
        )


def _planning(demo, stappen):
    vandaag = timezone.localdate()
    for nummer, regels in PLANNING.items():
        activiteiten = {a.code: a for a in stappen[nummer].activiteiten.all()}
        for code, email, dagen in regels:
            services.activiteit_bijwerken(
                activiteit=activiteiten[code],
                eigenaar=demo.users[email],
                deadline=vandaag + timedelta(days=dagen),
                notitie="",
                links="",
            )


def _stappen_afronden(demo):
    """Tick stap 0-2 and complete them through the gate; tick part of stap 3."""
    coordinator = demo.users[COORDINATOR]
    traject = Traject.objects.get(regio=demo.voorbeeld, plan__code=PLAN_CODE)
    for nummer in (0, 1, 2):
        stap = Stap.objects.select_related("traject__regio").get(
            traject=traject, nummer=nummer, cyclus=1
        )
        if stap.afgerond_op is not None:
            continue
        for activiteit in stap.activiteiten.filter(gedaan_op=None):
            services.activiteit_afvinken(activiteit=activiteit, door=coordinator, gedaan=True)
        try:
            services.stap_afronden(stap=stap, door=coordinator)
        except ValidationError as exc:
            ontbrekend = "\n".join(f"- {o.code}: {o.melding}" for o in wat_ontbreekt(stap))
            raise RuntimeError(
                f"De demo kan stap {nummer} van Regio Voorbeeld niet afronden. "
                f"Nog nodig:\n{ontbrekend}"
            ) from exc
        demo.log.append(f"Regio Voorbeeld: stap {nummer} afgerond")
    stap_3 = Stap.objects.get(traject=traject, nummer=3, cyclus=1)
    if stap_3.afgerond_op is None:
        for activiteit in stap_3.activiteiten.filter(code__in=STAP_3_GEDAAN, gedaan_op=None):
            services.activiteit_afvinken(
                activiteit=activiteit, door=demo.users["teamlid@example.org"], gedaan=True
            )


__all__ = ["bouw"]
