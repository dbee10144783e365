"""The one WeasyPrint helper: renders a template to a tagged PDF (PDF/UA-1).

WeasyPrint is imported lazily (it loads Pango). Only our own static files and data:
URLs are fetched; file:// and anything on the network are refused, so a PDF never
leaks a request or a local file.

A static URL is resolved the way the site serves it: through the static files storage,
which in production holds the collected files under their hashed names
(`css/pdf.<hash>.css`), and, when nothing has been collected (development, tests),
through the static file finders.
"""

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

PDF_BASE_URL = "https://pdf.invalid/"


def statisch_bestand(url: str) -> bytes | None:
    """The bytes of the static file that `url` (as resolved against `PDF_BASE_URL`) points
    to, or None when it is not one of our static files."""
    if not url.startswith(PDF_BASE_URL):
        return None
    pad = urlsplit(url).path
    if not pad.startswith(settings.STATIC_URL):
        return None
    naam = unquote(pad.removeprefix(settings.STATIC_URL))
    try:
        if staticfiles_storage.exists(naam):
            with staticfiles_storage.open(naam) as f:
                return f.read()
        gevonden = finders.find(naam)
    except SuspiciousFileOperation:
        return None
    if not gevonden:
        return None
    with open(gevonden, "rb") as f:
        return f.read()


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LokaleFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            inhoud = statisch_bestand(url)
            if inhoud is None:
                raise ValueError(f"Bron niet toegestaan in een PDF: {url}")
            mime = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
            return URLFetcherResponse(url, inhoud, {"Content-Type": mime})

    return LokaleFetcher


def render_pdf(template: str, context: dict) -> bytes:
    """Render `template` (extending pdf/base.html) to PDF bytes."""
    from weasyprint import HTML

    html = render_to_string(template, context)
    return HTML(string=html, base_url=PDF_BASE_URL, url_fetcher=_fetcher_class()()).write_pdf(
        pdf_variant="pdf/ua-1"
    )


def pdf_response(inhoud: bytes, bestandsnaam: str, *, inline: bool = False) -> HttpResponse:
    naam = slugify(bestandsnaam.removesuffix(".pdf")) + ".pdf"
    response = HttpResponse(inhoud, content_type="application/pdf")
    wijze = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{wijze}; filename="{naam}"'
    return response
