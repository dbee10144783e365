"""Retention: personal data the product no longer needs is removed or made anonymous.

The terms (in days) are `settings.BEWAARTERMIJNEN`; the privacy statement and the README list
them. `manage.py bewaartermijnen` applies them and is run daily from cron. A closed round's
results never change: a respondent without an account keeps the answers, not the name.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone


@dataclass
class Opgeruimd:
    uitnodigingen: int = 0
    respondenten: int = 0
    inlogpogingen: int = 0
    inloglog: int = 0
    sessies: int = 0


def termijn(naam: str) -> timedelta:
    return timedelta(days=settings.BEWAARTERMIJNEN[naam])


@transaction.atomic
def bewaartermijnen_toepassen(*, nu=None) -> Opgeruimd:
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from ontwikkelscan.models import Respondent

    from .models import Uitnodiging

    nu = nu or timezone.now()
    uitkomst = Opgeruimd()

    uitkomst.uitnodigingen, _ = Uitnodiging.objects.filter(
        created_at__lt=nu - termijn("uitnodigingen")
    ).delete()

    oud = Respondent.objects.filter(
        user=None,
        ronde__gesloten_op__lt=nu - termijn("respondenten_zonder_account"),
    ).exclude(email__endswith="@verwijderd.invalid")
    for respondent in oud:
        respondent.email = f"respondent-{respondent.pk}@verwijderd.invalid"
        respondent.naam = ""
        respondent.save(update_fields=["email", "naam"])
        respondent.history.update(email=respondent.email, naam="")
        uitkomst.respondenten += 1

    uitkomst.inlogpogingen, _ = AccessAttempt.objects.filter(
        attempt_time__lt=nu - termijn("inlogpogingen")
    ).delete()
    uitkomst.inloglog = (
        AccessLog.objects.filter(attempt_time__lt=nu - termijn("inloglog")).delete()[0]
        + AccessFailureLog.objects.filter(attempt_time__lt=nu - termijn("inloglog")).delete()[0]
    )
    uitkomst.sessies, _ = Session.objects.filter(expire_date__lt=nu).delete()
    return uitkomst
