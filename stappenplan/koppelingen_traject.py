"""Registrations of the traject area: gate evidence, region page, start page, menu."""

from django.urls import reverse

from casemanagement.regio_overzicht import (
    Cel,
    Onderdeel,
    registreer_menu,
    registreer_programmakolom,
    registreer_regio,
    registreer_start,
)

from .gates import (
    STAP_BORGING,
    STAP_DRAAGVLAK,
    STAP_HUIDIGE_SITUATIE_VASTSTELLEN,
    STAP_VOORBEREIDING,
    Ontbrekend,
    bewijs,
)

registreer_menu("Stappenplan", "stappenplan:overzicht", 10)


def _url(naam: str, regio) -> str:
    return reverse(naam, kwargs={"slug": regio.slug})


@bewijs(STAP_DRAAGVLAK)
def communicatieplan_met_vaste_momenten(regio):
    from .models import Communicatiemiddel

    if not Communicatiemiddel.objects.filter(regio=regio).exclude(vaste_momenten="").exists():
        yield Ontbrekend(
            "communicatieplan_ontbreekt",
            "Leg in het communicatieplan minstens één kanaal met vaste momenten vast.",
            _url("stappenplan:communicatie", regio),
        )


@bewijs(STAP_VOORBEREIDING)
def implementatieteam_compleet(regio):
    from .models import Implementatieteam

    url = _url("stappenplan:team", regio)
    team = Implementatieteam.objects.filter(regio=regio).first()
    leden = list(team.leden.all()) if team else []
    if not leden:
        yield Ontbrekend("team_zonder_leden", "Benoem de leden van het implementatieteam.", url)
        return
    zonder_mandaat = [t for t in leden if not t.mandaat_bevestigd]
    if zonder_mandaat:
        yield Ontbrekend(
            "mandaat_niet_bevestigd",
            f"Bevestig het mandaat van alle teamleden ({len(zonder_mandaat)} nog niet bevestigd).",
            url,
        )
    if not team.overlegfrequentie:
        yield Ontbrekend(
            "overlegfrequentie_ontbreekt", "Leg vast hoe vaak het implementatieteam overlegt.", url
        )
    if not any(t.vertegenwoordigt_clienten for t in leden):
        yield Ontbrekend(
            "geen_clientvertegenwoordiging",
            "Neem iemand op die zorgvragers en naasten vertegenwoordigt.",
            url,
        )
    if not team.rol_clientvertegenwoordiging:
        yield Ontbrekend(
            "rol_clienten_niet_afgesproken",
            "Leg vast welke rol met de vertegenwoordiging van zorgvragers en naasten is afgesproken.",
            url,
        )


@bewijs(STAP_HUIDIGE_SITUATIE_VASTSTELLEN)
def huidige_situatie_vastgesteld(regio):
    from .models import Besluit
    from .selectors.traject import huidige_stap

    stap = huidige_stap(regio, STAP_HUIDIGE_SITUATIE_VASTSTELLEN)
    besluit = (
        Besluit.objects.filter(regio=regio, stap=stap, stelt_vast=True)
        .exclude(deelnemers=None)
        .exists()
        if stap
        else False
    )
    if not besluit:
        yield Ontbrekend(
            "besluit_huidige_situatie_ontbreekt",
            "Leg het besluit vast waarmee het team de huidige situatie vaststelt, met datum en "
            "deelnemers.",
            _url("stappenplan:besluiten", regio),
        )


@bewijs(STAP_BORGING)
def resultaten_gedeeld(regio):
    from .models import Communicatiemiddel
    from .selectors.traject import huidige_stap

    stap = huidige_stap(regio, STAP_BORGING)
    middelen = list(Communicatiemiddel.objects.filter(regio=regio, stap=stap)) if stap else []
    url = _url("stappenplan:communicatie", regio)
    if not middelen:
        yield Ontbrekend(
            "geen_kanalen_voor_resultaten",
            "Kies in het communicatieplan de kanalen waarlangs u de resultaten deelt (stap 6).",
            url,
        )
    elif any(not m.gedaan for m in middelen):
        yield Ontbrekend(
            "resultaten_niet_gedeeld",
            "Deel de resultaten via alle gekozen kanalen van stap 6 en vink ze af.",
            url,
        )


@registreer_regio
def regio_stappenplan(toegang):
    from .selectors import traject as selectors

    traject = selectors.traject_van(toegang.regio)
    context = {"toegang": toegang, "regio": toegang.regio, "overzicht": None, "deadlines": []}
    if traject is not None:
        traject.regio = toegang.regio
        context["overzicht"] = selectors.overzicht(traject)
        context["deadlines"] = selectors.komende_deadlines(traject, aantal=5)
    return Onderdeel("stappenplan/traject/_regio.html", context, volgorde=10)


@registreer_start
def start_stappenplan(lidmaatschappen):
    from .selectors import traject as selectors

    overzichten = selectors.overzichten_per_regio([lm.regio_id for lm in lidmaatschappen])
    return {
        regio_id: Onderdeel("stappenplan/traject/_start.html", {"overzicht": o}, volgorde=10)
        for regio_id, o in overzichten.items()
    }


@registreer_programmakolom("stappenplan.huidige_stap", "Huidige stap", 10)
def kolom_huidige_stap(programma, regio_ids):
    from .selectors import traject as selectors

    cellen = {}
    for regio_id, o in selectors.overzichten_per_regio(regio_ids).items():
        if o.traject.plan.programma_id != programma.pk:
            continue
        if o.huidige:
            tekst = f"Stap {o.huidige.stap.nummer}: {o.huidige.stap.naam}"
        else:
            tekst = "Stappenplan afgerond" if o.alles_klaar else "Nog niet gestart"
        te_laat = f"{o.te_laat} activiteit{'en' if o.te_laat != 1 else ''} te laat"
        cellen[regio_id] = Cel(tekst, waarschuwing=te_laat if o.te_laat else "")
    return cellen


@registreer_programmakolom("stappenplan.voortgang", "Voortgang", 20)
def kolom_voortgang(programma, regio_ids):
    from .selectors import traject as selectors

    return {
        regio_id: Cel(
            f"{o.stappen_klaar} van {len(o.regels)} stappen, {o.voortgang_tekst}", procent=o.procent
        )
        for regio_id, o in selectors.overzichten_per_regio(regio_ids).items()
        if o.traject.plan.programma_id == programma.pk
    }
