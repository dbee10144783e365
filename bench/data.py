"""Synthetic data for the benchmark: many regions, organisations and members."""

import itertools

from django.contrib.auth import get_user_model

from casemanagement.constants import OrganisatieType, Rol
from casemanagement.models import Fase, Lidmaatschap, Organisatie, OrganisatieFase, Regio


def bouw(*, regios: int, organisaties: int, leden: int):
    User = get_user_model()
    fasen = list(Fase.objects.all())
    types = itertools.cycle(OrganisatieType.values)
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


def paginas() -> list[str]:
    return ["/", "/regio/regio-000/"]
