"""Confirm, say what goes with it, then act: the one pattern behind every destructive action.

A GET shows the confirmation page: what will happen, what goes with it, what stays. Only the
POST from that page acts. When the action may not happen (the object is still referred to),
the page says why and offers the alternative instead of the button.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render


@dataclass
class Bevestiging:
    titel: str  # "Organisatie verwijderen"
    vraag: str  # "Wilt u Ziekenhuis De Linde verwijderen?"
    terug: str  # where "Annuleren" leads
    knop: str = "Verwijderen"
    gaat_mee: list[str] = field(default_factory=list)  # what goes with it
    blijft: list[str] = field(default_factory=list)  # what is kept
    weigering: str = ""  # why it cannot be done; no button then
    alternatief: tuple[str, str] | None = None  # (label, url) of what can be done instead
    herstelbaar: bool = False  # the coordinator can restore it from the history


def bevestigen(request, bevestiging: Bevestiging, actie: Callable[[], str], *, naar: str):
    """GET: the confirmation page. POST: run `actie` (it returns the message) and go to `naar`.

    A service's ValidationError shows on the confirmation page, with status 400.
    """
    fout = ""
    if request.method == "POST" and not bevestiging.weigering:
        try:
            melding = actie()
        except ValidationError as exc:
            fout = " ".join(exc.messages)
        else:
            messages.success(request, melding)
            return redirect(naar)
    return render(
        request,
        "casemanagement/bevestigen.html",
        {"b": bevestiging, "fout": fout},
        status=400 if fout else 200,
    )
