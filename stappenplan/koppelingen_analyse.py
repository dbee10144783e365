"""Registrations of the analyse area: gate evidence, region page, menu, jaarplan figures."""

from django.urls import reverse
from django.utils import timezone

from casemanagement import tekst
from casemanagement.regio_overzicht import (
    Onderdeel,
    registreer_menu,
    registreer_regio,
    registreer_start,
)

from .gates import (
    STAP_AAN_DE_SLAG,
    STAP_HUIDIGE_SITUATIE_IN_KAART,
    STAP_HUIDIGE_SITUATIE_VASTSTELLEN,
    STAP_VERBETERPUNTEN,
    STAP_VOORBEREIDING,
    bewijs,
)
from .kengetallen import Kengetal, registreer_kengetal
from .selectors import analyse as selectors

registreer_menu("Patiëntjourneys", "stappenplan:patientjourneys", 30)
registreer_menu("Zo werken de partners", "stappenplan:beschrijvingen", 32)
registreer_menu("Knelpunten", "stappenplan:knelpunten", 34)
registreer_menu("Doelen", "stappenplan:doelen", 36)

bewijs(STAP_VOORBEREIDING)(selectors.bewijs_voorbereiding)
bewijs(STAP_HUIDIGE_SITUATIE_IN_KAART)(selectors.bewijs_huidige_situatie_in_kaart)
bewijs(STAP_HUIDIGE_SITUATIE_VASTSTELLEN)(selectors.bewijs_huidige_situatie_vaststellen)
bewijs(STAP_VERBETERPUNTEN)(selectors.bewijs_verbeterpunten)
bewijs(STAP_AAN_DE_SLAG)(selectors.bewijs_aan_de_slag)


@registreer_regio
def doelen_op_regiopagina(toegang):
    """Overdue goals and evaluations, and what is due in the coming 30 days."""
    signalen = selectors.doelen_signalen(toegang.regio)
    if not (signalen.te_laat or signalen.evaluatie_te_laat or signalen.binnenkort):
        return None
    return Onderdeel(
        "stappenplan/analyse/_regio.html",
        {"signalen": signalen, "regio": toegang.regio},
        volgorde=40,
    )


@registreer_start
def doelen_op_startpagina(lidmaatschappen):
    """Per region on the start page: how many goals are past their deadline (one query)."""
    te_laat = selectors.doelen_te_laat_per_regio([lm.regio_id for lm in lidmaatschappen])
    return {
        lm.regio_id: Onderdeel(
            "stappenplan/analyse/_start.html",
            {"te_laat": te_laat[lm.regio_id], "regio": lm.regio},
            volgorde=60,
        )
        for lm in lidmaatschappen
        if te_laat.get(lm.regio_id)
    }


@registreer_kengetal
def doelen_stand(regio, jaar):
    stand = selectors.doelen_stand(regio)
    url = reverse("stappenplan:doelen", args=[regio.slug])
    peildatum = tekst.datum(timezone.localdate())
    return [
        Kengetal("Doelen behaald", str(stand["behaald"]), "SMARTI-doelen met status behaald", url),
        Kengetal(
            "Doelen op schema",
            str(stand["op-schema"]),
            f"Lopende doelen waarvan de deadline niet verstreken is (peildatum {peildatum})",
            url,
        ),
        Kengetal(
            "Doelen te laat",
            str(stand["te-laat"]),
            f"Lopende doelen waarvan de deadline verstreken is (peildatum {peildatum})",
            url,
        ),
    ]
