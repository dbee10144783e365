"""Reads of the shared model that span relations, with a fixed number of queries."""

from dataclasses import dataclass

from .models import Fase, Lidmaatschap, Organisatie, OrganisatieFase, Regio


@dataclass
class MatrixRij:
    organisatie: Organisatie
    cellen: list  # one OrganisatieFase or None per phase, in phase order


def fasen() -> list[Fase]:
    return list(Fase.objects.all())


def fase_matrix(regio: Regio) -> tuple[list[Fase], list[MatrixRij]]:
    """The phases × organisations matrix of a region: what each organisation does where."""
    alle_fasen = fasen()
    inzet = {}
    for item in OrganisatieFase.objects.filter(organisatie__regio=regio):
        inzet[(item.organisatie_id, item.fase_id)] = item
    rijen = [
        MatrixRij(org, [inzet.get((org.pk, f.pk)) for f in alle_fasen])
        for org in Organisatie.objects.filter(regio=regio).actief()
    ]
    return alle_fasen, rijen


def gearchiveerde_organisaties(regio: Regio) -> list[Organisatie]:
    return list(Organisatie.objects.filter(regio=regio).exclude(gearchiveerd_op=None))


def leden(regio: Regio) -> list[Lidmaatschap]:
    return list(
        Lidmaatschap.objects.filter(regio=regio)
        .select_related("user", "organisatie")
        .order_by("rol", "user__naam", "user__email")
    )


def regios_met_programma(programma) -> list[Regio]:
    """The regions that run a traject of the programme (one traject per programme per region)."""
    return list(
        Regio.objects.filter(trajecten__plan__programma=programma).distinct().order_by("naam")
    )


def lidmaatschappen_van(user) -> list[Lidmaatschap]:
    return list(
        Lidmaatschap.objects.filter(user=user)
        .select_related("regio", "organisatie")
        .order_by("regio__naam")
    )


def team_organisatie_ids(regio: Regio) -> set[int]:
    """Organisations that sit in the region's implementation team (through a team member)."""
    from .constants import Rol

    return set(
        Lidmaatschap.objects.filter(regio=regio, rol__in=[Rol.TEAMLID, Rol.COORDINATOR])
        .exclude(organisatie=None)
        .values_list("organisatie_id", flat=True)
    )
