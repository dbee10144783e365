from datetime import date, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casemanagement.models import Fase
from stappenplan.gates import STAP_AAN_DE_SLAG, ontbrekend_bewijs
from stappenplan.kengetallen import kengetallen
from verwijskaart import services
from verwijskaart.models import Ontvanger, Verwijzing, Verzending

from .factories import VerwijskaartFactory, VerwijzingFactory

pytestmark = pytest.mark.django_db

LEZEN = {"coordinator": 200, "teamlid": 200, "patient": 200, "manager": 200, "buiten": 404}
BEWERKEN = {"coordinator": 200, "teamlid": 403, "patient": 403, "manager": 403, "buiten": 404}


@pytest.fixture
def gepubliceerd(nep_pdf, publiceer, regio, ziekenhuis):
    verwijzing = VerwijzingFactory(kaart__regio=regio, organisatie=ziekenhuis)
    publiceer()
    return verwijzing


PAGINAS = [
    ("verwijskaart:index", [], LEZEN),
    ("verwijskaart:concept", [], LEZEN),
    ("verwijskaart:versie", [1], LEZEN),
    ("verwijskaart:versie_pdf", [1], LEZEN),
    ("verwijskaart:verspreiding", [], LEZEN),
    ("verwijskaart:publiceren", [], BEWERKEN),
    ("verwijskaart:verwijzing_nieuw", [], BEWERKEN),
]


@pytest.mark.parametrize("persona", ["coordinator", "teamlid", "patient", "manager", "buiten"])
@pytest.mark.parametrize(("naam", "args", "verwacht"), PAGINAS, ids=[p[0] for p in PAGINAS])
def test_every_page_answers_each_persona_as_their_role_allows(
    als, gepubliceerd, regio, persona, naam, args, verwacht
):
    response = als(persona).get(reverse(naam, args=[regio.slug, *args]))
    assert response.status_code == verwacht[persona]


def test_anonymous_visitors_are_sent_to_the_login_page(client, gepubliceerd, regio):
    response = client.get(reverse("verwijskaart:index", args=[regio.slug]))
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


@pytest.mark.parametrize(
    ("persona", "verwacht"),
    [("coordinator", 200), ("teamlid", 200), ("patient", 403), ("manager", 403), ("buiten", 404)],
)
def test_an_entry_is_edited_by_the_coordinator_and_the_team_member_of_its_organisation(
    als, regio, revalidatiecentrum, personas, persona, verwacht
):
    verwijzing = VerwijzingFactory(kaart__regio=regio, organisatie=revalidatiecentrum)
    response = als(persona).get(
        reverse("verwijskaart:verwijzing_bewerken", args=[regio.slug, verwijzing.pk])
    )
    assert response.status_code == verwacht


def test_a_team_member_edits_their_entry_but_cannot_hand_it_to_another_organisation_or_owner(
    als, regio, revalidatiecentrum, ziekenhuis, personas
):
    verwijzing = VerwijzingFactory(
        kaart__regio=regio, organisatie=revalidatiecentrum, eigenaar=personas.teamlid
    )
    url = reverse("verwijskaart:verwijzing_bewerken", args=[regio.slug, verwijzing.pk])
    client = als("teamlid")
    form = client.get(url).context["form"]
    assert form.fields["organisatie"].disabled and form.fields["eigenaar"].disabled
    data = {k: v for k, v in form.initial.items() if v is not None and k in form.fields}
    data |= {
        "fase": verwijzing.fase_id,
        "waarvoor": "Nazorg na ontslag, ook voor naasten",
        "organisatie": ziekenhuis.pk,
        "eigenaar": personas.coordinator.pk,
    }
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    verwijzing.refresh_from_db()
    assert verwijzing.waarvoor == "Nazorg na ontslag, ook voor naasten"
    assert verwijzing.organisatie == revalidatiecentrum
    assert verwijzing.eigenaar == personas.teamlid


def test_a_team_member_cannot_edit_or_verify_another_organisations_entry(
    als, regio, ziekenhuis, personas
):
    verwijzing = VerwijzingFactory(kaart__regio=regio, organisatie=ziekenhuis, geverifieerd_op=None)
    client = als("teamlid")
    assert (
        client.get(
            reverse("verwijskaart:verwijzing_bewerken", args=[regio.slug, verwijzing.pk])
        ).status_code
        == 403
    )
    assert (
        client.post(
            reverse("verwijskaart:verwijzing_geverifieerd", args=[regio.slug, verwijzing.pk])
        ).status_code
        == 403
    )
    assert (
        client.post(
            reverse("verwijskaart:verwijzing_verwijderen", args=[regio.slug, verwijzing.pk])
        ).status_code
        == 403
    )
    verwijzing.refresh_from_db()
    assert verwijzing.geverifieerd_op is None


def test_another_regions_entry_is_not_found(als, regio, elders, personas):
    andere = VerwijzingFactory(kaart__regio=elders)
    response = als("coordinator").get(
        reverse("verwijskaart:verwijzing_bewerken", args=[regio.slug, andere.pk])
    )
    assert response.status_code == 404


def test_the_coordinator_adds_an_entry_to_the_draft(als, regio, ziekenhuis, personas):
    thuis = Fase.objects.get(code="thuis")
    response = als("coordinator").post(
        reverse("verwijskaart:verwijzing_nieuw", args=[regio.slug]),
        {
            "fase": thuis.pk,
            "behoefte": "Praten, taal en slikken",
            "organisatie": ziekenhuis.pk,
            "discipline": "Logopedist",
            "waarvoor": "Afasie en dysartrie",
            "wijze": "brief",
            "eigenaar": personas.teamlid.pk,
            "controle_interval_maanden": 6,
        },
    )
    assert response.status_code == 302
    verwijzing = Verwijzing.objects.get(kaart__regio=regio)
    assert verwijzing.naam == "Logopedist, Ziekenhuis De Linde"
    assert verwijzing.eigenaar == personas.teamlid
    assert verwijzing.history.first().history_user == personas.coordinator
    concept = als("coordinator").get(reverse("verwijskaart:concept", args=[regio.slug]))
    assert "Logopedist, Ziekenhuis De Linde" in concept.content.decode()


def test_bad_input_shows_a_dutch_error_and_changes_nothing(als, regio, personas):
    response = als("coordinator").post(
        reverse("verwijskaart:verwijzing_nieuw", args=[regio.slug]),
        {
            "fase": Fase.objects.get(code="thuis").pk,
            "behoefte": "Iets",
            "waarvoor": "Iets",
            "wijze": "brief",
            "email": "geen-mail",
            "controle_interval_maanden": 6,
        },
    )
    tekst = response.content.decode()
    assert response.status_code == 200
    assert "Controleer het formulier" in tekst
    assert "Voer een geldig e-mailadres in" in tekst
    assert not Verwijzing.objects.exists()


def test_verifying_records_who_and_when_and_is_not_the_same_as_editing(
    als, regio, revalidatiecentrum, personas
):
    oud = timezone.localdate() - timedelta(days=300)
    verwijzing = VerwijzingFactory(
        kaart__regio=regio, organisatie=revalidatiecentrum, geverifieerd_op=oud
    )
    client = als("teamlid")
    response = client.get(reverse("verwijskaart:concept", args=[regio.slug]))
    assert "te laat voor controle" in response.content.decode()

    verwijzing.waarvoor = "Nieuwe tekst"
    verwijzing.save()
    verwijzing.refresh_from_db()
    assert verwijzing.geverifieerd_op == oud

    client.post(reverse("verwijskaart:verwijzing_geverifieerd", args=[regio.slug, verwijzing.pk]))
    verwijzing.refresh_from_db()
    assert verwijzing.geverifieerd_op == timezone.localdate()
    assert verwijzing.geverifieerd_door == personas.teamlid
    response = client.get(reverse("verwijskaart:concept", args=[regio.slug]))
    assert "te laat voor controle" not in response.content.decode()


def test_the_publish_page_asks_what_to_do_with_unverified_entries_and_shows_the_difference(
    als, gepubliceerd, regio, personas
):
    VerwijzingFactory(kaart__regio=regio, discipline="Nieuw in het concept", geverifieerd_op=None)
    client = als("coordinator")
    tekst = client.get(reverse("verwijskaart:publiceren", args=[regio.slug])).content.decode()
    assert "niet op tijd geverifieerd" in tekst
    assert "Weglaten uit deze versie" in tekst
    assert "1 toegevoegd" in tekst and "Nieuw in het concept" in tekst

    data = {
        "volgende_herziening": (timezone.localdate() + timedelta(days=180)).isoformat(),
        "verantwoordelijke": personas.coordinator.pk,
        "inleiding": "",
        "toelichting": "Nieuwe logopedie",
    }
    response = client.post(reverse("verwijskaart:publiceren", args=[regio.slug]), data)
    assert response.status_code == 200  # the choice is required
    assert "Dit veld is verplicht" in response.content.decode()

    response = client.post(
        reverse("verwijskaart:publiceren", args=[regio.slug]), {**data, "onverifieerd": "weglaten"}
    )
    assert response.status_code == 302
    versie = services.selectors.actuele_versie(regio, met_inhoud=True)
    assert versie.nummer == 2
    assert "Nieuw in het concept" not in str(versie.vermeldingen)


def test_the_version_page_shows_the_difference_with_the_previous_version(
    als, gepubliceerd, publiceer, regio
):
    gepubliceerd.telefoon = "0301-999 999"
    gepubliceerd.save()
    VerwijzingFactory(kaart__regio=regio, discipline="Ergotherapeut")
    publiceer()
    tekst = (
        als("manager").get(reverse("verwijskaart:versie", args=[regio.slug, 2])).content.decode()
    )
    assert "Verschil met versie 1" in tekst
    assert "1 toegevoegd" in tekst and "1 gewijzigd" in tekst and "0 verwijderd" in tekst
    assert "0301-999 999" in tekst


def test_the_coordinator_sends_the_new_version_to_the_list_with_one_action(
    als, gepubliceerd, regio, ziekenhuis, personas
):
    client = als("coordinator")
    ziekenhuis.email = "neurologie@delinde.example"
    ziekenhuis.save()
    url = reverse("verwijskaart:verspreiding", args=[regio.slug])
    client.post(url, {"organisatie": ziekenhuis.pk, "naam": "", "email": ""})
    client.post(url, {"organisatie": "", "naam": "Huisartsenpost", "email": "hap@example.org"})
    assert Ontvanger.objects.count() == 2
    dubbel = client.post(url, {"organisatie": "", "naam": "", "email": "HAP@example.org"})
    assert "staat al op de verzendlijst" in dubbel.content.decode()

    mail.outbox.clear()
    client.post(reverse("verwijskaart:versturen", args=[regio.slug]))
    assert sorted(m.to[0] for m in mail.outbox) == ["hap@example.org", "neurologie@delinde.example"]
    bericht = mail.outbox[0]
    assert "/verwijskaart/voorbeeld/" in bericht.body
    naam, inhoud, soort = bericht.attachments[0]
    assert soort == "application/pdf" and naam == "verwijskaart-voorbeeld-versie-1.pdf"
    assert inhoud == bytes(services.selectors.actuele_versie(regio, met_inhoud=True).pdf)

    log = client.get(url).content.decode()
    assert "Versie 1" in log and "hap@example.org" in log

    client.post(reverse("verwijskaart:versturen", args=[regio.slug]))
    assert len(mail.outbox) == 2  # nobody gets the same version twice
    assert Verzending.objects.count() == 2


def test_only_the_coordinator_manages_the_distribution(als, gepubliceerd, regio, personas):
    for persona in ["teamlid", "manager", "patient"]:
        client = als(persona)
        assert client.post(reverse("verwijskaart:versturen", args=[regio.slug])).status_code == 403
        response = client.post(
            reverse("verwijskaart:verspreiding", args=[regio.slug]), {"email": "x@example.org"}
        )
        assert response.status_code == 403
    assert not Ontvanger.objects.exists()


def test_the_region_page_flags_overdue_entries_and_the_review(als, nep_pdf, publiceer, regio):
    VerwijzingFactory(kaart__regio=regio, geverifieerd_op=None)
    VerwijzingFactory(kaart__regio=regio)
    tekst = als("manager").get(reverse("regio", args=[regio.slug])).content.decode()
    assert "Nog niet gepubliceerd" in tekst
    assert "1 vermelding te laat voor controle" in tekst
    publiceer()
    tekst = als("manager").get(reverse("regio", args=[regio.slug])).content.decode()
    assert "Versie 1, gepubliceerd op" in tekst


def test_the_menu_shows_verwijskaart_and_jaarplan(als, regio, personas):
    tekst = als("manager").get(reverse("regio", args=[regio.slug])).content.decode()
    assert reverse("verwijskaart:index", args=[regio.slug]) in tekst
    assert reverse("stappenplan:jaarplan_index", args=[regio.slug]) in tekst


def _maak(regio, n):
    kaart = VerwijskaartFactory(regio=regio)
    fasen = list(Fase.objects.all())
    Verwijzing.objects.bulk_create(
        Verwijzing(
            kaart=kaart,
            fase=fasen[i % 4],
            behoefte=f"Hulpvraag {i % 7}",
            discipline=f"Discipline {i}",
            waarvoor="Behandeling",
            wijze="brief",
            geverifieerd_op=None if i % 5 == 0 else timezone.localdate(),
        )
        for i in range(n)
    )


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_page_queries_do_not_grow_with_the_number_of_entries(
    als, nep_pdf, publiceer, regio, ziekenhuis, personas
):
    client = als("coordinator")
    _maak(regio, 10)
    publiceer()
    urls = [
        reverse("verwijskaart:index", args=[regio.slug]),
        reverse("verwijskaart:concept", args=[regio.slug]),
        reverse("verwijskaart:versie", args=[regio.slug, 1]),
        reverse("verwijskaart:publiceren", args=[regio.slug]),
        reverse("verwijskaart:verspreiding", args=[regio.slug]),
        reverse("verwijskaart_publiek:kaart", args=[regio.slug]),
        reverse("regio", args=[regio.slug]),
    ]
    bij_10 = [_queries(client, url) for url in urls]
    _maak(regio, 90)
    Verwijzing.objects.filter(pk__in=Verwijzing.objects.values("pk")[:50]).update(
        organisatie=ziekenhuis, eigenaar=personas.teamlid, geverifieerd_door=personas.teamlid
    )
    publiceer()
    bij_100 = [_queries(client, url.replace("/versies/1/", "/versies/2/")) for url in urls]
    assert bij_100 == bij_10


def test_stap_5_needs_a_published_and_distributed_verwijskaart(
    nep_pdf, publiceer, regio, coordinator
):
    VerwijzingFactory(kaart__regio=regio)
    codes = [o.code for o in ontbrekend_bewijs(STAP_AAN_DE_SLAG, regio)]
    assert "verwijskaart_niet_gepubliceerd" in codes
    publiceer()
    ontbrekend = ontbrekend_bewijs(STAP_AAN_DE_SLAG, regio)
    codes = [o.code for o in ontbrekend]
    assert "verwijskaart_niet_verspreid" in codes
    assert "verwijskaart_niet_gepubliceerd" not in codes
    melding = next(o for o in ontbrekend if o.code == "verwijskaart_niet_verspreid")
    assert melding.url == reverse("verwijskaart:verspreiding", args=[regio.slug])
    services.ontvanger_toevoegen(regio=regio, email="hap@example.org")
    services.versie_versturen(regio=regio, door=coordinator)
    codes = [o.code for o in ontbrekend_bewijs(STAP_AAN_DE_SLAG, regio)]
    assert not [c for c in codes if c.startswith("verwijskaart_")]


def test_the_jaarplan_figures_hold_the_freshness_of_the_verwijskaart(nep_pdf, publiceer, regio):
    VerwijzingFactory(kaart__regio=regio)
    VerwijzingFactory(kaart__regio=regio, geverifieerd_op=date(2020, 1, 1))
    jaar = timezone.localdate().year
    titels = {k.titel: k.waarde for k in kengetallen(regio, jaar)}
    assert titels["Verwijskaart"] == "nog niet gepubliceerd"
    publiceer()
    titels = {k.titel: k.waarde for k in kengetallen(regio, jaar)}
    assert titels["Verwijskaart"] == "versie 1"
    assert titels["Vermeldingen op tijd geverifieerd"] == "1 van 2"
    assert titels["Vermeldingen te laat voor controle"] == "1"


def test_the_start_page_shows_each_regions_map_with_fixed_queries(
    als, nep_pdf, publiceer, regio, elders, personas
):
    from tests.factories import LidmaatschapFactory

    LidmaatschapFactory(user=personas.manager, regio=elders, rol="manager")
    VerwijzingFactory(kaart__regio=regio, geverifieerd_op=None)
    publiceer()
    client = als("manager")
    tekst = client.get(reverse("home")).content.decode()
    assert "versie 1, herziening op" in tekst
    assert "1 vermelding te laat voor controle" in tekst
    voor = _queries(client, reverse("home"))
    _maak(elders, 30)
    _maak(regio, 30)
    assert _queries(client, reverse("home")) == voor


def test_a_failing_address_does_not_stop_the_others_and_stays_to_be_sent(
    nep_pdf, publiceer, regio, coordinator, monkeypatch
):
    from django.core.mail import EmailMessage

    VerwijzingFactory(kaart__regio=regio)
    publiceer()
    services.ontvanger_toevoegen(regio=regio, email="goed@example.org")
    services.ontvanger_toevoegen(regio=regio, email="fout@example.org")
    echte_send = EmailMessage.send

    def send(bericht, *args, **kwargs):
        if bericht.to == ["fout@example.org"]:
            raise OSError("SMTP weigert")
        return echte_send(bericht, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", send)
    verzonden = services.versie_versturen(regio=regio, door=coordinator)
    assert [z.email for z in verzonden] == ["goed@example.org"]
    monkeypatch.setattr(EmailMessage, "send", echte_send)
    verzonden = services.versie_versturen(regio=regio, door=coordinator)
    assert [z.email for z in verzonden] == ["fout@example.org"]


def test_the_overview_says_how_the_draft_differs_from_the_current_version(als, gepubliceerd, regio):
    url = reverse("verwijskaart:index", args=[regio.slug])
    assert "Het concept is gelijk aan versie 1" in als("manager").get(url).content.decode()
    VerwijzingFactory(kaart__regio=regio, discipline="Diëtist")
    tekst = als("coordinator").get(url).content.decode()
    assert "wijkt af van versie 1: 1 toegevoegd, 0 gewijzigd, 0 verwijderd" in tekst


def test_deleting_an_entry_asks_for_confirmation_first(als, regio, personas):
    verwijzing = VerwijzingFactory(kaart__regio=regio, discipline="Diëtist")
    client = als("coordinator")
    url = reverse("verwijskaart:verwijzing_verwijderen", args=[regio.slug, verwijzing.pk])
    tekst = client.get(url).content.decode()
    assert "Wilt u ‘Diëtist’" in tekst
    assert Verwijzing.objects.filter(pk=verwijzing.pk).exists()
    assert als("teamlid").get(url).status_code == 403
    client = als("coordinator")
    assert client.post(url).status_code == 302
    assert not Verwijzing.objects.filter(pk=verwijzing.pk).exists()
