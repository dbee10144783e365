"""State changes of the shared model: organisations, their phases, members and invitations."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .constants import Rol
from .links import absolute_url
from .models import Fase, Lidmaatschap, Organisatie, OrganisatieFase, Regio, Uitnodiging

User = get_user_model()

UITNODIGING_SALT = "casemanagement.uitnodiging"


@transaction.atomic
def organisatie_opslaan(
    *, regio: Regio, data: dict, inzet: dict[int, str], organisatie: Organisatie | None = None
) -> Organisatie:
    """Create or update an organisation and what it does per phase.

    `inzet` maps a Fase id to a description; an empty description means not active there.
    """
    organisatie = organisatie or Organisatie(regio=regio)
    if organisatie.regio_id != regio.pk:
        raise ValidationError("Deze organisatie hoort niet bij deze regio.", code="andere_regio")
    for veld, waarde in data.items():
        setattr(organisatie, veld, waarde)
    organisatie.full_clean()
    try:
        with transaction.atomic():
            organisatie.save()
    except IntegrityError as exc:
        # Somebody saved the same name at the same moment, after the check above.
        raise ValidationError(
            {"naam": "Er is in deze regio al een organisatie met deze naam."},
            code="naam_bestaat",
        ) from exc
    inzet_opslaan(organisatie=organisatie, inzet=inzet)
    return organisatie


def inzet_opslaan(*, organisatie: Organisatie, inzet: dict[int, str]) -> None:
    bestaand = {i.fase_id: i for i in organisatie.inzet.all()}
    fasen = set(Fase.objects.values_list("pk", flat=True))
    for fase_id, omschrijving in inzet.items():
        if fase_id not in fasen:
            raise ValidationError("Onbekende fase.", code="onbekende_fase")
        omschrijving = (omschrijving or "").strip()
        huidig = bestaand.get(fase_id)
        if omschrijving and huidig is None:
            OrganisatieFase.objects.create(
                organisatie=organisatie, fase_id=fase_id, omschrijving=omschrijving
            )
        elif omschrijving and huidig.omschrijving != omschrijving:
            huidig.omschrijving = omschrijving
            huidig.save(update_fields=["omschrijving"])
        elif not omschrijving and huidig is not None:
            huidig.delete()


def organisatie_verwijzingen(organisatie: Organisatie) -> list[str]:
    """Everything that refers to the organisation, in words ("2 lidmaatschappen").

    Walks every relation to Organisatie, so a new app's reference counts without a change
    here. Its own phase descriptions and the history do not count: they go with it.
    """
    from simple_history.models import HistoricalChanges

    regels = []
    for rel in Organisatie._meta.get_fields(include_hidden=True):
        if not (rel.is_relation and rel.auto_created and not rel.concrete):
            continue
        model = rel.related_model
        if model is OrganisatieFase or model._meta.auto_created:
            continue
        if issubclass(model, HistoricalChanges):
            continue
        aantal = model._default_manager.filter(**{rel.field.name: organisatie}).count()
        if aantal:
            naam = model._meta.verbose_name if aantal == 1 else model._meta.verbose_name_plural
            regels.append(f"{aantal} {naam}")
    return regels


@transaction.atomic
def organisatie_verwijderen(*, organisatie: Organisatie) -> None:
    """Delete an organisation nothing refers to; one that is referred to is archived instead."""
    organisatie = Organisatie.objects.select_for_update().get(pk=organisatie.pk)
    if gebruik := organisatie_verwijzingen(organisatie):
        raise ValidationError(
            f"{organisatie.naam} wordt nog gebruikt ({', '.join(gebruik)}). "
            "Archiveer de organisatie in plaats van haar te verwijderen.",
            code="in_gebruik",
        )
    organisatie.delete()


def organisatie_archiveren(*, organisatie: Organisatie) -> None:
    """Hide an organisation from new choices; everything that used it keeps it."""
    if organisatie.gearchiveerd_op is None:
        organisatie.gearchiveerd_op = timezone.now()
        organisatie.save(update_fields=["gearchiveerd_op"])


def organisatie_terughalen(*, organisatie: Organisatie) -> None:
    """Undo the archiving: the organisation can be chosen again."""
    if organisatie.gearchiveerd_op is not None:
        organisatie.gearchiveerd_op = None
        organisatie.save(update_fields=["gearchiveerd_op"])


def uitnodiging_intrekken(*, uitnodiging: Uitnodiging) -> None:
    """Withdraw an open invitation: its link stops working (it names no invitation any more)."""
    if uitnodiging.geaccepteerd_op is not None:
        raise ValidationError("Deze uitnodiging is al geaccepteerd.", code="al_geaccepteerd")
    uitnodiging.delete()


def _link_voor(uitnodiging: Uitnodiging) -> str:
    token = signing.dumps(
        {"u": uitnodiging.pk, "e": uitnodiging.email}, salt=UITNODIGING_SALT, compress=True
    )
    return absolute_url(reverse("uitnodiging", kwargs={"token": token}))


@transaction.atomic
def uitnodigen(
    *,
    regio: Regio,
    email: str,
    rol: str,
    door,
    naam: str = "",
    organisatie: Organisatie | None = None,
) -> Uitnodiging:
    """Invite someone to the region with a role and e-mail them a single-use link."""
    email = email.strip().lower()
    if rol not in Rol.values:
        raise ValidationError("Kies een geldige rol.", code="ongeldige_rol")
    if organisatie is not None and organisatie.regio_id != regio.pk:
        raise ValidationError("Deze organisatie hoort niet bij deze regio.", code="andere_regio")
    if Lidmaatschap.objects.filter(regio=regio, user__email__iexact=email).exists():
        raise ValidationError(
            "Deze persoon is al lid van de regio. Wijzig de rol bij de leden.", code="al_lid"
        )
    uitnodiging = Uitnodiging.objects.create(
        regio=regio,
        email=email,
        naam=naam,
        rol=rol,
        organisatie=organisatie,
        uitgenodigd_door=door,
    )
    context = {
        "uitnodiging": uitnodiging,
        "link": _link_voor(uitnodiging),
        "dagen": settings.UITNODIGING_GELDIG_DAGEN,
        "door": door,
    }
    send_mail(
        subject=f"Uitnodiging: {regio.naam}",
        message=render_to_string("casemanagement/email/uitnodiging.txt", context),
        from_email=None,
        recipient_list=[email],
    )
    return uitnodiging


class OngeldigeUitnodiging(Exception):
    def __init__(self, melding: str, code: str):
        super().__init__(melding)
        self.melding = melding
        self.code = code


def uitnodiging_uit_token(token: str) -> Uitnodiging:
    """The open invitation behind a link; raises OngeldigeUitnodiging with a Dutch reason."""
    max_age = settings.UITNODIGING_GELDIG_DAGEN * 24 * 60 * 60
    try:
        data = signing.loads(token, salt=UITNODIGING_SALT, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise OngeldigeUitnodiging(
            "Deze uitnodiging is verlopen. Vraag de coördinator om een nieuwe.", "verlopen"
        ) from exc
    except signing.BadSignature as exc:
        raise OngeldigeUitnodiging("Deze link is niet geldig.", "ongeldig") from exc
    uitnodiging = (
        Uitnodiging.objects.select_related("regio", "organisatie")
        .filter(pk=data.get("u"), email=data.get("e"))
        .first()
    )
    if uitnodiging is None:
        raise OngeldigeUitnodiging("Deze uitnodiging is ingetrokken.", "ingetrokken")
    if uitnodiging.geaccepteerd_op is not None:
        raise OngeldigeUitnodiging(
            "Deze uitnodiging is al gebruikt. Log in met uw e-mailadres.", "gebruikt"
        )
    return uitnodiging


@dataclass
class Acceptatie:
    user: object
    lidmaatschap: Lidmaatschap


@transaction.atomic
def uitnodiging_accepteren(*, token: str, wachtwoord: str | None = None, naam: str = "", user=None):
    """Accept an invitation once: create the account (or use the logged-in one) and the membership."""
    uitnodiging = uitnodiging_uit_token(token)
    uitnodiging = Uitnodiging.objects.select_for_update().get(pk=uitnodiging.pk)
    if uitnodiging.geaccepteerd_op is not None:
        raise OngeldigeUitnodiging("Deze uitnodiging is al gebruikt.", "gebruikt")
    bestaand = User.objects.filter(email__iexact=uitnodiging.email).first()
    if bestaand is not None:
        if user is None or user.pk != bestaand.pk:
            raise OngeldigeUitnodiging(
                "Er bestaat al een account met dit e-mailadres. Log eerst in.", "inloggen"
            )
        user = bestaand
    else:
        if not wachtwoord:
            raise OngeldigeUitnodiging("Kies een wachtwoord.", "wachtwoord")
        user = User.objects.create_user(
            email=uitnodiging.email, password=wachtwoord, naam=naam or uitnodiging.naam
        )
    lidmaatschap, _ = Lidmaatschap.objects.get_or_create(
        user=user,
        regio=uitnodiging.regio,
        defaults={"rol": uitnodiging.rol, "organisatie": uitnodiging.organisatie},
    )
    uitnodiging.geaccepteerd_op = timezone.now()
    uitnodiging.save(update_fields=["geaccepteerd_op"])
    return Acceptatie(user=user, lidmaatschap=lidmaatschap)


def lidmaatschap_wijzigen(*, lidmaatschap: Lidmaatschap, rol: str, organisatie, door) -> None:
    if organisatie is not None and organisatie.regio_id != lidmaatschap.regio_id:
        raise ValidationError("Deze organisatie hoort niet bij deze regio.", code="andere_regio")
    if lidmaatschap.user_id == door.pk and rol != Rol.COORDINATOR:
        _vereis_andere_coordinator(lidmaatschap)
    lidmaatschap.rol = rol
    lidmaatschap.organisatie = organisatie
    lidmaatschap.full_clean()
    lidmaatschap.save()


def lidmaatschap_beeindigen(*, lidmaatschap: Lidmaatschap) -> None:
    if lidmaatschap.rol == Rol.COORDINATOR:
        _vereis_andere_coordinator(lidmaatschap)
    lidmaatschap.delete()


def _vereis_andere_coordinator(lidmaatschap: Lidmaatschap) -> None:
    andere = Lidmaatschap.objects.filter(regio=lidmaatschap.regio_id, rol=Rol.COORDINATOR).exclude(
        pk=lidmaatschap.pk
    )
    if not andere.exists():
        raise ValidationError(
            "Een regio heeft altijd minstens één coördinator.", code="laatste_coordinator"
        )
