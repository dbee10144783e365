from datetime import date
from decimal import Decimal as D

import pytest
from playwright.sync_api import expect

from indicatoren import services
from indicatoren.constants import Richting, Soort
from tests.stappenplan.traject_factories import start

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def indicator(personas, regio):
    traject = start(regio, personas.coordinator)
    indicator = services.indicator_opslaan(
        traject=traject,
        data={
            "naam": "Wachttijd tot eerste gesprek",
            "soort": Soort.KWANTITATIEF,
            "eenheid": "dagen",
            "richting": Richting.LAGER,
            "nulwaarde": D("30"),
            "nulwaarde_datum": date(2025, 1, 6),
            "streefwaarde": D("10"),
            "streefdatum": date(2030, 1, 7),
        },
    )
    services.meting_vastleggen(
        indicator=indicator,
        data={"datum": date(2025, 3, 3), "waarde": D("26")},
        door=personas.coordinator,
    )
    return indicator


def test_a_team_member_records_a_measurement_and_sees_the_run_chart_move(page, inloggen, indicator):
    inloggen("teamlid@example.org")
    page.goto("/regio/voorbeeld/indicatoren/")
    page.get_by_role("link", name="Wachttijd tot eerste gesprek").click()
    punten = page.locator("svg.runchart circle")
    expect(punten).to_have_count(1)
    expect(page.locator("#verandering")).to_contain_text("-4 dagen")

    page.get_by_label("Datum").fill("2025-05-05")
    page.get_by_label("Waarde (dagen)").fill("19")
    page.get_by_label("Bron").fill("Aanmeldregister")
    page.get_by_role("button", name="Meting vastleggen").click()

    expect(page.get_by_role("alert").filter(has_text="is vastgelegd")).to_be_visible()
    expect(punten).to_have_count(2)
    expect(page.locator("#verandering")).to_contain_text("-11 dagen")
    expect(page.locator("#metingen")).to_contain_text("Aanmeldregister")
    expect(page.locator("#metingen")).to_contain_text("Sander Jansen")
