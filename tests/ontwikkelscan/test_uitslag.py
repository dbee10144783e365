"""A closed round's figures are computed once, when it closes, and its results are served from
them: no answer is read again to show the results page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ontwikkelscan import services
from ontwikkelscan.models import Antwoord, RondeUitslag, Samenwerking

from .factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db


@pytest.fixture
def open_ronde(regio, ziekenhuis, revalidatiecentrum):
    ronde = RondeFactory(regio=regio, naam="Nulmeting")
    for waarden in ([1, 2, 3, 4], [3, 2, 1, None], [5, 4, 3, 2]):
        r = beantwoord(RespondentFactory(ronde=ronde, organisatie=ziekenhuis), waarden)
        Samenwerking.objects.create(respondent=r, organisatie=revalidatiecentrum)
    return ronde


def _resultaten(client, ronde):
    url = reverse("ontwikkelscan:resultaten", args=[ronde.regio.slug, ronde.pk])
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response.context["r"], [q["sql"] for q in ctx.captured_queries]


def test_it_stores_the_figures_when_the_round_closes_and_shows_them_unchanged(als, open_ronde):
    client = als("coordinator")
    live, _ = _resultaten(client, open_ronde)
    services.ronde_sluiten(ronde=open_ronde)
    assert RondeUitslag.objects.filter(ronde=open_ronde).exists()
    gesloten, sql = _resultaten(client, open_ronde)
    assert not any('"ontwikkelscan_antwoord"' in q for q in sql)
    assert not any('"ontwikkelscan_samenwerking"' in q for q in sql)
    assert gesloten.aantal_respondenten == live.aantal_respondenten == 3
    assert gesloten.totaal == live.totaal
    for nu, toen in zip(gesloten.themas, live.themas, strict=True):
        assert nu.cijfers == toen.cijfers
        assert [i.cijfers for i in nu.items] == [i.cijfers for i in toen.items]
        assert [i.verdeling for i in nu.items] == [i.verdeling for i in toen.items]
    assert gesloten.per_type == live.per_type
    assert [(v.a, v.b, v.aantal) for v in gesloten.verbindingen] == [
        (v.a, v.b, v.aantal) for v in live.verbindingen
    ]
    assert gesloten.radar_svg == live.radar_svg
    assert gesloten.netwerk_svg == live.netwerk_svg


def test_it_serves_a_closed_round_from_its_stored_figures(als, open_ronde):
    services.ronde_sluiten(ronde=open_ronde)
    client = als("coordinator")
    voor, _ = _resultaten(client, open_ronde)
    # Nothing can change the answers of a closed round; if something did, the page would not
    # recompute them.
    Antwoord.objects.filter(respondent__ronde=open_ronde, weet_niet=False).update(waarde=0)
    na, _ = _resultaten(client, open_ronde)
    assert na.totaal == voor.totaal > 0


def test_it_stores_the_figures_of_a_round_closed_before_they_were_stored_on_first_view(
    als, open_ronde
):
    sluit(open_ronde)
    assert not RondeUitslag.objects.filter(ronde=open_ronde).exists()
    client = als("coordinator")
    eerste, _ = _resultaten(client, open_ronde)
    assert RondeUitslag.objects.filter(ronde=open_ronde).count() == 1
    tweede, sql = _resultaten(client, open_ronde)
    assert tweede.totaal == eerste.totaal
    assert not any('"ontwikkelscan_antwoord"' in q for q in sql)


def test_the_next_round_compares_with_the_stored_figures_of_the_previous(
    als, regio, open_ronde, ziekenhuis
):
    services.ronde_sluiten(ronde=open_ronde)
    vorig, _ = _resultaten(als("coordinator"), open_ronde)
    herhaling = RondeFactory(regio=regio, vragenlijst=open_ronde.vragenlijst, naam="Herhaling")
    beantwoord(RespondentFactory(ronde=herhaling, organisatie=ziekenhuis), [5, 5, 5, 5])
    r, _ = _resultaten(als("coordinator"), herhaling)
    assert r.vorige == open_ronde
    assert [t.vorige for t in r.themas] == [t.cijfers.gemiddelde for t in vorig.themas]
    assert r.vorig_totaal == vorig.totaal
