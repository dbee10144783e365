"""Security headers on every answer, and sessions that end on a shared computer."""

import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from freezegun import freeze_time

pytestmark = pytest.mark.django_db

BASIS = Path(settings.BASE_DIR)


def _csp(response) -> dict[str, str]:
    regels = [deel.strip() for deel in response["Content-Security-Policy"].split(";")]
    return {regel.split(" ", 1)[0]: regel for regel in regels if regel}


def test_the_content_security_policy_allows_no_inline_code_and_no_third_parties(client):
    beleid = _csp(client.get(reverse("login")))
    assert "unsafe-inline" not in " ".join(beleid.values())
    assert "unsafe-eval" not in " ".join(beleid.values())
    assert beleid["default-src"] == "default-src 'self'"
    assert re.fullmatch(r"script-src 'self'( 'nonce-[\w+/=-]+')?", beleid["script-src"])
    assert beleid["frame-ancestors"] == "frame-ancestors 'none'"


def test_every_answer_forbids_browser_features_the_product_does_not_use(client):
    koptekst = client.get(reverse("login"))["Permissions-Policy"]
    for functie in ["camera", "microphone", "geolocation", "payment"]:
        assert f"{functie}=()" in koptekst


def test_regional_pages_and_downloads_are_never_stored(als, regio):
    client = als("coordinator")
    for pad in ["/regio/voorbeeld/", reverse("home"), reverse("password_change")]:
        antwoord = client.get(pad)
        if pad == reverse("home"):
            continue
        assert "no-store" in antwoord["Cache-Control"], pad


def test_a_download_is_never_stored_wherever_it_lives(rf):
    from django.http import HttpResponse

    from casemanagement.middleware import BeveiligingsMiddleware

    bestand = HttpResponse(b"x", headers={"Content-Disposition": 'attachment; filename="a.xlsx"'})
    antwoord = BeveiligingsMiddleware(lambda request: bestand)(rf.get("/ergens/"))
    assert "no-store" in antwoord["Cache-Control"]


def test_no_template_a_browser_shows_has_an_inline_style_or_an_inline_script():
    """Inline code is refused by the policy; a PDF template is rendered on the server and may."""
    overtredingen = []
    for sjabloon in BASIS.glob("**/templates/**/*.html"):
        if ".venv" in sjabloon.parts or "pdf" in sjabloon.name or "pdf" in sjabloon.parts:
            continue
        tekst = sjabloon.read_text()
        for fout in re.findall(
            r'\sstyle="|<style[\s>]|\son[a-z]+="|<script(?![^>]*\b(?:src|nonce)=)[^>]*>', tekst
        ):
            overtredingen.append(f"{sjabloon.relative_to(BASIS)}: {fout}")
    assert not overtredingen, "\n".join(overtredingen)


def _inloggen(client, **extra):
    return client.post(
        reverse("login"), {"username": "coordinator@example.org", "password": "demo", **extra}
    )


def test_without_remember_me_the_session_ends_when_the_browser_closes(client, coordinator):
    _inloggen(client)
    koekje = client.cookies[settings.SESSION_COOKIE_NAME]
    assert koekje["max-age"] == "" and koekje["expires"] == ""


def test_remember_me_keeps_the_session_for_eight_hours(client, coordinator):
    _inloggen(client, onthoud_mij="on")
    assert client.cookies[settings.SESSION_COOKIE_NAME]["max-age"] == 8 * 60 * 60


def test_the_login_page_offers_remember_me(client):
    assert "Onthoud mij op deze computer" in client.get(reverse("login")).content.decode()


@pytest.mark.parametrize("onthoud", [{}, {"onthoud_mij": "on"}])
def test_a_session_ends_after_eight_hours_without_a_request(client, coordinator, regio, onthoud):
    with freeze_time() as klok:
        _inloggen(client, **onthoud)
        klok.tick(timedelta(hours=7, minutes=50))
        assert client.get("/regio/voorbeeld/").status_code == 200
        klok.tick(timedelta(hours=7, minutes=50))
        assert client.get("/regio/voorbeeld/").status_code == 200, "each request extends it"
        klok.tick(timedelta(hours=8, minutes=1))
        antwoord = client.get("/regio/voorbeeld/")
    assert antwoord.status_code == 302 and reverse("login") in antwoord.url


def test_check_deploy_with_production_settings_gives_no_warning():
    omgeving = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "casemanagement.settings",
        "DEBUG": "false",
        "SECRET_KEY": "controle-" + "k3y" * 20,
        "ALLOWED_HOSTS": "casemanagement.example.nl",
    }
    uitslag = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=BASIS,
        env=omgeving,
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitslag.returncode == 0, uitslag.stdout + uitslag.stderr
    assert "no issues" in uitslag.stdout
