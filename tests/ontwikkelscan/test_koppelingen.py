"""What the Ontwikkelscan adds elsewhere: gate evidence, the jaarplan figure, the region page, the menu."""

import pytest
from django.urls import reverse
from django.utils import timezone

from casemanagement.constants import Domein
from stappenplan.gates import STAP_DRAAGVLAK, STAP_HUIDIGE_SITUATIE_IN_KAART, ontbrekend_bewijs
from stappenplan.kengetallen import kengetallen
from tests.factories import OrganisatieFactory

from .factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db


def _scan(stap, regio):
    """What the scan's own checks miss (other apps add their own evidence to the same steps)."""
    return [o for o in ontbrekend_bewijs(stap, regio) if o.code.startswith("scan_")]


def _codes(stap, regio):
    return [o.code for o in _scan(stap, regio)]


def test_stap_0_needs_a_closed_round_whose_results_were_shared(regio):
    assert _codes(STAP_DRAAGVLAK, regio) == ["scan_geen_gesloten_ronde"]
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    assert _codes(STAP_DRAAGVLAK, regio) == ["scan_geen_gesloten_ronde"]
    sluit(ronde)
    [ontbrekend] = _scan(STAP_DRAAGVLAK, regio)
    assert ontbrekend.code == "scan_resultaten_niet_gedeeld"
    assert ontbrekend.url == reverse("ontwikkelscan:resultaten", args=[regio.slug, ronde.pk])
    assert "Deel de resultaten" in ontbrekend.melding
    ronde.resultaten_gedeeld_op = timezone.localdate()
    ronde.save()
    assert _codes(STAP_DRAAGVLAK, regio) == []


def test_stap_0_holds_for_one_region_only(regio, elders):
    ronde = RondeFactory(regio=elders)
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    sluit(ronde, gedeeld=timezone.localdate())
    assert _codes(STAP_DRAAGVLAK, elders) == []
    assert _codes(STAP_DRAAGVLAK, regio) == ["scan_geen_gesloten_ronde"]


def test_stap_2_needs_a_submitted_answer_from_the_social_domain(regio, ziekenhuis):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde, organisatie=ziekenhuis), [1, 1, 1, 1])
    [ontbrekend] = _scan(STAP_HUIDIGE_SITUATIE_IN_KAART, regio)
    assert ontbrekend.code == "scan_zonder_sociaal_domein"
    assert ontbrekend.url == reverse("ontwikkelscan:uitnodigen", args=[regio.slug, ronde.pk])
    gemeente = OrganisatieFactory(regio=regio, type="gemeente", domein=Domein.SOCIAAL)
    concept = beantwoord(
        RespondentFactory(ronde=ronde, organisatie=gemeente), [2, 2, 2, 2], indienen=False
    )
    assert _codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == ["scan_zonder_sociaal_domein"]
    concept.ingediend_op = timezone.now()
    concept.save()
    assert _codes(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == []


def test_the_jaarplan_shows_the_change_between_the_last_two_closed_rounds(regio):
    assert [k for k in kengetallen(regio, 2026) if k.titel.startswith("Ontwikkelscan")] == []
    eerste = RondeFactory(regio=regio, naam="Nulmeting")
    beantwoord(RespondentFactory(ronde=eerste), [1, 1, 3, 3])  # themes 1 and 3: total 2
    sluit(eerste)
    [enkel] = [
        k
        for k in kengetallen(regio, timezone.localdate().year)
        if k.titel.startswith("Ontwikkelscan")
    ]
    assert enkel.waarde == "2,0"
    assert "nog geen eerdere" in enkel.toelichting

    tweede = RondeFactory(regio=regio, vragenlijst=eerste.vragenlijst, naam="Herhaalmeting")
    beantwoord(RespondentFactory(ronde=tweede), [2, 2, 2, 2])  # themes 2 and 2: total 2
    sluit(tweede)
    cijfers = {
        k.titel: k
        for k in kengetallen(regio, timezone.localdate().year)
        if k.titel.startswith("Ontwikkelscan")
    }
    assert cijfers["Ontwikkelscan: totaalscore"].waarde == "2,0 → 2,0 (+0,0, gelijk gebleven)"
    assert cijfers["Ontwikkelscan: Thema 1"].waarde == "1,0 → 2,0 (+1,0, omhoog)"
    assert cijfers["Ontwikkelscan: Thema 2"].waarde == "3,0 → 2,0 (−1,0, omlaag)"
    assert cijfers["Ontwikkelscan: Thema 1"].url == reverse(
        "ontwikkelscan:resultaten", args=[regio.slug, tweede.pk]
    )


def test_a_year_before_any_round_closed_has_no_scan_figure(regio):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    sluit(ronde)
    assert not [
        k
        for k in kengetallen(regio, timezone.localdate().year - 1)
        if k.titel.startswith("Ontwikkelscan")
    ]


def test_the_region_page_lists_rounds_and_how_many_answered(als, regio):
    ronde = RondeFactory(regio=regio, naam="Nulmeting voorjaar")
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    RespondentFactory(ronde=ronde)
    tekst = als("manager").get(reverse("regio", args=[regio.slug])).content.decode()
    assert "Ontwikkelscan" in tekst
    assert "Nulmeting voorjaar" in tekst
    assert "1 van 2 deelnemers hebben ingediend" in tekst


def test_the_region_menu_links_to_the_scan(als, regio, personas):
    tekst = als("teamlid").get(reverse("regio", args=[regio.slug])).content.decode()
    assert f'href="{reverse("ontwikkelscan:index", args=[regio.slug])}"' in tekst


def test_the_start_page_shows_an_open_round_with_a_fixed_number_of_queries(
    als, regio, elders, teamlid
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import LidmaatschapFactory

    ronde = RondeFactory(regio=regio, naam="Nulmeting voorjaar")
    RespondentFactory(ronde=ronde, email=teamlid.email)
    client = als("teamlid")
    with CaptureQueriesContext(connection) as een_regio:
        tekst = client.get(reverse("home")).content.decode()
    assert "Nulmeting voorjaar" in tekst and "0 van 1 deelnemers" in tekst
    assert "Vul uw antwoorden in" in tekst

    LidmaatschapFactory(user=teamlid, regio=elders)
    RondeFactory(regio=elders, naam="Scan Elders")
    with CaptureQueriesContext(connection) as twee_regios:
        tekst = client.get(reverse("home")).content.decode()
    assert "Scan Elders" in tekst
    assert len(twee_regios.captured_queries) == len(een_regio.captured_queries)
