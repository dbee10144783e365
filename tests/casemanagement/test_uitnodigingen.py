import re

import pytest
from django.core import mail, signing
from django.urls import reverse
from freezegun import freeze_time

from casemanagement import services
from casemanagement.models import Lidmaatschap, User

pytestmark = pytest.mark.django_db


def _uitnodigen(als, **extra):
    data = {"email": "nieuw@example.org", "naam": "Nieuwe Collega", "rol": "teamlid"} | extra
    response = als("coordinator").post(reverse("lid_uitnodigen", args=["voorbeeld"]), data)
    assert response.status_code == 302
    link = re.search(r"http\S+/uitnodiging/\S+/", mail.outbox[-1].body).group(0)
    return link.split("testserver", 1)[-1].replace("http://127.0.0.1:8000", "")


def _aanmaken(client, pad):
    return client.post(
        pad,
        {"naam": "Nieuwe Collega", "wachtwoord1": "Herstel-2026!", "wachtwoord2": "Herstel-2026!"},
    )


def test_the_invitation_email_carries_a_link_that_works_once(als, personas, client):
    pad = _uitnodigen(als)
    assert mail.outbox[-1].to == ["nieuw@example.org"]
    assert "Regio Voorbeeld" in mail.outbox[-1].subject
    client.logout()
    response = _aanmaken(client, pad)
    assert response.status_code == 302
    user = User.objects.get(email="nieuw@example.org")
    assert Lidmaatschap.objects.get(user=user).rol == "teamlid"
    assert user.check_password("Herstel-2026!")

    client.logout()
    opnieuw = client.get(pad)
    assert opnieuw.status_code == 400
    assert "al gebruikt" in opnieuw.content.decode()


def test_an_expired_invitation_is_refused(als, personas, client):
    with freeze_time("2026-01-01 10:00"):
        pad = _uitnodigen(als)
    client.logout()
    with freeze_time("2026-01-09 10:00"):
        response = client.get(pad)
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_a_forged_invitation_is_refused(als, personas, client, regio):
    pad = _uitnodigen(als)
    uitnodiging = regio.uitnodigingen.get()
    vals = signing.dumps({"u": uitnodiging.pk, "e": uitnodiging.email}, salt="iets-anders")
    client.logout()
    response = client.get(reverse("uitnodiging", args=[vals]))
    assert response.status_code == 400
    assert "niet geldig" in response.content.decode()
    geknoeid = pad.rstrip("/")[:-3] + "abc/"
    assert client.get(geknoeid).status_code == 400
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_a_withdrawn_invitation_no_longer_works(als, personas, client, regio):
    pad = _uitnodigen(als)
    uitnodiging = regio.uitnodigingen.get()
    als("coordinator").post(reverse("uitnodiging_intrekken", args=["voorbeeld", uitnodiging.pk]))
    client.logout()
    assert "ingetrokken" in client.get(pad).content.decode()


def test_an_existing_account_accepts_after_logging_in(als, personas, client, elders):
    pad = _uitnodigen(als, email="buiten@example.org", rol="manager")
    client.logout()
    assert "Log in" in client.get(pad).content.decode()
    client.force_login(personas.buiten)
    response = client.post(pad)
    assert response.status_code == 302
    assert Lidmaatschap.objects.get(user=personas.buiten, regio__slug="voorbeeld").rol == "manager"


def test_inviting_an_existing_member_is_refused_in_dutch(als, personas):
    response = als("coordinator").post(
        reverse("lid_uitnodigen", args=["voorbeeld"]),
        {"email": "TEAMLID@example.org", "rol": "manager"},
    )
    assert "al lid van de regio" in response.content.decode()
    assert not mail.outbox


def test_mismatched_passwords_create_no_account(als, personas, client):
    pad = _uitnodigen(als)
    client.logout()
    response = client.post(
        pad, {"naam": "X", "wachtwoord1": "Herstel-2026!", "wachtwoord2": "anders"}
    )
    assert "niet gelijk" in response.content.decode()
    assert not User.objects.filter(email="nieuw@example.org").exists()


def test_the_service_refuses_an_organisation_of_another_region(personas, regio, elders):
    from tests.factories import OrganisatieFactory

    vreemd = OrganisatieFactory(regio=elders)
    with pytest.raises(Exception, match="hoort niet bij deze regio"):
        services.uitnodigen(
            regio=regio,
            email="x@example.org",
            rol="teamlid",
            door=personas.coordinator,
            organisatie=vreemd,
        )
