"""State changes of the jaarplan area."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from casemanagement.models import Lidmaatschap, Regio

from ..models.jaarplan import GeplandeHerziening, Jaarplan, JaarplanKanaal, Vervolgstap
from ..selectors.jaarplan import ontbrekend_in_jaarplan

JAARPLAN_VELDEN = [
    "resultaten",
    "kanalen",
    "kanalen_toelichting",
    "samenwerkingsovereenkomst",
    "overlegstructuur",
    "financiering",
    "evaluatie",
    "evaluatie_datum",
]


def _vereis_lid(regio: Regio, user, veld: str) -> None:
    if user is not None and not Lidmaatschap.objects.filter(regio=regio, user=user).exists():
        raise ValidationError(
            {veld: ValidationError("Kies iemand die lid is van deze regio.", code="geen_lid")}
        )


def jaarplan_aanmaken(*, regio: Regio, jaar: int) -> Jaarplan:
    huidig = timezone.localdate().year
    if not huidig - 5 <= jaar <= huidig + 2:
        raise ValidationError(
            {
                "jaar": ValidationError(
                    f"Kies een jaar tussen {huidig - 5} en {huidig + 2}.", code="jaar_buiten_bereik"
                )
            }
        )
    if Jaarplan.objects.filter(regio=regio, jaar=jaar).exists():
        raise ValidationError(
            {
                "jaar": ValidationError(
                    f"Er is al een jaarplan voor {jaar}.", code="jaarplan_bestaat_al"
                )
            }
        )
    return Jaarplan.objects.create(regio=regio, jaar=jaar)


def jaarplan_opslaan(*, jaarplan: Jaarplan, data: dict) -> Jaarplan:
    onbekend = set(data.get("kanalen") or []) - set(JaarplanKanaal.values)
    if onbekend:
        raise ValidationError(
            {"kanalen": ValidationError("Kies bestaande kanalen.", code="onbekend_kanaal")}
        )
    for veld in JAARPLAN_VELDEN:
        if veld in data:
            setattr(jaarplan, veld, data[veld])
    jaarplan.full_clean()
    jaarplan.save()
    return jaarplan


@transaction.atomic
def jaarplan_vaststellen(*, jaarplan: Jaarplan, door) -> Jaarplan:
    """Adopt the jaarplan; only when it borgt the results (the gate rule of stap 6)."""
    jaarplan = Jaarplan.objects.select_for_update().select_related("regio").get(pk=jaarplan.pk)
    ontbrekend = ontbrekend_in_jaarplan(jaarplan)
    if ontbrekend:
        raise ValidationError([ValidationError(o.melding, code=o.code) for o in ontbrekend])
    jaarplan.vastgesteld_op = timezone.localdate()
    jaarplan.vastgesteld_door = door
    jaarplan.save(update_fields=["vastgesteld_op", "vastgesteld_door", "updated_at"])
    return jaarplan


def herziening_opslaan(
    *, jaarplan: Jaarplan, data: dict, herziening: GeplandeHerziening | None = None
) -> GeplandeHerziening:
    herziening = herziening or GeplandeHerziening(jaarplan=jaarplan)
    if herziening.jaarplan_id != jaarplan.pk:
        raise ValidationError(
            "Deze herziening hoort bij een ander jaarplan.", code="ander_jaarplan"
        )
    _vereis_lid(jaarplan.regio, data.get("eigenaar"), "eigenaar")
    for veld in ["onderwerp", "soort", "eigenaar", "datum", "toelichting"]:
        if veld in data:
            setattr(herziening, veld, data[veld])
    herziening.full_clean()
    herziening.save()
    return herziening


def herziening_verwijderen(*, herziening: GeplandeHerziening) -> None:
    herziening.delete()


def vervolgstap_opslaan(
    *, jaarplan: Jaarplan, data: dict, vervolgstap: Vervolgstap | None = None
) -> Vervolgstap:
    vervolgstap = vervolgstap or Vervolgstap(jaarplan=jaarplan)
    if vervolgstap.jaarplan_id != jaarplan.pk:
        raise ValidationError(
            "Deze vervolgstap hoort bij een ander jaarplan.", code="ander_jaarplan"
        )
    _vereis_lid(jaarplan.regio, data.get("eigenaar"), "eigenaar")
    for veld in ["omschrijving", "nieuwe_cyclus", "eigenaar", "streefdatum"]:
        if veld in data:
            setattr(vervolgstap, veld, data[veld])
    vervolgstap.full_clean()
    vervolgstap.save()
    return vervolgstap


def vervolgstap_verwijderen(*, vervolgstap: Vervolgstap) -> None:
    vervolgstap.delete()
