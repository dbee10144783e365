"""The main pages of the demo validate in the Nu HTML Checker (vnu.jar, installed by `make test`)."""

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from casemanagement.models import User
from ontwikkelscan.models import Ronde

VNU = Path(settings.BASE_DIR) / ".cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar"

PUBLIEK = [
    "/account/inloggen/",
    "/account/wachtwoord-vergeten/",
    "/toegankelijkheid/",
    "/privacy/",
    "/contact/",
    "/verwijskaart/voorbeeld/",
    "/verwijskaart/voorbeeld/?q=werk&fase=&behoefte=",
    "/verwijskaart/voorbeeld/poster/",
]
INGELOGD = [
    "/",
    "/regio/voorbeeld/",
    "/regio/voorbeeld/leden/uitnodigen/",
    "/regio/voorbeeld/stappenplan/",
    "/regio/voorbeeld/stappenplan/stap/3/",
    "/regio/voorbeeld/ontwikkelscan/",
    "/regio/voorbeeld/ontwikkelscan/{nulmeting}/resultaten/",
    "/regio/voorbeeld/patientjourneys/",
    "/regio/voorbeeld/knelpunten/",
    "/regio/voorbeeld/doelen/",
    "/regio/voorbeeld/verwijskaart/",
    "/regio/voorbeeld/verwijskaart/concept/",
    "/regio/voorbeeld/verwijskaart/concept/nieuw/",
    "/regio/voorbeeld/jaarplan/",
]


def nu_html_checker(bestanden: list[Path]) -> list[str]:
    """The checker's errors (not its warnings) for the given files, as readable lines."""
    java = shutil.which("java")
    assert java and VNU.exists(), (
        "Java en vnu.jar ontbreken: draai `make test` (scripts/systeempakketten.sh test)"
    )
    uit = subprocess.run(
        [
            java,
            "-Xss1m",
            "-jar",
            str(VNU),
            "--errors-only",
            "--format",
            "json",
            *map(str, bestanden),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    berichten = json.loads(uit.stderr or uit.stdout)["messages"]
    return [
        f"{Path(b.get('url', '')).name}:{b.get('lastLine')}: {b['message']} {b.get('extract', '')!r}"
        for b in berichten
        if b.get("type") == "error"
    ]


@pytest.mark.django_db
def test_the_main_pages_validate_in_the_nu_html_checker(tmp_path, settings):
    settings.DEBUG = True
    call_command("laad_demo", stdout=io.StringIO())
    settings.DEBUG = False
    nulmeting = Ronde.objects.get(regio__slug="voorbeeld", naam="Nulmeting")

    bestanden = []
    anoniem, coordinator = Client(), Client()
    coordinator.force_login(User.objects.get(email="coordinator@example.org"))
    for client, paden in ((anoniem, PUBLIEK), (coordinator, INGELOGD)):
        for pad in paden:
            pad = pad.format(nulmeting=nulmeting.pk)
            response = client.get(pad)
            assert response.status_code == 200, pad
            assert b"---------" not in response.content, pad
            bestand = (
                tmp_path / f"{len(bestanden):02d}{pad.replace('/', '_').replace('?', '_')}.html"
            )
            bestand.write_bytes(response.content)
            bestanden.append(bestand)

    fouten = nu_html_checker(bestanden)
    assert not fouten, "Ongeldige HTML:\n" + "\n".join(fouten)
