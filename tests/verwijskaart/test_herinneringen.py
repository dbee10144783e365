import io
from datetime import UTC, date, datetime

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from casemanagement.constants import Rol
from tests.factories import LidmaatschapFactory, UserFactory
from verwijskaart.models import Herinnering

from .factories import VerwijzingFactory

pytestmark = pytest.mark.django_db

VANDAAG = date(2026, 7, 15)


@pytest.fixture
def eigenaren(regio):
    a = UserFactory(email="a@example.org", naam="Anna Eigenaar")
    b = UserFactory(email="b@example.org", naam="Bram Eigenaar")
    for user in (a, b):
        LidmaatschapFactory(user=user, regio=regio, rol=Rol.TEAMLID)
    return a, b


def test_it_mails_each_owner_exactly_their_due_entries(regio, eigenaren):
    a, b = eigenaren
    VerwijzingFactory(
        kaart__regio=regio,
        eigenaar=a,
        discipline="Vandaag aan de beurt",
        geverifieerd_op=date(2026, 1, 15),
    )
    VerwijzingFactory(
        kaart__regio=regio, eigenaar=a, discipline="Nooit geverifieerd", geverifieerd_op=None
    )
    VerwijzingFactory(
        kaart__regio=regio, eigenaar=a, discipline="Morgen pas", geverifieerd_op=date(2026, 1, 16)
    )
    VerwijzingFactory(
        kaart__regio=regio,
        eigenaar=b,
        discipline="Jaarlijks",
        geverifieerd_op=date(2025, 10, 1),
        controle_interval_maanden=12,
    )
    VerwijzingFactory(
        kaart__regio=regio, eigenaar=None, discipline="Zonder eigenaar", geverifieerd_op=None
    )

    with freeze_time(VANDAAG):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())

    assert [m.to for m in mail.outbox] == [["a@example.org"]]
    tekst = mail.outbox[0].body
    assert "Vandaag aan de beurt" in tekst and "Nooit geverifieerd" in tekst
    assert "Morgen pas" not in tekst and "Jaarlijks" not in tekst
    assert "/regio/voorbeeld/verwijskaart/concept/" in tekst
    assert Herinnering.objects.get().aantal == 2


def test_running_twice_on_the_same_day_sends_nothing_new(regio, eigenaren):
    VerwijzingFactory(kaart__regio=regio, eigenaar=eigenaren[0], geverifieerd_op=None)
    with freeze_time(VANDAAG):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert len(mail.outbox) == 1
    assert Herinnering.objects.count() == 1
    with freeze_time("2026-07-21"):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # at most once a week
    with freeze_time("2026-07-22"):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert len(mail.outbox) == 2


def test_it_mails_the_coordinator_and_the_responsible_when_the_map_is_due(
    nep_pdf, publiceer, regio, coordinator, eigenaren
):
    VerwijzingFactory(kaart__regio=regio)
    publiceer(
        volgende_herziening=date(2026, 7, 15),
        verantwoordelijke=eigenaren[1],
        nu=datetime(2026, 1, 2, 12, tzinfo=UTC),
    )
    mail.outbox.clear()
    with freeze_time("2026-07-14"):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert mail.outbox == []
    with freeze_time(VANDAAG):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert sorted(m.to[0] for m in mail.outbox) == ["b@example.org", "coordinator@example.org"]
    assert "tijd voor de herziening" in mail.outbox[0].subject
