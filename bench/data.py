"""Synthetic data for the benchmark: many regions, organisations and members."""

import itertools

from django.contrib.auth import get_user_model

from casemanagement.constants import Rol
from casemanagement.models import Fase, Lidmaatschap, Organisatie, OrganisatieFase, Regio
from casemanagement.programmas import organisatietypen


def bouw(*, regios: int, organisaties: int, leden: int):
    User = get_user_model()
    fasen = list(Fase.objects.all())
    types = itertools.cycle(organisatietypen())
    eerste_coordinator = None
    for r in range(regios):
        regio = Regio.objects.create(naam=f"Regio {r:03d}", slug=f"regio-{r:03d}")
        orgs = Organisatie.objects.bulk_create(
            Organisatie(regio=regio, naam=f"Organisatie {r}-{o}", type=next(types))
            for o in range(organisaties)
        )
        OrganisatieFase.objects.bulk_create(
            OrganisatieFase(
                organisatie=org, fase=fasen[i % len(fasen)], omschrijving="Zorg en overdracht"
            )
            for i, org in enumerate(orgs)
        )
        users = User.objects.bulk_create(
            User(email=f"lid{r}-{m}@example.org", naam=f"Lid {r}-{m}") for m in range(leden)
        )
        Lidmaatschap.objects.bulk_create(
            Lidmaatschap(
                user=u,
                regio=regio,
                rol=Rol.COORDINATOR if m == 0 else Rol.TEAMLID,
                organisatie=orgs[m % len(orgs)],
            )
            for m, u in enumerate(users)
        )
        if eerste_coordinator is None:
            eerste_coordinator = users[0]
    return eerste_coordinator


def paginas() -> list[tuple[str, str | None]]:
    """(path, e-mail to log in as first, or None to stay logged in)."""
    demo = "/regio/voorbeeld"
    return [
        ("/", None),
        ("/regio/regio-000/", None),
        ("/", "coordinator@example.org"),
        (f"{demo}/", None),
        (f"{demo}/stappenplan/", None),
        (f"{demo}/stappenplan/stap/3/", None),
        (f"{demo}/ontwikkelscan/", None),
        (f"{demo}/ontwikkelscan/1/resultaten/", None),
        (f"{demo}/patientjourneys/", None),
        (f"{demo}/knelpunten/", None),
        (f"{demo}/doelen/", None),
        (f"{demo}/verwijskaart/", None),
        (f"{demo}/verwijskaart/concept/", None),
        (f"{demo}/jaarplan/", None),
        ("/verwijskaart/voorbeeld/", None),
    ]
