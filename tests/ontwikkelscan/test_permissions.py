"""Each page of the Ontwikkelscan for each persona: allowed, refused (403) or another region (404)."""

import pytest
from django.urls import reverse

from ontwikkelscan.models import Antwoord

from .factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db

ALLE = ["index", "ronde", "ronde_nieuw", "uitnodigen", "resultaten", "resultaten_open",
        "resultaten_csv", "resultaten_xlsx", "consensus", "respondent", "invullen_niet_uitgenodigd"]  # fmt: skip
LEZER = {
    "index": 200, "ronde": 200, "ronde_nieuw": 403, "uitnodigen": 403, "resultaten": 200,
    "resultaten_open": 403, "resultaten_csv": 200, "resultaten_xlsx": 200, "consensus": 403,
    "respondent": 403, "invullen_niet_uitgenodigd": 403,
}  # fmt: skip
VERWACHT = {
    "coordinator": dict.fromkeys(ALLE, 200) | {"invullen_niet_uitgenodigd": 403},
    "teamlid": LEZER,
    "patient": LEZER,
    "manager": LEZER,
    "buiten": dict.fromkeys(ALLE, 404),
}


@pytest.fixture
def opzet(regio, ziekenhuis):
    gesloten = RondeFactory(regio=regio, naam="Nulmeting")
    deelnemer = beantwoord(RespondentFactory(ronde=gesloten, organisatie=ziekenhuis), [1, 2, 3, 4])
    sluit(gesloten)
    open_ronde = RondeFactory(regio=regio, vragenlijst=gesloten.vragenlijst, naam="Herhaalmeting")
    s = regio.slug
    return {
        "index": reverse("ontwikkelscan:index", args=[s]),
        "ronde": reverse("ontwikkelscan:ronde", args=[s, gesloten.pk]),
        "ronde_nieuw": reverse("ontwikkelscan:ronde_nieuw", args=[s]),
        "uitnodigen": reverse("ontwikkelscan:uitnodigen", args=[s, open_ronde.pk]),
        "resultaten": reverse("ontwikkelscan:resultaten", args=[s, gesloten.pk]),
        "resultaten_open": reverse("ontwikkelscan:resultaten", args=[s, open_ronde.pk]),
        "resultaten_csv": reverse("ontwikkelscan:resultaten_csv", args=[s, gesloten.pk]),
        "resultaten_xlsx": reverse("ontwikkelscan:resultaten_xlsx", args=[s, gesloten.pk]),
        "consensus": reverse("ontwikkelscan:consensus", args=[s, gesloten.pk]),
        "respondent": reverse("ontwikkelscan:respondent", args=[s, gesloten.pk, deelnemer.pk]),
        "invullen_niet_uitgenodigd": reverse("ontwikkelscan:invullen", args=[s, open_ronde.pk]),
    }


@pytest.mark.parametrize("persona", VERWACHT)
def test_it_gives_each_persona_what_its_role_allows(als, persona, opzet):
    client = als(persona)
    for pagina, status in VERWACHT[persona].items():
        response = client.get(opzet[pagina])
        assert response.status_code == status, f"{persona} op {pagina}"


@pytest.mark.parametrize(
    "persona,status", [("teamlid", 403), ("patient", 403), ("manager", 403), ("buiten", 404)]
)
def test_only_the_coordinator_changes_a_round(als, persona, status, regio):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde), [1, 1, 1, 1])
    client = als(persona)
    for naam in ["sluiten", "herinneren", "gedeeld"]:
        url = reverse(f"ontwikkelscan:{naam}", args=[regio.slug, ronde.pk])
        assert client.post(url, {"op": "2026-01-01"}).status_code == status, naam
    ronde.refresh_from_db()
    assert ronde.is_open


def test_a_manager_cannot_join_a_round_to_fill_it_in(als, regio, personas):
    ronde = RondeFactory(regio=regio)
    response = als("manager").post(reverse("ontwikkelscan:deelnemen", args=[regio.slug, ronde.pk]))
    assert response.status_code == 403
    assert not ronde.respondenten.exists()


def test_other_members_see_how_many_answered_but_not_who_or_what(als, regio, ziekenhuis):
    ronde = RondeFactory(regio=regio)
    anna = beantwoord(
        RespondentFactory(ronde=ronde, naam="Anna Geheim", organisatie=ziekenhuis), [1, 2, 3, 4]
    )
    Antwoord.objects.filter(respondent=anna).update(toelichting="Vertrouwelijke toelichting")
    RespondentFactory(ronde=ronde, naam="Bram Nogniet")
    sluit(ronde)
    for persona in ["teamlid", "manager", "patient"]:
        client = als(persona)
        ronde_pagina = client.get(
            reverse("ontwikkelscan:ronde", args=[regio.slug, ronde.pk])
        ).content.decode()
        assert "1 van 2" in ronde_pagina
        assert "Anna Geheim" not in ronde_pagina and "Bram Nogniet" not in ronde_pagina
        resultaten = client.get(
            reverse("ontwikkelscan:resultaten", args=[regio.slug, ronde.pk])
        ).content.decode()
        assert "Anna Geheim" not in resultaten
        assert "Vertrouwelijke toelichting" not in resultaten
    coordinator = als("coordinator")
    ronde_pagina = coordinator.get(
        reverse("ontwikkelscan:ronde", args=[regio.slug, ronde.pk])
    ).content.decode()
    assert "Anna Geheim" in ronde_pagina and "Bram Nogniet" in ronde_pagina
    eigen = coordinator.get(
        reverse("ontwikkelscan:respondent", args=[regio.slug, ronde.pk, anna.pk])
    ).content.decode()
    assert "Vertrouwelijke toelichting" in eigen


def test_a_round_of_another_region_is_not_found_through_ones_own_region(
    als, regio, elders, personas
):
    vreemd = RondeFactory(regio=elders)
    beantwoord(RespondentFactory(ronde=vreemd), [1, 1, 1, 1])
    client = als("coordinator")
    for naam in ["ronde", "resultaten", "consensus", "uitnodigen"]:
        assert (
            client.get(reverse(f"ontwikkelscan:{naam}", args=[regio.slug, vreemd.pk])).status_code
            == 404
        )
    anderen = vreemd.respondenten.get()
    url = reverse("ontwikkelscan:respondent", args=[regio.slug, vreemd.pk, anderen.pk])
    assert client.get(url).status_code == 404


def test_anonymous_visitors_are_sent_to_the_login_page(client, regio):
    response = client.get(reverse("ontwikkelscan:index", args=[regio.slug]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
