"""Mail to members: every recipient is checked against the membership at the moment of sending.

Somebody removed from a region, whose role changed, or whose account was switched off no
longer gets the region's data by e-mail, however the list of recipients was made earlier.
"""

from django.core.mail import send_mail

from .models import Lidmaatschap


def huidige_leden(*, regio, users, rollen=None) -> list:
    """Those of `users` who are now active members of `regio` (with one of `rollen`)."""
    ids = {u.pk for u in users if u is not None}
    lidmaatschappen = Lidmaatschap.objects.filter(
        regio=regio, user_id__in=ids, user__is_active=True
    )
    if rollen is not None:
        lidmaatschappen = lidmaatschappen.filter(rol__in=list(rollen))
    toegestaan = set(lidmaatschappen.values_list("user_id", flat=True))
    return [u for u in users if u is not None and u.pk in toegestaan]


def is_huidig_lid(*, regio, user, rollen=None) -> bool:
    return bool(huidige_leden(regio=regio, users=[user], rollen=rollen))


def mail_aan_leden(*, regio, users, onderwerp: str, tekst: str, rollen=None) -> list:
    """One e-mail to each current member among `users`; returns those who were sent one."""
    ontvangers = huidige_leden(regio=regio, users=users, rollen=rollen)
    for user in ontvangers:
        send_mail(subject=onderwerp, message=tekst, from_email=None, recipient_list=[user.email])
    return ontvangers
