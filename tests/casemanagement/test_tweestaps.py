"""Two-step verification: required for coordinators and administrators, offered to everyone."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from freezegun import freeze_time

from casemanagement import tweestaps

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def verplicht(settings):
    settings.TWEE_STAPPEN_VERPLICHT = True


def _inloggen(client, email, pagina="/account/inloggen/"):
    return client.post(pagina, {"username": email, "password": "demo"})


def _code(sleutel_hex):
    return f"{TOTP(bytes.fromhex(sleutel_hex)).token():06d}"


def _instellen(client):
    """Open the set-up page, read the key from the session, confirm it; returns the codes."""
    client.get(reverse("tweede_stap_instellen"))
    sleutel = client.session[tweestaps.SESSIE_SLEUTEL]
    antwoord = client.post(reverse("tweede_stap_instellen"), {"code": _code(sleutel)})
    return sleutel, antwoord.context["codes"]


def test_a_coordinator_must_link_an_app_before_seeing_the_region(client, coordinator, regio):
    _inloggen(client, "coordinator@example.org")
    antwoord = client.get("/regio/voorbeeld/")
    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("tweede_stap_instellen"))

    pagina = client.get(antwoord.url).content.decode()
    assert "Scan met de app deze QR-code" in pagina and 'src="data:image/svg+xml' in pagina

    sleutel, codes = _instellen(client)
    assert len(codes) == 10
    assert client.get("/regio/voorbeeld/").status_code == 200
    assert TOTPDevice.objects.get(user=coordinator, confirmed=True).key == sleutel


def test_opening_the_set_up_page_changes_nothing(client, coordinator):
    _inloggen(client, "coordinator@example.org")
    client.get(reverse("tweede_stap_instellen"))
    client.get(reverse("tweede_stap_instellen"))
    assert not TOTPDevice.objects.exists()


def test_a_wrong_code_does_not_link_the_app(client, coordinator):
    _inloggen(client, "coordinator@example.org")
    client.get(reverse("tweede_stap_instellen"))
    antwoord = client.post(reverse("tweede_stap_instellen"), {"code": "000000x"})
    assert "Deze code klopt niet" in antwoord.content.decode()
    assert not TOTPDevice.objects.exists()


def test_the_next_login_asks_for_the_code_and_refuses_a_wrong_one(client, coordinator, regio):
    with freeze_time() as klok:
        _inloggen(client, "coordinator@example.org")
        sleutel, _ = _instellen(client)

        nieuw = Client()
        _inloggen(nieuw, "coordinator@example.org")
        antwoord = nieuw.get("/regio/voorbeeld/")
        assert antwoord.url.startswith(reverse("tweede_stap"))
        opnieuw = nieuw.post(reverse("tweede_stap"), {"code": _code(sleutel)})
        assert "Deze code klopt niet" in opnieuw.content.decode(), "a used code is refused"
        fout = nieuw.post(reverse("tweede_stap"), {"code": "123456"})
        assert "Deze code klopt niet" in fout.content.decode()
        assert nieuw.get("/regio/voorbeeld/").status_code == 302

        klok.tick(timedelta(seconds=61))
        goed = nieuw.post(
            reverse("tweede_stap"), {"code": _code(sleutel), "next": "/regio/voorbeeld/"}
        )
    assert goed.url == "/regio/voorbeeld/"
    assert nieuw.get("/regio/voorbeeld/").status_code == 200


def test_a_recovery_code_works_once(client, coordinator, regio):
    _inloggen(client, "coordinator@example.org")
    _, codes = _instellen(client)

    eerste = Client()
    _inloggen(eerste, "coordinator@example.org")
    eerste.post(reverse("tweede_stap"), {"code": codes[0]})
    assert eerste.get("/regio/voorbeeld/").status_code == 200

    tweede = Client()
    _inloggen(tweede, "coordinator@example.org")
    antwoord = tweede.post(reverse("tweede_stap"), {"code": codes[0]})
    assert "Deze code klopt niet" in antwoord.content.decode()
    assert StaticToken.objects.filter(device__user=coordinator).count() == 9


def test_new_recovery_codes_replace_the_old_ones(client, coordinator):
    _inloggen(client, "coordinator@example.org")
    _, oud = _instellen(client)
    nieuw = client.post(reverse("herstelcodes")).context["codes"]
    bewaard = set(StaticToken.objects.values_list("token", flat=True))
    assert bewaard == set(nieuw) and not bewaard & set(oud)


def test_the_admin_is_behind_the_second_step_too(client, db):
    from casemanagement.models import User

    User.objects.create_superuser(email="beheer@example.org", password="demo")
    _inloggen(client, "beheer@example.org", pagina="/admin/login/")
    antwoord = client.get("/admin/")
    assert antwoord.status_code == 302
    assert antwoord.url.startswith(reverse("tweede_stap_instellen"))
    _instellen(client)
    assert client.get("/admin/").status_code == 200


def test_a_team_member_is_offered_it_but_not_forced(client, teamlid, regio):
    _inloggen(client, "teamlid@example.org")
    assert client.get("/regio/voorbeeld/").status_code == 200
    pagina = client.get(reverse("account")).content.decode()
    assert "Tweestapsverificatie instellen" in pagina
    _instellen(client)
    assert "Staat aan" in client.get(reverse("account")).content.decode()


def test_after_the_code_it_never_sends_you_to_another_site(client, coordinator):
    with freeze_time() as klok:
        _inloggen(client, "coordinator@example.org")
        sleutel, _ = _instellen(client)
        klok.tick(timedelta(seconds=31))
        nieuw = Client()
        _inloggen(nieuw, "coordinator@example.org")
        antwoord = nieuw.post(
            reverse("tweede_stap"), {"code": _code(sleutel), "next": "https://elders.example.com/"}
        )
    assert antwoord.url == reverse("home")


def test_without_the_requirement_a_coordinator_logs_in_with_the_password(
    client, coordinator, regio, settings
):
    settings.TWEE_STAPPEN_VERPLICHT = False
    _inloggen(client, "coordinator@example.org")
    assert client.get("/regio/voorbeeld/").status_code == 200
