"""Password guessing is locked out per account and client address, on both login pages."""

import re

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db

LOGIN_PAGINAS = ["/account/inloggen/", "/admin/login/"]


def _inloggen(client, pagina, wachtwoord, email="coordinator@example.org", **meta):
    return client.post(pagina, {"username": email, "password": wachtwoord}, **meta)


def _zonder_tokens(response):
    """The page as a user sees it: the per-response CSRF mask differs on every answer."""
    return re.sub(
        r'(X-CSRFToken": "|csrfmiddlewaretoken" value=")[^"]+', "", response.content.decode()
    )


def _raad(client, pagina, keer=10, **meta):
    for _ in range(keer):
        _inloggen(client, pagina, "fout", **meta)


@pytest.fixture
def beheerder_coordinator(coordinator):
    coordinator.is_staff = True
    coordinator.save()
    return coordinator


@pytest.mark.parametrize("pagina", LOGIN_PAGINAS)
def test_after_ten_wrong_passwords_the_right_one_gets_the_same_answer(
    client, beheerder_coordinator, pagina
):
    _raad(client, pagina, REMOTE_ADDR="10.0.0.7")
    fout = _inloggen(client, pagina, "nog-steeds-fout", REMOTE_ADDR="10.0.0.7")
    goed = _inloggen(client, pagina, "demo", REMOTE_ADDR="10.0.0.7")

    assert goed.status_code == fout.status_code == 429
    assert _zonder_tokens(goed) == _zonder_tokens(fout)
    assert "Inloggen tijdelijk geblokkeerd" in goed.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lockout_matches_the_address_however_it_is_typed(client, coordinator):
    _raad(client, "/account/inloggen/", REMOTE_ADDR="10.0.0.7")
    goed = _inloggen(
        client,
        "/account/inloggen/",
        "demo",
        email=" Coordinator@Example.ORG",
        REMOTE_ADDR="10.0.0.7",
    )
    assert goed.status_code == 429


def test_nobody_elsewhere_can_lock_the_coordinator_out(client, coordinator):
    _raad(client, "/account/inloggen/", REMOTE_ADDR="203.0.113.9")

    elders = Client()
    antwoord = _inloggen(elders, "/account/inloggen/", "demo", REMOTE_ADDR="10.0.0.7")
    assert antwoord.status_code == 302
    assert antwoord.url == reverse("home")


def test_a_colleague_at_the_same_address_is_not_locked_out(client, coordinator, teamlid):
    _raad(client, "/account/inloggen/", REMOTE_ADDR="10.0.0.7")
    antwoord = _inloggen(
        Client(), "/account/inloggen/", "demo", email="teamlid@example.org", REMOTE_ADDR="10.0.0.7"
    )
    assert antwoord.status_code == 302


def test_nine_wrong_passwords_still_let_the_right_one_in(client, coordinator):
    _raad(client, "/account/inloggen/", keer=9, REMOTE_ADDR="10.0.0.7")
    assert (
        _inloggen(client, "/account/inloggen/", "demo", REMOTE_ADDR="10.0.0.7").status_code == 302
    )


class TestBehindAProxy:
    """Behind one reverse proxy every request comes from the proxy's address; the client's
    own address is the one the proxy appended to X-Forwarded-For."""

    @pytest.fixture(autouse=True)
    def een_proxy(self, settings):
        settings.PROXY_AANTAL = 1

    def test_the_lockout_follows_the_forwarded_address(self, client, coordinator):
        _raad(
            client,
            "/account/inloggen/",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.4",
        )

        zelfde = _inloggen(
            client,
            "/account/inloggen/",
            "demo",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.4",
        )
        kantoor = _inloggen(
            Client(),
            "/account/inloggen/",
            "demo",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="192.0.2.10",
        )
        assert zelfde.status_code == 429
        assert kantoor.status_code == 302

    def test_a_forged_forwarded_header_does_not_escape_the_lockout(self, client, coordinator):
        for nummer in range(10):
            _inloggen(
                client,
                "/account/inloggen/",
                "fout",
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR=f"10.9.9.{nummer}, 198.51.100.4",
            )
        antwoord = _inloggen(
            client,
            "/account/inloggen/",
            "demo",
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="10.1.1.1, 198.51.100.4",
        )
        assert antwoord.status_code == 429


@pytest.mark.parametrize(
    ("proxies", "doorgestuurd", "verwacht"),
    [
        (0, "198.51.100.4", "127.0.0.1"),
        (1, "198.51.100.4", "198.51.100.4"),
        (1, "6.6.6.6, 198.51.100.4", "198.51.100.4"),
        (2, "6.6.6.6, 198.51.100.4, 10.0.0.2", "198.51.100.4"),
        (1, "", "127.0.0.1"),
        (1, "geen-adres", "127.0.0.1"),
        (2, "198.51.100.4", "127.0.0.1"),
    ],
)
def test_the_client_address(rf, settings, proxies, doorgestuurd, verwacht):
    from casemanagement.inlogbeveiliging import clientadres

    settings.PROXY_AANTAL = proxies
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=doorgestuurd)
    assert clientadres(request) == verwacht
