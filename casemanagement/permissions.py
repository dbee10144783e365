"""The one permission helper every regional view uses.

A user sees a region only as its member (another region answers 404) and acts
only as far as the role in that region allows (otherwise 403):

- coordinator: everything in the region;
- team member: reads, fills in, and edits what is assigned to them or to their organisation;
- patient representative: reads and reviews (comments, verdicts);
- manager: reads.

A programme lead (Programmarol) reads the overview of every traject of their programme on
`/programma/<slug>/`, and nothing of a region beyond that unless they are also its member; an
administrator (staff) reads every programme's overview.
"""

from dataclasses import dataclass
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404

from .constants import Actie, Rol
from .models import Lidmaatschap, Programma, Programmarol, Regio

RECHTEN = {
    Rol.COORDINATOR: frozenset(Actie),
    Rol.TEAMLID: frozenset({Actie.LEZEN, Actie.INVULLEN}),
    Rol.PATIENTVERTEGENWOORDIGER: frozenset({Actie.LEZEN, Actie.BEOORDELEN}),
    Rol.MANAGER: frozenset({Actie.LEZEN}),
}

WEIGERING = {
    Actie.INVULLEN: "Alleen leden van het implementatieteam en de coördinator kunnen dit invullen.",
    Actie.BEOORDELEN: "Alleen patiëntvertegenwoordigers en de coördinator kunnen dit beoordelen.",
    Actie.BEWERKEN: "Alleen de regionale coördinator kan dit wijzigen.",
}


@dataclass(frozen=True)
class Toegang:
    """A user's membership of one region, with what the role allows."""

    lidmaatschap: Lidmaatschap

    @property
    def regio(self) -> Regio:
        return self.lidmaatschap.regio

    @property
    def user(self):
        return self.lidmaatschap.user

    @property
    def rol(self) -> str:
        return self.lidmaatschap.rol

    @property
    def is_coordinator(self) -> bool:
        return self.rol == Rol.COORDINATOR

    @property
    def kan_geschiedenis_zien(self) -> bool:
        """Who changed what, when: the coordinator keeps the region's record."""
        return self.is_coordinator

    @property
    def kan_terugzetten(self) -> bool:
        """Put a deleted object back from the history."""
        return self.is_coordinator

    def mag(self, actie: str) -> bool:
        return actie in RECHTEN.get(self.rol, frozenset())

    def mag_bewerken(self, *, eigenaar=None, organisatie=None) -> bool:
        """Coordinators edit everything; team members what is theirs or their organisation's."""
        if self.is_coordinator:
            return True
        if self.rol != Rol.TEAMLID:
            return False
        if eigenaar is not None and eigenaar.pk == self.user.pk:
            return True
        return organisatie is not None and organisatie.pk == self.lidmaatschap.organisatie_id

    def vereis(self, actie: str) -> None:
        if not self.mag(actie):
            raise PermissionDenied(WEIGERING.get(actie, "U heeft hiervoor geen rechten."))

    def vereis_bewerken(self, *, eigenaar=None, organisatie=None) -> None:
        if not self.mag_bewerken(eigenaar=eigenaar, organisatie=organisatie):
            raise PermissionDenied(
                "U kunt alleen wijzigen wat aan u of uw organisatie is toegewezen."
            )

    # Indicators measured over time
    @property
    def kan_indicatoren_beheren(self) -> bool:
        """Define, change and archive the indicators of the region's trajecten."""
        return self.mag(Actie.BEWERKEN)

    @property
    def kan_meten(self) -> bool:
        """Record a measurement of an indicator."""
        return self.mag(Actie.INVULLEN)

    def kan_meting_bewerken(self, meting) -> bool:
        """Correct a measurement: the coordinator, or the team member who recorded it."""
        return self.kan_meten and self.mag_bewerken(eigenaar=meting.vastgelegd_door)

    # Business case and pilots
    @property
    def kan_businesscase_beheren(self) -> bool:
        """Put indicators in the business case and tag them with group and party."""
        return self.mag(Actie.BEWERKEN)

    @property
    def kan_pilots_beheren(self) -> bool:
        """Create a pilot, start it, evaluate it, stop it."""
        return self.mag(Actie.BEWERKEN)

    # For templates: {% if toegang.kan.bewerken %}
    @property
    def kan(self) -> dict:
        return {actie.value: self.mag(actie) for actie in Actie}


def tweede_stap_verplicht(user) -> bool:
    """Administrators and coordinators (of any region) log in with a second factor."""
    if not user.is_authenticated:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return Lidmaatschap.objects.filter(user=user, rol=Rol.COORDINATOR).exists()


def toegang_tot(user, slug: str) -> Toegang:
    """The user's access to the region `slug`; 404 for non-members and unknown regions alike."""
    if not user.is_authenticated:
        raise Http404
    try:
        lidmaatschap = Lidmaatschap.objects.select_related("regio", "organisatie", "user").get(
            user=user, regio__slug=slug
        )
    except Lidmaatschap.DoesNotExist as exc:
        raise Http404("Deze regio bestaat niet of u bent er geen lid van.") from exc
    return Toegang(lidmaatschap)


def regio_view(actie: str = Actie.LEZEN):
    """Decorate a view taking `slug`: it receives `toegang` instead, after the role check."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, slug, *args, **kwargs):
            toegang = toegang_tot(request.user, slug)
            toegang.vereis(actie)
            request.toegang = toegang
            return view(request, toegang, *args, **kwargs)

        return wrapper

    return decorator


@dataclass(frozen=True)
class ProgrammaToegang:
    """A user's access to one programme: as its lead, or as administrator."""

    programma: Programma
    user: object
    rol: Programmarol | None

    @property
    def kan_overzicht_zien(self) -> bool:
        return self.rol is not None or self.user.is_staff

    @property
    def kan_programma_beheren(self) -> bool:
        """Change the programme's templates and files: administrators only (in the admin)."""
        return self.user.is_staff


def programma_toegang_tot(user, slug: str) -> ProgrammaToegang:
    """The user's access to the programme `slug`; 404 for anyone who is not its lead or staff."""
    if not user.is_authenticated:
        raise Http404
    programma = Programma.objects.filter(slug=slug).first()
    rol = (
        Programmarol.objects.filter(user=user, programma=programma).first()
        if programma is not None
        else None
    )
    toegang = ProgrammaToegang(programma, user, rol) if programma is not None else None
    if toegang is None or not toegang.kan_overzicht_zien:
        raise Http404("Dit programma bestaat niet of u heeft er geen rol in.")
    return toegang


def programmas_van(user) -> list[Programma]:
    """The programmes whose overview the user may read: all for staff, else those they lead."""
    if not user.is_authenticated:
        return []
    if user.is_staff:
        return list(Programma.objects.order_by("naam"))
    return list(Programma.objects.filter(rollen__user=user).distinct().order_by("naam"))


def programma_view(view):
    """Decorate a view taking `programma` (a slug): it receives the `ProgrammaToegang` instead."""

    @login_required
    @wraps(view)
    def wrapper(request, programma, *args, **kwargs):
        toegang = programma_toegang_tot(request.user, programma)
        request.programma_toegang = toegang
        return view(request, toegang, *args, **kwargs)

    return wrapper
