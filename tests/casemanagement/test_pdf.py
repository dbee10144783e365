"""Every PDF of the product carries its stylesheet, also with the production static storage
(collected files under hashed names), and a PDF fetches nothing but our own static files."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from casemanagement.pdf import PDF_BASE_URL, statisch_bestand

PRODUCTIE_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.fixture(scope="module")
def verzameld(tmp_path_factory):
    """The static files as `collectstatic` leaves them on a production server."""
    from django.conf import settings
    from django.test.utils import override_settings

    root = tmp_path_factory.mktemp("staticfiles")
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": PRODUCTIE_STORAGE}}
    # Compressing (gzip, Brotli) is what takes collectstatic half a minute; it changes no
    # file name, so the test leaves it out.
    geen_compressie = ["css", "js", "svg", "map", "txt", "md", "html", "json", "png", "ico"]
    with override_settings(
        STATIC_ROOT=root, STORAGES=storages, WHITENOISE_SKIP_COMPRESS_EXTENSIONS=geen_compressie
    ):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root, storages


@pytest.fixture
def productie(settings, verzameld):
    settings.STATIC_ROOT, settings.STORAGES = verzameld
    settings.DEBUG = False
    return verzameld[0]


def _pdf_urls():
    from ontwikkelscan.models import Ronde
    from stappenplan.models import Jaarplan, Patientjourney

    ronde = Ronde.objects.filter(regio__slug="voorbeeld", gesloten_op__isnull=False).first()
    journey = Patientjourney.objects.filter(regio__slug="voorbeeld").first()
    jaarplan = Jaarplan.objects.filter(regio__slug="voorbeeld").first()
    regio = ["voorbeeld"]
    return {
        "ontwikkelscan": reverse("ontwikkelscan:resultaten_pdf", args=[*regio, ronde.pk]),
        "knelpunten": reverse("stappenplan:knelpunten_pdf", args=regio),
        "patientjourney": reverse("stappenplan:patientjourney_pdf", args=[*regio, journey.type]),
        "bundel": reverse("stappenplan:beschrijvingen_bundel", args=regio),
        "jaarplan": reverse("stappenplan:jaarplan_pdf", args=[*regio, jaarplan.jaar]),
        "voortgang": reverse("stappenplan:voortgang_pdf", args=regio),
        "verwijskaart": reverse("verwijskaart:versie_pdf", args=[*regio, 1]),
        "verwijskaart publiek": reverse("verwijskaart_publiek:pdf", args=regio),
    }


def _paginas(inhoud: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(inhoud)).pages]


@pytest.mark.django_db
def test_it_renders_every_pdf_with_its_stylesheet_from_the_collected_static_files(
    client, settings, productie, caplog
):
    # The demo publishes the verwijskaart (its PDF is rendered once, then kept) under the
    # production storage, like a coordinator on the live site.
    settings.DEBUG = True
    call_command("laad_demo", stdout=io.StringIO())
    settings.DEBUG = False
    from django.contrib.staticfiles.storage import staticfiles_storage

    stylesheet = staticfiles_storage.url("css/pdf.css")
    assert stylesheet.startswith("/static/css/pdf.") and stylesheet != "/static/css/pdf.css"
    assert (productie / stylesheet.removeprefix("/static/")).exists()

    from casemanagement.models import User

    client.force_login(User.objects.get(email="coordinator@example.org"))
    urls = _pdf_urls()
    for naam, url in urls.items():
        response = client.get(url, secure=True)
        assert response.status_code == 200, naam
        paginas = _paginas(response.content)
        # The page footer exists only in the stylesheet's @page rules.
        for nummer, tekst in enumerate(paginas, start=1):
            assert f"Pagina {nummer} van {len(paginas)}" in tekst, naam
            assert "Regio Voorbeeld" in tekst, naam
    assert "Bron niet toegestaan" not in caplog.text
    assert "Failed to load stylesheet" not in caplog.text


def test_it_reads_a_hashed_static_name_through_the_storage(productie):
    from django.contrib.staticfiles.storage import staticfiles_storage

    gehasht = staticfiles_storage.url("css/pdf.css")
    inhoud = statisch_bestand(PDF_BASE_URL.rstrip("/") + gehasht)
    assert inhoud is not None and b"@page" in inhoud


def test_it_finds_a_static_file_without_collectstatic_in_development():
    inhoud = statisch_bestand(f"{PDF_BASE_URL}static/css/pdf.css")
    assert inhoud is not None and b"@page" in inhoud


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "https://example.org/static/css/pdf.css",
        f"{PDF_BASE_URL}static/../casemanagement/settings.py",
        f"{PDF_BASE_URL}static/%2E%2E/%2E%2E/casemanagement/settings.py",
        f"{PDF_BASE_URL}media/verwijskaart.pdf",
        f"{PDF_BASE_URL}static/css/bestaat-niet.css",
    ],
)
def test_it_refuses_anything_but_our_own_static_files(url):
    assert statisch_bestand(url) is None
