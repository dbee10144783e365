import re

import pytest
from playwright.sync_api import expect

from tests.stappenplan.traject_factories import afronden_tot, stap, start

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_editing_an_activity_keeps_its_deadline(page, inloggen, personas, regio, alleen_bewijs_uit):
    from datetime import date

    alleen_bewijs_uit("stappenplan.koppelingen_traject")
    traject = start(regio, personas.coordinator)
    afronden_tot(traject, 1, personas.coordinator)
    activiteit = stap(traject, 1).activiteiten.first()
    activiteit.deadline = date(2026, 11, 24)
    activiteit.save()

    inloggen("coordinator@example.org")
    page.goto(f"/regio/voorbeeld/stappenplan/activiteit/{activiteit.pk}/bewerken/")
    deadline = page.get_by_label("Deadline")
    expect(deadline).to_have_value("2026-11-24")
    page.get_by_label("Notitie").fill("Afgestemd met het ziekenhuis.")
    page.get_by_role("button", name="Opslaan").click()

    page.wait_for_url(re.compile(r"/stappenplan/stap/1/"))
    expect(page.get_by_role("status").first).to_contain_text("is bijgewerkt")
    activiteit.refresh_from_db()
    assert activiteit.deadline == date(2026, 11, 24)
    assert activiteit.notitie == "Afgestemd met het ziekenhuis."
    page.goto(f"/regio/voorbeeld/stappenplan/activiteit/{activiteit.pk}/bewerken/")
    expect(page.get_by_label("Deadline")).to_have_value("2026-11-24")
