"""Links in mails and QR codes point at the address people use; commands use SITE_URL."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from casemanagement import services
from casemanagement.links import absolute_url

pytestmark = pytest.mark.django_db


def _link(bericht):
    return re.search(r"https?://\S+/uitnodiging/\S+/", bericht.body).group(0)


def test_an_invitation_mail_links_to_the_host_the_coordinator_is_using(als, settings):
    settings.SITE_URL = "http://127.0.0.1:8000"
    response = als("coordinator").post(
        reverse("lid_uitnodigen", args=["voorbeeld"]),
        {"email": "nieuw@example.org", "naam": "Nieuwe Collega", "rol": "teamlid"},
        HTTP_HOST="netwerk.example:8150",
    )
    assert response.status_code == 302
    assert _link(mail.outbox[-1]).startswith("http://netwerk.example:8150/uitnodiging/")


def test_without_a_request_a_link_takes_site_url(regio, personas, settings):
    settings.SITE_URL = "https://cm.example.nl"
    services.uitnodigen(
        regio=regio, email="cron@example.org", rol="teamlid", door=personas.coordinator
    )
    assert _link(mail.outbox[-1]).startswith("https://cm.example.nl/uitnodiging/")
    assert (
        absolute_url("/verwijskaart/voorbeeld/") == "https://cm.example.nl/verwijskaart/voorbeeld/"
    )


def test_the_invitation_form_has_no_default_role_and_no_dashes(als):
    url = reverse("lid_uitnodigen", args=["voorbeeld"])
    tekst = als("coordinator").get(url).content.decode()
    assert '<option value="" selected>Kies een rol</option>' in tekst
    assert "Geen organisatie" in tekst
    assert "---------" not in tekst

    response = als("coordinator").post(url, {"email": "nieuw@example.org", "rol": ""})
    assert response.status_code == 200
    assert "Fout: Iemand uitnodigen" in response.content.decode()
    assert response.context["form"].errors["rol"] == ["Dit veld is verplicht."]
    assert not mail.outbox
