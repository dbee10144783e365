"""Shared fixtures: the personas of Regio Voorbeeld and an outsider from Regio Elders."""

from types import SimpleNamespace

import pytest

from casemanagement.constants import Rol

from .factories import LidmaatschapFactory, OrganisatieFactory, RegioFactory, UserFactory

pytest_plugins = ["tests.browser_fixtures"]


@pytest.fixture
def regio(db):
    return RegioFactory(naam="Regio Voorbeeld", slug="voorbeeld")


@pytest.fixture
def elders(db):
    return RegioFactory(naam="Regio Elders", slug="elders")


@pytest.fixture
def ziekenhuis(regio):
    return OrganisatieFactory(regio=regio, naam="Ziekenhuis De Linde", type="ziekenhuis")


@pytest.fixture
def revalidatiecentrum(regio):
    return OrganisatieFactory(
        regio=regio, naam="Revalidatiecentrum Het Anker", type="revalidatiecentrum"
    )


def _persona(email, naam, regio, rol, organisatie=None):
    user = UserFactory(email=email, naam=naam)
    LidmaatschapFactory(user=user, regio=regio, rol=rol, organisatie=organisatie)
    return user


@pytest.fixture
def coordinator(regio):
    return _persona("coordinator@example.org", "Marieke de Vries", regio, Rol.COORDINATOR)


@pytest.fixture
def teamlid(regio, revalidatiecentrum):
    return _persona("teamlid@example.org", "Sander Jansen", regio, Rol.TEAMLID, revalidatiecentrum)


@pytest.fixture
def patient(regio):
    return _persona("patient@example.org", "Ineke Bakker", regio, Rol.PATIENTVERTEGENWOORDIGER)


@pytest.fixture
def manager(regio, ziekenhuis):
    return _persona("manager@example.org", "Erik Visser", regio, Rol.MANAGER, ziekenhuis)


@pytest.fixture
def buiten(elders):
    return _persona("buiten@example.org", "Fatima El Amrani", elders, Rol.COORDINATOR)


@pytest.fixture
def personas(coordinator, teamlid, patient, manager, buiten):
    return SimpleNamespace(
        coordinator=coordinator, teamlid=teamlid, patient=patient, manager=manager, buiten=buiten
    )


PERSONAS = ["coordinator", "teamlid", "patient", "manager", "buiten"]


@pytest.fixture
def als(client, personas):
    """`als("teamlid")` logs the client in as that persona and returns the client."""

    def inloggen(naam):
        client.force_login(getattr(personas, naam))
        return client

    return inloggen


@pytest.fixture
def alleen_bewijs_uit(monkeypatch):
    """`alleen_bewijs_uit("app.module")`: judge gates with that module's evidence checks only,
    so a test of one area's checks does not depend on what the other areas register."""
    from stappenplan import gates

    def beperk(*modules):
        eigen = {
            code: [c for c in checks if c.__module__ in modules]
            for code, checks in gates._checks.items()
        }
        monkeypatch.setattr(gates, "_checks", gates.defaultdict(list, eigen))

    return beperk
