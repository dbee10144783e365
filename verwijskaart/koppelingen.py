"""What the verwijskaart adds to the rest of the product: menu, region page, gates, figures."""

from datetime import date

from django.urls import reverse
from django.utils.formats import date_format

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
from stappenplan.gates import STAP_AAN_DE_SLAG, Ontbrekend, bewijs
from stappenplan.kengetallen import Kengetal, registreer_kengetal

from . import selectors
from .models import Ontvanger, Verwijzing


def registreer() -> None:
    registreer_menu("Verwijskaart", "verwijskaart:index", 60)
    registreer_regio(regio_onderdeel)
    registreer_start(start_onderdelen)
    registreer_programmakolom("verwijskaart.stand", "Verwijskaart", 60)(kolom_verwijskaart)
    bewijs(STAP_AAN_DE_SLAG)(verwijskaart_gepubliceerd_en_verspreid)
    registreer_kengetal(verwijskaart_versheid)
    registreer_geschiedenis(
        Soort(
            "vermelding",
            Verwijzing,
            "kaart__regio",
            terug=lambda v: reverse(
                "verwijskaart:verwijzing_bewerken", args=[v.kaart.regio.slug, v.pk]
            ),
        )
    )
    registreer_geschiedenis(
        Soort(
            "ontvanger",
            Ontvanger,
            "kaart__regio",
            terug=lambda o: reverse("verwijskaart:verspreiding", args=[o.kaart.regio.slug]),
        )
    )


def regio_onderdeel(toegang):
    return Onderdeel(
        "verwijskaart/_regio.html",
        {"regio": toegang.regio, "versheid": selectors.versheid(toegang.regio)},
        volgorde=60,
    )


def start_onderdelen(lidmaatschappen):
    per_regio = selectors.versheid_per_regio([lm.regio_id for lm in lidmaatschappen])
    return {
        regio_id: Onderdeel("verwijskaart/_start.html", {"versheid": versheid}, volgorde=60)
        for regio_id, versheid in per_regio.items()
    }


def kolom_verwijskaart(programma, regio_ids):
    cellen = {}
    for regio_id, versheid in selectors.versheid_per_regio(regio_ids).items():
        if versheid.versie is None:
            tekst = "nog niet gepubliceerd"
        else:
            herziening = date_format(versheid.versie.volgende_herziening, "j F Y")
            tekst = f"versie {versheid.versie.nummer}, herziening op {herziening}"
        waarschuwingen = []
        if versheid.herziening_te_laat:
            waarschuwingen.append("herziening te laat")
        if versheid.te_laat:
            waarschuwingen.append(f"{versheid.te_laat} te laat voor controle")
        cellen[regio_id] = Cel(tekst, waarschuwing=", ".join(waarschuwingen))
    return cellen


def verwijskaart_gepubliceerd_en_verspreid(regio):
    index = reverse("verwijskaart:index", kwargs={"slug": regio.slug})
    versie = selectors.actuele_versie(regio)
    if versie is None:
        yield Ontbrekend(
            "verwijskaart_niet_gepubliceerd",
            "Publiceer een verwijskaart van de nieuwe situatie, met een datum voor de herziening.",
            reverse("verwijskaart:publiceren", kwargs={"slug": regio.slug}),
        )
        return
    if not versie.volgende_herziening:
        yield Ontbrekend(
            "verwijskaart_zonder_herziening",
            "Leg vast wanneer de verwijskaart herzien wordt.",
            index,
        )
    if not versie.verzendingen.exists():
        yield Ontbrekend(
            "verwijskaart_niet_verspreid",
            f"Verstuur versie {versie.nummer} van de verwijskaart naar de verzendlijst.",
            reverse("verwijskaart:verspreiding", kwargs={"slug": regio.slug}),
        )


def verwijskaart_versheid(regio, jaar):
    peildatum = min(selectors.vandaag(), date(jaar, 12, 31))
    versie = selectors.versie_op_dag(regio, peildatum)
    versheid = selectors.versheid(regio)
    url = reverse("verwijskaart:index", kwargs={"slug": regio.slug})
    if versie is None:
        figuren = [Kengetal("Verwijskaart", "nog niet gepubliceerd", "", url)]
    else:
        figuren = [
            Kengetal(
                "Verwijskaart",
                f"versie {versie.nummer}",
                f"gepubliceerd op {date_format(versie.gepubliceerd_op, 'j F Y')}; "
                f"herziening op {date_format(versie.volgende_herziening, 'j F Y')}",
                url,
            )
        ]
    if versheid.aantal:
        figuren += [
            Kengetal(
                "Vermeldingen op tijd geverifieerd",
                f"{versheid.op_tijd} van {versheid.aantal}",
                "vermeldingen op de verwijskaart die binnen hun controletermijn zijn nagelopen",
                url,
            ),
            Kengetal(
                "Vermeldingen te laat voor controle",
                str(versheid.te_laat),
                "de eigenaar krijgt een herinnering per e-mail",
                reverse("verwijskaart:concept", kwargs={"slug": regio.slug}),
            ),
        ]
    return figuren
