"""The reminder command: one digest per owner of open activities that are due or overdue,
never the same item twice to the same person on the same day."""

import io
from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command
from freezegun import freeze_time

from stappenplan.models import HerinneringVerstuurd
from stappenplan.services import traject as services

from .traject_factories import afronden, alleen_eigen_bewijs, stap, start  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alleen_eigen_bewijs")]


@pytest.fixture
def plan(regio, coordinator, teamlid, patient):
    """Stap 0 with two activities of the team member (one overdue, one due soon), one of the
    patient representative due far ahead, and one without owner."""
    traject = start(regio, coordinator)
    s0 = stap(traject, 0)
    a = {x.code: x for x in s0.activiteiten.all()}
    for code, eigenaar, deadline in [
        ("belang-uitdragen", teamlid, date(2026, 11, 20)),
        ("opbrengst-beslissers", teamlid, date(2026, 11, 25)),
        ("beslissers-uitnodigen", patient, date(2027, 1, 15)),
        ("ontwikkelscan-afnemen", None, date(2026, 11, 1)),
    ]:
        services.activiteit_bijwerken(
            activiteit=a[code], eigenaar=eigenaar, deadline=deadline, notitie="", links=""
        )
    return traject


def _herinneringen(*args):
    call_command("stuur_herinneringen", *args, stdout=io.StringIO())


@freeze_time("2026-11-22 06:00:00")
def test_each_owner_gets_one_digest_of_due_and_overdue_items(plan, teamlid):
    _herinneringen()
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == [teamlid.email]
    assert "2 activiteiten" in bericht.subject and "1 te laat" in bericht.subject
    assert "Het belang van casemanagement uitdragen in het netwerk" in bericht.body
    assert "De opbrengst laten zien aan managers en bestuurders" in bericht.body
    assert "(te laat)" in bericht.body
    assert "/regio/voorbeeld/stappenplan/stap/0/#activiteit-" in bericht.body
    assert HerinneringVerstuurd.objects.filter(user=teamlid, datum=date(2026, 11, 22)).count() == 2


@freeze_time("2026-11-22 06:00:00")
def test_running_twice_on_the_same_day_sends_nothing_new(plan):
    _herinneringen()
    _herinneringen()
    assert len(mail.outbox) == 1


def test_the_next_day_the_open_items_are_mentioned_again(plan):
    with freeze_time("2026-11-22 06:00:00"):
        _herinneringen()
    with freeze_time("2026-11-23 06:00:00"):
        _herinneringen()
    assert len(mail.outbox) == 2


@freeze_time("2026-11-22 06:00:00")
def test_a_wider_window_includes_later_deadlines(plan, patient):
    _herinneringen("--dagen", "60")
    assert sorted(m.to[0] for m in mail.outbox) == [patient.email, "teamlid@example.org"]


@freeze_time("2026-11-22 06:00:00")
def test_done_items_completed_steps_and_former_members_get_no_reminder(
    plan, regio, coordinator, teamlid
):
    s0 = stap(plan, 0)
    services.activiteit_afvinken(
        activiteit=s0.activiteiten.get(code="belang-uitdragen"), door=teamlid, gedaan=True
    )
    teamlid.lidmaatschappen.get(regio=regio).delete()
    _herinneringen()
    assert mail.outbox == []
    afronden(plan, 0, coordinator)
    _herinneringen("--dagen", "365")
    assert mail.outbox == []
