"""How django-axes recognises who is guessing passwords, and from where.

A lockout holds for one combination of account and client address (see
`AXES_LOCKOUT_PARAMETERS`): somebody elsewhere cannot lock the coordinator out,
and the coordinator's own office is not locked out by one colleague's typos.
"""

import ipaddress

from django.conf import settings


def gebruikersnaam(request, credentials) -> str:
    """The e-mail address as submitted, normalised the way logging in compares it."""
    waarde = (credentials or {}).get("username") or request.POST.get("username") or ""
    return waarde.strip().lower()


def clientadres(request) -> str:
    """The client's address.

    Without a reverse proxy (`PROXY_AANTAL=0`) it is the connection's address. Behind
    n trusted proxies, each of which appends the address it received the request from to
    `X-Forwarded-For`, the client is the n-th address from the right; anything further
    left was written by the client itself and is not trusted. A missing or malformed
    header falls back to the connection's address.
    """
    verbinding = request.META.get("REMOTE_ADDR", "")
    aantal = settings.PROXY_AANTAL
    if not aantal:
        return verbinding
    keten = [deel.strip() for deel in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    keten = [deel for deel in keten if deel]
    if len(keten) < aantal:
        return verbinding
    kandidaat = keten[-aantal]
    try:
        return str(ipaddress.ip_address(kandidaat))
    except ValueError:
        return verbinding
