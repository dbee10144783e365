"""The one WeasyPrint helper: renders a template to a tagged PDF (PDF/UA-1).

WeasyPrint is imported lazily (it loads Pango). Only our own static files and data:
URLs are fetched; file:// and anything on the network are refused, so a PDF never
leaks a request or a local file.
"""

import mimetypes

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.text import slugify

PDF_BASE_URL = "https://pdf.invalid/"


def _fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LokaleFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            pad = url.removeprefix(PDF_BASE_URL.rstrip("/"))
            if pad.startswith(settings.STATIC_URL):
                gevonden = finders.find(pad.removeprefix(settings.STATIC_URL))
                if gevonden:
                    mime = mimetypes.guess_type(gevonden)[0] or "application/octet-stream"
                    with open(gevonden, "rb") as f:
                        return URLFetcherResponse(url, f.read(), {"Content-Type": mime})
            raise ValueError(f"Bron niet toegestaan in een PDF: {url}")

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
