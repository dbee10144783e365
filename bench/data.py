"""The national data set of the benchmark, built through the product's own services.

Per region (slug `bench-NNN`): 20 organisations in every phase, a coordinator and eleven team
members, a traject with its history (stap 0 completed, stap 1 ticked, every tick in the history), three closed
Ontwikkelscan rounds of 40 respondents answering all 45 items, 100 knelpunten of which 60 have a
verbeterpunt with a SMARTI goal, and a verwijskaart of 150 entries published in three versions.

Rows are written through the services (organisations, rounds, invitations, submitting, closing,
knelpunten, goals, entries, publishing). Two things are written in bulk because no service
writes them one by one faster than a user would: the members (no invitation round trip) and the
scan answers (`Antwoord` rows, which `antwoorden_opslaan` would write one theme at a time); the
submit and close services then check them as they would check a user's answers. The PDF of a
verwijskaart version is rendered for real in the first region and reused for the same version
number in the others: it is the one step that costs seconds, and the benchmark times it apart.

Each region is built in one transaction, so an interrupted build leaves only whole regions and
the next run adds the missing ones.
"""

import itertools
import random
from datetime import timedelta
from unittest import mock

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from casemanagement.constants import Rol
from casemanagement.models import Fase, Lidmaatschap, Overgang, Regio
from casemanagement.programmas import organisatietypen
from casemanagement.services import organisatie_opslaan
from ontwikkelscan import services as scan
from ontwikkelscan.models import Antwoord, Item, Ronde, Samenwerking, Vragenlijst
from stappenplan.models import Kanaal, KnelpuntBron, PlanTemplate, Prioriteit, Stap
from stappenplan.services import analyse, traject
from verwijskaart import services as kaart
from verwijskaart.constants import VerwijsWijze

ORGANISATIES = 20
TEAM = 12
RONDES = 3
RESPONDENTEN = 40
KNELPUNTEN = 100
MET_DOEL = 60
VERMELDINGEN = 150
VERSIES = 3


def slug(r: int) -> str:
    return f"bench-{r:03d}"


def coordinator_email(r: int) -> str:
    return f"coordinator@{slug(r)}.example"


BEHEERDER = "beheerder@bench.example"
LANDELIJK = "landelijk@bench.example"  # a manager in every region: the widest home page


def aanwezig() -> int:
    """Number of complete regions (the last thing built for a region is its third version)."""
    return Regio.objects.filter(
        slug__startswith="bench-", verwijskaart__versies__nummer=VERSIES
    ).count()


def bouw(*, regios: int, log=print) -> None:
    """Add regions until `regios` complete ones exist."""
    User = get_user_model()
    User.objects.filter(email=BEHEERDER).exists() or User.objects.create_superuser(
        email=BEHEERDER, password="bench", naam="Beheer bench"
    )
    landelijk = User.objects.filter(email=LANDELIJK).first() or User.objects.create_user(
        email=LANDELIJK, password="bench", naam="Landelijk manager"
    )
    pdfs: dict[int, bytes] = {}
    for r in range(regios):
        if Regio.objects.filter(slug=slug(r), verwijskaart__versies__nummer=VERSIES).exists():
            continue
        begin = timezone.now()
        Regio.objects.filter(slug=slug(r)).delete()  # an interrupted build of this region
        with (
            transaction.atomic(),
            override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
        ):
            _regio(r, landelijk, pdfs)
        log(f"  {slug(r)} gebouwd in {(timezone.now() - begin).total_seconds():.1f} s")


def _regio(r: int, landelijk, pdfs: dict[int, bytes]) -> None:
    rnd = random.Random(r)
    fasen = list(Fase.objects.order_by("volgorde"))
    overgangen = list(Overgang.objects.all())
    regio = Regio.objects.create(naam=f"Regio {r + 1:02d}", slug=slug(r))

    types = itertools.cycle(organisatietypen())
    organisaties = [
        organisatie_opslaan(
            regio=regio,
            data={"naam": f"Organisatie {r + 1}-{o + 1}", "type": next(types)},
            inzet={fasen[o % len(fasen)].pk: "Zorg in deze fase en de overdracht naar de volgende"},
        )
        for o in range(ORGANISATIES)
    ]

    User = get_user_model()
    users = User.objects.bulk_create(
        User(email=f"lid{m}@{slug(r)}.example", naam=f"Lid {m} van regio {r + 1}")
        for m in range(1, TEAM)
    )
    coordinator = User.objects.create_user(
        email=coordinator_email(r), password="bench", naam=f"Coördinator regio {r + 1}"
    )
    Lidmaatschap.objects.bulk_create(
        [Lidmaatschap(user=coordinator, regio=regio, rol=Rol.COORDINATOR)]
        + [
            Lidmaatschap(
                user=u, regio=regio, rol=Rol.TEAMLID, organisatie=organisaties[m % ORGANISATIES]
            )
            for m, u in enumerate(users)
        ]
        + [Lidmaatschap(user=landelijk, regio=regio, rol=Rol.MANAGER)]
    )
    leden = [coordinator, *users]

    t = traject.traject_starten(
        regio=regio, plan=PlanTemplate.objects.order_by("code", "-versie").first(), door=coordinator
    )
    rondes = _scan(regio, coordinator, organisaties, rnd)
    _traject(t, regio, coordinator)
    _knelpunten(regio, organisaties, leden, fasen, overgangen, rondes[-1], rnd)
    _verwijskaart(regio, coordinator, organisaties, leden, fasen, rnd, pdfs)


def _traject(t, regio, coordinator) -> None:
    """Stap 0 completed through its gate (the scan is shared, the communication plan has fixed
    moments), every activity of stap 1 ticked."""
    traject.communicatiemiddel_opslaan(
        regio=regio,
        data={
            "kanaal": Kanaal.NIEUWSBRIEF,
            "omschrijving": "Nieuwsbrief voor alle netwerkpartners",
            "vaste_momenten": "Elk kwartaal",
        },
    )
    stappen = {s.nummer: s for s in Stap.objects.filter(traject=t, nummer__lte=1)}
    for activiteit in stappen[0].activiteiten.all():
        traject.activiteit_afvinken(activiteit=activiteit, door=coordinator, gedaan=True)
    traject.stap_afronden(stap=stappen[0], door=coordinator)
    for activiteit in stappen[1].activiteiten.all():
        traject.activiteit_afvinken(activiteit=activiteit, door=coordinator, gedaan=True)


def _scan(regio, coordinator, organisaties, rnd) -> list[Ronde]:
    vragenlijst = Vragenlijst.objects.filter(actief=True).order_by("-versie").first()
    items = list(Item.objects.filter(thema__vragenlijst=vragenlijst).values_list("pk", flat=True))
    rondes = []
    for n in range(RONDES):
        ronde = scan.ronde_openen(
            regio=regio,
            vragenlijst=vragenlijst,
            naam="Nulmeting" if n == 0 else f"Herhaalmeting {n}",
            soort="nulmeting" if n == 0 else "herhaalmeting",
            door=coordinator,
        )
        genodigden = [
            scan.Genodigde(
                email=f"respondent{i}@{regio.slug}.example",
                naam=f"Respondent {i}",
                organisatie=organisaties[i % len(organisaties)],
            )
            for i in range(RESPONDENTEN)
        ]
        respondenten = scan.uitnodigen(ronde=ronde, genodigden=genodigden, door=coordinator).nieuw
        basis = {item: rnd.randint(1, 4) for item in items}
        antwoorden = []
        for respondent in respondenten:
            for item in items:
                weet_niet = rnd.random() < 0.05
                waarde = min(5, max(0, basis[item] + n + rnd.randint(-1, 1)))
                antwoorden.append(
                    Antwoord(
                        respondent=respondent,
                        item_id=item,
                        waarde=None if weet_niet else waarde,
                        weet_niet=weet_niet,
                    )
                )
        Antwoord.objects.bulk_create(antwoorden)
        Samenwerking.objects.bulk_create(
            Samenwerking(respondent=respondent, organisatie=o)
            for respondent in respondenten
            for o in rnd.sample(organisaties, 4)
        )
        for respondent in respondenten:
            scan.indienen(respondent=respondent)
        scan.ronde_sluiten(ronde=ronde)
        scan.resultaten_gedeeld(ronde=ronde, op=timezone.localdate(), hoe="Netwerkoverleg")
        rondes.append(ronde)
    return rondes


def _knelpunten(regio, organisaties, leden, fasen, overgangen, ronde, rnd) -> None:
    bronnen = [KnelpuntBron.ONTWIKKELSCAN, KnelpuntBron.CLIENTINPUT, KnelpuntBron.OVERIG]
    vandaag = timezone.localdate()
    for k in range(KNELPUNTEN):
        bron = bronnen[k % len(bronnen)]
        knelpunt = analyse.knelpunt_opslaan(
            regio=regio,
            data={
                "titel": f"Knelpunt {k + 1}: overdracht loopt niet vanzelf",
                "huidige_situatie": "Na ontslag weet niemand wie de zorgvrager volgt; "
                "informatie komt laat of niet aan.",
                "gewenste_situatie": "Een vast aanspreekpunt en een warme overdracht.",
                "bron": bron,
                "scan_ronde": ronde if bron == KnelpuntBron.ONTWIKKELSCAN else None,
                "fase": fasen[k % len(fasen)] if k % 2 else None,
                "overgang": None if k % 2 else overgangen[k % len(overgangen)],
                "prioriteit": rnd.choice(Prioriteit.values),
            },
            organisaties=rnd.sample(organisaties, 3),
        )
        if k < MET_DOEL:
            analyse.verbeterpunt_opslaan(
                regio=regio,
                data={
                    "knelpunt": knelpunt,
                    "titel": f"Doel {k + 1}: vast aanspreekpunt na ontslag",
                    "wat_verbetert": "Zorgvragers en naasten weten bij wie ze terechtkunnen.",
                    "specifiek": "Iedere zorgvrager met NAH krijgt bij ontslag een casemanager.",
                    "indicator": "Aandeel zorgvragers met casemanager binnen twee weken",
                    "nulmeting": "30%",
                    "streefwaarde": "80%",
                    "deadline": vandaag + timedelta(days=rnd.randint(-30, 300)),
                    "verantwoordelijke": leden[k % len(leden)] if k % 3 else None,
                    "afspraken": "Vastgelegd in het overleg van het implementatieteam."
                    if k % 2
                    else "",
                    "evaluatie_op": vandaag + timedelta(days=120) if k % 4 else None,
                },
            )


def _verwijskaart(regio, coordinator, organisaties, leden, fasen, rnd, pdfs) -> None:
    vandaag = timezone.localdate()
    vermeldingen = []
    for v in range(VERMELDINGEN):
        vermeldingen.append(
            kaart.verwijzing_opslaan(
                regio=regio,
                data={
                    "fase": fasen[v % len(fasen)],
                    "behoefte": f"Behoefte {v % 12 + 1}",
                    "organisatie": organisaties[v % len(organisaties)],
                    "discipline": f"Team {v + 1}",
                    "waarvoor": "Begeleiding thuis na hersenletsel, ook voor naasten.",
                    "inclusiecriteria": "Volwassenen met NAH die thuis wonen.",
                    "wijze": rnd.choice(VerwijsWijze.values),
                    "contact_naam": "Aanmeldpunt",
                    "telefoon": f"0301-55{v:04d}",
                    "email": f"aanmelden{v}@{regio.slug}.example",
                    "eigenaar": leden[v % len(leden)],
                    "controle_interval_maanden": 12,
                },
            )
        )
    for nummer in range(1, VERSIES + 1):
        for verwijzing in vermeldingen[(nummer - 1) * 10 : nummer * 10]:
            kaart.verwijzing_opslaan(
                regio=regio,
                data={
                    "organisatie": verwijzing.organisatie,
                    "waarvoor": f"Begeleiding thuis na hersenletsel (versie {nummer}).",
                },
                verwijzing=verwijzing,
            )
        gerenderd = pdfs.get(nummer)
        renderer = (
            mock.patch.object(kaart, "render_versie_pdf", return_value=gerenderd)
            if gerenderd
            else mock.patch.object(kaart, "render_versie_pdf", wraps=kaart.render_versie_pdf)
        )
        with renderer:
            versie = kaart.publiceren(
                regio=regio,
                door=coordinator,
                volgende_herziening=vandaag + timedelta(days=365),
                verantwoordelijke=coordinator,
                toelichting=f"Tien vermeldingen bijgewerkt (versie {nummer}).",
            )
        pdfs.setdefault(nummer, bytes(versie.pdf))
