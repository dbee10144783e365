"""Reads and rules of the analyse area, each with a fixed number of queries.

The rules (what makes a journey drafted, a SMARTI goal complete, a goal overdue) are
plain functions on loaded objects; the gate checks combine them per step.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, F, Max, Prefetch, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from casemanagement.constants import Rol
from casemanagement.models import Fase, Lidmaatschap, Organisatie, Regio
from casemanagement.selectors import team_organisatie_ids

from ..gates import Ontbrekend
from ..models.analyse import (
    BundelVerzending,
    JourneyOordeel,
    JourneyOvergang,
    JourneyReactie,
    JourneyStap,
    JourneyType,
    Knelpunt,
    KnelpuntStatus,
    PartnerBeschrijving,
    Patientjourney,
    Verbeterpunt,
    VerbeterpuntStatus,
    Werkconferentie,
)

# Rules ----------------------------------------------------------------------------------------


def journey_onvolledig(journey: Patientjourney) -> list[str]:
    """What a journey still misses to count as drafted (uses prefetched phases and transitions)."""
    ontbreekt = []
    for stap in journey.stappen.all():
        naam = stap.fase.korte_naam.lower()
        if not list(stap.organisaties.all()):
            ontbreekt.append(f"organisaties in de fase {naam}")
        if not stap.zorg.strip() and not stap.verwijzing.strip():
            ontbreekt.append(f"hoe verwijzing en zorg in de fase {naam} geregeld zijn")
    for overgang in journey.overgangen.all():
        if not overgang.informatie.strip() and not overgang.verantwoordelijke.strip():
            ontbreekt.append(f"hoe de overdracht bij {overgang.overgang} geregeld is")
    return ontbreekt


@dataclass(frozen=True)
class SmartiDeel:
    letter: str
    naam: str
    uitleg: str


SMARTI = [
    SmartiDeel("S", "Specifiek", "Beschrijf precies wat er bereikt wordt."),
    SmartiDeel("M", "Meetbaar", "Vul indicator, nulmeting en streefwaarde in."),
    SmartiDeel("A", "Acceptabel", "Beschrijf wie achter het doel staan."),
    SmartiDeel("R", "Realistisch", "Beschrijf waarom het doel haalbaar is."),
    SmartiDeel("T", "Tijdgebonden", "Kies een deadline."),
    SmartiDeel("I", "Inspirerend", "Beschrijf waarom het doel mensen in beweging zet."),
]


def _ingevuld(waarde) -> bool:
    return waarde is not None and str(waarde).strip() != ""


def smarti_ontbreekt(doel) -> list[SmartiDeel]:
    """The SMARTI parts a goal still misses; empty means the goal is complete."""
    aanwezig = {
        "S": _ingevuld(doel.specifiek),
        "M": all(_ingevuld(v) for v in (doel.indicator, doel.nulmeting, doel.streefwaarde)),
        "A": _ingevuld(doel.acceptabel),
        "R": _ingevuld(doel.realistisch),
        "T": doel.deadline is not None,
        "I": _ingevuld(doel.inspirerend),
    }
    return [deel for deel in SMARTI if not aanwezig[deel.letter]]


def smarti_overzicht(doel) -> list[tuple[SmartiDeel, bool]]:
    """All six parts with whether each is filled in, for display."""
    ontbreekt = {d.letter for d in smarti_ontbreekt(doel)}
    return [(deel, deel.letter not in ontbreekt) for deel in SMARTI]


def uitvoering_ontbreekt(doel) -> list[str]:
    """What a goal still misses to be carried out (stap 5)."""
    ontbreekt = []
    if not doel.verantwoordelijke_id and not doel.verantwoordelijke_groep.strip():
        ontbreekt.append("een verantwoordelijke")
    if not doel.afspraken.strip():
        ontbreekt.append("schriftelijke afspraken")
    if doel.evaluatie_op is None:
        ontbreekt.append("een evaluatiemoment")
    if not doel.communicatie.strip():
        ontbreekt.append("hoe de instellingen erover communiceren")
    return ontbreekt


AFGESLOTEN = (VerbeterpuntStatus.BEHAALD, VerbeterpuntStatus.GESTOPT)


def is_te_laat(doel, vandaag: date) -> bool:
    return doel.status not in AFGESLOTEN and doel.deadline is not None and doel.deadline < vandaag


def evaluatie_te_laat(doel, laatste_evaluatie: date | None, vandaag: date) -> bool:
    """The evaluation moment has passed without an evaluation recorded on or after it."""
    if doel.status in AFGESLOTEN or doel.evaluatie_op is None or doel.evaluatie_op >= vandaag:
        return False
    return laatste_evaluatie is None or laatste_evaluatie < doel.evaluatie_op


def doel_stand(doel, vandaag: date) -> str:
    """behaald / gestopt / te-laat / op-schema."""
    if doel.status == VerbeterpuntStatus.BEHAALD:
        return "behaald"
    if doel.status == VerbeterpuntStatus.GESTOPT:
        return "gestopt"
    return "te-laat" if is_te_laat(doel, vandaag) else "op-schema"


# Patient journeys -----------------------------------------------------------------------------


def _journeys_qs(regio: Regio):
    return Patientjourney.objects.filter(regio=regio).prefetch_related(
        Prefetch(
            "stappen",
            queryset=JourneyStap.objects.select_related("fase").prefetch_related("organisaties"),
        ),
        Prefetch(
            "overgangen",
            queryset=JourneyOvergang.objects.select_related(
                "overgang__van_fase", "overgang__naar_fase"
            ),
        ),
    )


@dataclass
class JourneyKaart:
    type: JourneyType
    journey: Patientjourney | None
    onvolledig: list
    reacties: int = 0
    open_reacties: int = 0
    akkoord: int = 0
    aanpassen: int = 0


def journeys_overzicht(regio: Regio) -> list[JourneyKaart]:
    """The three referral types, each with its journey (if drafted) and review counts."""
    journeys = {
        j.type: j
        for j in _journeys_qs(regio).annotate(
            n_reacties=Count("reacties", distinct=True),
            n_open=Count("reacties", filter=Q(reacties__antwoord=""), distinct=True),
            n_akkoord=Count("oordelen", filter=Q(oordelen__oordeel="akkoord"), distinct=True),
            n_aanpassen=Count("oordelen", filter=Q(oordelen__oordeel="aanpassen"), distinct=True),
        )
    }
    kaarten = []
    for type_ in JourneyType:
        j = journeys.get(type_.value)
        if j is None:
            kaarten.append(JourneyKaart(type_, None, []))
        else:
            kaarten.append(
                JourneyKaart(
                    type_,
                    j,
                    journey_onvolledig(j),
                    j.n_reacties,
                    j.n_open,
                    j.n_akkoord,
                    j.n_aanpassen,
                )
            )
    return kaarten


def journey_detail(regio: Regio, type: str) -> Patientjourney | None:
    reacties = JourneyReactie.objects.select_related(
        "auteur", "beantwoord_door", "stap__fase", "overgang__overgang__van_fase",
        "overgang__overgang__naar_fase",
    )  # fmt: skip
    return (
        _journeys_qs(regio)
        .filter(type=type)
        .select_related("voorgelegd_door", "regio")
        .prefetch_related(
            Prefetch("reacties", queryset=reacties),
            Prefetch("oordelen", queryset=JourneyOordeel.objects.select_related("auteur")),
        )
        .first()
    )


def reacties_per_onderdeel(journey: Patientjourney) -> tuple[dict, dict]:
    """Comments grouped by phase id and transition id (from the prefetched comments)."""
    per_stap: dict[int, list] = {}
    per_overgang: dict[int, list] = {}
    for r in journey.reacties.all():
        if r.stap_id:
            per_stap.setdefault(r.stap_id, []).append(r)
        elif r.overgang_id:
            per_overgang.setdefault(r.overgang_id, []).append(r)
    return per_stap, per_overgang


def journey_diagram(journey: Patientjourney) -> str:
    """The journey as an accessible SVG (from the prefetched phases and transitions)."""
    from ..diagram_analyse import DiagramFase, DiagramOvergang, journey_svg

    fasen = [
        DiagramFase(
            naam=s.fase.naam,
            organisaties=[o.naam for o in s.organisaties.all()],
            knelpunt=bool(s.bekende_knelpunten.strip()),
        )
        for s in journey.stappen.all()
    ]
    overgangen = [
        DiagramOvergang(
            naam=str(o.overgang),
            wachttijd=o.wachttijd,
            knelpunt=bool(o.bekende_knelpunten.strip()),
        )
        for o in journey.overgangen.all()
    ]
    return journey_svg(
        titel=f"Patiëntjourney: {journey.get_type_display()}",
        fasen=fasen,
        overgangen=overgangen,
        id_prefix=f"journey-{journey.type}",
    )


# Partner descriptions -------------------------------------------------------------------------


@dataclass
class PartnerRij:
    organisatie: Organisatie
    beschrijving: PartnerBeschrijving | None
    in_team: bool


def partner_overzicht(regio: Regio) -> list[PartnerRij]:
    """Every organisation of the region with its description (if any) and whether it is in the
    implementation team; team organisations first."""
    team = team_organisatie_ids(regio)
    beschrijvingen = {
        b.organisatie_id: b
        for b in PartnerBeschrijving.objects.filter(regio=regio)
        .select_related("bijgewerkt_door")
        .prefetch_related("fasen__fase")
    }
    rijen = [
        PartnerRij(org, beschrijvingen.get(org.pk), org.pk in team)
        for org in Organisatie.objects.filter(regio=regio)
    ]
    rijen.sort(key=lambda r: (not r.in_team, r.organisatie.naam))
    return rijen


def laatste_bundel(regio: Regio) -> BundelVerzending | None:
    return BundelVerzending.objects.filter(regio=regio).select_related("verstuurd_door").first()


# Knelpunten -----------------------------------------------------------------------------------

SORTERINGEN = {
    "prioriteit": ["prioriteit", "titel"],
    "titel": ["titel"],
    "status": ["status", "prioriteit", "titel"],
    "bron": ["bron", "prioriteit", "titel"],
    "fase": ["plek_volgorde", "prioriteit", "titel"],
    "datum": ["created_at", "titel"],
}


@dataclass
class KnelpuntRij:
    knelpunt: Knelpunt
    organisaties: list  # (Organisatie, in_team)

    @property
    def buiten_team(self) -> list:
        return [org for org, in_team in self.organisaties if not in_team]


def knelpunten_gefilterd(
    regio: Regio,
    *,
    status: str = "",
    prioriteit: str = "",
    bron: str = "",
    fase: str = "",
    sorteer: str = "prioriteit",
):
    """The knelpunten of the table, filtered and sorted in SQL (a query set: count or slice it)."""
    qs = (
        Knelpunt.objects.filter(regio=regio)
        .select_related(
            "regio",
            "fase",
            "overgang__van_fase",
            "overgang__naar_fase",
            "journey_stap__journey",
            "journey_stap__fase",
            "journey_overgang__journey",
            "reactie__journey",
        )
        .prefetch_related("organisaties")
        .annotate(plek_volgorde=Coalesce("fase__volgorde", "overgang__van_fase__volgorde"))
    )
    if status:
        qs = qs.filter(status=status)
    if prioriteit:
        qs = qs.filter(prioriteit=prioriteit)
    if bron:
        qs = qs.filter(bron=bron)
    if fase:
        qs = qs.filter(
            Q(fase__code=fase)
            | Q(overgang__van_fase__code=fase)
            | Q(overgang__naar_fase__code=fase)
        )
    omgekeerd = sorteer.startswith("-")
    volgorde = list(SORTERINGEN.get(sorteer.lstrip("-"), SORTERINGEN["prioriteit"]))
    # Knelpunten without a phase or transition come last, on every database.
    eerste = F(volgorde[0])
    volgorde[0] = eerste.desc(nulls_last=True) if omgekeerd else eerste.asc(nulls_last=True)
    return qs.order_by(*volgorde, "pk")


def knelpunt_rijen(regio: Regio, knelpunten) -> list[KnelpuntRij]:
    """Rows of the table, with for each organisation whether it sits in the implementation
    team. A fixed number of queries, however many knelpunten."""
    team = team_organisatie_ids(regio)
    return [KnelpuntRij(k, [(o, o.pk in team) for o in k.organisaties.all()]) for k in knelpunten]


def knelpunt_detail(regio: Regio, pk: int) -> KnelpuntRij | None:
    knelpunt = (
        Knelpunt.objects.filter(regio=regio, pk=pk)
        .select_related(
            "fase", "overgang__van_fase", "overgang__naar_fase", "journey_stap__journey",
            "journey_stap__fase", "journey_overgang__journey", "reactie__journey", "regio",
        )
        .prefetch_related("organisaties", "verbeterpunten__verantwoordelijke")
        .first()
    )  # fmt: skip
    if knelpunt is None:
        return None
    team = team_organisatie_ids(regio)
    return KnelpuntRij(knelpunt, [(o, o.pk in team) for o in knelpunt.organisaties.all()])


def knelpunt_bron_url(knelpunt: Knelpunt) -> str | None:
    """Where the knelpunt's source can be seen, if it is in this application."""
    slug = knelpunt.regio.slug
    if knelpunt.reactie_id:
        j = knelpunt.reactie.journey
        return (
            reverse("stappenplan:patientjourney", args=[slug, j.type])
            + f"#reactie-{knelpunt.reactie_id}"
        )
    if knelpunt.journey_stap_id:
        j = knelpunt.journey_stap.journey
        return (
            reverse("stappenplan:patientjourney", args=[slug, j.type])
            + f"#stap-{knelpunt.journey_stap_id}"
        )
    if knelpunt.journey_overgang_id:
        j = knelpunt.journey_overgang.journey
        return (
            reverse("stappenplan:patientjourney", args=[slug, j.type])
            + f"#overgang-{knelpunt.journey_overgang_id}"
        )
    if knelpunt.scan_ronde_id:
        url = reverse("ontwikkelscan:resultaten", args=[slug, knelpunt.scan_ronde_id])
        return url + (f"#item-{knelpunt.scan_item.code}" if knelpunt.scan_item_id else "")
    return None


# Verbeterpunten -------------------------------------------------------------------------------


def verbeterpunten(regio: Regio):
    return (
        Verbeterpunt.objects.filter(regio=regio)
        .select_related("knelpunt", "verantwoordelijke", "regio")
        .annotate(
            laatste_voortgang=Max("voortgang__datum"),
            laatste_evaluatie=Max("voortgang__datum", filter=Q(voortgang__is_evaluatie=True)),
        )
        .order_by(Coalesce("deadline", date.max), "titel", "pk")
    )


def verbeterpunt_detail(regio: Regio, pk: int) -> Verbeterpunt | None:
    return (
        Verbeterpunt.objects.filter(regio=regio, pk=pk)
        .select_related("knelpunt", "verantwoordelijke", "regio")
        .prefetch_related("voortgang__auteur", "werkconferenties")
        .annotate(laatste_evaluatie=Max("voortgang__datum", filter=Q(voortgang__is_evaluatie=True)))
        .first()
    )


@dataclass
class Signaal:
    """A signal list: at most a few goals, and how many there are in all."""

    doelen: list
    aantal: int

    def __bool__(self) -> bool:
        return self.aantal > 0

    @property
    def meer(self) -> int:
        return self.aantal - len(self.doelen)


@dataclass
class Signalen:
    te_laat: Signaal
    evaluatie_te_laat: Signaal
    binnenkort: Signaal


SIGNAAL_HOOGSTENS = 5


def _evaluatie_te_laat_q(vandaag: date) -> Q:
    """`evaluatie_te_laat` in SQL, on goals annotated with `laatste_evaluatie` and still
    running: the evaluation moment has passed without an evaluation on or after it."""
    return Q(evaluatie_op__lt=vandaag) & (
        Q(laatste_evaluatie=None) | Q(laatste_evaluatie__lt=F("evaluatie_op"))
    )


def doelen_signalen(regio: Regio, vandaag: date | None = None) -> Signalen:
    """Overdue goals and evaluations, and deadlines or evaluations in the coming 30 days:
    per list the first few and the count, counted and filtered in SQL."""
    vandaag = vandaag or timezone.localdate()
    grens = vandaag + timedelta(days=30)
    lopend = verbeterpunten(regio).exclude(status__in=AFGESLOTEN)

    def signaal(qs) -> Signaal:
        return Signaal(list(qs[:SIGNAAL_HOOGSTENS]), qs.count())

    return Signalen(
        te_laat=signaal(lopend.filter(deadline__lt=vandaag)),
        evaluatie_te_laat=signaal(lopend.filter(_evaluatie_te_laat_q(vandaag))),
        binnenkort=signaal(
            lopend.filter(
                Q(deadline__range=(vandaag, grens)) | Q(evaluatie_op__range=(vandaag, grens))
            )
        ),
    )


def doelen_te_laat_per_regio(regio_ids, vandaag: date | None = None) -> dict[int, int]:
    """Per region the number of running goals past their deadline, in one query."""
    vandaag = vandaag or timezone.localdate()
    return dict(
        Verbeterpunt.objects.filter(regio_id__in=regio_ids, deadline__lt=vandaag)
        .exclude(status__in=AFGESLOTEN)
        .values_list("regio_id")
        .annotate(n=Count("id"))
        .values_list("regio_id", "n")
    )


def doelen_stand(regio: Regio, vandaag: date | None = None) -> dict[str, int]:
    vandaag = vandaag or timezone.localdate()
    stand = {"behaald": 0, "op-schema": 0, "te-laat": 0, "gestopt": 0}
    for doel in Verbeterpunt.objects.filter(regio=regio).only("status", "deadline"):
        stand[doel_stand(doel, vandaag)] += 1
    return stand


def verantwoordelijken(regio: Regio):
    """Members who can own a goal: the coordinator and the team members of the region."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            lidmaatschappen__regio=regio,
            lidmaatschappen__rol__in=[Rol.TEAMLID, Rol.COORDINATOR],
        )
        .order_by("naam", "email")
    )


def werkconferenties(regio: Regio):
    return (
        Werkconferentie.objects.filter(regio=regio)
        .prefetch_related("uitnodigingen__teamlid", "verbeterpunten")
        .order_by("-datum")
    )


# Gate evidence --------------------------------------------------------------------------------


def _url(naam: str, regio: Regio, *args) -> str:
    return reverse(f"stappenplan:{naam}", args=[regio.slug, *args])


def bewijs_voorbereiding(regio: Regio) -> list[Ontbrekend]:
    """Stap 1: the three journeys drafted and put to the patient representatives."""
    uitkomst = []
    journeys = {j.type: j for j in _journeys_qs(regio)}
    for type_ in JourneyType:
        j = journeys.get(type_.value)
        naam = type_.label.lower()
        if j is None:
            uitkomst.append(
                Ontbrekend(
                    "journey_ontbreekt",
                    f"Stel de patiëntjourney '{naam}' op.",
                    _url("patientjourneys", regio),
                )
            )
            continue
        if journey_onvolledig(j):
            uitkomst.append(
                Ontbrekend(
                    "journey_onvolledig",
                    f"Vul de patiëntjourney '{naam}' aan: {'; '.join(journey_onvolledig(j))}.",
                    _url("patientjourney_bewerken", regio, type_.value),
                )
            )
        if j.voorgelegd_op is None:
            uitkomst.append(
                Ontbrekend(
                    "journey_niet_voorgelegd",
                    f"Leg de patiëntjourney '{naam}' voor aan de patiëntvertegenwoordigers.",
                    _url("patientjourney", regio, type_.value),
                )
            )
    return uitkomst


def bewijs_huidige_situatie_in_kaart(regio: Regio) -> list[Ontbrekend]:
    """Stap 2: every organisation in the team has described its care; the bundle went round
    after the last change."""
    uitkomst = []
    team = team_organisatie_ids(regio)
    beschreven = dict(
        PartnerBeschrijving.objects.filter(regio=regio).values_list("organisatie_id", "updated_at")
    )
    for org in Organisatie.objects.filter(pk__in=team - set(beschreven)):
        uitkomst.append(
            Ontbrekend(
                "beschrijving_ontbreekt",
                f"{org.naam} heeft de eigen zorg en overdracht nog niet beschreven.",
                _url("beschrijving_bewerken", regio, org.pk),
            )
        )
    bundel = BundelVerzending.objects.filter(regio=regio).first()
    if bundel is None:
        uitkomst.append(
            Ontbrekend(
                "bundel_niet_verstuurd",
                "Stuur de bundel met beschrijvingen rond aan het implementatieteam.",
                _url("beschrijvingen", regio),
            )
        )
    elif beschreven and max(beschreven.values()) > bundel.verstuurd_op:
        uitkomst.append(
            Ontbrekend(
                "bundel_verouderd",
                "Er zijn beschrijvingen gewijzigd nadat de bundel is rondgestuurd: stuur hem "
                "opnieuw rond.",
                _url("beschrijvingen", regio),
            )
        )
    return uitkomst


def bewijs_huidige_situatie_vaststellen(regio: Regio) -> list[Ontbrekend]:
    """Stap 3: a knelpunten table, each knelpunt with the organisations involved."""
    knelpunten = Knelpunt.objects.filter(regio=regio).annotate(n_org=Count("organisaties"))
    if not knelpunten.exists():
        return [
            Ontbrekend(
                "geen_knelpunten",
                "Leg de knelpunten vast uit de Ontwikkelscan, de patiëntjourneys en de inbreng "
                "van cliënten en naasten.",
                _url("knelpunten", regio),
            )
        ]
    return [
        Ontbrekend(
            "knelpunt_zonder_organisaties",
            f"Noteer bij het knelpunt '{k.titel}' welke organisaties betrokken zijn.",
            _url("knelpunt_bewerken", regio, k.pk),
        )
        for k in knelpunten.filter(n_org=0)
    ]


OPGEPAKT = (KnelpuntStatus.OPGEPAKT, KnelpuntStatus.OPGELOST)


def bewijs_verbeterpunten(regio: Regio) -> list[Ontbrekend]:
    """Stap 4: each knelpunt taken up has a verbeterpunt with a complete SMARTI goal; a
    werkconferentie is planned with the role of the patient representatives."""
    uitkomst = []
    knelpunten = list(
        Knelpunt.objects.filter(regio=regio, status__in=OPGEPAKT).prefetch_related(
            Prefetch(
                "verbeterpunten",
                queryset=Verbeterpunt.objects.exclude(status=VerbeterpuntStatus.GESTOPT),
            )
        )
    )
    if not knelpunten:
        uitkomst.append(
            Ontbrekend(
                "geen_knelpunt_opgepakt",
                "Kies welke knelpunten het team oppakt en maak er verbeterpunten van.",
                _url("knelpunten", regio),
            )
        )
    for k in knelpunten:
        punten = list(k.verbeterpunten.all())
        if not punten:
            uitkomst.append(
                Ontbrekend(
                    "knelpunt_zonder_verbeterpunt",
                    f"Maak van het knelpunt '{k.titel}' een verbeterpunt met een SMARTI-doel.",
                    _url("verbeterpunt_nieuw", regio) + f"?knelpunt={k.pk}",
                )
            )
            continue
        if not any(not smarti_ontbreekt(vp) for vp in punten):
            vp = punten[0]
            delen = ", ".join(d.naam.lower() for d in smarti_ontbreekt(vp))
            uitkomst.append(
                Ontbrekend(
                    "doel_smarti_onvolledig",
                    f"Het doel '{vp.titel}' is nog niet SMARTI: {delen} ontbreekt.",
                    _url("verbeterpunt_bewerken", regio, vp.pk),
                )
            )
    conferenties = list(Werkconferentie.objects.filter(regio=regio))
    if not conferenties:
        uitkomst.append(
            Ontbrekend(
                "geen_werkconferentie",
                "Plan een werkconferentie voor zorgverleners buiten het implementatieteam.",
                _url("werkconferentie_nieuw", regio),
            )
        )
    elif not any(w.rol_patientvertegenwoordigers.strip() for w in conferenties):
        w = conferenties[0]
        uitkomst.append(
            Ontbrekend(
                "werkconferentie_zonder_rol_patienten",
                "Leg vast welke rol de patiëntvertegenwoordigers in de werkconferentie hebben.",
                _url("werkconferentie_bewerken", regio, w.pk),
            )
        )
    return uitkomst


def bewijs_aan_de_slag(regio: Regio) -> list[Ontbrekend]:
    """Stap 5: each goal has a responsible, written agreements, an evaluation moment and how
    the institutions communicate about it."""
    doelen = list(
        Verbeterpunt.objects.filter(regio=regio).exclude(status=VerbeterpuntStatus.GESTOPT)
    )
    if not doelen:
        return [
            Ontbrekend(
                "geen_doelen",
                "Er zijn nog geen doelen om mee aan de slag te gaan.",
                _url("doelen", regio),
            )
        ]
    return [
        Ontbrekend(
            "doel_niet_uitgewerkt",
            f"Het doel '{d.titel}' mist nog {', '.join(uitvoering_ontbreekt(d))}.",
            _url("verbeterpunt_bewerken", regio, d.pk),
        )
        for d in doelen
        if uitvoering_ontbreekt(d)
    ]


def patientvertegenwoordigers(regio: Regio):
    return Lidmaatschap.objects.filter(regio=regio, rol=Rol.PATIENTVERTEGENWOORDIGER)


def fasen():
    return list(Fase.objects.all())
