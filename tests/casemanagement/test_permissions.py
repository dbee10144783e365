"""Each page of the foundation for each persona: allowed, refused, or 404 from another region."""

import pytest
from django.urls import reverse

from tests.factories import LidmaatschapFactory, OrganisatieFactory

pytestmark = pytest.mark.django_db


def _urls(regio, organisatie, lid):
    s = regio.slug
    return {
        "regio": reverse("regio", args=[s]),
        "organisatie_nieuw": reverse("organisatie_nieuw", args=[s]),
        "organisatie_bewerken": reverse("organisatie_bewerken", args=[s, organisatie.pk]),
        "lid_uitnodigen": reverse("lid_uitnodigen", args=[s]),
        "lid_bewerken": reverse("lid_bewerken", args=[s, lid.pk]),
    }


# What each persona gets on each page of Regio Voorbeeld.
VERWACHT = {
    "coordinator": {
        "regio": 200, "organisatie_nieuw": 200, "organisatie_bewerken": 200,
        "lid_uitnodigen": 200, "lid_bewerken": 200,
    },
    "teamlid": {
        "regio": 200, "organisatie_nieuw": 403, "organisatie_bewerken": 403,
        "lid_uitnodigen": 403, "lid_bewerken": 403,
    },
    "patient": {
        "regio": 200, "organisatie_nieuw": 403, "organisatie_bewerken": 403,
        "lid_uitnodigen": 403, "lid_bewerken": 403,
    },
    "manager": {
        "regio": 200, "organisatie_nieuw": 403, "organisatie_bewerken": 403,
        "lid_uitnodigen": 403, "lid_bewerken": 403,
    },
    "buiten": {
        "regio": 404, "organisatie_nieuw": 404, "organisatie_bewerken": 404,
        "lid_uitnodigen": 404, "lid_bewerken": 404,
    },
}  # fmt: skip


@pytest.mark.parametrize("persona", VERWACHT)
def test_it_gives_each_persona_what_its_role_allows(als, persona, regio, ziekenhuis, teamlid):
    lid = teamlid.lidmaatschappen.get()
    urls = _urls(regio, ziekenhuis, lid)
    client = als(persona)
    for pagina, status in VERWACHT[persona].items():
        response = client.get(urls[pagina])
        assert response.status_code == status, f"{persona} op {pagina}"


def test_it_shows_nothing_of_another_region_to_an_outsider(als, regio, ziekenhuis, coordinator):
    response = als("buiten").get(reverse("regio", args=[regio.slug]))
    assert response.status_code == 404
    assert b"Ziekenhuis De Linde" not in response.content
    assert b"Regio Voorbeeld" not in response.content


def test_it_answers_404_for_an_unknown_region(als, personas):
    assert als("coordinator").get(reverse("regio", args=["bestaat-niet"])).status_code == 404


def test_it_sends_anonymous_visitors_to_the_login_page(client, regio):
    response = client.get(reverse("regio", args=[regio.slug]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_refuses_editing_another_regions_organisation_through_own_region(
    als, personas, elders, regio
):
    vreemd = OrganisatieFactory(regio=elders, naam="Organisatie van Elders")
    client = als("coordinator")
    url = reverse("organisatie_bewerken", args=[regio.slug, vreemd.pk])
    assert client.get(url).status_code == 404
    response = client.post(url, {"naam": "Overgenomen", "type": "ziekenhuis", "domein": "zorg"})
    assert response.status_code == 404
    vreemd.refresh_from_db()
    assert vreemd.naam == "Organisatie van Elders"


def test_it_refuses_posts_from_roles_that_only_read(als, personas, regio):
    response = als("manager").post(
        reverse("organisatie_nieuw", args=[regio.slug]),
        {"naam": "Stiekem", "type": "ziekenhuis", "domein": "zorg"},
    )
    assert response.status_code == 403
    assert not regio.organisaties.filter(naam="Stiekem").exists()


def test_it_lists_only_my_regions_on_the_start_page(als, personas, regio, elders):
    response = als("coordinator").get(reverse("home"))
    assert b"Regio Voorbeeld" in response.content
    assert b"Regio Elders" not in response.content
    response = als("buiten").get(reverse("home"))
    assert b"Regio Elders" in response.content
    assert b"Regio Voorbeeld" not in response.content


def test_it_lets_a_member_of_two_regions_have_a_role_in_each(als, personas, elders):
    LidmaatschapFactory(user=personas.manager, regio=elders, rol="coordinator")
    client = als("manager")
    assert client.get(reverse("organisatie_nieuw", args=["elders"])).status_code == 200
    assert client.get(reverse("organisatie_nieuw", args=["voorbeeld"])).status_code == 403
