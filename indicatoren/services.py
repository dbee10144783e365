"""Changes to indicators and their measurements; every rule of the feature is checked here."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from . import regels
from .constants import Richting, Soort
from .models import Indicator, Meting, Niveau

INDICATOR_VELDEN = [
    "naam",
    "omschrijving",
    "soort",
    "eenheid",
    "richting",
    "nulwaarde",
    "nulwaarde_datum",
    "streefwaarde",
    "streefdatum",
    "bron",
]
METING_VELDEN = ["datum", "waarde", "bron", "toelichting"]


def _fout(veld: str | None, melding: str, code: str) -> ValidationError:
    fout = ValidationError(melding, code=code)
    return ValidationError({veld: fout}) if veld else fout


def _vereis_versie(obj, versie: int | None) -> None:
    """A concurrent edit is refused, not overwritten: the form carries the version it showed."""
    if versie is not None and obj.versie != versie:
        raise _fout(
            None,
            "Iemand anders heeft dit intussen gewijzigd. Open de pagina opnieuw en voer uw "
            "wijziging nog eens in.",
            "gelijktijdig_gewijzigd",
        )


def _controleer_indicator(ind: Indicator, niveaus: list[str]) -> None:
    if not (ind.naam or "").strip():
        raise _fout("naam", "Geef de indicator een naam.", "naam_leeg")
    if ind.soort == Soort.KWANTITATIEF and not (ind.eenheid or "").strip():
        raise _fout(
            "eenheid", "Geef de eenheid waarin u meet, bijvoorbeeld ‘uur per week’.", "geen_eenheid"
        )
    if ind.soort == Soort.KWALITATIEF and len(niveaus) < 2:
        raise _fout(
            "niveaus",
            "Beschrijf ten minste twee niveaus van de schaal, van laag naar hoog.",
            "te_weinig_niveaus",
        )
    if (ind.nulwaarde is None) != (ind.nulwaarde_datum is None):
        veld = "nulwaarde_datum" if ind.nulwaarde is not None else "nulwaarde"
        raise _fout(veld, "Vul de nulmeting en de datum ervan allebei in.", "nulmeting_half")
    if (ind.streefwaarde is None) != (ind.streefdatum is None):
        veld = "streefdatum" if ind.streefwaarde is not None else "streefwaarde"
        raise _fout(veld, "Vul de streefwaarde en de streefdatum allebei in.", "streefwaarde_half")
    if ind.nulwaarde_datum and ind.streefdatum and ind.streefdatum <= ind.nulwaarde_datum:
        raise _fout(
            "streefdatum",
            "De streefdatum ligt na de datum van de nulmeting.",
            "streefdatum_te_vroeg",
        )
    if ind.soort == Soort.KWALITATIEF:
        for veld in ("nulwaarde", "streefwaarde"):
            waarde = getattr(ind, veld)
            if waarde is not None and not _is_niveau(waarde, len(niveaus)):
                raise _fout(
                    veld, f"Kies een niveau van 1 tot en met {len(niveaus)}.", "geen_niveau"
                )
    if (
        ind.nulwaarde is not None
        and ind.streefwaarde is not None
        and regels.gericht(ind.richting, ind.streefwaarde - ind.nulwaarde) <= 0
    ):
        raise _fout(
            "streefwaarde",
            "De streefwaarde moet beter zijn dan de nulmeting: "
            + ("hoger." if ind.richting == Richting.HOGER else "lager."),
            "doel_niet_beter",
        )


def _is_niveau(waarde: Decimal, aantal: int) -> bool:
    return waarde == waarde.to_integral_value() and 1 <= waarde <= aantal


@transaction.atomic
def indicator_opslaan(
    *,
    traject,
    data: dict,
    niveaus: list[str] | None = None,
    indicator: Indicator | None = None,
    versie: int | None = None,
) -> Indicator:
    """Create or change an indicator of `traject`; a qualitative one gets its scale `niveaus`
    (descriptions from low to high). Its kind cannot change once it has measurements, and the
    scale cannot lose a level that a measurement uses."""
    niveaus = [n.strip() for n in (niveaus or []) if n and n.strip()]
    if indicator is not None and indicator.pk:
        indicator = Indicator.objects.select_for_update().get(pk=indicator.pk)
        if indicator.traject_id != traject.pk:
            raise _fout(None, "Deze indicator hoort bij een ander traject.", "ander_traject")
        _vereis_versie(indicator, versie)
        oude_soort = indicator.soort
    else:
        indicator = Indicator(traject=traject)
        oude_soort = None
    for veld in INDICATOR_VELDEN:
        if veld in data:
            setattr(indicator, veld, data[veld])
    if indicator.soort == Soort.KWALITATIEF:
        indicator.eenheid = ""
    metingen = indicator.metingen.all() if indicator.pk else Meting.objects.none()
    if oude_soort is not None and oude_soort != indicator.soort and metingen.exists():
        raise _fout(
            "soort",
            "Deze indicator heeft al metingen; de soort kan niet meer veranderen.",
            "soort_vast",
        )
    _controleer_indicator(indicator, niveaus)
    if indicator.pk:
        if indicator.soort == Soort.KWALITATIEF:
            hoogste = max((m.waarde for m in metingen), default=0)
            if hoogste > len(niveaus):
                raise _fout(
                    "niveaus",
                    f"Er is al een meting op niveau {int(hoogste)}; de schaal moet dat niveau houden.",
                    "niveau_in_gebruik",
                )
        indicator.versie += 1
    indicator.full_clean(exclude=["traject"])
    indicator.save()
    if indicator.soort == Soort.KWALITATIEF:
        bestaand = {n.waarde: n for n in indicator.niveaus.all()}
        for waarde, omschrijving in enumerate(niveaus, start=1):
            niveau = bestaand.pop(waarde, None)
            if niveau is None:
                Niveau.objects.create(indicator=indicator, waarde=waarde, omschrijving=omschrijving)
            elif niveau.omschrijving != omschrijving:
                niveau.omschrijving = omschrijving
                niveau.save()
        for niveau in bestaand.values():
            niveau.delete()
    else:
        for niveau in indicator.niveaus.all():
            niveau.delete()
    return indicator


def indicator_archiveren(*, indicator: Indicator, gearchiveerd: bool = True) -> Indicator:
    """Archive (or bring back) an indicator: it keeps its measurements and history."""
    indicator.gearchiveerd = gearchiveerd
    indicator.versie += 1
    indicator.save(update_fields=["gearchiveerd", "versie", "updated_at"])
    return indicator


def _controleer_meting(indicator: Indicator, datum: date | None, waarde) -> None:
    if indicator.gearchiveerd:
        raise _fout(
            None, "Deze indicator is gearchiveerd; er kunnen geen metingen bij.", "gearchiveerd"
        )
    if datum is None:
        raise _fout("datum", "Vul de datum van de meting in.", "geen_datum")
    if datum > timezone.localdate():
        raise _fout("datum", "Een meting kan niet in de toekomst liggen.", "toekomst")
    if indicator.nulwaarde_datum and datum < indicator.nulwaarde_datum:
        raise _fout(
            "datum",
            f"De nulmeting is van {indicator.nulwaarde_datum:%d-%m-%Y}; een meting ligt niet "
            "daarvoor.",
            "voor_nulmeting",
        )
    if waarde is None:
        raise _fout("waarde", "Vul de gemeten waarde in.", "geen_waarde")
    if indicator.is_kwalitatief:
        aantal = indicator.niveaus.count()
        if not _is_niveau(Decimal(waarde), aantal):
            raise _fout("waarde", f"Kies een niveau van 1 tot en met {aantal}.", "geen_niveau")


def _bewaar_meting(meting: Meting) -> Meting:
    try:
        with transaction.atomic():
            meting.full_clean(exclude=["indicator"], validate_unique=False)
            meting.save()
    except IntegrityError as exc:
        raise _fout(
            "datum",
            "Op deze datum is al een meting vastgelegd. Pas die meting aan of kies een andere datum.",
            "meting_bestaat",
        ) from exc
    return meting


@transaction.atomic
def meting_vastleggen(*, indicator: Indicator, data: dict, door) -> Meting:
    """Record a measurement; a second one on the same date is refused, so a resubmitted form
    never creates a duplicate."""
    indicator = Indicator.objects.select_for_update().get(pk=indicator.pk)
    _controleer_meting(indicator, data.get("datum"), data.get("waarde"))
    if indicator.metingen.filter(datum=data["datum"]).exists():
        raise _fout(
            "datum",
            "Op deze datum is al een meting vastgelegd. Pas die meting aan of kies een andere datum.",
            "meting_bestaat",
        )
    meting = Meting(indicator=indicator, vastgelegd_door=door)
    for veld in METING_VELDEN:
        if veld in data:
            setattr(meting, veld, data[veld] if data[veld] is not None else "")
    if not meting.bron:
        meting.bron = indicator.bron
    return _bewaar_meting(meting)


@transaction.atomic
def meting_wijzigen(*, meting: Meting, data: dict, versie: int | None = None) -> Meting:
    """Correct a measurement; the earlier value stays in its history."""
    meting = Meting.objects.select_for_update().select_related("indicator").get(pk=meting.pk)
    _vereis_versie(meting, versie)
    datum = data.get("datum", meting.datum)
    _controleer_meting(meting.indicator, datum, data.get("waarde", meting.waarde))
    if meting.indicator.metingen.filter(datum=datum).exclude(pk=meting.pk).exists():
        raise _fout(
            "datum",
            "Op deze datum is al een andere meting vastgelegd. Kies een andere datum.",
            "meting_bestaat",
        )
    for veld in METING_VELDEN:
        if veld in data:
            setattr(meting, veld, data[veld] if data[veld] is not None else "")
    meting.versie += 1
    return _bewaar_meting(meting)
