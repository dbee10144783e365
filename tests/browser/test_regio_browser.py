import re

import pytest
from playwright.sync_api import expect

from casemanagement.models import Organisatie

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_adds_an_organisation_to_a_phase_and_sees_it_in_the_matrix(
    page, inloggen, personas
):
    inloggen("coordinator@example.org")
    page.get_by_role("link", name="Regio Voorbeeld").first.click()
    expect(page.get_by_role("heading", name="Regio Voorbeeld", level=1)).to_be_visible()
    page.get_by_role("link", name="Organisatie toevoegen").click()
    page.get_by_label("Naam").first.fill("Cliëntondersteuning Samen Verder")
    page.get_by_label("Soort organisatie").select_option(label="Cliëntondersteuning")
    page.get_by_label("Domein").select_option(label="Sociaal domein")
    page.get_by_label("Thuis en eerste lijn").fill("Onafhankelijke cliëntondersteuning thuis")
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_role("alert")).to_contain_text("is opgeslagen")
    matrix = page.get_by_role("table").first
    rij = matrix.get_by_role("row", name=re.compile("Cliëntondersteuning Samen Verder"))
    expect(rij).to_contain_text("Onafhankelijke cliëntondersteuning thuis")
    assert Organisatie.objects.filter(naam="Cliëntondersteuning Samen Verder").exists()


def test_an_outsider_gets_no_access_to_regio_voorbeeld(page, inloggen, personas):
    inloggen("buiten@example.org")
    expect(page.get_by_role("heading", name="Mijn regio's")).to_be_visible()
    expect(page.get_by_text("Regio Voorbeeld")).to_have_count(0)
    response = page.goto("/regio/voorbeeld/")
    assert response.status == 404
    expect(page.get_by_role("heading", name="Pagina niet gevonden")).to_be_visible()
