"""Loads the plan templates of a programme file (section `plannen`).

A plan whose content equals a stored version of its code is left alone. Otherwise the file
becomes the next version: active when it is the first, else a draft an administrator activates.
Running trajecten copied their texts when they started, so they never change here.
"""

from casemanagement.programmas import Programmafout, registreer_onderdeel, volgende_versie


def _tekst(waarde) -> str:
    return (waarde or "").strip() if isinstance(waarde, str) else ""


def inhoud_uit_bestand(item: dict) -> tuple:
    """The comparable content of a plan in a programme file."""
    code = item.get("code")
    if not code or not item.get("naam"):
        raise Programmafout("plan: 'code' en 'naam' zijn verplicht.", code="veld_ontbreekt")
    stappen = []
    nummers, codes = set(), set()
    for stap in item.get("stappen") or []:
        waar = f"plan {code}, stap {stap.get('nummer')}"
        if stap.get("nummer") is None or not stap.get("code") or not stap.get("naam"):
            raise Programmafout(f"{waar}: 'nummer', 'code' en 'naam' zijn verplicht.")
        if stap["nummer"] in nummers or stap["code"] in codes:
            raise Programmafout(f"{waar}: nummer of code komt twee keer voor.")
        nummers.add(stap["nummer"])
        codes.add(stap["code"])
        activiteiten = []
        for a in stap.get("activiteiten") or []:
            if not a.get("code") or not a.get("titel"):
                raise Programmafout(f"{waar}: elke activiteit heeft een 'code' en een 'titel'.")
            hulpmiddel = a.get("hulpmiddel") or {}
            activiteiten.append(
                (
                    a["code"],
                    a["titel"].strip(),
                    _tekst(a.get("uitleg")),
                    bool(a.get("verplicht", True)),
                    _tekst(hulpmiddel.get("naam")),
                    _tekst(hulpmiddel.get("url")),
                )
            )
        stappen.append(
            (int(stap["nummer"]), stap["code"], stap["naam"].strip(), _tekst(stap.get("uitleg")),
             tuple(activiteiten))
        )  # fmt: skip
    if item.get("cyclus_vanaf") is not None and item["cyclus_vanaf"] not in nummers:
        raise Programmafout(f"plan {code}: cyclus_vanaf noemt een stap die niet bestaat.")
    return (
        item["naam"].strip(),
        _tekst(item.get("beschrijving")),
        item.get("cyclus_vanaf"),
        tuple(sorted(stappen)),
    )


def inhoud_uit_database(plan) -> tuple:
    """The comparable content of a stored plan version (with prefetched steps and activities)."""
    stappen = []
    for stap in plan.stappen.all():
        activiteiten = tuple(
            (a.code, a.titel, a.uitleg, a.verplicht, a.tool_naam, a.tool_url)
            for a in sorted(stap.activiteiten.all(), key=lambda a: (a.volgorde, a.pk))
        )
        stappen.append((stap.nummer, stap.code, stap.naam, stap.uitleg, activiteiten))
    return (plan.naam, plan.beschrijving, plan.cyclus_vanaf, tuple(sorted(stappen)))


@registreer_onderdeel("plannen", volgorde=10)
def plannen_laden(*, programma, items, verslag) -> None:
    from .models import ActiviteitTemplate, PlanTemplate, StapTemplate

    for item in items:
        inhoud = inhoud_uit_bestand(item)
        code = item["code"]
        versies = list(
            PlanTemplate.objects.filter(code=code).prefetch_related("stappen__activiteiten")
        )
        versie = volgende_versie(versies, inhoud, inhoud_uit_database)
        if versie is None:
            continue
        naam, beschrijving, cyclus_vanaf, stappen = inhoud
        plan = PlanTemplate.objects.create(
            programma=programma,
            code=code,
            versie=versie,
            naam=naam,
            beschrijving=beschrijving,
            cyclus_vanaf=cyclus_vanaf,
            actief=versie == 1,
        )
        for nummer, s_code, s_naam, uitleg, activiteiten in stappen:
            stap = StapTemplate.objects.create(
                plan=plan, nummer=nummer, code=s_code, naam=s_naam, uitleg=uitleg
            )
            ActiviteitTemplate.objects.bulk_create(
                ActiviteitTemplate(
                    stap=stap, code=a_code, titel=titel, uitleg=a_uitleg, verplicht=verplicht,
                    tool_naam=tool_naam, tool_url=tool_url, volgorde=volgorde,
                )
                for volgorde, (a_code, titel, a_uitleg, verplicht, tool_naam, tool_url)
                in enumerate(activiteiten, start=1)
            )  # fmt: skip
        status = "actief" if plan.actief else "concept: activeer deze versie in het beheer"
        verslag.meld(f"Plan {code} versie {plan.versie} toegevoegd ({status})")
