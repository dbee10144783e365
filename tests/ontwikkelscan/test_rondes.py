"""The coordinator runs a round through the pages: open, invite, remind, see who answered, close."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from ontwikkelscan.constants import VRAGENLIJST_CASEMANAGEMENT
from ontwikkelscan.models import Ronde, Vragenlijst

from .factories import RespondentFactory, RondeFactory, beantwoord

pytestmark = pytest.mark.django_db


def test_the_coordinator_opens_the_nulmeting_and_is_sent_to_invite_people(als, regio):
    client = als("coordinator")
    pagina = client.get(reverse("ontwikkelscan:ronde_nieuw", args=[regio.slug]))
    assert pagina.context["form"].initial["soort"] == "nulmeting"
    vragenlijst = Vragenlijst.objects.get(code=VRAGENLIJST_CASEMANAGEMENT)
    response = client.post(
        reverse("ontwikkelscan:ronde_nieuw", args=[regio.slug]),
        {
            "naam": "Nulmeting 2026",
            "soort": "nulmeting",
            "vragenlijst": vragenlijst.pk,
            "sluit_op": "",
        },
    )
    ronde = Ronde.objects.get(regio=regio)
    assert response["Location"] == reverse("ontwikkelscan:uitnodigen", args=[regio.slug, ronde.pk])
    assert ronde.aangemaakt_door.email == "coordinator@example.org"


def test_a_second_open_round_is_refused_with_a_clear_message(als, regio):
    RondeFactory(regio=regio)
    vragenlijst = Vragenlijst.objects.get(code=VRAGENLIJST_CASEMANAGEMENT)
    response = als("coordinator").post(
        reverse("ontwikkelscan:ronde_nieuw", args=[regio.slug]),
        {"naam": "Nog een", "soort": "herhaalmeting", "vragenlijst": vragenlijst.pk},
    )
    assert response.status_code == 200
    assert "Er loopt al een open ronde" in response.content.decode()
    assert Ronde.objects.filter(regio=regio).count() == 1


def test_the_coordinator_invites_members_and_someone_without_an_account(
    als, regio, teamlid, ziekenhuis
):
    ronde = RondeFactory(regio=regio)
    client = als("coordinator")
    url = reverse("ontwikkelscan:uitnodigen", args=[regio.slug, ronde.pk])
    lid = teamlid.lidmaatschappen.get()
    response = client.post(
        url,
        {
            "leden": [lid.pk],
            "email": "wmo@gemeente.example",
            "naam": "Wmo-consulent",
            "organisatie": ziekenhuis.pk,
        },
    )
    assert response.status_code == 302
    assert sorted(ronde.respondenten.values_list("email", flat=True)) == [
        "teamlid@example.org",
        "wmo@gemeente.example",
    ]
    assert ronde.respondenten.get(email="teamlid@example.org").organisatie == lid.organisatie
    assert sorted(m.to[0] for m in mail.outbox) == ["teamlid@example.org", "wmo@gemeente.example"]
    # Members already invited are no longer offered.
    assert lid not in client.get(url).context["form"].fields["leden"].queryset


def test_an_e_mail_invitation_needs_an_organisation(als, regio):
    ronde = RondeFactory(regio=regio)
    response = als("coordinator").post(
        reverse("ontwikkelscan:uitnodigen", args=[regio.slug, ronde.pk]), {"email": "x@example.org"}
    )
    assert response.status_code == 200
    assert "Kies de organisatie" in response.content.decode()
    assert not ronde.respondenten.exists()


def test_the_coordinator_sends_reminders_and_closes_the_round(als, regio):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde, naam="Klaar"), [1, 2, 3, 4])
    RespondentFactory(ronde=ronde, naam="Nog bezig", email="bezig@example.org")
    client = als("coordinator")
    response = client.post(
        reverse("ontwikkelscan:herinneren", args=[regio.slug, ronde.pk]), follow=True
    )
    assert "Herinnering verstuurd aan 1 deelnemer" in response.content.decode()
    assert re.search(r"/ontwikkelscan/link/\S+/", mail.outbox[0].body)
    assert mail.outbox[0].to == ["bezig@example.org"]
    response = client.post(reverse("ontwikkelscan:sluiten", args=[regio.slug, ronde.pk]))
    assert response["Location"] == reverse("ontwikkelscan:resultaten", args=[regio.slug, ronde.pk])
    ronde.refresh_from_db()
    assert not ronde.is_open


def test_the_round_page_shows_the_coordinator_who_answered(als, regio):
    ronde = RondeFactory(regio=regio)
    beantwoord(RespondentFactory(ronde=ronde, naam="Anna Klaar"), [1, 2, 3, 4])
    beantwoord(RespondentFactory(ronde=ronde, naam="Bram Concept"), [1], indienen=False)
    RespondentFactory(ronde=ronde, naam="Carla Nogniet")
    tekst = (
        als("coordinator")
        .get(reverse("ontwikkelscan:ronde", args=[regio.slug, ronde.pk]))
        .content.decode()
    )
    assert "1 van 3" in tekst
    for naam, status in [
        ("Anna Klaar", "Ingediend"),
        ("Bram Concept", "Concept"),
        ("Carla Nogniet", "Niet begonnen"),
    ]:
        rij = re.search(rf"{naam}.*?</tr>", tekst, re.S).group(0)
        assert status in rij


def test_an_unused_invitation_can_be_withdrawn_but_not_once_answering_began(als, regio):
    ronde = RondeFactory(regio=regio)
    ongebruikt = RespondentFactory(ronde=ronde)
    begonnen = beantwoord(RespondentFactory(ronde=ronde), [2], indienen=False)
    begonnen.laatst_opgeslagen_op = begonnen.ingediend_op or ronde.created_at
    begonnen.save()
    client = als("coordinator")
    response = client.post(
        reverse("ontwikkelscan:intrekken", args=[regio.slug, ronde.pk, ongebruikt.pk]), follow=True
    )
    assert "is ingetrokken" in response.content.decode()
    response = client.post(
        reverse("ontwikkelscan:intrekken", args=[regio.slug, ronde.pk, begonnen.pk]), follow=True
    )
    assert "kan niet meer worden ingetrokken" in response.content.decode()
    assert list(ronde.respondenten.all()) == [begonnen]
    assert (
        als("teamlid")
        .post(reverse("ontwikkelscan:intrekken", args=[regio.slug, ronde.pk, begonnen.pk]))
        .status_code
        == 403
    )


def test_a_new_round_offers_the_previous_rounds_respondents_again(als, regio, teamlid, ziekenhuis):
    from .factories import sluit

    nulmeting = RondeFactory(regio=regio, naam="Nulmeting")
    buiten = RespondentFactory(ronde=nulmeting, email="wmo@gemeente.example", naam="Wmo-consulent")
    lid = RespondentFactory(ronde=nulmeting, email="teamlid@example.org", naam="Sander Jansen")
    sluit(nulmeting)
    herhaling = RondeFactory(
        regio=regio, naam="Herhaalmeting", vragenlijst=nulmeting.vragenlijst, soort="herhaalmeting"
    )
    url = reverse("ontwikkelscan:uitnodigen", args=[regio.slug, herhaling.pk])
    client = als("coordinator")
    pagina = client.get(url)
    tekst = pagina.content.decode()
    assert "Deelnemers van Nulmeting" in tekst
    assert "Iedereen van de vorige ronde selecteren" in tekst
    assert set(pagina.context["form"].fields["vorige"].queryset) == {buiten, lid}
    # The team member is offered once, among the previous round's respondents.
    assert teamlid.lidmaatschappen.get() not in pagina.context["form"].fields["leden"].queryset

    response = client.post(url, {"vorige": [buiten.pk, lid.pk]})
    assert response.status_code == 302
    assert sorted(herhaling.respondenten.values_list("email", flat=True)) == [
        "teamlid@example.org",
        "wmo@gemeente.example",
    ]
    assert (
        herhaling.respondenten.get(email="wmo@gemeente.example").organisatie == buiten.organisatie
    )
    assert not client.get(url).context["form"].fields["vorige"].queryset.exists()
