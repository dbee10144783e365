"""State changes of the verwijskaart: the draft, publishing, distribution and reminders."""

import hashlib
import logging
from datetime import date, datetime

import segno
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from casemanagement.constants import Rol
from casemanagement.mail import mail_aan_leden
from casemanagement.models import Lidmaatschap, Organisatie, Regio
from casemanagement.pdf import render_pdf

from . import regels, selectors
from .constants import HerinneringSoort, Onverifieerd
from .models import Herinnering, Ontvanger, Versie, Verwijskaart, Verwijzing, Verzending

logger = logging.getLogger(__name__)

VERWIJZING_VELDEN = [
    "fase",
    "behoefte",
    "organisatie",
    "discipline",
    "waarvoor",
    "inclusiecriteria",
    "exclusiecriteria",
    "wijze",
    "wijze_toelichting",
    "contact_naam",
    "telefoon",
    "email",
    "website",
    "reactietermijn",
    "eigenaar",
    "controle_interval_maanden",
]


def publieke_url(regio: Regio) -> str:
    return settings.SITE_URL + reverse("verwijskaart_publiek:kaart", kwargs={"slug": regio.slug})


def kaart_voor(regio: Regio) -> Verwijskaart:
    kaart, _ = Verwijskaart.objects.get_or_create(regio=regio)
    return kaart


def _vereis_lid(regio: Regio, user, veld: str) -> None:
    if user is not None and not Lidmaatschap.objects.filter(regio=regio, user=user).exists():
        raise ValidationError(
            {
                veld: ValidationError(
                    "Kies iemand die lid is van deze regio.", code="geen_lid_van_regio"
                )
            }
        )


def verwijzing_opslaan(
    *, regio: Regio, data: dict, verwijzing: Verwijzing | None = None
) -> Verwijzing:
    """Create or update an entry of the draft. Editing is not verifying: that is its own act."""
    kaart = kaart_voor(regio)
    verwijzing = verwijzing or Verwijzing(kaart=kaart)
    if verwijzing.kaart_id != kaart.pk:
        raise ValidationError("Deze vermelding hoort niet bij deze regio.", code="andere_regio")
    organisatie = data.get("organisatie")
    if organisatie is not None and organisatie.regio_id != regio.pk:
        raise ValidationError(
            {
                "organisatie": ValidationError(
                    "Deze organisatie hoort niet bij deze regio.", code="andere_regio"
                )
            }
        )
    _vereis_lid(regio, data.get("eigenaar"), "eigenaar")
    if organisatie is None and not (data.get("discipline") or "").strip():
        raise ValidationError(
            "Vul een organisatie of een discipline in: waar verwijst u naartoe?",
            code="geen_organisatie_of_discipline",
        )
    for veld in VERWIJZING_VELDEN:
        if veld in data:
            setattr(verwijzing, veld, data[veld])
    if verwijzing.pk is None:
        laatste = kaart.verwijzingen.order_by("-volgorde").values_list("volgorde", flat=True)
        verwijzing.volgorde = (laatste.first() or 0) + 1
    verwijzing.full_clean()
    verwijzing.save()
    return verwijzing


def verwijzing_verwijderen(*, verwijzing: Verwijzing) -> None:
    verwijzing.delete()


def verwijzing_geverifieerd(*, verwijzing: Verwijzing, door, op: date | None = None) -> Verwijzing:
    """Record that `door` checked the entry's details today (or on `op`)."""
    op = op or timezone.localdate()
    if op > timezone.localdate():
        raise ValidationError("Een controle kan niet in de toekomst liggen.", code="toekomst")
    verwijzing.geverifieerd_op = op
    verwijzing.geverifieerd_door = door
    verwijzing.save(update_fields=["geverifieerd_op", "geverifieerd_door", "updated_at"])
    return verwijzing


def momentopname(verwijzing: Verwijzing, *, gemarkeerd: bool) -> dict:
    """The frozen form of an entry in a published version (no member names: it is public)."""
    return {
        "id": verwijzing.pk,
        "fase_id": verwijzing.fase_id,
        "fase": verwijzing.fase.naam,
        "behoefte": verwijzing.behoefte,
        "naam": verwijzing.naam,
        "organisatie": verwijzing.organisatie.naam if verwijzing.organisatie_id else "",
        "discipline": verwijzing.discipline,
        "waarvoor": verwijzing.waarvoor,
        "inclusiecriteria": verwijzing.inclusiecriteria,
        "exclusiecriteria": verwijzing.exclusiecriteria,
        "wijze": verwijzing.get_wijze_display(),
        "wijze_toelichting": verwijzing.wijze_toelichting,
        "contact_naam": verwijzing.contact_naam,
        "telefoon": verwijzing.telefoon,
        "email": verwijzing.email,
        "website": verwijzing.website,
        "reactietermijn": verwijzing.reactietermijn,
        "geverifieerd_op": verwijzing.geverifieerd_op.isoformat()
        if verwijzing.geverifieerd_op
        else "",
        "gemarkeerd": gemarkeerd,
    }


def pdf_context(versie: Versie) -> dict:
    regio = versie.kaart.regio
    url = publieke_url(regio)
    qr = segno.make(url, error="m")
    return {
        "titel": f"Verwijskaart {regio.naam}",
        "regio": regio,
        "versie": versie,
        "groepen": regels.groepeer(versie.vermeldingen),
        "publieke_url": url,
        "qr": qr.svg_data_uri(scale=3, border=2, dark="#000"),
    }


def render_versie_pdf(versie: Versie) -> bytes:
    with translation.override(settings.LANGUAGE_CODE):
        return render_pdf("verwijskaart/pdf/verwijskaart.html", pdf_context(versie))


@transaction.atomic
def publiceren(
    *,
    regio: Regio,
    door,
    volgende_herziening: date,
    verantwoordelijke,
    onverifieerd: str = Onverifieerd.MARKEREN,
    toelichting: str = "",
    inleiding: str | None = None,
    nu: datetime | None = None,
) -> Versie:
    """Freeze the draft as the next version, render its PDF once and supersede the previous one.

    The map row is locked, so two coordinators publishing at once get consecutive numbers;
    the unique constraint on (kaart, nummer) guards the same rule in the database.
    """
    nu = nu or timezone.now()
    dag = timezone.localdate(nu)
    kaart = Verwijskaart.objects.select_for_update().get(pk=kaart_voor(regio).pk)
    if volgende_herziening <= dag:
        raise ValidationError(
            {
                "volgende_herziening": ValidationError(
                    "Kies een herziening na de publicatiedatum.", code="herziening_niet_in_toekomst"
                )
            }
        )
    if verantwoordelijke is None:
        raise ValidationError(
            {
                "verantwoordelijke": ValidationError(
                    "Kies wie verantwoordelijk is voor de herziening.",
                    code="geen_verantwoordelijke",
                )
            }
        )
    _vereis_lid(regio, verantwoordelijke, "verantwoordelijke")
    if onverifieerd not in Onverifieerd.values:
        raise ValidationError(
            "Kies wat er met niet geverifieerde vermeldingen gebeurt.", code="keuze"
        )
    if inleiding is not None:
        kaart.inleiding = inleiding
        kaart.save(update_fields=["inleiding"])

    vermeldingen = []
    for verwijzing in Verwijzing.objects.filter(kaart=kaart).select_related("fase", "organisatie"):
        te_laat = regels.controle_te_laat(
            verwijzing.geverifieerd_op, verwijzing.controle_interval_maanden, dag
        )
        if te_laat and onverifieerd == Onverifieerd.WEGLATEN:
            continue
        vermeldingen.append(
            momentopname(verwijzing, gemarkeerd=te_laat and onverifieerd == Onverifieerd.MARKEREN)
        )
    if not vermeldingen:
        raise ValidationError(
            "Er is niets om te publiceren: de verwijskaart heeft geen vermeldingen.",
            code="leeg_concept",
        )

    vorige = Versie.objects.filter(kaart=kaart).order_by("-nummer").defer("pdf").first()
    versie = Versie(
        kaart=kaart,
        nummer=(vorige.nummer if vorige else 0) + 1,
        gepubliceerd_op=nu,
        gepubliceerd_door=door,
        volgende_herziening=volgende_herziening,
        verantwoordelijke=verantwoordelijke,
        toelichting=toelichting,
        onverifieerd=onverifieerd,
        inleiding=kaart.inleiding,
        vermeldingen=vermeldingen,
    )
    versie.pdf = render_versie_pdf(versie)
    versie.pdf_sha256 = hashlib.sha256(versie.pdf).hexdigest()
    versie.save()
    Versie.objects.filter(kaart=kaart, vervangen_op=None).exclude(pk=versie.pk).update(
        vervangen_op=nu
    )
    return versie


def ontvanger_toevoegen(
    *, regio: Regio, organisatie: Organisatie | None = None, email: str = "", naam: str = ""
) -> Ontvanger:
    kaart = kaart_voor(regio)
    if organisatie is not None and organisatie.regio_id != regio.pk:
        raise ValidationError("Deze organisatie hoort niet bij deze regio.", code="andere_regio")
    email = (email or (organisatie.email if organisatie else "")).strip().lower()
    if not email:
        raise ValidationError(
            "Vul een e-mailadres in; deze organisatie heeft geen e-mailadres.", code="geen_email"
        )
    if Ontvanger.objects.filter(kaart=kaart, email__iexact=email).exists():
        raise ValidationError(f"{email} staat al op de verzendlijst.", code="ontvanger_bestaat_al")
    ontvanger = Ontvanger(
        kaart=kaart,
        organisatie=organisatie,
        email=email,
        naam=naam or (organisatie.naam if organisatie else ""),
    )
    ontvanger.full_clean()
    ontvanger.save()
    return ontvanger


def ontvanger_verwijderen(*, ontvanger: Ontvanger) -> None:
    ontvanger.delete()


@transaction.atomic
def versie_versturen(*, regio: Regio, door) -> list[Verzending]:
    """E-mail the current version (link and PDF) to everyone on the list who lacks it.

    Only successful sends are logged, so whoever was missed shows as 'nog niet' and gets it
    with the next action.
    """
    versie = selectors.actuele_versie(regio, met_inhoud=True)
    if versie is None:
        raise ValidationError("Publiceer eerst een versie.", code="niet_gepubliceerd")
    versie = Versie.objects.select_for_update().get(pk=versie.pk)
    al_verstuurd = set(versie.verzendingen.values_list("email", flat=True))
    ontvangers = [
        o for o in Ontvanger.objects.filter(kaart=versie.kaart_id) if o.email not in al_verstuurd
    ]
    if not ontvangers:
        raise ValidationError(
            "Iedereen op de verzendlijst heeft deze versie al ontvangen.",
            code="niemand_te_versturen",
        )
    context = {
        "regio": regio,
        "versie": versie,
        "publieke_url": publieke_url(regio),
        "door": door,
    }
    onderwerp = f"Verwijskaart {regio.naam}, versie {versie.nummer}"
    with translation.override(settings.LANGUAGE_CODE):
        tekst = render_to_string("verwijskaart/email/versie.txt", context)
    bestandsnaam = f"verwijskaart-{regio.slug}-versie-{versie.nummer}.pdf"
    verzendingen = []
    nu = timezone.now()
    for ontvanger in ontvangers:
        bericht = EmailMessage(subject=onderwerp, body=tekst, to=[ontvanger.email])
        bericht.attach(bestandsnaam, bytes(versie.pdf), "application/pdf")
        try:
            bericht.send()
        except Exception:  # noqa: BLE001 - one failing address must not stop the others
            logger.exception("Verwijskaart niet verstuurd aan %s", ontvanger.email)
            continue
        verzendingen.append(
            Verzending.objects.create(
                versie=versie,
                ontvanger=ontvanger,
                naam=ontvanger.naam,
                email=ontvanger.email,
                verzonden_op=nu,
                verzonden_door=door,
            )
        )
    if not verzendingen:
        raise ValidationError(
            "Versturen is mislukt. Probeer het later opnieuw of controleer de e-mailadressen.",
            code="versturen_mislukt",
        )
    return verzendingen


# Who may be reminded of work on the map: those whose role lets them change it.
BEWERKERS = (Rol.COORDINATOR, Rol.TEAMLID)


def _coordinatoren(regio_ids) -> dict[int, list]:
    uitkomst: dict[int, list] = {}
    for lid in Lidmaatschap.objects.filter(
        regio_id__in=regio_ids, rol=Rol.COORDINATOR
    ).select_related("user"):
        uitkomst.setdefault(lid.regio_id, []).append(lid.user)
    return uitkomst


@transaction.atomic
def herinneringen_versturen(*, vandaag: date | None = None) -> list[Herinnering]:
    """Mail owners of due entries, and the coordinators and responsible when a map is due.

    Each person gets a reminder of each kind per region at most once a week
    (selectors.HERHAAL_NA_DAGEN); running the command twice on a day sends nothing new.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return _herinneringen_versturen(vandaag or timezone.localdate())


def _herinneringen_versturen(vandaag: date) -> list[Herinnering]:
    verstuurd = selectors.herinneringen_verstuurd(vandaag)
    herinneringen = []

    per_eigenaar: dict[tuple, list[Verwijzing]] = {}
    for verwijzing in selectors.te_controleren(vandaag):
        regio = verwijzing.kaart.regio
        per_eigenaar.setdefault((regio, verwijzing.eigenaar), []).append(verwijzing)
    for (regio, eigenaar), verwijzingen in per_eigenaar.items():
        if (regio.pk, eigenaar.pk, HerinneringSoort.VERMELDINGEN) in verstuurd:
            continue
        url = settings.SITE_URL + reverse("verwijskaart:concept", kwargs={"slug": regio.slug})
        if not mail_aan_leden(
            regio=regio,
            users=[eigenaar],
            rollen=BEWERKERS,
            onderwerp=f"Verwijskaart {regio.naam}: {len(verwijzingen)} vermelding(en) controleren",
            tekst=render_to_string(
                "verwijskaart/email/herinnering_vermeldingen.txt",
                {"regio": regio, "eigenaar": eigenaar, "verwijzingen": verwijzingen, "url": url},
            ),
        ):
            continue
        herinneringen.append(
            Herinnering.objects.create(
                regio=regio,
                user=eigenaar,
                soort=HerinneringSoort.VERMELDINGEN,
                datum=vandaag,
                aantal=len(verwijzingen),
            )
        )

    versies = selectors.herziening_nodig(vandaag)
    coordinatoren = _coordinatoren([v.kaart.regio_id for v in versies])
    for versie in versies:
        regio = versie.kaart.regio
        ontvangers = {u.pk: u for u in coordinatoren.get(regio.pk, [])}
        if versie.verantwoordelijke is not None:
            ontvangers[versie.verantwoordelijke.pk] = versie.verantwoordelijke
        url = settings.SITE_URL + reverse("verwijskaart:index", kwargs={"slug": regio.slug})
        for user in ontvangers.values():
            if (regio.pk, user.pk, HerinneringSoort.HERZIENING) in verstuurd:
                continue
            if not mail_aan_leden(
                regio=regio,
                users=[user],
                rollen=BEWERKERS,
                onderwerp=f"Verwijskaart {regio.naam}: tijd voor de herziening",
                tekst=render_to_string(
                    "verwijskaart/email/herinnering_herziening.txt",
                    {"regio": regio, "versie": versie, "user": user, "url": url},
                ),
            ):
                continue
            herinneringen.append(
                Herinnering.objects.create(
                    regio=regio, user=user, soort=HerinneringSoort.HERZIENING, datum=vandaag
                )
            )
    return herinneringen
