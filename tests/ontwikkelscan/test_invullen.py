"""Answering: the personal link opens only that respondent's answers; closed rounds are read only."""

import re

import pytest
from django.core import mail, signing
from django.urls import reverse
from freezegun import freeze_time

from ontwikkelscan import services
from ontwikkelscan.models import Antwoord, Item
from tests.factories import OrganisatieFactory

from .factories import RespondentFactory, RondeFactory, beantwoord, sluit

pytestmark = pytest.mark.django_db


def _link(respondent):
    return services.persoonlijke_link(respondent).split("127.0.0.1:8000", 1)[-1]


def _items(ronde):
    return list(
        Item.objects.filter(thema__vragenlijst=ronde.vragenlijst).order_by(
            "thema__volgorde", "volgorde"
        )
    )


@pytest.fixture
def ronde(regio):
    return RondeFactory(regio=regio)


def test_the_personal_link_from_the_invitation_opens_the_form_without_login(
    client, ronde, coordinator, ziekenhuis
):
    services.uitnodigen(
        ronde=ronde,
        genodigden=[services.Genodigde("anna@example.org", "Anna", ziekenhuis)],
        door=coordinator,
    )
    pad = (
        re.search(r"http\S+/link/\S+/", mail.outbox[0].body).group(0).split("127.0.0.1:8000", 1)[-1]
    )
    response = client.get(pad)
    assert response.status_code == 200
    tekst = response.content.decode()
    assert "Thema 1" in tekst
    assert "Anna" in tekst
    assert "Stap 1 van 4" in tekst


def test_the_personal_link_opens_only_that_respondents_answers(client, ronde):
    anna = RespondentFactory(ronde=ronde, naam="Anna")
    bram = RespondentFactory(ronde=ronde, naam="Bram")
    eerste = _items(ronde)[0]
    Antwoord.objects.create(
        respondent=anna, item=eerste, waarde=1, toelichting="Toelichting van Anna"
    )
    Antwoord.objects.create(
        respondent=bram, item=eerste, waarde=4, toelichting="Toelichting van Bram"
    )
    tekst = client.get(_link(anna)).content.decode()
    assert "Toelichting van Anna" in tekst
    assert "Toelichting van Bram" not in tekst

    # Saving through Anna's link changes Anna's answers, never Bram's.
    client.post(_link(anna), {f"item_{eerste.pk}": "2", "actie": "concept"})
    assert Antwoord.objects.get(respondent=anna, item=eerste).waarde == 2
    assert Antwoord.objects.get(respondent=bram, item=eerste).waarde == 4


def test_a_forged_link_is_refused(client, ronde):
    anna = RespondentFactory(ronde=ronde)
    vals = signing.dumps({"r": anna.pk, "e": anna.email}, salt="iets-anders")
    response = client.get(reverse("ontwikkelscan:link", args=[ronde.regio.slug, vals]))
    assert response.status_code == 400
    assert "niet geldig" in response.content.decode()
    geknoeid = _link(anna).replace("/link/", "/link/x")
    assert client.get(geknoeid).status_code == 400


def test_a_link_for_another_respondent_cannot_be_made_by_editing_it(client, ronde):
    anna = RespondentFactory(ronde=ronde)
    bram = RespondentFactory(ronde=ronde)
    token = _link(anna).rstrip("/").rsplit("/", 1)[-1]
    handtekening = token.split(":", 1)[1]  # timestamp and signature of Anna's link
    nagemaakt = signing.b64_encode(f'{{"r":{bram.pk},"e":"{bram.email}"}}'.encode()).decode()
    response = client.get(
        reverse("ontwikkelscan:link", args=[ronde.regio.slug, f"{nagemaakt}:{handtekening}"])
    )
    assert response.status_code == 400


def test_an_expired_link_is_refused(client, ronde):
    with freeze_time("2026-01-01 10:00"):
        anna = RespondentFactory(ronde=ronde)
        pad = _link(anna)
    with freeze_time("2026-04-01 10:00"):
        response = client.get(pad)
    assert response.status_code == 400
    assert "verlopen" in response.content.decode()


def test_a_link_only_works_under_its_own_region(client, ronde, elders):
    anna = RespondentFactory(ronde=ronde)
    pad = _link(anna).replace(f"/regio/{ronde.regio.slug}/", f"/regio/{elders.slug}/")
    assert client.get(pad).status_code == 400


def test_a_withdrawn_invitation_no_longer_opens(client, ronde):
    anna = RespondentFactory(ronde=ronde)
    pad = _link(anna)
    anna.delete()
    response = client.get(pad)
    assert response.status_code == 400
    assert "ingetrokken" in response.content.decode()


def test_a_respondent_saves_a_draft_moves_on_and_submits(client, ronde):
    anna = RespondentFactory(ronde=ronde)
    items = _items(ronde)
    pad = _link(anna)
    response = client.post(pad, {f"item_{items[0].pk}": "3", "actie": "concept"}, follow=True)
    assert "als concept opgeslagen" in response.content.decode()
    anna.refresh_from_db()
    assert anna.status == "concept"

    stap1 = reverse("ontwikkelscan:link_stap", args=[ronde.regio.slug, pad.split("/")[-2], 1])
    response = client.post(
        stap1, {f"item_{items[0].pk}": "3", f"item_{items[1].pk}": "wn", "actie": "volgende"}
    )
    assert response["Location"].endswith("/2/")
    client.post(
        response["Location"],
        {f"item_{items[2].pk}": "1", f"item_{items[3].pk}": "0", "actie": "volgende"},
    )
    indienen = stap1.replace("/1/", "/4/")
    response = client.post(indienen, {"actie": "indienen"}, follow=True)
    assert "Uw antwoorden zijn ingediend" in response.content.decode()
    anna.refresh_from_db()
    assert anna.is_ingediend


def test_submitting_an_incomplete_form_says_what_is_missing(client, ronde):
    anna = RespondentFactory(ronde=ronde)
    pad = _link(anna)
    indienen = pad + "4/"
    response = client.post(indienen, {"actie": "indienen"}, follow=True)
    assert "zonder antwoord" in response.content.decode()
    anna.refresh_from_db()
    assert not anna.is_ingediend


def test_a_link_stops_working_when_its_round_closes(client, ronde):
    anna = beantwoord(RespondentFactory(ronde=ronde), [2, 2, 2, 2])
    pad = _link(anna)
    sluit(ronde)
    response = client.get(pad)
    assert response.status_code == 400
    assert "Deze ronde is gesloten" in response.content.decode()
    eerste = _items(ronde)[0]
    response = client.post(pad, {f"item_{eerste.pk}": "5", "actie": "volgende"})
    assert response.status_code == 400
    assert Antwoord.objects.get(respondent=anna, item=eerste).waarde == 2


def test_only_the_newest_link_works_after_a_reminder(client, ronde, coordinator):
    anna = RespondentFactory(ronde=ronde)
    oud = _link(anna)
    services.herinneren(ronde=ronde, door=coordinator)
    nieuw = re.search(r"http\S+/link/\S+/", mail.outbox[-1].body).group(0)
    nieuw = nieuw.split("127.0.0.1:8000", 1)[-1]

    response = client.get(oud)
    assert response.status_code == 400
    assert "nieuwe link gestuurd" in response.content.decode()
    assert client.get(nieuw).status_code == 200


def test_a_member_with_an_account_is_asked_to_log_in(client, ronde, teamlid):
    sander = RespondentFactory(ronde=ronde, email=teamlid.email)
    invullen = reverse("ontwikkelscan:invullen", args=[ronde.regio.slug, ronde.pk])

    response = client.get(_link(sander))
    assert response.status_code == 302
    assert response.url == f"{reverse('login')}?next={invullen}"
    assert not Antwoord.objects.filter(respondent=sander).exists()

    client.force_login(teamlid)
    assert client.get(_link(sander)).url == invullen


def test_opening_the_form_links_no_invitation_only_a_post_does(als, ronde, teamlid):
    RespondentFactory(ronde=ronde, email=teamlid.email, naam="Sander")
    client = als("teamlid")
    invullen = reverse("ontwikkelscan:invullen", args=[ronde.regio.slug, ronde.pk])

    response = client.get(invullen)
    assert "Scan invullen" in response.content.decode()
    assert ronde.respondenten.get().user is None

    client.post(reverse("ontwikkelscan:deelnemen", args=[ronde.regio.slug, ronde.pk]))
    assert ronde.respondenten.get().user == teamlid


def test_a_logged_in_member_reaches_their_own_form(als, ronde, teamlid):
    RespondentFactory(
        ronde=ronde,
        email=teamlid.email,
        naam="Sander",
        organisatie=OrganisatieFactory(regio=ronde.regio),
    )
    client = als("teamlid")
    client.post(reverse("ontwikkelscan:deelnemen", args=[ronde.regio.slug, ronde.pk]))
    response = client.get(reverse("ontwikkelscan:invullen", args=[ronde.regio.slug, ronde.pk]))
    assert response.status_code == 200
    assert "Sander" in response.content.decode()
    assert ronde.respondenten.get().user == teamlid


def test_a_member_who_was_not_invited_gets_no_form(als, ronde, personas):
    response = als("manager").get(
        reverse("ontwikkelscan:invullen", args=[ronde.regio.slug, ronde.pk])
    )
    assert response.status_code == 403
    assert "niet uitgenodigd" in response.content.decode()


def test_a_team_member_can_take_part_on_their_own_initiative(als, ronde, teamlid):
    client = als("teamlid")
    response = client.post(reverse("ontwikkelscan:deelnemen", args=[ronde.regio.slug, ronde.pk]))
    assert response.status_code == 302
    assert ronde.respondenten.get().user == teamlid


def test_a_questionnaire_without_the_network_question_skips_that_step(client, als, regio):
    from .factories import kleine_vragenlijst

    ronde = RondeFactory(regio=regio, vragenlijst=kleine_vragenlijst(samenwerkingsvraag=""))
    anna = RespondentFactory(ronde=ronde)
    tekst = client.get(_link(anna)).content.decode()
    assert "Stap 1 van 3" in tekst
    assert "Samenwerking" not in tekst
    laatste = client.get(_link(anna) + "3/").content.decode()
    assert "Controleren en indienen" in laatste
    assert client.get(_link(anna) + "4/").status_code == 404
    beantwoord(anna, [1, 1, 1, 1])
    sluit(ronde)
    resultaten = als("manager").get(
        reverse("ontwikkelscan:resultaten", args=[regio.slug, ronde.pk])
    )
    assert resultaten.status_code == 200
    assert "Netwerk van bestaande contacten" not in resultaten.content.decode()
