"""Absolute links for mails, PDFs and QR codes.

Where there is a request, a link takes the scheme and host the person is actually using (the
host is checked against ALLOWED_HOSTS first), so a link in a mail or a QR code never points at
a port nobody serves. Without a request (management commands, cron) it takes `SITE_URL`.
"""

from contextvars import ContextVar

from django.conf import settings

_verzoek: ContextVar = ContextVar("verzoek", default=None)


def absolute_url(pad: str) -> str:
    """`pad` (starting with "/") as an absolute URL."""
    verzoek = _verzoek.get()
    if verzoek is not None:
        return verzoek.build_absolute_uri(pad)
    return settings.SITE_URL + pad


class VerzoekMiddleware:
    """Makes the current request known to `absolute_url` for the duration of the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _verzoek.set(request)
        try:
            return self.get_response(request)
        finally:
            _verzoek.reset(token)


def volgende_url(request, standaard: str) -> str:
    """Where to go after a form: the `volgende` parameter when it is a path on this site, else
    `standaard`. Never another host, so the parameter cannot send anyone elsewhere."""
    from django.utils.http import url_has_allowed_host_and_scheme

    volgende = request.POST.get("volgende") or request.GET.get("volgende") or ""
    if volgende.startswith("/") and url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return standaard
