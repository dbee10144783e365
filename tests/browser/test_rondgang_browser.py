"""A walk along every main page of the demo region, as each role sees it, with axe-core on each."""

import io

import pytest
from django.core.management import call_command

from ontwikkelscan.models import Ronde

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGINAS = [
    "/",
    "/regio/voorbeeld/",
    "/regio/voorbeeld/stappenplan/",
    "/regio/voorbeeld/stappenplan/stap/2/",
    "/regio/voorbeeld/stappenplan/stap/3/",
    "/regio/voorbeeld/stappenplan/team/",
    "/regio/voorbeeld/stappenplan/besluiten/",
    "/regio/voorbeeld/stappenplan/communicatie/",
    "/regio/voorbeeld/ontwikkelscan/",
    "/regio/voorbeeld/ontwikkelscan/{nulmeting}/",
    "/regio/voorbeeld/ontwikkelscan/{nulmeting}/resultaten/",
    "/regio/voorbeeld/patientjourneys/",
    "/regio/voorbeeld/patientjourneys/revalidatie-naar-eerste-lijn/",
    "/regio/voorbeeld/beschrijvingen/",
    "/regio/voorbeeld/knelpunten/",
    "/regio/voorbeeld/doelen/",
    "/regio/voorbeeld/doelen/werkconferentie/",
    "/regio/voorbeeld/verwijskaart/",
    "/regio/voorbeeld/verwijskaart/concept/",
    "/regio/voorbeeld/verwijskaart/versies/2/",
    "/regio/voorbeeld/verwijskaart/verspreiding/",
    "/regio/voorbeeld/jaarplan/",
]


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("laad_demo", stdout=io.StringIO())
    settings.DEBUG = False
    return Ronde.objects.get(regio__slug="voorbeeld", naam="Nulmeting")


@pytest.mark.parametrize("email", ["coordinator@example.org", "teamlid@example.org"])
def test_every_main_page_of_the_demo_opens_and_passes_axe(page, inloggen, demo, email):
    inloggen(email)
    for pad in PAGINAS:
        response = page.goto(pad.format(nulmeting=demo.pk))
        assert response.status == 200, pad
        page.wait_for_load_state("load")
    assert len(page.axe.gecontroleerd) >= len(PAGINAS)


def test_the_public_verwijskaart_passes_axe_without_login(page, demo):
    response = page.goto("/verwijskaart/voorbeeld/")
    assert response.status == 200
    assert page.get_by_role("heading", level=1).inner_text().startswith("Verwijskaart")
