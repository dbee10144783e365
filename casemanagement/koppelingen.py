"""What the core registers in its own extension points: the history of its objects."""

from django.urls import reverse

from .geschiedenis import Soort, registreer
from .models import Lidmaatschap, Organisatie, OrganisatieFase, Uitnodiging


def registreer_geschiedenis() -> None:
    registreer(
        Soort(
            "organisatie",
            Organisatie,
            "regio",
            onderdelen=lambda o: [(OrganisatieFase, {"organisatie_id": o.pk})],
            terug=lambda o: reverse("organisatie_bewerken", args=[o.regio.slug, o.pk]),
        )
    )
    registreer(
        Soort(
            "lid",
            Lidmaatschap,
            "regio",
            terug=lambda lm: reverse("lid_bewerken", args=[lm.regio.slug, lm.pk]),
        )
    )
    registreer(Soort("uitnodiging", Uitnodiging, "regio"))
