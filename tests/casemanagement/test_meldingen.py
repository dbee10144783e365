"""Notifications: in the app for every member concerned, by e-mail for those who want it."""

import pytest
from django.core import mail
from django.urls import reverse

from casemanagement import meldingen
from casemanagement.models import Lidmaatschap, Melding

pytestmark = pytest.mark.django_db


def test_a_notification_reaches_the_app_and_the_mailbox_of_who_wants_it(
    regio, coordinator, patient, buiten, django_capture_on_commit_callbacks
):
    Lidmaatschap.objects.filter(user=patient).update(meldingen_per_email=False)
    with django_capture_on_commit_callbacks(execute=True):
        meldingen.melden(
            regio=regio, aan=[coordinator, patient, buiten], tekst="Nieuw antwoord", url="/x/"
        )
    assert sorted(m.user.email for m in Melding.objects.all()) == [
        "coordinator@example.org",
        "patient@example.org",
    ]  # not the member of another region
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]
    assert "Nieuw antwoord" in mail.outbox[0].subject
    assert "http" in mail.outbox[0].body and "/x/" in mail.outbox[0].body


def test_the_start_page_lists_unread_notifications_and_opening_one_marks_it_read(
    als, regio, patient
):
    meldingen.melden(
        regio=regio,
        aan=[patient],
        tekst="Nieuw antwoord op uw reactie",
        url=regio.get_absolute_url(),
    )
    client = als("patient")
    tekst = client.get("/").content.decode()
    assert "Nieuw voor u (1)" in tekst and "Nieuw antwoord op uw reactie" in tekst
    melding = Melding.objects.get(user=patient)
    antwoord = client.get(reverse("melding", args=[melding.pk]))
    assert antwoord["Location"] == regio.get_absolute_url()
    assert "Nieuw voor u" not in client.get("/").content.decode()
    assert als("coordinator").get(reverse("melding", args=[melding.pk])).status_code == 404


def test_a_member_turns_e_mail_off_and_on_per_region(als, regio, patient):
    client = als("patient")
    client.post(reverse("meldingen_voorkeur", args=[regio.slug]), {"per_email": "nee"})
    assert not Lidmaatschap.objects.get(user=patient).meldingen_per_email
    assert "alleen in de app" in client.get("/").content.decode()
    client.post(reverse("meldingen_voorkeur", args=[regio.slug]), {"per_email": "ja"})
    assert Lidmaatschap.objects.get(user=patient).meldingen_per_email
    assert client.post(reverse("meldingen_voorkeur", args=["elders"])).status_code == 404
