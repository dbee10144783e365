"""Reads of the traject area, each with a fixed number of queries."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone

from casemanagement import tekst
from casemanagement.models import Lidmaatschap, Regio

from ..gates import ActiviteitStand, StapStand
from ..models import (
    Activiteit,
    Besluit,
    Communicatiemiddel,
    HerinneringVerstuurd,
    Implementatieteam,
    PlanTemplate,
    Stap,
    Teamlid,
    Traject,
)
from ..models.traject import tool_link

KLAAR = "klaar"
HUIDIG = "huidig"
OP_SLOT = "op-slot"
ARCHIEF = "archief"

STATUS_TEKST = {
    KLAAR: "Afgerond",
    HUIDIG: "Huidige stap",
    OP_SLOT: "Op slot",
    ARCHIEF: "Eerdere cyclus",
}


def traject_van(regio: Regio) -> Traject | None:
    """The region's traject (the first one started)."""
    return Traject.objects.filter(regio=regio).select_related("plan").order_by("created_at").first()


def startbare_plannen() -> list[PlanTemplate]:
    """The newest active version of each plan template."""
    nieuwste: dict[str, PlanTemplate] = {}
    for plan in PlanTemplate.objects.filter(actief=True).order_by("code", "-versie"):
        nieuwste.setdefault(plan.code, plan)
    return list(nieuwste.values())


def laatste_per_nummer(stappen) -> list:
    """Of each step number, the row of the latest cycle, in step order (pure)."""
    laatste: dict[int, object] = {}
    for stap in stappen:
        if stap.nummer not in laatste or stap.cyclus > laatste[stap.nummer].cyclus:
            laatste[stap.nummer] = stap
    return [laatste[n] for n in sorted(laatste)]


def statussen(stappen) -> dict[int, str]:
    """Status per step id (pure): earlier cycles are archived; of the latest rows, the first
    open one is current and every open step after it is locked."""
    huidige = laatste_per_nummer(stappen)
    huidige_ids = {s.pk for s in huidige}
    uitkomst = {s.pk: ARCHIEF for s in stappen if s.pk not in huidige_ids}
    alles_eerder_klaar = True
    for stap in huidige:
        if stap.afgerond_op is not None:
            uitkomst[stap.pk] = KLAAR
        elif alles_eerder_klaar:
            uitkomst[stap.pk] = HUIDIG
            alles_eerder_klaar = False
        else:
            uitkomst[stap.pk] = OP_SLOT
    return uitkomst


def stap_url(stap) -> str:
    slug = stap.traject.regio.slug
    return reverse("stappenplan:stap", kwargs={"slug": slug, "nummer": stap.nummer})


def _stap_url(slug: str, stap, archief: bool = False) -> str:
    if archief:
        return reverse(
            "stappenplan:stap_cyclus",
            kwargs={"slug": slug, "nummer": stap.nummer, "cyclus": stap.cyclus},
        )
    return reverse("stappenplan:stap", kwargs={"slug": slug, "nummer": stap.nummer})


def gate_gegevens(stap: Stap) -> tuple[list[StapStand], list[ActiviteitStand]]:
    """The plain data the gate of `stap` judges: earlier steps and the step's activities."""
    slug = stap.traject.regio.slug
    eerdere = laatste_per_nummer(
        Stap.objects.filter(traject_id=stap.traject_id, nummer__lt=stap.nummer).only(
            "pk", "nummer", "cyclus", "naam", "afgerond_op"
        )
    )
    stap_pad = _stap_url(slug, stap)
    return (
        [
            StapStand(s.nummer, s.naam, s.afgerond_op is not None, _stap_url(slug, s))
            for s in eerdere
        ],
        [
            ActiviteitStand(
                a.code,
                a.titel,
                a.verplicht,
                a.gedaan_op is not None,
                f"{stap_pad}#activiteit-{a.pk}",
            )
            for a in stap.activiteiten.all()
        ],
    )


def huidige_stap(regio: Regio, code: str) -> Stap | None:
    """The latest-cycle step with this code in the region's traject."""
    return (
        Stap.objects.filter(traject__regio=regio, code=code)
        .order_by("-traject__created_at", "-cyclus")
        .first()
    )


@dataclass
class StapRegel:
    stap: Stap
    status: str
    totaal: int = 0
    gedaan: int = 0
    verplicht_open: int = 0
    te_laat: int = 0
    url: str = ""

    @property
    def procent(self) -> int:
        return round(100 * self.gedaan / self.totaal) if self.totaal else 0

    @property
    def status_tekst(self) -> str:
        return STATUS_TEKST[self.status]

    @property
    def voortgang_tekst(self) -> str:
        return f"{self.gedaan} van {self.totaal} activiteiten gedaan"


@dataclass
class Overzicht:
    traject: Traject
    regels: list[StapRegel]
    archief: list[StapRegel] = field(default_factory=list)

    @property
    def huidige(self) -> StapRegel | None:
        return next((r for r in self.regels if r.status == HUIDIG), None)

    @property
    def totaal(self) -> int:
        return sum(r.totaal for r in self.regels)

    @property
    def gedaan(self) -> int:
        return sum(r.gedaan for r in self.regels)

    @property
    def procent(self) -> int:
        return round(100 * self.gedaan / self.totaal) if self.totaal else 0

    @property
    def te_laat(self) -> int:
        return sum(r.te_laat for r in self.regels)

    @property
    def voortgang_tekst(self) -> str:
        return f"{self.procent}% van alle activiteiten gedaan"

    @property
    def stappen_klaar(self) -> int:
        return sum(1 for r in self.regels if r.status == KLAAR)

    @property
    def alles_klaar(self) -> bool:
        return bool(self.regels) and all(r.status == KLAAR for r in self.regels)


def _geteld(stappen_qs, vandaag: date):
    return stappen_qs.annotate(
        n_totaal=Count("activiteiten"),
        n_gedaan=Count("activiteiten", filter=Q(activiteiten__gedaan_op__isnull=False)),
        n_verplicht_open=Count(
            "activiteiten",
            filter=Q(activiteiten__gedaan_op__isnull=True, activiteiten__verplicht=True),
        ),
        n_te_laat=Count(
            "activiteiten",
            filter=Q(activiteiten__gedaan_op__isnull=True, activiteiten__deadline__lt=vandaag),
        ),
    )


def _regels(traject: Traject, stappen: list[Stap], slug: str) -> Overzicht:
    status = statussen(stappen)
    regels, archief = [], []
    for stap in sorted(stappen, key=lambda s: (s.nummer, s.cyclus)):
        stap.traject = traject
        regel = StapRegel(
            stap=stap,
            status=status[stap.pk],
            totaal=stap.n_totaal,
            gedaan=stap.n_gedaan,
            verplicht_open=stap.n_verplicht_open,
            te_laat=0 if stap.afgerond_op else stap.n_te_laat,
            url=_stap_url(slug, stap, archief=status[stap.pk] == ARCHIEF),
        )
        (archief if regel.status == ARCHIEF else regels).append(regel)
    return Overzicht(traject=traject, regels=regels, archief=archief)


def overzicht(traject: Traject) -> Overzicht:
    """Every step of the traject with its status and progress (one query)."""
    stappen = list(_geteld(Stap.objects.filter(traject=traject), timezone.localdate()))
    return _regels(traject, stappen, traject.regio.slug)


def overzichten_per_regio(regio_ids) -> dict[int, Overzicht]:
    """The overview of each region's traject, for many regions in two queries."""
    trajecten: dict[int, Traject] = {}
    for traject in (
        Traject.objects.filter(regio_id__in=regio_ids)
        .select_related("regio", "plan")
        .order_by("-created_at")
    ):
        trajecten[traject.regio_id] = traject
    if not trajecten:
        return {}
    per_traject = defaultdict(list)
    stappen = _geteld(
        Stap.objects.filter(traject_id__in=[t.pk for t in trajecten.values()]),
        timezone.localdate(),
    )
    for stap in stappen:
        per_traject[stap.traject_id].append(stap)
    return {
        regio_id: _regels(traject, per_traject[traject.pk], traject.regio.slug)
        for regio_id, traject in trajecten.items()
    }


def komende_deadlines(traject: Traject, aantal: int = 8) -> list[Activiteit]:
    """Open activities with a due date in steps that are not complete, soonest first."""
    return list(
        Activiteit.objects.filter(
            stap__traject=traject,
            stap__afgerond_op__isnull=True,
            gedaan_op__isnull=True,
            deadline__isnull=False,
        )
        .select_related("stap", "eigenaar")
        .order_by("deadline", "stap__nummer", "volgorde")[:aantal]
    )


def open_activiteiten_van(traject: Traject, user) -> list[Activiteit]:
    """Open activities assigned to `user` in steps that are not complete."""
    return list(
        Activiteit.objects.filter(
            stap__traject=traject,
            stap__afgerond_op__isnull=True,
            gedaan_op__isnull=True,
            eigenaar=user,
        )
        .select_related("stap")
        .order_by("stap__nummer", "volgorde")
    )


def activiteiten_van(stap_ids) -> list[Activiteit]:
    return list(
        Activiteit.objects.filter(stap_id__in=stap_ids)
        .select_related("eigenaar", "gedaan_door")
        .order_by("stap__nummer", "volgorde", "pk")
    )


def stap_in_traject(traject: Traject, nummer: int, cyclus: int | None = None) -> Stap | None:
    stappen = Stap.objects.filter(traject=traject, nummer=nummer).select_related(
        "afgerond_door", "heropend_door"
    )
    if cyclus is not None:
        return stappen.filter(cyclus=cyclus).first()
    return stappen.order_by("-cyclus").first()


def status_van(stap: Stap) -> str:
    stappen = list(
        Stap.objects.filter(traject_id=stap.traject_id).only(
            "pk", "nummer", "cyclus", "afgerond_op"
        )
    )
    return statussen(stappen)[stap.pk]


@dataclass
class ActiviteitRegel:
    activiteit: Activiteit
    tool_url: str | None
    mag_bewerken: bool
    te_laat: bool


def activiteit_regels(stap: Stap, toegang) -> list[ActiviteitRegel]:
    """The step's checklist with tool links resolved and what this member may change (one query)."""
    vandaag = timezone.localdate()
    slug = toegang.regio.slug
    return [
        activiteit_regel(a, toegang, vandaag=vandaag, slug=slug)
        for a in stap.activiteiten.select_related("eigenaar", "gedaan_door")
    ]


def activiteit_regel(
    activiteit: Activiteit, toegang, *, vandaag=None, slug=None
) -> ActiviteitRegel:
    return ActiviteitRegel(
        activiteit=activiteit,
        tool_url=tool_link(activiteit.tool_url, slug or toegang.regio.slug),
        mag_bewerken=toegang.mag_bewerken(eigenaar=activiteit.eigenaar),
        te_laat=activiteit.is_te_laat(vandaag),
    )


def activiteit_in_regio(regio: Regio, pk: int) -> Activiteit | None:
    return (
        Activiteit.objects.select_related("stap__traject__regio", "eigenaar", "gedaan_door")
        .filter(stap__traject__regio=regio, pk=pk)
        .first()
    )


# History


@dataclass
class Wijziging:
    wanneer: object
    wie: str
    wat: str
    details: list[str]


ACTIVITEIT_VELDEN = [
    ("gedaan_op", "gedaan"),
    ("eigenaar_id", "eigenaar"),
    ("deadline", "deadline"),
    ("notitie", "notitie"),
    ("links", "links"),
]
STAP_VELDEN = [("afgerond_op", "afgerond"), ("heropen_reden", "reden van heropenen")]


def _waarde(veld: str, waarde, namen: dict) -> str:
    if waarde in (None, ""):
        return "leeg"
    if veld == "eigenaar_id":
        return namen.get(waarde, "onbekend")
    if veld == "gedaan_op":
        return "ja"
    if veld == "afgerond_op":
        return "ja"
    if isinstance(waarde, date):
        return tekst.datum(waarde)
    return str(waarde)


def _wijzigingen(records, velden, omschrijving, namen) -> list[Wijziging]:
    uitkomst = []
    per_object = defaultdict(list)
    for record in records:
        per_object[record.id].append(record)
    for lijst in per_object.values():
        lijst.sort(key=lambda r: r.history_date)
        vorige = None
        for record in lijst:
            details = []
            if vorige is None:
                wat = f"{omschrijving(record)} aangemaakt"
            else:
                wat = f"{omschrijving(record)} gewijzigd"
                for veld, label in velden:
                    oud, nieuw = getattr(vorige, veld), getattr(record, veld)
                    if oud != nieuw:
                        if veld in ("gedaan_op", "afgerond_op"):
                            details.append(f"{label}: {'ja' if nieuw else 'nee'}")
                        else:
                            details.append(
                                f"{label}: {_waarde(veld, oud, namen)} → {_waarde(veld, nieuw, namen)}"
                            )
                if not details:
                    vorige = record
                    continue
            if record.history_change_reason:
                details.append(f"reden: {record.history_change_reason}")
            wie = record.history_user.get_full_name() if record.history_user else "systeem"
            uitkomst.append(Wijziging(record.history_date, wie, wat, details))
            vorige = record
    return uitkomst


def geschiedenis(stap: Stap) -> list[Wijziging]:
    """Who changed what in this step and its activities, newest first (three queries)."""
    stap_records = list(Stap.history.filter(id=stap.pk).select_related("history_user"))
    act_records = list(Activiteit.history.filter(stap_id=stap.pk).select_related("history_user"))
    user_ids = {r.eigenaar_id for r in act_records if r.eigenaar_id}
    namen = {u.pk: u.get_full_name() for u in get_user_model().objects.filter(pk__in=user_ids)}
    wijzigingen = _wijzigingen(stap_records, STAP_VELDEN, lambda r: f"Stap {r.nummer}", namen)
    wijzigingen += _wijzigingen(
        act_records, ACTIVITEIT_VELDEN, lambda r: f"Activiteit “{r.titel}”", namen
    )
    return sorted(wijzigingen, key=lambda w: w.wanneer, reverse=True)


# Team, besluiten, communicatie


def team_van(regio: Regio) -> Implementatieteam | None:
    return Implementatieteam.objects.filter(regio=regio).first()


def teamleden(team: Implementatieteam | None) -> list[Teamlid]:
    if team is None:
        return []
    return list(
        team.leden.select_related("lidmaatschap__user", "lidmaatschap__organisatie").order_by(
            "lidmaatschap__user__naam", "lidmaatschap__user__email"
        )
    )


def besluiten(regio: Regio) -> list[Besluit]:
    return list(
        Besluit.objects.filter(regio=regio)
        .select_related("stap", "vastgelegd_door")
        .prefetch_related("deelnemers")
    )


def besluiten_van_stap(stap: Stap) -> list[Besluit]:
    return list(stap.besluiten.prefetch_related("deelnemers"))


def communicatie_van_stap(stap: Stap) -> list[Communicatiemiddel]:
    return list(stap.communicatiemiddelen.all())


def communicatieplan(regio: Regio) -> list[Communicatiemiddel]:
    return list(Communicatiemiddel.objects.filter(regio=regio).select_related("stap"))


def stappen_voor_keuze(regio: Regio):
    """Steps a decision or channel can belong to: the latest cycle of the region's traject."""
    traject = traject_van(regio)
    if traject is None:
        return Stap.objects.none()
    ids = [s.pk for s in laatste_per_nummer(Stap.objects.filter(traject=traject))]
    return Stap.objects.filter(pk__in=ids).order_by("nummer")


# Reminders


def open_activiteiten_voor_herinnering(vandaag: date, dagen_vooruit: int):
    """Open activities with an owner who is a member of the region, due within the window or
    overdue, in steps not complete, not yet reminded about today; by owner."""
    verstuurd = set(
        HerinneringVerstuurd.objects.filter(datum=vandaag).values_list("activiteit_id", "user_id")
    )
    kandidaten = list(
        Activiteit.objects.filter(
            gedaan_op__isnull=True,
            eigenaar__isnull=False,
            eigenaar__is_active=True,
            deadline__lte=vandaag + timedelta(days=dagen_vooruit),
            stap__afgerond_op__isnull=True,
        )
        .select_related("stap__traject__regio", "eigenaar")
        .order_by("eigenaar_id", "deadline", "stap__nummer", "volgorde")
    )
    leden = set(
        Lidmaatschap.objects.filter(user_id__in={a.eigenaar_id for a in kandidaten}).values_list(
            "user_id", "regio_id"
        )
    )
    per_eigenaar = defaultdict(list)
    for activiteit in kandidaten:
        if (activiteit.pk, activiteit.eigenaar_id) in verstuurd:
            continue
        if (activiteit.eigenaar_id, activiteit.stap.traject.regio_id) not in leden:
            continue
        per_eigenaar[activiteit.eigenaar].append(activiteit)
    return per_eigenaar
