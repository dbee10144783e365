"""One send per click: a button that sends e-mail sends once, however often it is clicked."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone

from .models import Verzendslot

VENSTER = timedelta(minutes=5)


@dataclass(frozen=True)
class Verzonden:
    aantal: int  # e-mails sent now, or by the earlier click
    nieuw: bool  # False: the same action ran moments ago; nothing was sent again
    op: datetime

    def melding(self, verstuurd: str) -> str:
        """`verstuurd` says what was sent ("Herinnering verstuurd aan 8 deelnemers")."""
        if self.nieuw:
            return verstuurd
        tijd = timezone.localtime(self.op).strftime("%H:%M")
        return f"Al verstuurd om {tijd}; niets opnieuw verstuurd."


def eenmaal_versturen(
    *,
    actie: str,
    obj,
    door,
    versturen: Callable[[], int],
    aan: str = "",
    venster: timedelta = VENSTER,
) -> Verzonden:
    """Run `versturen` (it sends and returns how many e-mails went out) unless the same
    `actie` on the same object (and to the same `aan`, when given) ran less than `venster` ago.

    The slot row is locked for the duration, so two clicks arriving together send once.
    An error inside `versturen` rolls back and leaves the slot free.
    """
    sleutel = f"{obj._meta.label_lower}:{obj.pk}" + (f":{aan.lower()}" if aan else "")
    with transaction.atomic():
        Verzendslot.objects.get_or_create(actie=actie, sleutel=sleutel)
        slot = Verzendslot.objects.select_for_update().get(actie=actie, sleutel=sleutel)
        nu = timezone.now()
        if slot.verstuurd_op is not None and nu - slot.verstuurd_op < venster:
            return Verzonden(aantal=slot.aantal, nieuw=False, op=slot.verstuurd_op)
        aantal = versturen()
        slot.verstuurd_op, slot.aantal, slot.door = nu, aantal, door
        slot.save()
        return Verzonden(aantal=aantal, nieuw=True, op=nu)
