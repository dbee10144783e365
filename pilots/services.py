"""Changes to the business case and the pilots; each rule of the feature is checked here."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from indicatoren.constants import Soort

from .constants import Groep, PilotBesluit, PilotStatus
from .models import Criterium, Pilot

PILOT_VELDEN = ["naam", "ziekenhuis", "behandeling", "voorbereiding_sinds", "geplande_start",
                "patienten_indicator"]  # fmt: skip


def _fout(veld: str | None, melding: str, code: str) -> ValidationError:
    fout = ValidationError(melding, code=code)
    return ValidationError({veld: fout}) if veld else fout


def _vereis_traject(obj, traject, veld: str, wat: str) -> None:
    if obj is not None and obj.traject_id != traject.pk:
        raise _fout(veld, f"Kies {wat} van dit traject.", "ander_traject")


def _vereis_regio(organisatie, traject, veld: str) -> None:
    if organisatie is not None and organisatie.regio_id != traject.regio_id:
        raise _fout(veld, "Kies een organisatie uit dit netwerk.", "andere_regio")


def _vereis_datum(op: date | None, veld: str, *, niet_voor: date | None, wat: str) -> date:
    if op is None:
        raise _fout(veld, "Vul de datum in.", "geen_datum")
    if op > timezone.localdate():
        raise _fout(veld, "Deze datum kan niet in de toekomst liggen.", "toekomst")
    if niet_voor is not None and op < niet_voor:
        raise _fout(veld, f"Deze datum ligt niet vóór {wat} ({niet_voor:%d-%m-%Y}).", "te_vroeg")
    return op


# Business case


@transaction.atomic
def criterium_opslaan(*, traject, data: dict, criterium: Criterium | None = None) -> Criterium:
    """Put an indicator of the traject in the business case, tagged with its group and party."""
    indicator = data.get("indicator") or (criterium.indicator if criterium else None)
    if indicator is None:
        raise _fout("indicator", "Kies de indicator die dit criterium meet.", "geen_indicator")
    _vereis_traject(indicator, traject, "indicator", "een indicator")
    andere = Criterium.objects.filter(indicator=indicator)
    if criterium is not None and criterium.pk:
        andere = andere.exclude(pk=criterium.pk)
    if andere.exists():
        raise _fout("indicator", "Deze indicator is al een criterium.", "al_criterium")
    criterium = criterium or Criterium()
    criterium.indicator = indicator
    for veld in ("groep", "partij", "toelichting", "volgorde"):
        if veld in data and data[veld] is not None:
            setattr(criterium, veld, data[veld])
    if not criterium.groep:
        criterium.groep = (
            Groep.KWALITATIEF if indicator.soort == Soort.KWALITATIEF else Groep.KWANTITATIEF
        )
    if not criterium.partij:
        raise _fout(
            "partij", "Kies de partij die de kosten draagt of de baat krijgt.", "geen_partij"
        )
    criterium.full_clean()
    criterium.save()
    return criterium


# Pilots


def _vereis_versie(pilot: Pilot, versie: int | None) -> None:
    if versie is not None and pilot.versie != versie:
        raise _fout(
            None,
            "Iemand anders heeft deze pilot intussen gewijzigd. Open de pagina opnieuw en voer "
            "uw wijziging nog eens in.",
            "gelijktijdig_gewijzigd",
        )


def _bewaar(pilot: Pilot, door) -> Pilot:
    pilot.versie += 1
    pilot.bijgewerkt_door = door
    pilot.full_clean(exclude=["traject", "partners"])
    pilot.save()
    return pilot


@transaction.atomic
def pilot_opslaan(
    *,
    traject,
    data: dict,
    partners=None,
    pilot: Pilot | None = None,
    versie: int | None = None,
    door=None,
) -> Pilot:
    """Create or change a pilot: its hospital and partners come from the traject's network."""
    if pilot is not None and pilot.pk:
        pilot = Pilot.objects.select_for_update().get(pk=pilot.pk)
        _vereis_traject(pilot, traject, None, "een pilot")
        _vereis_versie(pilot, versie)
    else:
        pilot = Pilot(traject=traject)
    for veld in PILOT_VELDEN:
        if veld in data:
            setattr(pilot, veld, data[veld])
    if not (pilot.naam or "").strip():
        raise _fout("naam", "Geef de pilot een naam.", "naam_leeg")
    if pilot.ziekenhuis_id is None:
        raise _fout("ziekenhuis", "Kies het ziekenhuis van de pilot.", "geen_ziekenhuis")
    _vereis_regio(pilot.ziekenhuis, traject, "ziekenhuis")
    for partner in partners or []:
        _vereis_regio(partner, traject, "partners")
    _vereis_traject(pilot.patienten_indicator, traject, "patienten_indicator", "een indicator")
    if pilot.voorbereiding_sinds is None:
        raise _fout(
            "voorbereiding_sinds", "Vul in sinds wanneer de pilot wordt voorbereid.", "geen_datum"
        )
    if pilot.geplande_start and pilot.geplande_start < pilot.voorbereiding_sinds:
        raise _fout(
            "geplande_start",
            "De geplande start ligt na het begin van de voorbereiding.",
            "te_vroeg",
        )
    pilot = _bewaar(pilot, door)
    if partners is not None:
        pilot.partners.set([p for p in partners if p.pk != pilot.ziekenhuis_id])
    return pilot


def _vergrendeld(pilot: Pilot, versie: int | None) -> Pilot:
    pilot = Pilot.objects.select_for_update().get(pk=pilot.pk)
    _vereis_versie(pilot, versie)
    return pilot


@transaction.atomic
def pilot_starten(*, pilot: Pilot, op: date, door, versie: int | None = None) -> Pilot:
    """The first patient is treated at home: a pilot in preparation starts running."""
    pilot = _vergrendeld(pilot, versie)
    if pilot.status != PilotStatus.VOORBEREIDING:
        raise _fout(None, "Alleen een pilot in voorbereiding kan starten.", "niet_in_voorbereiding")
    pilot.gestart_op = _vereis_datum(
        op, "gestart_op", niet_voor=pilot.voorbereiding_sinds, wat="het begin van de voorbereiding"
    )
    pilot.status = PilotStatus.LOPEND
    return _bewaar(pilot, door)


@transaction.atomic
def pilot_evalueren(
    *,
    pilot: Pilot,
    op: date,
    evaluatie: str,
    besluit: str,
    toelichting: str = "",
    door,
    versie: int | None = None,
) -> Pilot:
    """Record the evaluation of a running pilot and the decision: go on, scale up or stop."""
    pilot = _vergrendeld(pilot, versie)
    if pilot.status != PilotStatus.LOPEND:
        raise _fout(None, "Alleen een lopende pilot kan worden geëvalueerd.", "niet_lopend")
    pilot.geevalueerd_op = _vereis_datum(
        op, "geevalueerd_op", niet_voor=pilot.gestart_op, wat="de start"
    )
    if not (evaluatie or "").strip():
        raise _fout("evaluatie", "Beschrijf wat de evaluatie heeft opgeleverd.", "geen_evaluatie")
    if besluit not in PilotBesluit.values:
        raise _fout("besluit", "Kies het besluit: doorgaan, opschalen of stoppen.", "geen_besluit")
    pilot.evaluatie = evaluatie.strip()
    pilot.besluit = besluit
    pilot.besluit_toelichting = (toelichting or "").strip()
    pilot.status = PilotStatus.GEEVALUEERD
    return _bewaar(pilot, door)


@transaction.atomic
def pilot_stoppen(
    *, pilot: Pilot, op: date, toelichting: str, door, versie: int | None = None
) -> Pilot:
    """Stop a pilot before its evaluation; why is recorded with it."""
    pilot = _vergrendeld(pilot, versie)
    if pilot.status not in (PilotStatus.VOORBEREIDING, PilotStatus.LOPEND):
        raise _fout(None, "Deze pilot is al afgesloten.", "al_afgesloten")
    pilot.gestopt_op = _vereis_datum(
        op,
        "gestopt_op",
        niet_voor=pilot.gestart_op or pilot.voorbereiding_sinds,
        wat="de start" if pilot.gestart_op else "het begin van de voorbereiding",
    )
    if not (toelichting or "").strip():
        raise _fout("besluit_toelichting", "Leg uit waarom de pilot stopt.", "geen_toelichting")
    pilot.besluit = PilotBesluit.STOPPEN
    pilot.besluit_toelichting = toelichting.strip()
    pilot.status = PilotStatus.GESTOPT
    return _bewaar(pilot, door)
