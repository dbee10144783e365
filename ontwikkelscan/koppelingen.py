"""Registrations of the Ontwikkelscan: gate evidence, the jaarplan figure, region page and menu."""

import datetime

from django.urls import reverse

from casemanagement.constants import Domein
from casemanagement.geschiedenis import Soort
from casemanagement.geschiedenis import registreer as registreer_geschiedenis
from casemanagement.regio_overzicht import (
    Cel,
    Onderdeel,
    registreer_menu,
    registreer_programmakolom,
    registreer_regio,
    registreer_start,
)
from stappenplan.gates import (
    STAP_DRAAGVLAK,
    STAP_HUIDIGE_SITUATIE_IN_KAART,
    Ontbrekend,
    bewijs,
)
from stappenplan.kengetallen import Kengetal, registreer_kengetal

from . import selectors
from .models import Respondent, Ronde, Thema

registreer_menu("Ontwikkelscan", "ontwikkelscan:index", 30)
registreer_geschiedenis(
    Soort(
        "deelnemer",
        Respondent,
        "ronde__regio",
        terug=lambda r: reverse("ontwikkelscan:ronde", args=[r.ronde.regio.slug, r.ronde_id]),
    )
)


def _index(regio) -> str:
    return reverse("ontwikkelscan:index", kwargs={"slug": regio.slug})


@bewijs(STAP_DRAAGVLAK)
def scan_gesloten_en_gedeeld(regio):
    """Stap 0: a closed round of the Ontwikkelscan whose results were shared in the network."""
    gesloten = Ronde.objects.filter(regio=regio).exclude(gesloten_op=None)
    if gesloten.exclude(resultaten_gedeeld_op=None).exists():
        return
    laatste = gesloten.order_by("-gesloten_op").first()
    if laatste is None:
        yield Ontbrekend(
            "scan_geen_gesloten_ronde",
            "Houd een eerste ronde van de Ontwikkelscan en sluit die.",
            _index(regio),
        )
    else:
        yield Ontbrekend(
            "scan_resultaten_niet_gedeeld",
            f"Deel de resultaten van {laatste.naam} in het netwerk en leg vast wanneer.",
            reverse("ontwikkelscan:resultaten", kwargs={"slug": regio.slug, "ronde": laatste.pk}),
        )


@bewijs(STAP_HUIDIGE_SITUATIE_IN_KAART)
def scan_met_sociaal_domein(regio):
    """Stap 2: a round in which at least one social-domain organisation submitted its answers."""
    if Respondent.objects.filter(
        ronde__regio=regio, ingediend_op__isnull=False, organisatie__domein=Domein.SOCIAAL
    ).exists():
        return
    open_ronde = Ronde.objects.filter(regio=regio, gesloten_op=None).first()
    url = (
        reverse("ontwikkelscan:uitnodigen", kwargs={"slug": regio.slug, "ronde": open_ronde.pk})
        if open_ronde
        else _index(regio)
    )
    yield Ontbrekend(
        "scan_zonder_sociaal_domein",
        "Laat ook een organisatie uit het sociaal domein (zoals de gemeente of "
        "cliëntondersteuning) de Ontwikkelscan invullen en indienen.",
        url,
    )


def _nl(waarde: float) -> str:
    return f"{waarde:.1f}".replace(".", ",")


def _verschil(oud: float | None, nieuw: float | None) -> str:
    if oud is None or nieuw is None:
        return "niet te vergelijken"
    verschil = nieuw - oud
    if abs(verschil) < 0.05:
        richting = "gelijk gebleven"
    else:
        richting = "omhoog" if verschil > 0 else "omlaag"
    teken = "+" if verschil >= 0 else "−"
    return f"{_nl(oud)} → {_nl(nieuw)} ({teken}{_nl(abs(verschil))}, {richting})"


@registreer_kengetal
def scan_ontwikkeling(regio, jaar):
    """The change between the last two closed rounds up to the end of the year."""
    rondes = selectors.laatste_twee_gesloten(regio, tot_en_met=datetime.date(jaar, 12, 31))
    if not rondes:
        return []
    nieuw = rondes[0]
    url = reverse("ontwikkelscan:resultaten", kwargs={"slug": regio.slug, "ronde": nieuw.pk})
    nu = selectors.thema_gemiddelden_per_code(nieuw)
    if len(rondes) == 1:
        totaal = nu["__totaal__"]
        return [
            Kengetal(
                "Ontwikkelscan: totaalscore",
                _nl(totaal) if totaal is not None else "geen antwoorden",
                f"{nieuw.naam}, gemiddelde van de thema's. Er is nog geen eerdere gesloten ronde om mee te "
                "vergelijken.",
                url,
            )
        ]
    oud = rondes[1]
    toen = selectors.thema_gemiddelden_per_code(oud)
    uitkomst = [
        Kengetal(
            "Ontwikkelscan: totaalscore",
            _verschil(toen["__totaal__"], nu["__totaal__"]),
            f"Gemiddelde van de thema's, {oud.naam} → {nieuw.naam}.",
            url,
        )
    ]
    for thema in Thema.objects.filter(vragenlijst_id=nieuw.vragenlijst_id):
        uitkomst.append(
            Kengetal(
                f"Ontwikkelscan: {thema.naam}",
                _verschil(toen.get(thema.code), nu.get(thema.code)),
                f"{oud.naam} → {nieuw.naam}",
                url,
            )
        )
    return uitkomst


@registreer_regio
def regio_sectie(toegang):
    rondes = selectors.rondes(toegang.regio)
    return Onderdeel(
        "ontwikkelscan/_regio_sectie.html",
        {
            "rondes": rondes[:4],
            "regio": toegang.regio,
            "coordinator": toegang.is_coordinator,
            "mijn": selectors.mijn_open_rondes(toegang.regio, toegang.user),
        },
        volgorde=30,
    )


@registreer_start
def start_regel(lidmaatschappen):
    """Per region with an open round: how many answered, and whether the user still has to."""
    regio_ids = [lm.regio_id for lm in lidmaatschappen]
    user = lidmaatschappen[0].user
    open_rondes = {r.regio_id: r for r in selectors.open_rondes(regio_ids)}
    nog_te_doen = selectors.mijn_onafgeronde_rondes(user, open_rondes.values())
    return {
        regio_id: Onderdeel(
            "ontwikkelscan/_start_regel.html",
            {"ronde": ronde, "nog_invullen": ronde.pk in nog_te_doen},
            volgorde=30,
        )
        for regio_id, ronde in open_rondes.items()
    }


@registreer_programmakolom("ontwikkelscan.ronde", "Ontwikkelscan", 40)
def kolom_ronde(programma, regio_ids):
    """The open round with how many answered, else the latest closed round (two queries)."""
    cellen = {
        r.regio_id: Cel(
            f"{r.naam}: open, {r.aantal_ingediend} van {r.aantal_respondenten} ingediend"
        )
        for r in selectors.open_rondes(regio_ids)
    }
    for ronde in selectors.laatste_gesloten_rondes(regio_ids):
        if ronde.regio_id not in cellen:
            gedeeld = "resultaten gedeeld" if ronde.resultaten_gedeeld_op else "nog niet gedeeld"
            cellen[ronde.regio_id] = Cel(f"{ronde.naam}: gesloten, {gedeeld}")
    return cellen
