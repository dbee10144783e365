"""The retention command removes what is past its term and keeps what a closed round needs."""

from datetime import timedelta
from io import StringIO

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from casemanagement.models import Uitnodiging
from ontwikkelscan.models import Antwoord
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory, beantwoord

pytestmark = pytest.mark.django_db


def test_retention_removes_old_personal_data_and_keeps_the_rest(regio, teamlid):
    lang_geleden = timezone.now() - timedelta(days=400)
    with freeze_time(lang_geleden):
        Uitnodiging.objects.create(regio=regio, email="oud@example.org", rol="teamlid")
        AccessAttempt.objects.create(
            username="x@example.org", ip_address="10.0.0.1", failures_since_start=3
        )
        AccessLog.objects.create(username="x@example.org", ip_address="10.0.0.1")
        oude_sessie = SessionStore()
        oude_sessie.set_expiry(60)
        oude_sessie.create()
        ronde = RondeFactory(regio=regio)
        gast = beantwoord(
            RespondentFactory(ronde=ronde, email="gast@example.org", naam="Gast"), [3, 3]
        )
        lid = RespondentFactory(ronde=ronde, email=teamlid.email, user=teamlid)
        ronde.gesloten_op = timezone.now()
        ronde.save()
    Uitnodiging.objects.create(regio=regio, email="nieuw@example.org", rol="teamlid")
    AccessLog.objects.create(username="y@example.org", ip_address="10.0.0.2")

    uitvoer = StringIO()
    call_command("bewaartermijnen", stdout=uitvoer)

    assert list(Uitnodiging.objects.values_list("email", flat=True)) == ["nieuw@example.org"]
    assert not AccessAttempt.objects.exists()
    assert list(AccessLog.objects.values_list("username", flat=True)) == ["y@example.org"]
    assert not Session.objects.filter(session_key=oude_sessie.session_key).exists()
    gast.refresh_from_db()
    assert gast.email == f"respondent-{gast.pk}@verwijderd.invalid" and gast.naam == ""
    assert not gast.history.filter(email="gast@example.org").exists()
    assert Antwoord.objects.filter(respondent=gast).count() == 2, "a closed round keeps its answers"
    lid.refresh_from_db()
    assert lid.email == teamlid.email
    assert "Uitnodigingen verwijderd: 1" in uitvoer.getvalue()
