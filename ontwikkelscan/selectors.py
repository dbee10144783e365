"""Reads of the Ontwikkelscan, each with a fixed number of queries whatever the data size."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from django.db.models import Count, Q
from django.utils.safestring import mark_safe

from casemanagement.constants import Domein
from casemanagement.models import Organisatie

from . import grafieken, scoring
from .constants import MINIMALE_GROEP
from .models import (
    Antwoord,
    Consensusscore,
    Niveau,
    Respondent,
    Ronde,
    RondeUitslag,
    Samenwerking,
    Thema,
)

# ---------------------------------------------------------------- questionnaire


def schaal_waarden(vragenlijst, items) -> dict:
    """Valid levels per item id (and under None the questionnaire's own scale)."""
    niveaus = list(Niveau.objects.filter(vragenlijst=vragenlijst).values_list("item_id", "waarde"))
    algemeen = {w for item_id, w in niveaus if item_id is None}
    eigen = defaultdict(set)
    for item_id, waarde in niveaus:
        if item_id is not None:
            eigen[item_id].add(waarde)
    uitkomst = {None: algemeen}
    for item in items:
        uitkomst[item.pk] = eigen.get(item.pk) or algemeen
    return uitkomst


@dataclass
class Structuur:
    """A questionnaire's themes (with their items) and the scale per item."""

    themas: list
    schaal: list  # the questionnaire's own levels
    eigen_schaal: dict  # item id -> levels

    def niveaus_voor(self, item) -> list:
        return self.eigen_schaal.get(item.pk) or self.schaal

    @property
    def items(self) -> list:
        return [i for t in self.themas for i in t.items.all()]

    @property
    def maximum(self) -> int:
        return max((n.waarde for n in self.schaal), default=5)


def structuur(vragenlijst) -> Structuur:
    themas = list(Thema.objects.filter(vragenlijst=vragenlijst).prefetch_related("items"))
    schaal, eigen = [], defaultdict(list)
    for niveau in Niveau.objects.filter(vragenlijst=vragenlijst).order_by("waarde"):
        if niveau.item_id is None:
            schaal.append(niveau)
        else:
            eigen[niveau.item_id].append(niveau)
    return Structuur(themas, schaal, dict(eigen))


# ---------------------------------------------------------------- rounds


def rondes(regio) -> list[Ronde]:
    return list(
        Ronde.objects.filter(regio=regio)
        .select_related("vragenlijst")
        .annotate(
            aantal_respondenten=Count("respondenten"),
            aantal_ingediend=Count(
                "respondenten", filter=Q(respondenten__ingediend_op__isnull=False)
            ),
        )
        .order_by("-created_at")
    )


def laatste_gesloten_rondes(regio_ids) -> list[Ronde]:
    """The most recently closed round of each of these regions (one query)."""
    laatste: dict[int, Ronde] = {}
    for ronde in Ronde.objects.filter(regio_id__in=regio_ids, gesloten_op__isnull=False).order_by(
        "-gesloten_op"
    ):
        laatste.setdefault(ronde.regio_id, ronde)
    return list(laatste.values())


def open_rondes(regio_ids) -> list[Ronde]:
    """The open round of each of these regions, with its counts (one query)."""
    return list(
        Ronde.objects.filter(regio_id__in=regio_ids, gesloten_op=None)
        .select_related("regio")
        .annotate(
            aantal_respondenten=Count("respondenten"),
            aantal_ingediend=Count(
                "respondenten", filter=Q(respondenten__ingediend_op__isnull=False)
            ),
        )
    )


def mijn_onafgeronde_rondes(user, rondes) -> set[int]:
    """Ids of these rounds where the user is invited and has not submitted yet (one query)."""
    return set(
        Respondent.objects.filter(
            Q(user=user) | Q(email__iexact=user.email),
            ronde__in=[r.pk for r in rondes],
            ingediend_op=None,
        ).values_list("ronde_id", flat=True)
    )


def respondenten(ronde) -> list[Respondent]:
    return list(ronde.respondenten.select_related("organisatie").order_by("naam", "email"))


def respondent_van(ronde, user) -> Respondent | None:
    """The logged-in user's own respondent record in the round (by account or e-mail)."""
    return (
        Respondent.objects.select_related("ronde__regio", "ronde__vragenlijst", "organisatie")
        .filter(Q(user=user) | Q(email__iexact=user.email), ronde=ronde)
        .order_by("-user_id")
        .first()
    )


def account_van(respondent):
    """The member account behind an invitation: linked, or a member of the region with that
    e-mail address. Such a person answers logged in, not through the personal link."""
    if respondent.user_id is not None:
        return respondent.user
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(
            email__iexact=respondent.email,
            lidmaatschappen__regio_id=respondent.ronde.regio_id,
            is_active=True,
        )
        .first()
    )


def mijn_open_rondes(regio, user) -> dict[int, Respondent]:
    """Per open round of the region, the user's respondent record (if invited)."""
    return {
        r.ronde_id: r
        for r in Respondent.objects.filter(
            Q(user=user) | Q(email__iexact=user.email), ronde__regio=regio, ronde__gesloten_op=None
        )
    }


def antwoorden_van(respondent) -> dict[int, Antwoord]:
    return {a.item_id: a for a in respondent.antwoorden.all()}


def vorige_ronde(ronde) -> Ronde | None:
    """The latest closed round of the same region and questionnaire, before this one."""
    return (
        Ronde.objects.filter(
            regio_id=ronde.regio_id,
            vragenlijst__code=ronde.vragenlijst.code,
            created_at__lt=ronde.created_at,
        )
        .exclude(gesloten_op=None)
        .select_related("vragenlijst")
        .order_by("-created_at")
        .first()
    )


def laatste_twee_gesloten(regio, tot_en_met=None) -> list[Ronde]:
    qs = Ronde.objects.filter(regio=regio).exclude(gesloten_op=None).select_related("vragenlijst")
    if tot_en_met is not None:
        qs = qs.filter(gesloten_op__date__lte=tot_en_met)
    return list(qs.order_by("-gesloten_op")[:2])


# ---------------------------------------------------------------- results


def _antwoordrijen(ronde) -> list[tuple]:
    return list(
        Antwoord.objects.filter(respondent__ronde=ronde, respondent__ingediend_op__isnull=False)
        .values_list("respondent_id", "item_id", "waarde")
        .order_by()
    )


def _thema_items(themas) -> dict:
    return {t.pk: [i.pk for i in t.items.all()] for t in themas}


def _cijfers_uit(gegevens: dict) -> dict[int, scoring.Cijfers]:
    return {int(k): scoring.Cijfers(**v) for k, v in gegevens.items()}


def _groepen_uit(gegevens: list) -> list[scoring.Groep]:
    return [
        scoring.Groep(
            naam=g["naam"],
            respondenten=g["respondenten"],
            per_thema=_cijfers_uit(g["per_thema"]),
            samengevoegd=tuple(g["samengevoegd"]),
        )
        for g in gegevens
    ]


def _groepen_naar(groepen: list[scoring.Groep]) -> list[dict]:
    return [
        {
            "naam": g.naam,
            "respondenten": g.respondenten,
            "samengevoegd": list(g.samengevoegd),
            "per_thema": {k: asdict(c) for k, c in g.per_thema.items()},
        }
        for g in groepen
    ]


def uitslag_berekenen(ronde) -> dict:
    """Every figure of a round that follows from its submitted answers alone, as JSON data:
    per item and theme, the total, the answer distribution, the breakdowns by organisation
    type and domain, and the links of the network picture. Keys are strings, as JSON reads
    them back."""
    themas = list(
        Thema.objects.filter(vragenlijst_id=ronde.vragenlijst_id).prefetch_related("items")
    )
    thema_items = _thema_items(themas)
    rijen = _antwoordrijen(ronde)
    ingediend = list(
        ronde.respondenten.exclude(ingediend_op=None).select_related("organisatie").order_by()
    )
    u = scoring.uitslag(thema_items, rijen)
    verdeling = defaultdict(Counter)
    for _r, item_id, waarde in rijen:
        verdeling[item_id]["wn" if waarde is None else str(waarde)] += 1
    groep_type = {
        r.pk: (r.organisatie.get_type_display() if r.organisatie else "Geen organisatie opgegeven")
        for r in ingediend
    }
    groep_domein = {
        r.pk: (
            Domein(r.organisatie.domein).label if r.organisatie else "Geen organisatie opgegeven"
        )
        for r in ingediend
    }
    contacten = list(
        Samenwerking.objects.filter(
            respondent__ronde=ronde, respondent__ingediend_op__isnull=False
        ).values_list("respondent__organisatie_id", "organisatie_id")
    )
    gegevens = {
        "aantal_respondenten": len(ingediend),
        "per_item": {k: asdict(c) for k, c in u.per_item.items()},
        "per_thema": {k: asdict(c) for k, c in u.per_thema.items()},
        "totaal": u.totaal,
        "per_code": {t.code: u.per_thema[t.pk].gemiddelde for t in themas}
        | {"__totaal__": u.totaal},
        "verdeling": {k: dict(v) for k, v in verdeling.items()},
        "per_type": _groepen_naar(
            scoring.uitsplitsing(
                thema_items,
                rijen,
                groep_type,
                minimum=MINIMALE_GROEP,
                restnaam="Overige soorten samen",
            )
        ),
        "per_domein": _groepen_naar(
            scoring.uitsplitsing(
                thema_items, rijen, groep_domein, minimum=MINIMALE_GROEP, restnaam="Overige samen"
            )
        ),
        "links": [[a, b, n] for (a, b), n in scoring.netwerk_verbindingen(contacten).items()],
        "genoemd": sorted({pk for paar in contacten for pk in paar if pk is not None}),
    }
    return json.loads(json.dumps(gegevens))


def uitslag(ronde) -> dict:
    """The figures of a round: for a closed round as stored when it closed (or, for a round
    closed before they were stored, computed now and stored once); for an open round live."""
    if ronde.is_open:
        return uitslag_berekenen(ronde)
    opgeslagen = RondeUitslag.objects.filter(ronde=ronde).values_list("gegevens", flat=True).first()
    if opgeslagen is None:
        opgeslagen = uitslag_berekenen(ronde)
        RondeUitslag.objects.bulk_create(
            [RondeUitslag(ronde=ronde, gegevens=opgeslagen)], ignore_conflicts=True
        )
    return opgeslagen


def thema_gemiddelden_per_code(ronde) -> dict[str, float | None]:
    """Theme means of a round keyed by the theme's stable code (to compare versions)."""
    return uitslag(ronde)["per_code"]


@dataclass
class ItemRegel:
    item: object
    thema: object
    cijfers: scoring.Cijfers
    verdeling: list  # (level, count) over the scale, then ("weet niet", count)


@dataclass
class ThemaRegel:
    thema: object
    cijfers: scoring.Cijfers
    items: list
    vorige: float | None = None
    verandering: scoring.Verandering | None = None
    consensusscore: Consensusscore | None = None


@dataclass
class Verbinding:
    a: Organisatie
    b: Organisatie
    aantal: int


@dataclass
class Resultaten:
    ronde: Ronde
    vorige: Ronde | None
    structuur: Structuur
    aantal_respondenten: int
    themas: list
    totaal: float | None
    vorig_totaal: float | None
    zwakste: list
    verdeeld: list
    per_type: list
    per_domein: list
    verbindingen: list
    organisaties_zonder_contact: list
    radar_svg: str = ""
    netwerk_svg: str = ""
    consensusscores: dict = field(default_factory=dict)

    @property
    def maximum(self) -> int:
        return self.structuur.maximum


def _groep_regels(themas, groepen) -> list[dict]:
    return [
        {
            "naam": g.naam,
            "respondenten": g.respondenten,
            "samengevoegd": g.samengevoegd,
            "per_thema": [g.per_thema[t.pk] for t in themas],
        }
        for g in groepen
    ]


def netwerk_organisaties(ronde: Ronde, genoemd=()) -> list[Organisatie]:
    """The organisations in a round's network picture.

    A closed round shows the organisations of the region as they were when it closed, so
    adding or archiving one later never changes it; an open round shows the active ones.
    Organisations named in an answer (`genoemd`, their ids) are always in.
    """
    genoemd = set(genoemd)
    toen = Q(gearchiveerd_op=None)
    if ronde.gesloten_op is not None:
        toen = Q(created_at__lte=ronde.gesloten_op) & (
            Q(gearchiveerd_op=None) | Q(gearchiveerd_op__gt=ronde.gesloten_op)
        )
    return list(Organisatie.objects.filter(Q(regio_id=ronde.regio_id) & (toen | Q(pk__in=genoemd))))


def resultaten(ronde: Ronde) -> Resultaten:
    """Everything on the results page of a round; submitted answers only."""
    struct = structuur(ronde.vragenlijst)
    themas = struct.themas
    gegevens = uitslag(ronde)
    per_item = _cijfers_uit(gegevens["per_item"])
    per_thema = _cijfers_uit(gegevens["per_thema"])
    verdeling = {int(k): v for k, v in gegevens["verdeling"].items()}

    vorige = vorige_ronde(ronde)
    vorig_per_code = thema_gemiddelden_per_code(vorige) if vorige else {}
    consensus = {c.thema_id: c for c in Consensusscore.objects.filter(ronde=ronde)}

    thema_regels = []
    alle_items = {}
    for thema in themas:
        item_regels = []
        for item in thema.items.all():
            schaal = struct.niveaus_voor(item)
            telling = verdeling.get(item.pk, {})
            regel = ItemRegel(
                item=item,
                thema=thema,
                cijfers=per_item.get(item.pk, scoring.Cijfers(aantal=0)),
                verdeling=[(n.waarde, telling.get(str(n.waarde), 0)) for n in schaal]
                + [("weet niet", telling.get("wn", 0))],
            )
            item_regels.append(regel)
            alle_items[item.pk] = regel
        c = per_thema.get(thema.pk, scoring.Cijfers(aantal=0))
        vorig = vorig_per_code.get(thema.code)
        thema_regels.append(
            ThemaRegel(
                thema=thema,
                cijfers=c,
                items=item_regels,
                vorige=vorig,
                verandering=scoring.Verandering(vorig, c.gemiddelde) if vorige else None,
                consensusscore=consensus.get(thema.pk),
            )
        )

    # Network picture: own organisation -> organisations worked with (submitted respondents).
    organisaties = {o.pk: o for o in netwerk_organisaties(ronde, gegevens["genoemd"])}
    links = {(a, b): n for a, b, n in gegevens["links"]}
    verbindingen = sorted(
        (
            Verbinding(organisaties[a], organisaties[b], n)
            for (a, b), n in links.items()
            if a in organisaties and b in organisaties
        ),
        key=lambda v: (-v.aantal, v.a.naam, v.b.naam),
    )
    met_contact = {v.a.pk for v in verbindingen} | {v.b.pk for v in verbindingen}
    zonder = [o for o in organisaties.values() if o.pk not in met_contact]
    knopen = sorted(organisaties.values(), key=lambda o: (o.domein, o.type, o.naam))

    resultaat = Resultaten(
        ronde=ronde,
        vorige=vorige,
        structuur=struct,
        aantal_respondenten=gegevens["aantal_respondenten"],
        themas=thema_regels,
        totaal=gegevens["totaal"],
        vorig_totaal=vorig_per_code.get("__totaal__"),
        zwakste=[alle_items[k] for k in scoring.zwakste(per_item, 5) if k in alle_items],
        verdeeld=[alle_items[k] for k in scoring.meest_verdeeld(per_item, 5) if k in alle_items],
        per_type=_groep_regels(themas, _groepen_uit(gegevens["per_type"])),
        per_domein=_groep_regels(themas, _groepen_uit(gegevens["per_domein"])),
        verbindingen=verbindingen,
        organisaties_zonder_contact=zonder,
        consensusscores=consensus,
    )
    reeksen = [grafieken.Reeks(ronde.naam, [r.cijfers.gemiddelde for r in thema_regels])]
    if vorige:
        reeksen.append(grafieken.Reeks(vorige.naam, [r.vorige for r in thema_regels]))
    beschrijving = f"Gemiddelde score per thema op de schaal 0 tot {struct.maximum}: " + "; ".join(
        f"{r.thema.naam} {_nl(r.cijfers.gemiddelde)}"
        + (f" (vorige ronde {_nl(r.vorige)})" if vorige else "")
        for r in thema_regels
    )
    resultaat.radar_svg = mark_safe(  # noqa: S308 - built from escaped text by grafieken
        grafieken.radar(
            [r.thema.korte_naam for r in thema_regels],
            reeksen,
            maximum=struct.maximum,
            titel=f"Radardiagram van de thema's, {ronde.naam}"
            + (f", vergeleken met {vorige.naam}" if vorige else ""),
            beschrijving=beschrijving + ". De tabel eronder geeft dezelfde cijfers.",
        )
    )
    resultaat.netwerk_svg = mark_safe(  # noqa: S308
        grafieken.netwerk(
            [grafieken.Knoop(o.pk, o.naam, o.domein == Domein.SOCIAAL) for o in knopen],
            links,
            titel=f"Netwerk van bestaande contacten, {ronde.naam}",
            beschrijving=f"{len(verbindingen)} verbindingen tussen {len(met_contact)} organisaties; "
            f"{len(zonder)} organisaties zonder genoemd contact. De tabel eronder noemt ze allemaal.",
        )
    )
    return resultaat


def _nl(waarde: float | None) -> str:
    return "geen antwoorden" if waarde is None else f"{waarde:.1f}".replace(".", ",")
