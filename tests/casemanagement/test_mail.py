"""Every mail recipient is checked against the current membership and role at send time."""

import io
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from casemanagement.constants import Rol
from casemanagement.mail import huidige_leden, mail_aan_leden
from casemanagement.models import Lidmaatschap
from ontwikkelscan import services as scan
from tests.factories import LidmaatschapFactory, UserFactory
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory
from tests.verwijskaart.factories import VerwijzingFactory

pytestmark = pytest.mark.django_db


def test_only_current_active_members_with_the_role_are_recipients(regio, elders, personas):
    uitgeschakeld = UserFactory(email="weg@example.org", is_active=False)
    LidmaatschapFactory(user=uitgeschakeld, regio=regio, rol=Rol.TEAMLID)
    kandidaten = [
        personas.coordinator,
        personas.teamlid,
        personas.manager,
        personas.buiten,
        uitgeschakeld,
    ]

    assert huidige_leden(regio=regio, users=kandidaten) == [
        personas.coordinator,
        personas.teamlid,
        personas.manager,
    ]
    assert huidige_leden(regio=regio, users=kandidaten, rollen=[Rol.TEAMLID]) == [personas.teamlid]


def test_a_removed_member_gets_nothing(regio, personas):
    Lidmaatschap.objects.filter(user=personas.teamlid).delete()
    verstuurd = mail_aan_leden(
        regio=regio, users=[personas.teamlid, personas.coordinator], onderwerp="x", tekst="y"
    )
    assert verstuurd == [personas.coordinator]
    assert [m.to for m in mail.outbox] == [["coordinator@example.org"]]


def test_a_removed_owner_gets_no_verwijskaart_reminder(regio, personas):
    VerwijzingFactory(kaart__regio=regio, eigenaar=personas.teamlid, geverifieerd_op=None)
    Lidmaatschap.objects.filter(user=personas.teamlid, regio=regio).delete()
    with freeze_time(date(2026, 7, 15)):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert not [m for m in mail.outbox if "teamlid@example.org" in m.to]


def test_an_owner_who_became_manager_gets_no_verwijskaart_reminder(regio, personas):
    VerwijzingFactory(kaart__regio=regio, eigenaar=personas.teamlid, geverifieerd_op=None)
    Lidmaatschap.objects.filter(user=personas.teamlid, regio=regio).update(rol=Rol.MANAGER)
    with freeze_time(date(2026, 7, 15)):
        call_command("verwijskaart_herinneringen", stdout=io.StringIO())
    assert not [m for m in mail.outbox if "teamlid@example.org" in m.to]


def test_a_removed_member_gets_no_scan_reminder_but_a_guest_does(regio, personas):
    ronde = RondeFactory(regio=regio)
    RespondentFactory(ronde=ronde, email=personas.teamlid.email, user=personas.teamlid)
    RespondentFactory(ronde=ronde, email="gast@example.org")
    Lidmaatschap.objects.filter(user=personas.teamlid, regio=regio).delete()

    assert scan.herinneren(ronde=ronde, door=personas.coordinator).aantal == 1
    assert [m.to for m in mail.outbox] == [["gast@example.org"]]
