"""State changes of the analyse area: journeys and their review, partner descriptions,
knelpunten, verbeterpunten and the werkconferentie."""

from datetime import date

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from casemanagement.constants import Rol
from casemanagement.links import absolute_url
from casemanagement.models import Fase, Lidmaatschap, Organisatie, Overgang, Regio

from ..models.analyse import (
    BundelVerzending,
    JourneyOordeel,
    JourneyOvergang,
    JourneyReactie,
    JourneyStap,
    JourneyType,
    Knelpunt,
    KnelpuntStatus,
    Oordeel,
    PartnerBeschrijving,
    PartnerBeschrijvingFase,
    Patientjourney,
    Verbeterpunt,
    VerbeterpuntStatus,
    Voortgang,
    Werkconferentie,
    WerkconferentieUitnodiging,
)
from ..selectors.analyse import journey_onvolledig

# The route of each referral type through the phases (Fase.code), in order.
ROUTES = {
    JourneyType.ZIEKENHUIS: ["acuut", "thuis"],
    JourneyType.REVALIDATIE: ["acuut", "revalidatie", "thuis"],
    JourneyType.THUIS: ["thuis", "participatie"],
}


def _zelfde_regio(regio: Regio, *objecten) -> None:
    for obj in objecten:
        if obj is not None and obj.regio_id != regio.pk:
            raise ValidationError("Dit hoort niet bij deze regio.", code="andere_regio")


def _organisaties_van(regio: Regio, organisaties) -> list[Organisatie]:
    organisaties = list(organisaties or [])
    if any(o.regio_id != regio.pk for o in organisaties):
        raise ValidationError(
            "Kies alleen organisaties uit deze regio.", code="organisatie_andere_regio"
        )
    return organisaties


# Patient journeys -----------------------------------------------------------------------------


@transaction.atomic
def journey_aanmaken(*, regio: Regio, type: str) -> Patientjourney:
    """Create a journey of one referral type with its route; phases start with the organisations
    that the region has recorded as active there."""
    if type not in JourneyType.values:
        raise ValidationError("Onbekende soort verwijzing.", code="onbekend_type")
    if Patientjourney.objects.filter(regio=regio, type=type).exists():
        raise ValidationError("Deze patiëntjourney bestaat al.", code="journey_bestaat")
    route = ROUTES[JourneyType(type)]
    fasen = {f.code: f for f in Fase.objects.filter(code__in=route)}
    if len(fasen) != len(route):
        raise ValidationError("De fasen van deze route ontbreken.", code="fasen_ontbreken")
    journey = Patientjourney.objects.create(regio=regio, type=type)
    for volgorde, code in enumerate(route, start=1):
        stap = JourneyStap.objects.create(journey=journey, fase=fasen[code], volgorde=volgorde)
        stap.organisaties.set(Organisatie.objects.filter(regio=regio, inzet__fase=fasen[code]))
    for volgorde, (van, naar) in enumerate(zip(route, route[1:], strict=False), start=1):
        overgang = Overgang.objects.filter(van_fase=fasen[van], naar_fase=fasen[naar]).first()
        if overgang is None:
            raise ValidationError(
                f"De overgang {fasen[van].korte_naam} → {fasen[naar].korte_naam} ontbreekt.",
                code="overgang_ontbreekt",
            )
        JourneyOvergang.objects.create(journey=journey, overgang=overgang, volgorde=volgorde)
    return journey


@transaction.atomic
def journey_opslaan(
    *, journey: Patientjourney, samenvatting: str, stappen: dict, overgangen: dict
) -> Patientjourney:
    """Save a journey's summary and, per phase (`stappen`: {stap_pk: {...}}) and per
    transition (`overgangen`: {overgang_pk: {...}}), how referral, care and handover work."""
    journey.samenvatting = samenvatting.strip()
    journey.save()
    eigen_stappen = {s.pk: s for s in journey.stappen.all()}
    eigen_overgangen = {o.pk: o for o in journey.overgangen.all()}
    if not set(stappen) <= set(eigen_stappen) or not set(overgangen) <= set(eigen_overgangen):
        raise ValidationError("Dit onderdeel hoort niet bij deze journey.", code="ander_onderdeel")
    for pk, data in stappen.items():
        stap = eigen_stappen[pk]
        organisaties = _organisaties_van(journey.regio, data.get("organisaties"))
        for veld in ("verwijzing", "zorg", "bekende_knelpunten"):
            setattr(stap, veld, (data.get(veld) or "").strip())
        stap.save()
        stap.organisaties.set(organisaties)
    for pk, data in overgangen.items():
        overgang = eigen_overgangen[pk]
        for veld in ("informatie", "verantwoordelijke", "wachttijd", "bekende_knelpunten"):
            setattr(overgang, veld, (data.get(veld) or "").strip())
        overgang.save()
    return journey


@transaction.atomic
def journey_voorleggen(*, journey: Patientjourney, door, op: date | None = None) -> Patientjourney:
    """Put a drafted journey to the patient representatives of the region, recorded with date."""
    journey = (
        Patientjourney.objects.select_for_update()
        .select_related("regio")
        .prefetch_related("stappen__organisaties", "overgangen")
        .get(pk=journey.pk)
    )
    ontbreekt = journey_onvolledig(journey)
    if ontbreekt:
        raise ValidationError(
            "Vul de journey eerst aan: " + "; ".join(ontbreekt) + ".", code="journey_onvolledig"
        )
    journey.voorgelegd_op = op or timezone.localdate()
    journey.voorgelegd_door = door
    journey.save()
    ontvangers = list(
        Lidmaatschap.objects.filter(
            regio=journey.regio, rol=Rol.PATIENTVERTEGENWOORDIGER
        ).values_list("user__email", flat=True)
    )
    if ontvangers:
        send_mail(
            subject=f"Graag uw reactie: patiëntjourney {journey.get_type_display().lower()}",
            message=render_to_string(
                "stappenplan/analyse/email/journey_voorgelegd.txt",
                {
                    "journey": journey,
                    "door": door,
                    "link": absolute_url(journey.get_absolute_url()),
                },
            ),
            from_email=None,
            recipient_list=ontvangers,
        )
    return journey


@transaction.atomic
def reactie_plaatsen(
    *,
    journey: Patientjourney,
    auteur,
    herkenbaar: str,
    wat_gaat_mis: str = "",
    suggestie: str = "",
    stap: JourneyStap | None = None,
    overgang: JourneyOvergang | None = None,
) -> JourneyReactie:
    """A patient representative comments on a phase or a transition of a journey."""
    if (stap is None) == (overgang is None):
        raise ValidationError("Kies één fase of één overgang.", code="onderdeel_kiezen")
    onderdeel = stap or overgang
    if onderdeel.journey_id != journey.pk:
        raise ValidationError("Dit onderdeel hoort niet bij deze journey.", code="ander_onderdeel")
    if not (wat_gaat_mis.strip() or suggestie.strip()) and herkenbaar != "ja":
        raise ValidationError(
            "Beschrijf wat er misgaat of geef een suggestie.", code="reactie_leeg"
        )
    return JourneyReactie.objects.create(
        journey=journey,
        stap=stap,
        overgang=overgang,
        auteur=auteur,
        herkenbaar=herkenbaar,
        wat_gaat_mis=wat_gaat_mis.strip(),
        suggestie=suggestie.strip(),
    )


def reactie_beantwoorden(*, reactie: JourneyReactie, door, antwoord: str) -> JourneyReactie:
    """The coordinator records what was done with a comment; the representatives see it."""
    antwoord = antwoord.strip()
    if not antwoord:
        raise ValidationError("Schrijf wat er met de reactie is gedaan.", code="antwoord_leeg")
    reactie.antwoord = antwoord
    reactie.beantwoord_door = door
    reactie.beantwoord_op = timezone.now()
    reactie.save()
    return reactie


def oordeel_geven(
    *, journey: Patientjourney, auteur, oordeel: str, toelichting: str = ""
) -> JourneyOordeel:
    """A patient representative's overall verdict; given again, it replaces the earlier one."""
    if oordeel not in Oordeel.values:
        raise ValidationError("Kies akkoord of aanpassen nodig.", code="ongeldig_oordeel")
    if oordeel == Oordeel.AANPASSEN and not toelichting.strip():
        raise ValidationError("Licht toe wat er aangepast moet worden.", code="toelichting_nodig")
    uitkomst, _ = JourneyOordeel.objects.update_or_create(
        journey=journey,
        auteur=auteur,
        defaults={"oordeel": oordeel, "toelichting": toelichting.strip()},
    )
    return uitkomst


# Partner descriptions (stap 2) ----------------------------------------------------------------


@transaction.atomic
def beschrijving_opslaan(
    *,
    organisatie: Organisatie,
    door,
    overdracht: str,
    zorg_per_fase: dict[int, str],
    algemeen: str = "",
) -> PartnerBeschrijving:
    """An organisation describes the care it gives per phase and how it hands over."""
    zorg_per_fase = {k: (v or "").strip() for k, v in zorg_per_fase.items()}
    if not any(zorg_per_fase.values()):
        raise ValidationError(
            "Beschrijf voor ten minste één fase welke zorg uw organisatie geeft.",
            code="geen_zorg",
        )
    if not overdracht.strip():
        raise ValidationError("Beschrijf hoe u de zorg overdraagt.", code="geen_overdracht")
    fasen = set(Fase.objects.values_list("pk", flat=True))
    if not set(zorg_per_fase) <= fasen:
        raise ValidationError("Onbekende fase.", code="onbekende_fase")
    beschrijving, _ = PartnerBeschrijving.objects.update_or_create(
        organisatie=organisatie,
        defaults={
            "regio": organisatie.regio,
            "algemeen": algemeen.strip(),
            "overdracht": overdracht.strip(),
            "bijgewerkt_door": door,
        },
    )
    bestaand = {f.fase_id: f for f in beschrijving.fasen.all()}
    for fase_id, zorg in zorg_per_fase.items():
        huidig = bestaand.get(fase_id)
        if zorg and huidig is None:
            PartnerBeschrijvingFase.objects.create(
                beschrijving=beschrijving, fase_id=fase_id, zorg=zorg
            )
        elif zorg and huidig.zorg != zorg:
            huidig.zorg = zorg
            huidig.save()
        elif not zorg and huidig is not None:
            huidig.delete()
    return beschrijving


@transaction.atomic
def bundel_rondsturen(*, regio: Regio, door, nu=None) -> BundelVerzending:
    """Send the bundle of partner descriptions to the implementation team and record it."""
    aantal = PartnerBeschrijving.objects.filter(regio=regio).count()
    if not aantal:
        raise ValidationError(
            "Er zijn nog geen beschrijvingen om rond te sturen.", code="geen_beschrijvingen"
        )
    ontvangers = sorted(
        set(
            Lidmaatschap.objects.filter(
                regio=regio, rol__in=[Rol.TEAMLID, Rol.COORDINATOR]
            ).values_list("user__email", flat=True)
        )
    )
    link = absolute_url(reverse("stappenplan:beschrijvingen_bundel", args=[regio.slug]))
    send_mail(
        subject=f"Zo werken de partners van {regio.naam}: de bundel met beschrijvingen",
        message=render_to_string(
            "stappenplan/analyse/email/bundel.txt",
            {"regio": regio, "door": door, "link": link, "aantal": aantal},
        ),
        from_email=None,
        recipient_list=ontvangers,
    )
    return BundelVerzending.objects.create(
        regio=regio,
        verstuurd_op=nu or timezone.now(),
        verstuurd_door=door,
        aantal_beschrijvingen=aantal,
        ontvangers="\n".join(ontvangers),
    )


# Knelpunten -----------------------------------------------------------------------------------


@transaction.atomic
def knelpunt_opslaan(
    *, regio: Regio, data: dict, organisaties, knelpunt: Knelpunt | None = None
) -> Knelpunt:
    """Create or update a knelpunt. A journey phase, transition or comment as source sets the
    phase or transition it is about."""
    knelpunt = knelpunt or Knelpunt(regio=regio)
    if knelpunt.regio_id != regio.pk:
        raise ValidationError("Dit knelpunt hoort niet bij deze regio.", code="andere_regio")
    for veld, waarde in data.items():
        setattr(knelpunt, veld, waarde)
    for bron in (knelpunt.journey_stap, knelpunt.journey_overgang, knelpunt.reactie):
        if bron is not None:
            _zelfde_regio(regio, bron.journey)
    if knelpunt.reactie is not None and not (knelpunt.journey_stap or knelpunt.journey_overgang):
        knelpunt.journey_stap = knelpunt.reactie.stap
        knelpunt.journey_overgang = knelpunt.reactie.overgang
    if knelpunt.fase is None and knelpunt.overgang is None:
        if knelpunt.journey_stap is not None:
            knelpunt.fase = knelpunt.journey_stap.fase
        elif knelpunt.journey_overgang is not None:
            knelpunt.overgang = knelpunt.journey_overgang.overgang
    if knelpunt.fase is not None and knelpunt.overgang is not None:
        raise ValidationError(
            "Kies een fase óf een overgang, niet allebei.", code="fase_en_overgang"
        )
    if not knelpunt.titel.strip() or not knelpunt.huidige_situatie.strip():
        raise ValidationError(
            "Een knelpunt heeft een titel en een beschrijving van de huidige situatie.",
            code="knelpunt_leeg",
        )
    knelpunt.save()
    knelpunt.organisaties.set(_organisaties_van(regio, organisaties))
    return knelpunt


def knelpunt_verwijderen(*, knelpunt: Knelpunt) -> None:
    """Remove a knelpunt recorded by mistake; one with verbeterpunten stays (set its status)."""
    if knelpunt.verbeterpunten.exists():
        raise ValidationError(
            "Dit knelpunt heeft verbeterpunten en blijft bewaard. Zet de status op "
            "'niet opgepakt' of 'opgelost'.",
            code="knelpunt_heeft_verbeterpunten",
        )
    knelpunt.delete()


def clientperspectief_opslaan(*, knelpunt: Knelpunt, tekst: str) -> Knelpunt:
    """Patient representatives add what the knelpunt means for clients and naasten."""
    tekst = tekst.strip()
    if not tekst:
        raise ValidationError(
            "Beschrijf wat het knelpunt betekent voor cliënten en naasten.",
            code="perspectief_leeg",
        )
    knelpunt.clientperspectief = tekst
    knelpunt.save(update_fields=["clientperspectief"])
    return knelpunt


# Verbeterpunten and SMARTI goals --------------------------------------------------------------


@transaction.atomic
def verbeterpunt_opslaan(
    *, regio: Regio, data: dict, verbeterpunt: Verbeterpunt | None = None
) -> Verbeterpunt:
    """Create or update a verbeterpunt with its SMARTI goal. Its knelpunt counts as taken up."""
    verbeterpunt = verbeterpunt or Verbeterpunt(regio=regio)
    if verbeterpunt.regio_id != regio.pk:
        raise ValidationError("Dit doel hoort niet bij deze regio.", code="andere_regio")
    for veld, waarde in data.items():
        setattr(verbeterpunt, veld, waarde)
    _zelfde_regio(regio, verbeterpunt.knelpunt)
    if (
        verbeterpunt.verantwoordelijke_id
        and not Lidmaatschap.objects.filter(
            regio=regio, user_id=verbeterpunt.verantwoordelijke_id
        ).exists()
    ):
        raise ValidationError(
            "De verantwoordelijke moet lid zijn van de regio.", code="verantwoordelijke_geen_lid"
        )
    if not verbeterpunt.wat_verbetert.strip():
        raise ValidationError(
            "Beschrijf wat er verbetert voor patiënten en naasten.", code="wat_verbetert_leeg"
        )
    verbeterpunt.save()
    knelpunt = verbeterpunt.knelpunt
    if knelpunt.status in (KnelpuntStatus.OPEN, KnelpuntStatus.NIET_OPGEPAKT):
        knelpunt.status = KnelpuntStatus.OPGEPAKT
        knelpunt.save(update_fields=["status"])
    return verbeterpunt


def voortgang_toevoegen(
    *,
    verbeterpunt: Verbeterpunt,
    auteur,
    datum: date,
    tekst: str,
    is_evaluatie: bool = False,
    status: str | None = None,
) -> Voortgang:
    """A dated progress update; it may change the goal's status at the same time."""
    if not tekst.strip():
        raise ValidationError("Beschrijf de voortgang.", code="voortgang_leeg")
    if datum > timezone.localdate():
        raise ValidationError("De datum ligt in de toekomst.", code="datum_in_toekomst")
    with transaction.atomic():
        voortgang = Voortgang.objects.create(
            verbeterpunt=verbeterpunt,
            datum=datum,
            tekst=tekst.strip(),
            is_evaluatie=is_evaluatie,
            auteur=auteur,
        )
        if status and status != verbeterpunt.status:
            if status not in VerbeterpuntStatus.values:
                raise ValidationError("Onbekende status.", code="ongeldige_status")
            verbeterpunt.status = status
            verbeterpunt.save(update_fields=["status"])
    return voortgang


# Werkconferentie ------------------------------------------------------------------------------


@transaction.atomic
def werkconferentie_opslaan(
    *,
    regio: Regio,
    data: dict,
    verbeterpunten,
    uitnodigingen: list[dict],
    werkconferentie: Werkconferentie | None = None,
) -> Werkconferentie:
    """Save the werkconferentie with who invites whom (`uitnodigingen`: dicts with teamlid,
    partners, aantal_uitgenodigd, aantal_aanwezig) and the verbeterpunten it yielded."""
    werkconferentie = werkconferentie or Werkconferentie(regio=regio)
    if werkconferentie.regio_id != regio.pk:
        raise ValidationError(
            "Deze werkconferentie hoort niet bij deze regio.", code="andere_regio"
        )
    verbeterpunten = list(verbeterpunten or [])
    for vp in verbeterpunten:
        _zelfde_regio(regio, vp)
    leden = set(
        Lidmaatschap.objects.filter(
            regio=regio, rol__in=[Rol.TEAMLID, Rol.COORDINATOR]
        ).values_list("user_id", flat=True)
    )
    for u in uitnodigingen:
        if u["teamlid"].pk not in leden:
            raise ValidationError(
                f"{u['teamlid']} zit niet in het implementatieteam.", code="geen_teamlid"
            )
        if u.get("aantal_aanwezig") is not None and u["aantal_aanwezig"] > max(
            u.get("aantal_uitgenodigd") or 0, 0
        ):
            raise ValidationError(
                "Er kunnen niet meer mensen aanwezig zijn dan er zijn uitgenodigd.",
                code="meer_aanwezig_dan_uitgenodigd",
            )
    for veld, waarde in data.items():
        setattr(werkconferentie, veld, waarde)
    werkconferentie.save()
    werkconferentie.verbeterpunten.set(verbeterpunten)
    werkconferentie.uitnodigingen.all().delete()
    for u in uitnodigingen:
        WerkconferentieUitnodiging.objects.create(
            werkconferentie=werkconferentie,
            teamlid=u["teamlid"],
            partners=u["partners"].strip(),
            aantal_uitgenodigd=u.get("aantal_uitgenodigd") or 0,
            aantal_aanwezig=u.get("aantal_aanwezig"),
        )
    return werkconferentie
