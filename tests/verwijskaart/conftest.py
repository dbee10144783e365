from datetime import date

import pytest

from verwijskaart import services

NEP_PDF = b"%PDF-1.7\n% nep-pdf voor tests\n"


@pytest.fixture
def nep_pdf(monkeypatch):
    """Replace the WeasyPrint rendering by a stub that counts its calls."""
    aanroepen = []

    def render(versie):
        aanroepen.append(versie.nummer)
        return NEP_PDF + f"versie {versie.nummer}".encode()

    monkeypatch.setattr(services, "render_versie_pdf", render)
    return aanroepen


@pytest.fixture
def publiceer(coordinator, regio):
    def doe(**extra):
        opties = {
            "regio": regio,
            "door": coordinator,
            "volgende_herziening": date(2099, 1, 1),
            "verantwoordelijke": coordinator,
        }
        opties.update(extra)
        return services.publiceren(**opties)

    return doe
