"""State changes of the traject area: starting a traject, ticking activities, the gate,
reopening, new cycles, the implementation team, decisions, the communication plan, reminders."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from casemanagement.constants import Rol
from casemanagement.links import absolute_url
from casemanagement.models import Lidmaatschap, Regio

from ..gates import wat_ontbreekt
from ..models import (
    Activiteit,
    ActiviteitTemplate,
    Besluit,
    Communicatiemiddel,
    HerinneringVerstuurd,
    Implementatieteam,
    PlanTemplate,
    Stap,
    StapTemplate,
    Teamlid,
    Traject,
)
from ..selectors import traject as selectors

# Stable error codes.
GEEN_COORDINATOR = "geen_coordinator"
STAP_ONVOLLEDIG = "stap_onvolledig"
STAP_AL_AFGEROND = "stap_al_afgerond"
STAP_OP_SLOT = "stap_op_slot"
STAP_NIET_AFGEROND = "stap_niet_afgerond"
OUDE_CYCLUS = "oude_cyclus"
REDEN_VERPLICHT = "reden_verplicht"
CYCLUS_NIET_MOGELIJK = "cyclus_niet_mogelijk"
TRAJECT_NIET_KLAAR = "traject_niet_klaar"
TRAJECT_BESTAAT = "traject_bestaat"
PLAN_NIET_ACTIEF = "plan_niet_actief"
EIGENAAR_GEEN_LID = "eigenaar_geen_lid"
ANDERE_REGIO = "andere_regio"


def _vereis_coordinator(user, regio_id: int) -> None:
    if not Lidmaatschap.objects.filter(user=user, regio_id=regio_id, rol=Rol.COORDINATOR).exists():
        raise ValidationError(
            "Alleen de regionale coördinator kan dit doen.", code=GEEN_COORDINATOR
        )


def _kopieer_stap(traject: Traject, stap_template, cyclus: int, door) -> Stap:
    stap = Stap(
        traject=traject,
        template=stap_template,
        nummer=stap_template.nummer,
        cyclus=cyclus,
        code=stap_template.code,
        naam=stap_template.naam,
        uitleg=stap_template.uitleg,
    )
    stap._history_user = door
    stap.save()
    for a in stap_template.activiteiten.all():
        activiteit = Activiteit(
            stap=stap,
            template=a,
            code=a.code,
            titel=a.titel,
            uitleg=a.uitleg,
            verplicht=a.verplicht,
            tool_naam=a.tool_naam,
            tool_url=a.tool_url,
            volgorde=a.volgorde,
        )
        activiteit._history_user = door
        activiteit.save()
    return stap


@transaction.atomic
def traject_starten(*, regio: Regio, plan: PlanTemplate, door) -> Traject:
    """Start the plan in the region: copy its steps and activities into a new traject."""
    _vereis_coordinator(door, regio.pk)
    if not plan.actief:
        raise ValidationError(
            "Deze versie van het plan kan niet meer worden gestart.", code=PLAN_NIET_ACTIEF
        )
    if Traject.objects.filter(regio=regio, plan__code=plan.code).exists():
        raise ValidationError("Deze regio heeft dit stappenplan al gestart.", code=TRAJECT_BESTAAT)
    traject = Traject.objects.create(regio=regio, plan=plan, naam=plan.naam, gestart_door=door)
    for stap_template in plan.stappen.prefetch_related("activiteiten").order_by("nummer"):
        _kopieer_stap(traject, stap_template, cyclus=1, door=door)
    return traject


@transaction.atomic
def plan_nieuwe_versie(*, plan: PlanTemplate) -> PlanTemplate:
    """Copy a plan template with its steps and activities as the next version, to edit without
    touching the running trajecten; the older versions stop being offered to new regions."""
    hoogste = (
        PlanTemplate.objects.filter(code=plan.code)
        .order_by("-versie")
        .values_list("versie", flat=True)
    )[0]
    nieuw = PlanTemplate.objects.create(
        code=plan.code,
        versie=hoogste + 1,
        naam=plan.naam,
        beschrijving=plan.beschrijving,
        cyclus_vanaf=plan.cyclus_vanaf,
        actief=True,
    )
    for stap_template in plan.stappen.prefetch_related("activiteiten"):
        kopie = StapTemplate.objects.create(
            plan=nieuw,
            nummer=stap_template.nummer,
            code=stap_template.code,
            naam=stap_template.naam,
            uitleg=stap_template.uitleg,
        )
        ActiviteitTemplate.objects.bulk_create(
            ActiviteitTemplate(
                stap=kopie,
                code=a.code,
                titel=a.titel,
                uitleg=a.uitleg,
                verplicht=a.verplicht,
                tool_naam=a.tool_naam,
                tool_url=a.tool_url,
                volgorde=a.volgorde,
            )
            for a in stap_template.activiteiten.all()
        )
    for oud in PlanTemplate.objects.filter(code=plan.code, actief=True).exclude(pk=nieuw.pk):
        oud.actief = False
        oud.save(update_fields=["actief"])
    return nieuw


def _vergrendeld(stap: Stap) -> Stap:
    return Stap.objects.select_for_update().select_related("traject__regio").get(pk=stap.pk)


def _vereis_open(stap: Stap) -> None:
    """Activities can change only in a step that is neither complete nor of an earlier cycle."""
    status = selectors.status_van(stap)
    if status == selectors.ARCHIEF:
        raise ValidationError(
            "Deze stap hoort bij een eerdere cyclus en kan niet meer worden gewijzigd.",
            code=OUDE_CYCLUS,
        )
    if stap.afgerond_op is not None:
        raise ValidationError(
            "Deze stap is afgerond. Heropen de stap om iets te wijzigen.", code=STAP_AL_AFGEROND
        )


@transaction.atomic
def activiteit_afvinken(*, activiteit: Activiteit, door, gedaan: bool) -> Activiteit:
    """Tick (or untick) an activity of the current step, recording who did it and when."""
    stap = _vergrendeld(activiteit.stap)
    _vereis_open(stap)
    if selectors.status_van(stap) == selectors.OP_SLOT:
        raise ValidationError(
            "Deze stap is nog op slot: rond eerst de vorige stap af.", code=STAP_OP_SLOT
        )
    activiteit = Activiteit.objects.select_for_update().get(pk=activiteit.pk)
    if gedaan and activiteit.gedaan_op is None:
        activiteit.gedaan_op = timezone.now()
        activiteit.gedaan_door = door
    elif not gedaan and activiteit.gedaan_op is not None:
        activiteit.gedaan_op = None
        activiteit.gedaan_door = None
    else:
        return activiteit
    activiteit._history_user = door
    activiteit.save(update_fields=["gedaan_op", "gedaan_door"])
    return activiteit


@transaction.atomic
def activiteit_bijwerken(
    *, activiteit: Activiteit, eigenaar, deadline: date | None, notitie: str, links: str
) -> Activiteit:
    """Owner, due date, note and evidence links of an activity in a step that is still open."""
    stap = _vergrendeld(activiteit.stap)
    _vereis_open(stap)
    if (
        eigenaar is not None
        and not Lidmaatschap.objects.filter(user=eigenaar, regio_id=stap.traject.regio_id).exists()
    ):
        raise ValidationError("De eigenaar moet lid zijn van deze regio.", code=EIGENAAR_GEEN_LID)
    activiteit = Activiteit.objects.select_for_update().get(pk=activiteit.pk)
    activiteit.eigenaar = eigenaar
    activiteit.deadline = deadline
    activiteit.notitie = notitie.strip()
    activiteit.links = "\n".join(r.strip() for r in links.splitlines() if r.strip())
    activiteit.save(update_fields=["eigenaar", "deadline", "notitie", "links"])
    return activiteit


@transaction.atomic
def stap_afronden(*, stap: Stap, door) -> Stap:
    """Complete a step through its gate: only the coordinator, only when nothing is missing."""
    stap = _vergrendeld(stap)
    _vereis_coordinator(door, stap.traject.regio_id)
    if selectors.status_van(stap) == selectors.ARCHIEF:
        raise ValidationError("Deze stap hoort bij een eerdere cyclus.", code=OUDE_CYCLUS)
    if stap.afgerond_op is not None:
        raise ValidationError("Deze stap is al afgerond.", code=STAP_AL_AFGEROND)
    ontbrekend = wat_ontbreekt(stap)
    if any(o.code == "vorige_stap_open" for o in ontbrekend):
        raise ValidationError(
            "Deze stap is nog op slot: rond eerst de vorige stap af.",
            code=STAP_OP_SLOT,
            params={"ontbrekend": [o.code for o in ontbrekend]},
        )
    if ontbrekend:
        raise ValidationError(
            "Stap %(nummer)s kan nog niet worden afgerond. Nog nodig: %(lijst)s",
            code=STAP_ONVOLLEDIG,
            params={
                "nummer": stap.nummer,
                "lijst": " ".join(o.melding for o in ontbrekend),
                "ontbrekend": [o.code for o in ontbrekend],
            },
        )
    stap.afgerond_op = timezone.now()
    stap.afgerond_door = door
    stap._change_reason = "Stap afgerond"
    stap._history_user = door
    stap.save(update_fields=["afgerond_op", "afgerond_door"])
    return stap


@transaction.atomic
def stap_heropenen(*, stap: Stap, door, reden: str) -> Stap:
    """Reopen a completed step; the reason is required and kept in the history."""
    stap = _vergrendeld(stap)
    _vereis_coordinator(door, stap.traject.regio_id)
    reden = (reden or "").strip()
    if not reden:
        raise ValidationError("Geef een reden om de stap te heropenen.", code=REDEN_VERPLICHT)
    if selectors.status_van(stap) == selectors.ARCHIEF:
        raise ValidationError(
            "Een stap van een eerdere cyclus kan niet worden heropend.", code=OUDE_CYCLUS
        )
    if stap.afgerond_op is None:
        raise ValidationError("Deze stap is niet afgerond.", code=STAP_NIET_AFGEROND)
    stap.afgerond_op = None
    stap.afgerond_door = None
    stap.heropend_op = timezone.now()
    stap.heropend_door = door
    stap.heropen_reden = reden
    stap._change_reason = reden
    stap._history_user = door
    stap.save(
        update_fields=[
            "afgerond_op",
            "afgerond_door",
            "heropend_op",
            "heropend_door",
            "heropen_reden",
        ]
    )
    return stap


@transaction.atomic
def nieuwe_cyclus(*, traject: Traject, door) -> Traject:
    """After the last step, start again from the plan's `cyclus_vanaf` step (new rows, cyclus + 1);
    the earlier cycle stays as it was."""
    traject = Traject.objects.select_for_update().select_related("plan").get(pk=traject.pk)
    _vereis_coordinator(door, traject.regio_id)
    vanaf = traject.plan.cyclus_vanaf
    if vanaf is None:
        raise ValidationError("Dit stappenplan kent geen nieuwe cyclus.", code=CYCLUS_NIET_MOGELIJK)
    huidige = selectors.laatste_per_nummer(Stap.objects.filter(traject=traject))
    if not huidige or any(s.afgerond_op is None for s in huidige):
        raise ValidationError(
            "Rond eerst alle stappen af voordat u een nieuwe cyclus begint.",
            code=TRAJECT_NIET_KLAAR,
        )
    traject.cyclus += 1
    traject.save(update_fields=["cyclus"])
    for stap_template in (
        traject.plan.stappen.filter(nummer__gte=vanaf)
        .prefetch_related("activiteiten")
        .order_by("nummer")
    ):
        _kopieer_stap(traject, stap_template, cyclus=traject.cyclus, door=door)
    return traject


# Implementation team


@transaction.atomic
def team_opslaan(
    *,
    regio: Regio,
    overlegfrequentie: str,
    overlegvorm: str,
    rol_clientvertegenwoordiging: str,
    vastgesteld_op: date | None,
) -> Implementatieteam:
    team, _ = Implementatieteam.objects.get_or_create(regio=regio)
    team.overlegfrequentie = overlegfrequentie.strip()
    team.overlegvorm = overlegvorm.strip()
    team.rol_clientvertegenwoordiging = rol_clientvertegenwoordiging.strip()
    team.vastgesteld_op = vastgesteld_op
    team.save()
    return team


@transaction.atomic
def teamlid_opslaan(
    *,
    regio: Regio,
    lidmaatschap: Lidmaatschap,
    functie: str,
    mandaat_bevestigd: bool,
    vertegenwoordigt_clienten: bool,
    teamlid: Teamlid | None = None,
) -> Teamlid:
    if lidmaatschap.regio_id != regio.pk:
        raise ValidationError("Deze persoon is geen lid van deze regio.", code=ANDERE_REGIO)
    team, _ = Implementatieteam.objects.get_or_create(regio=regio)
    if teamlid is None:
        if team.leden.filter(lidmaatschap=lidmaatschap).exists():
            raise ValidationError(
                "Deze persoon zit al in het implementatieteam.", code="al_in_team"
            )
        teamlid = Teamlid(team=team)
    elif teamlid.team_id != team.pk:
        raise ValidationError("Dit teamlid hoort niet bij deze regio.", code=ANDERE_REGIO)
    teamlid.lidmaatschap = lidmaatschap
    teamlid.functie = functie.strip()
    teamlid.mandaat_bevestigd = mandaat_bevestigd
    teamlid.vertegenwoordigt_clienten = vertegenwoordigt_clienten
    try:
        with transaction.atomic():
            teamlid.save()
    except IntegrityError as exc:
        raise ValidationError(
            "Deze persoon zit al in het implementatieteam.", code="al_in_team"
        ) from exc
    return teamlid


def teamlid_verwijderen(*, teamlid: Teamlid) -> None:
    teamlid.delete()


# Decision log


def _vereis_stap_in_regio(stap: Stap | None, regio: Regio) -> None:
    if stap is not None and stap.traject.regio_id != regio.pk:
        raise ValidationError("Deze stap hoort niet bij deze regio.", code=ANDERE_REGIO)


@transaction.atomic
def besluit_opslaan(
    *, regio: Regio, door, data: dict, deelnemers, besluit: Besluit | None = None
) -> Besluit:
    """Record (or correct) a decision with its date, participants and step."""
    besluit = besluit or Besluit(regio=regio, vastgelegd_door=door)
    if besluit.regio_id != regio.pk:
        raise ValidationError("Dit besluit hoort niet bij deze regio.", code=ANDERE_REGIO)
    _vereis_stap_in_regio(data.get("stap"), regio)
    deelnemers = list(deelnemers)
    leden = set(
        Lidmaatschap.objects.filter(regio=regio, user__in=deelnemers).values_list(
            "user_id", flat=True
        )
    )
    if any(u.pk not in leden for u in deelnemers):
        raise ValidationError("Deelnemers moeten lid zijn van deze regio.", code=ANDERE_REGIO)
    for veld, waarde in data.items():
        setattr(besluit, veld, waarde.strip() if isinstance(waarde, str) else waarde)
    besluit.full_clean(exclude=["deelnemers"])
    besluit.save()
    besluit.deelnemers.set(deelnemers)
    return besluit


def besluit_verwijderen(*, besluit: Besluit) -> None:
    besluit.delete()


# Communication plan


@transaction.atomic
def communicatiemiddel_opslaan(
    *, regio: Regio, data: dict, middel: Communicatiemiddel | None = None
) -> Communicatiemiddel:
    middel = middel or Communicatiemiddel(regio=regio)
    if middel.regio_id != regio.pk:
        raise ValidationError("Dit middel hoort niet bij deze regio.", code=ANDERE_REGIO)
    _vereis_stap_in_regio(data.get("stap"), regio)
    for veld, waarde in data.items():
        setattr(middel, veld, waarde.strip() if isinstance(waarde, str) else waarde)
    if middel.gedaan and middel.gedaan_op is None:
        middel.gedaan_op = timezone.localdate()
    if not middel.gedaan:
        middel.gedaan_op = None
    middel.full_clean()
    middel.save()
    return middel


def communicatiemiddel_afvinken(*, middel: Communicatiemiddel, gedaan: bool) -> Communicatiemiddel:
    middel.gedaan = gedaan
    middel.gedaan_op = timezone.localdate() if gedaan else None
    middel.save(update_fields=["gedaan", "gedaan_op"])
    return middel


def communicatiemiddel_verwijderen(*, middel: Communicatiemiddel) -> None:
    middel.delete()


# Reminders


def herinneringen_versturen(*, vandaag: date | None = None, dagen_vooruit: int = 7) -> int:
    """E-mail each owner one digest of their open activities that are due within `dagen_vooruit`
    days or overdue; an activity is never mentioned twice to the same person on the same day.
    Returns the number of e-mails sent."""
    vandaag = vandaag or timezone.localdate()
    verstuurd = 0
    per_eigenaar = selectors.open_activiteiten_voor_herinnering(vandaag, dagen_vooruit)
    for eigenaar, activiteiten in per_eigenaar.items():
        regels = [
            {
                "activiteit": a,
                "te_laat": a.deadline < vandaag,
                "url": absolute_url(
                    reverse(
                        "stappenplan:stap",
                        kwargs={"slug": a.stap.traject.regio.slug, "nummer": a.stap.nummer},
                    )
                    + f"#activiteit-{a.pk}"
                ),
            }
            for a in activiteiten
        ]
        te_laat = sum(1 for r in regels if r["te_laat"])
        with transaction.atomic():
            nieuw = [
                HerinneringVerstuurd(activiteit=a, user=eigenaar, datum=vandaag)
                for a in activiteiten
            ]
            HerinneringVerstuurd.objects.bulk_create(nieuw, ignore_conflicts=True)
            onderwerp = (
                f"Stappenplan: {len(regels)} activiteit{'en' if len(regels) != 1 else ''} "
                f"om op te pakken" + (f", waarvan {te_laat} te laat" if te_laat else "")
            )
            send_mail(
                subject=onderwerp,
                message=render_to_string(
                    "stappenplan/traject/email/herinnering.txt",
                    {"eigenaar": eigenaar, "regels": regels, "vandaag": vandaag},
                ),
                from_email=None,
                recipient_list=[eigenaar.email],
            )
        verstuurd += 1
    return verstuurd
