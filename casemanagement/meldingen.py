"""Tell members in the app, and by e-mail where they want it, that something concerns them."""

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Lidmaatschap, Melding, Regio


def melden(*, regio: Regio, tekst: str, url: str, aan=(), rollen=(), behalve=None) -> list[Melding]:
    """A notification for the active members of `regio` among `aan` or with one of `rollen`,
    except `behalve` (who caused it). Members who keep `meldingen_per_email` on also get it
    by e-mail, once the change is saved."""
    leden = Lidmaatschap.objects.filter(regio=regio, user__is_active=True).filter(
        Q(user__in=[u.pk for u in aan if u is not None]) | Q(rol__in=list(rollen))
    )
    if behalve is not None:
        leden = leden.exclude(user=behalve)
    leden = list(leden.select_related("user").order_by("user__email"))
    meldingen = Melding.objects.bulk_create(
        [Melding(user=lm.user, regio=regio, tekst=tekst, url=url) for lm in leden]
    )
    per_email = [lm.user.email for lm in leden if lm.meldingen_per_email and lm.user.email]
    if per_email:
        link = settings.SITE_URL + url
        bericht = render_to_string(
            "casemanagement/email/melding.txt", {"regio": regio, "tekst": tekst, "link": link}
        )

        def versturen():
            for email in per_email:
                send_mail(
                    subject=f"{tekst} ({regio.naam})",
                    message=bericht,
                    from_email=None,
                    recipient_list=[email],
                )

        transaction.on_commit(versturen)
    return meldingen


def ongelezen(user) -> list[Melding]:
    return list(Melding.objects.filter(user=user, gelezen_op=None).select_related("regio")[:20])


def melding_gelezen(*, melding: Melding) -> None:
    if melding.gelezen_op is None:
        melding.gelezen_op = timezone.now()
        melding.save(update_fields=["gelezen_op"])


def voorkeur_opslaan(*, lidmaatschap: Lidmaatschap, per_email: bool) -> None:
    lidmaatschap.meldingen_per_email = per_email
    lidmaatschap.save(update_fields=["meldingen_per_email"])
