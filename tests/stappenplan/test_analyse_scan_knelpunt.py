"""From a weak item of the Ontwikkelscan to a knelpunt that links back to that item."""

import re
from html import unescape

import pytest
from django.urls import reverse

from ontwikkelscan.models import Item
from stappenplan.models import Knelpunt
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db


@pytest.fixture
def ronde(regio, personas):
    ronde = RondeFactory(regio=regio, naam="Nulmeting 2026")
    for waarden in ([0, 1, 3, 4], [1, 1, 4, 5], [0, 2, 3, 4]):
        beantwoord(RespondentFactory(ronde=ronde), waarden)
    return sluit(ronde)


def _resultaten(client, ronde):
    return client.get(reverse("ontwikkelscan:resultaten", args=["voorbeeld", ronde.pk]))


def test_the_coordinator_sees_maak_knelpunt_at_the_weakest_items(als, ronde):
    tekst = _resultaten(als("coordinator"), ronde).content.decode()
    assert "Maak knelpunt" in tekst
    for persona in ["teamlid", "manager", "patient"]:
        assert "Maak knelpunt" not in _resultaten(als(persona), ronde).content.decode()


def test_the_link_prefills_a_knelpunt_that_links_back_to_the_item(als, ronde, ziekenhuis):
    client = als("coordinator")
    tekst = _resultaten(client, ronde).content.decode()
    link = unescape(re.search(r'href="([^"]*knelpunten/nieuw/[^"]*)"', tekst).group(1))
    zwakste = Item.objects.filter(thema__vragenlijst=ronde.vragenlijst).order_by(
        "thema__volgorde", "volgorde"
    )[0]
    form = client.get(link).context["form"]
    assert form["bron"].value() == "ontwikkelscan"
    assert str(form["scan_ronde"].value()) == str(ronde.pk)
    assert str(form["scan_item"].value()) == str(zwakste.pk)
    assert form["titel"].value() == zwakste.tekst
    assert "Nulmeting 2026" in form["huidige_situatie"].value()

    response = client.post(
        reverse("stappenplan:knelpunt_nieuw", args=["voorbeeld"]),
        {
            "titel": form["titel"].value(),
            "huidige_situatie": form["huidige_situatie"].value(),
            "bron": "ontwikkelscan",
            "bron_omschrijving": form["bron_omschrijving"].value(),
            "scan_ronde": ronde.pk,
            "scan_item": zwakste.pk,
            "organisaties": [ziekenhuis.pk],
            "prioriteit": 1,
            "status": "open",
        },
        follow=True,
    )
    knelpunt = Knelpunt.objects.get()
    assert (knelpunt.scan_ronde, knelpunt.scan_item) == (ronde, zwakste)
    terug = reverse("ontwikkelscan:resultaten", args=["voorbeeld", ronde.pk])
    assert f"{terug}#item-{zwakste.code}" in response.content.decode()


def test_a_round_of_another_region_cannot_be_the_source(als, ronde, elders, ziekenhuis):
    vreemd = RondeFactory(regio=elders)
    response = als("coordinator").post(
        reverse("stappenplan:knelpunt_nieuw", args=["voorbeeld"]),
        {
            "titel": "Vreemd",
            "huidige_situatie": "x",
            "bron": "ontwikkelscan",
            "scan_ronde": vreemd.pk,
            "organisaties": [ziekenhuis.pk],
            "prioriteit": 1,
            "status": "open",
        },
    )
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()
    assert not Knelpunt.objects.exists()
