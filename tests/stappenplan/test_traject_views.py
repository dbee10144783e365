"""The traject pages for each persona, the checklist with and without htmx, the gate on the page,
the region and start page, and query counts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve, reverse
from django.utils import timezone

from stappenplan.models import Activiteit, Besluit, Communicatiemiddel, Kanaal, Teamlid
from stappenplan.services import traject as services
from tests.factories import LidmaatschapFactory, UserFactory

from .traject_factories import (
    afronden,
    afronden_tot,
    alleen_eigen_bewijs,  # noqa: F401
    alles_afvinken,
    bewijs_leveren,
    stap,
    start,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alleen_eigen_bewijs")]


@pytest.fixture
def traject(regio, coordinator, personas):
    traject = start(regio, coordinator)
    afronden_tot(traject, 1, coordinator)
    return traject


@pytest.fixture
def objecten(traject, regio, coordinator, teamlid):
    s1 = stap(traject, 1)
    bewijs_leveren(regio, s1, coordinator)
    eigen = s1.activiteiten.get(code="journey-revalidatie")
    services.activiteit_bijwerken(
        activiteit=eigen, eigenaar=teamlid, deadline=None, notitie="", links=""
    )
    besluit = Besluit.objects.create(
        regio=regio, stap=s1, datum=timezone.localdate(), onderwerp="Start", tekst="Gestart"
    )
    middel = Communicatiemiddel.objects.get(regio=regio)
    teamlid_obj = Teamlid.objects.get(team__regio=regio)
    return {
        "vreemd": s1.activiteiten.get(code="journey-ziekenhuis"),
        "eigen": eigen,
        "besluit": besluit,
        "middel": middel,
        "teamlid": teamlid_obj,
    }


def _get_urls(s, o):
    return {
        "overzicht": reverse("stappenplan:overzicht", args=[s]),
        "stap": reverse("stappenplan:stap", args=[s, 1]),
        "afgeronde_stap": reverse("stappenplan:stap", args=[s, 0]),
        "geschiedenis": reverse("stappenplan:stap_geschiedenis", args=[s, 1]),
        "heropenen": reverse("stappenplan:stap_heropenen", args=[s, 0]),
        "activiteit_bewerken": reverse("stappenplan:activiteit_bewerken", args=[s, o["vreemd"].pk]),
        "eigen_activiteit_bewerken": reverse(
            "stappenplan:activiteit_bewerken", args=[s, o["eigen"].pk]
        ),
        "team": reverse("stappenplan:team", args=[s]),
        "team_bewerken": reverse("stappenplan:team_bewerken", args=[s]),
        "teamlid_nieuw": reverse("stappenplan:teamlid_nieuw", args=[s]),
        "teamlid_bewerken": reverse("stappenplan:teamlid_bewerken", args=[s, o["teamlid"].pk]),
        "besluiten": reverse("stappenplan:besluiten", args=[s]),
        "besluit_nieuw": reverse("stappenplan:besluit_nieuw", args=[s]),
        "besluit_bewerken": reverse("stappenplan:besluit_bewerken", args=[s, o["besluit"].pk]),
        "communicatie": reverse("stappenplan:communicatie", args=[s]),
        "communicatie_nieuw": reverse("stappenplan:communicatie_nieuw", args=[s]),
        "communicatie_bewerken": reverse(
            "stappenplan:communicatie_bewerken", args=[s, o["middel"].pk]
        ),
    }


LEZEN = ["overzicht", "stap", "afgeronde_stap", "team", "besluiten", "communicatie"]
ALLEEN_COORDINATOR = [
    "geschiedenis",
    "heropenen",
    "activiteit_bewerken",
    "team_bewerken",
    "teamlid_nieuw",
    "teamlid_bewerken",
    "besluit_nieuw",
    "besluit_bewerken",
    "communicatie_nieuw",
    "communicatie_bewerken",
]
PAGINAS = [*LEZEN, *ALLEEN_COORDINATOR, "eigen_activiteit_bewerken"]


def _verwacht(persona, pagina):
    if persona == "buiten":
        return 404
    if pagina in LEZEN or persona == "coordinator":
        return 200
    if pagina == "eigen_activiteit_bewerken" and persona == "teamlid":
        return 200
    return 403


@pytest.mark.parametrize("persona", ["coordinator", "teamlid", "patient", "manager", "buiten"])
def test_each_page_gives_each_persona_what_its_role_allows(als, persona, objecten):
    urls = _get_urls("voorbeeld", objecten)
    client = als(persona)
    for pagina in PAGINAS:
        response = client.get(urls[pagina])
        assert response.status_code == _verwacht(persona, pagina), f"{persona} op {pagina}"


POSTS = {
    "afvinken": lambda s, o: (
        reverse("stappenplan:activiteit_afvinken", args=[s, o["vreemd"].pk]),
        {"gedaan": "1"},
    ),
    "afronden": lambda s, o: (reverse("stappenplan:stap_afronden", args=[s, 1]), {}),
    "heropenen": lambda s, o: (
        reverse("stappenplan:stap_heropenen", args=[s, 0]),
        {"reden": "Omdat"},
    ),
    "nieuwe_cyclus": lambda s, o: (reverse("stappenplan:nieuwe_cyclus", args=[s]), {}),
    "starten": lambda s, o: (reverse("stappenplan:starten", args=[s]), {}),
    "besluit_verwijderen": lambda s, o: (
        reverse("stappenplan:besluit_verwijderen", args=[s, o["besluit"].pk]),
        {},
    ),
    "communicatie_afvinken": lambda s, o: (
        reverse("stappenplan:communicatie_afvinken", args=[s, o["middel"].pk]),
        {"gedaan": "1"},
    ),
    "communicatie_verwijderen": lambda s, o: (
        reverse("stappenplan:communicatie_verwijderen", args=[s, o["middel"].pk]),
        {},
    ),
    "teamlid_verwijderen": lambda s, o: (
        reverse("stappenplan:teamlid_verwijderen", args=[s, o["teamlid"].pk]),
        {},
    ),
}


@pytest.mark.parametrize("persona", ["teamlid", "patient", "manager", "buiten"])
def test_changes_are_refused_to_everyone_but_the_coordinator(als, persona, objecten, traject):
    client = als(persona)
    for naam, maak in POSTS.items():
        url, data = maak("voorbeeld", objecten)
        response = client.post(url, data)
        assert response.status_code == (404 if persona == "buiten" else 403), f"{persona}: {naam}"
    assert not Activiteit.objects.filter(pk=objecten["vreemd"].pk, gedaan_op__isnull=False).exists()
    assert stap(traject, 0).afgerond_op is not None
    assert Besluit.objects.filter(pk=objecten["besluit"].pk).exists()


def test_another_regions_objects_are_not_found_through_ones_own_region(
    als, objecten, elders, buiten
):
    client = als("buiten")
    start(elders, buiten)
    urls = [
        reverse("stappenplan:activiteit_bewerken", args=["elders", objecten["vreemd"].pk]),
        reverse("stappenplan:besluit_bewerken", args=["elders", objecten["besluit"].pk]),
        reverse("stappenplan:communicatie_bewerken", args=["elders", objecten["middel"].pk]),
        reverse("stappenplan:teamlid_bewerken", args=["elders", objecten["teamlid"].pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_a_region_without_traject_invites_the_coordinator_to_start(als, regio, personas):
    response = als("coordinator").get(reverse("stappenplan:overzicht", args=["voorbeeld"]))
    assert "Casemanagement hersenletsel starten" in response.content.decode()
    response = als("manager").get(reverse("stappenplan:overzicht", args=["voorbeeld"]))
    assert "starten" not in response.content.decode()
    assert als("manager").get(reverse("stappenplan:stap", args=["voorbeeld", 0])).status_code == 404


def test_the_coordinator_starts_the_plan(als, regio, personas):
    from stappenplan.models import PlanTemplate

    plan = PlanTemplate.objects.get(code="casemanagement-hersenletsel")
    response = als("coordinator").post(
        reverse("stappenplan:starten", args=["voorbeeld"]), {"plan": plan.pk}, follow=True
    )
    assert "is gestart" in response.content.decode()
    assert regio.trajecten.count() == 1


# The checklist


def test_ticking_with_htmx_returns_the_item_and_the_updated_gate(als, traject, objecten, regio):
    s1 = stap(traject, 1)
    bewijs_leveren(regio, s1, s1.traject.regio.lidmaatschappen.get(rol="coordinator").user)
    laatste = None
    for a in s1.activiteiten.all():
        if a.pk != objecten["vreemd"].pk:
            services.activiteit_afvinken(
                activiteit=a, door=a.stap.traject.gestart_door, gedaan=True
            )
        else:
            laatste = a
    response = als("coordinator").post(
        reverse("stappenplan:activiteit_afvinken", args=["voorbeeld", laatste.pk]),
        {"gedaan": "1"},
        HTTP_HX_REQUEST="true",
    )
    tekst = response.content.decode()
    assert response.status_code == 200
    assert f'id="activiteit-{laatste.pk}"' in tekst
    assert "Afgevinkt door Marieke de Vries" in tekst
    assert 'id="gate"' in tekst and 'data-hx-swap-oob="true"' in tekst
    assert "Alles is compleet" in tekst
    # The status message goes to the one persistent live region of the page.
    assert '<div id="live-melding" data-hx-swap-oob="innerHTML">' in tekst
    assert "<html" not in tekst


def test_ticking_without_javascript_redirects_back_to_the_step(als, traject, objecten):
    a = objecten["vreemd"]
    response = als("coordinator").post(
        reverse("stappenplan:activiteit_afvinken", args=["voorbeeld", a.pk]), {"gedaan": "1"}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/stappenplan/stap/1/#activiteit-{a.pk}")
    a.refresh_from_db()
    assert a.gedaan_op is not None
    als("coordinator").post(reverse("stappenplan:activiteit_afvinken", args=["voorbeeld", a.pk]))
    a.refresh_from_db()
    assert a.gedaan_op is None


def test_a_team_member_ticks_and_plans_their_own_activity_only(als, objecten, teamlid):
    client = als("teamlid")
    eigen = objecten["eigen"]
    client.post(
        reverse("stappenplan:activiteit_afvinken", args=["voorbeeld", eigen.pk]), {"gedaan": "1"}
    )
    eigen.refresh_from_db()
    assert eigen.gedaan_door == teamlid
    response = client.post(
        reverse("stappenplan:activiteit_bewerken", args=["voorbeeld", eigen.pk]),
        {"eigenaar": teamlid.pk, "deadline": "2026-12-24", "notitie": "Concept klaar", "links": ""},
    )
    assert response.status_code == 302
    eigen.refresh_from_db()
    assert eigen.notitie == "Concept klaar"
    pagina = client.get(reverse("stappenplan:stap", args=["voorbeeld", 1])).content.decode()
    assert f'id="gedaan-{eigen.pk}"' in pagina
    assert f'id="gedaan-{objecten["vreemd"].pk}"' not in pagina
    assert "Stap afronden" not in pagina


def test_bad_links_and_an_outsider_as_owner_get_a_dutch_error(als, objecten, buiten):
    url = reverse("stappenplan:activiteit_bewerken", args=["voorbeeld", objecten["vreemd"].pk])
    response = als("coordinator").post(
        url, {"eigenaar": buiten.pk, "deadline": "", "notitie": "", "links": "geen link"}
    )
    tekst = response.content.decode()
    assert response.status_code == 200
    assert "Controleer het formulier" in tekst
    assert "is geen geldige link" in tekst
    objecten["vreemd"].refresh_from_db()
    assert objecten["vreemd"].eigenaar is None


def test_overdue_activities_stand_out_in_text(als, objecten):
    a = objecten["vreemd"]
    a.deadline = timezone.localdate() - timedelta(days=2)
    a.save()
    tekst = als("manager").get(reverse("stappenplan:stap", args=["voorbeeld", 1])).content.decode()
    assert "(te laat)" in tekst and "Te laat" in tekst


def test_a_locked_step_is_readable_but_not_tickable(als, traject):
    tekst = (
        als("coordinator").get(reverse("stappenplan:stap", args=["voorbeeld", 3])).content.decode()
    )
    assert "Deze stap is nog op slot" in tekst
    assert 'name="gedaan"' not in tekst
    assert "Stap 1 (Voorbereiding) is nog niet afgerond" in tekst


# The gate on the page


def test_the_gate_lists_what_is_missing_with_links_and_disables_completion(als, traject):
    tekst = (
        als("coordinator").get(reverse("stappenplan:stap", args=["voorbeeld", 1])).content.decode()
    )
    assert "Nog nodig voordat deze stap kan worden afgerond" in tekst
    assert 'data-code="activiteit_open:journey-ziekenhuis"' in tekst
    assert 'data-code="team_zonder_leden"' in tekst
    assert 'href="/regio/voorbeeld/stappenplan/team/"' in tekst
    assert "disabled" in tekst.split("Stap afronden</button>")[0].rsplit("<button", 1)[1]


def test_the_coordinator_completes_a_step_and_the_next_opens(als, traject, coordinator, regio):
    s1 = stap(traject, 1)
    alles_afvinken(s1, coordinator)
    bewijs_leveren(regio, s1, coordinator)
    client = als("coordinator")
    tekst = client.get(reverse("stappenplan:stap", args=["voorbeeld", 1])).content.decode()
    assert "Alles is compleet" in tekst
    response = client.post(reverse("stappenplan:stap_afronden", args=["voorbeeld", 1]), follow=True)
    tekst = response.content.decode()
    assert response.redirect_chain[-1][0].endswith("/stappenplan/stap/2/")
    assert "Stap 1 (Voorbereiding) is afgerond." in tekst
    assert "Huidige stap" in tekst


def test_completing_with_something_missing_shows_what_is_missing(als, traject):
    response = als("coordinator").post(
        reverse("stappenplan:stap_afronden", args=["voorbeeld", 1]), follow=True
    )
    assert "kan nog niet worden afgerond" in response.content.decode()
    assert stap(traject, 1).afgerond_op is None


def test_reopening_asks_for_a_reason(als, traject):
    client = als("coordinator")
    url = reverse("stappenplan:stap_heropenen", args=["voorbeeld", 0])
    response = client.post(url, {"reden": ""})
    assert "Dit veld is verplicht" in response.content.decode()
    assert stap(traject, 0).afgerond_op is not None
    client.post(url, {"reden": "Nieuwsbrief aanvullen"})
    assert stap(traject, 0).heropen_reden == "Nieuwsbrief aanvullen"


def test_the_history_shows_who_changed_what(als, traject, objecten, coordinator):
    services.activiteit_afvinken(activiteit=objecten["vreemd"], door=coordinator, gedaan=True)
    services.stap_heropenen(stap=stap(traject, 0), door=coordinator, reden="Nog een mailing")
    tekst = (
        als("coordinator")
        .get(reverse("stappenplan:stap_geschiedenis", args=["voorbeeld", 1]))
        .content.decode()
    )
    assert "Activiteit “Patientjourney: van revalidatie naar eerste lijn”" in tekst
    assert "eigenaar: leeg → Sander Jansen" in tekst
    assert "gedaan: ja" in tekst
    tekst = (
        als("coordinator")
        .get(reverse("stappenplan:stap_geschiedenis", args=["voorbeeld", 0]))
        .content.decode()
    )
    assert "reden: Nog een mailing" in tekst
    assert "Marieke de Vries" in tekst


def test_a_new_cycle_from_the_last_step_keeps_the_earlier_one_readable(als, traject, coordinator):
    afronden_tot(traject, 7, coordinator)
    client = als("coordinator")
    tekst = client.get(reverse("stappenplan:stap", args=["voorbeeld", 6])).content.decode()
    assert "Nieuwe cyclus starten vanaf stap 4" in tekst
    response = client.post(reverse("stappenplan:nieuwe_cyclus", args=["voorbeeld"]), follow=True)
    assert "Cyclus 2 is gestart" in response.content.decode()
    oud = client.get(reverse("stappenplan:stap_cyclus", args=["voorbeeld", 4, 1]))
    assert "een eerdere cyclus" in oud.content.decode()
    assert 'name="gedaan"' not in oud.content.decode()
    overzicht = client.get(reverse("stappenplan:overzicht", args=["voorbeeld"])).content.decode()
    assert "Eerdere cycli" in overzicht


# Team, decisions, communication


def test_the_coordinator_records_a_decision_with_participants(als, traject, coordinator, teamlid):
    s3 = stap(traject, 3)
    response = als("coordinator").post(
        reverse("stappenplan:besluit_nieuw", args=["voorbeeld"]),
        {
            "datum": "2026-11-20",
            "stap": s3.pk,
            "onderwerp": "Huidige situatie vastgesteld",
            "tekst": "Het team stelt de huidige situatie vast.",
            "stelt_vast": "on",
            "deelnemers": [coordinator.pk, teamlid.pk],
        },
    )
    assert response.status_code == 302
    besluit = Besluit.objects.get(onderwerp="Huidige situatie vastgesteld")
    assert set(besluit.deelnemers.all()) == {coordinator, teamlid}
    tekst = (
        als("manager").get(reverse("stappenplan:besluiten", args=["voorbeeld"])).content.decode()
    )
    assert "Huidige situatie vastgesteld" in tekst and "Sander Jansen" in tekst


def test_a_decision_without_participants_is_refused(als, traject):
    response = als("coordinator").post(
        reverse("stappenplan:besluit_nieuw", args=["voorbeeld"]),
        {"datum": "2026-11-20", "onderwerp": "x", "tekst": "x"},
    )
    assert "Geef aan wie het besluit hebben genomen" in response.content.decode()


def test_the_coordinator_keeps_the_team(als, traject, teamlid):
    client = als("coordinator")
    client.post(
        reverse("stappenplan:team_bewerken", args=["voorbeeld"]),
        {
            "overlegfrequentie": "Maandelijks",
            "overlegvorm": "Online",
            "rol_clientvertegenwoordiging": "Meedenken",
        },
    )
    client.post(
        reverse("stappenplan:teamlid_nieuw", args=["voorbeeld"]),
        {
            "lidmaatschap": teamlid.lidmaatschappen.get().pk,
            "functie": "Revalidatiearts",
            "mandaat_bevestigd": "on",
        },
    )
    tekst = als("patient").get(reverse("stappenplan:team", args=["voorbeeld"])).content.decode()
    assert "Maandelijks" in tekst and "Revalidatiearts" in tekst
    assert "Revalidatiecentrum Het Anker" in tekst
    assert "Teamlid toevoegen" not in tekst


def test_the_coordinator_keeps_the_communication_plan(als, traject):
    client = als("coordinator")
    client.post(
        reverse("stappenplan:communicatie_nieuw", args=["voorbeeld"]),
        {
            "kanaal": Kanaal.REGIONALE_KRANT,
            "omschrijving": "Artikel",
            "vaste_momenten": "Jaarlijks",
        },
    )
    middel = Communicatiemiddel.objects.get(omschrijving="Artikel")
    client.post(
        reverse("stappenplan:communicatie_afvinken", args=["voorbeeld", middel.pk]), {"gedaan": "1"}
    )
    middel.refresh_from_db()
    assert middel.gedaan and middel.gedaan_op == timezone.localdate()
    tekst = client.get(reverse("stappenplan:communicatie", args=["voorbeeld"])).content.decode()
    assert "Regionale krant" in tekst and "Gedaan op" in tekst


# Region page and start page


def test_the_region_page_shows_the_stepper_and_deadlines(als, traject, objecten):
    a = objecten["vreemd"]
    a.deadline = timezone.localdate() - timedelta(days=1)
    a.save()
    tekst = als("manager").get(reverse("regio", args=["voorbeeld"])).content.decode()
    assert "Stap 0" in tekst and "Afgerond" in tekst
    assert "Huidige stap" in tekst and "Op slot" in tekst
    assert "Komende deadlines" in tekst and "te laat" in tekst
    assert 'aria-label="Voortgang van het hele stappenplan"' in tekst


def test_the_start_page_shows_the_current_step_per_region(als, traject, objecten, elders, buiten):
    start(elders, buiten)
    LidmaatschapFactory(user=traject.gestart_door, regio=elders, rol="teamlid")
    tekst = als("coordinator").get(reverse("home")).content.decode()
    assert "Stap 1: Voorbereiding" in tekst
    assert "Stap 0: Draagvlak creëren" in tekst
    assert "1 van 7 stappen afgerond" in tekst


def test_the_menu_has_the_stappenplan(als, traject):
    tekst = als("patient").get(reverse("regio", args=["voorbeeld"])).content.decode()
    assert 'href="/regio/voorbeeld/stappenplan/">Stappenplan</a>' in tekst


# Query counts


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_step_page_queries_do_not_grow_with_activities_and_members(als, traject, regio):
    client = als("coordinator")
    url = reverse("stappenplan:stap", args=["voorbeeld", 1])
    _queries(client, url)
    voor = _queries(client, url)
    s1 = stap(traject, 1)
    for i in range(15):
        lid = LidmaatschapFactory(regio=regio, user=UserFactory())
        Activiteit.objects.create(
            stap=s1,
            code=f"extra-{i}",
            titel=f"Extra {i}",
            eigenaar=lid.user,
            deadline=timezone.localdate(),
            gedaan_op=timezone.now() if i % 2 else None,
            gedaan_door=lid.user if i % 2 else None,
            tool_url="stappenplan:team",
            links="https://example.org/verslag",
        )
    assert _queries(client, url) == voor


def test_region_and_start_page_queries_do_not_grow_with_regions(als, traject, coordinator):
    client = als("coordinator")
    _queries(client, reverse("home"))
    voor = _queries(client, reverse("home"))
    for i in range(3):
        lid = LidmaatschapFactory(user=coordinator, rol="coordinator", regio__slug=f"extra-{i}")
        start(lid.regio, coordinator)
    assert _queries(client, reverse("home")) == voor
    regio_voor = _queries(client, reverse("regio", args=["voorbeeld"]))
    afronden(traject, 1, coordinator)
    assert _queries(client, reverse("regio", args=["voorbeeld"])) == regio_voor


def test_tool_links_show_only_for_pages_that_exist(als, traject):
    tekst = (
        als("coordinator").get(reverse("stappenplan:stap", args=["voorbeeld", 0])).content.decode()
    )
    assert '<a href="/regio/voorbeeld/stappenplan/communicatie/">Naar Communicatieplan</a>' in tekst
    # The Ontwikkelscan page belongs to another app: linked once it exists, named until then.
    try:
        resolve("/regio/voorbeeld/ontwikkelscan/")
    except Resolver404:
        assert "Hulpmiddel: Ontwikkelscan" in tekst
    else:
        assert 'href="/regio/voorbeeld/ontwikkelscan/">Naar Ontwikkelscan</a>' in tekst


def test_reopening_an_open_step_sends_the_coordinator_back(als, traject):
    response = als("coordinator").get(reverse("stappenplan:stap_heropenen", args=["voorbeeld", 1]))
    assert response.status_code == 302
    assert response["Location"].endswith("/stappenplan/stap/1/")


def test_the_history_of_an_earlier_cycle_stays_available(als, traject, coordinator):
    afronden_tot(traject, 7, coordinator)
    services.nieuwe_cyclus(traject=traject, door=coordinator)
    client = als("coordinator")
    response = client.get(reverse("stappenplan:stap_cyclus_geschiedenis", args=["voorbeeld", 4, 1]))
    assert "Geschiedenis van stap 4" in response.content.decode()
    assert "afgerond: ja" in response.content.decode()
    huidig = client.get(reverse("stappenplan:stap_cyclus", args=["voorbeeld", 4, 2]))
    assert huidig.status_code == 302 and huidig["Location"].endswith("/stappenplan/stap/4/")


def test_the_overview_lists_what_is_on_my_name(als, objecten):
    tekst = (
        als("teamlid").get(reverse("stappenplan:overzicht", args=["voorbeeld"])).content.decode()
    )
    assert "Op uw naam" in tekst
    assert "Patientjourney: van revalidatie naar eerste lijn" in tekst
    tekst = (
        als("manager").get(reverse("stappenplan:overzicht", args=["voorbeeld"])).content.decode()
    )
    assert "Op uw naam" not in tekst


def test_a_decision_recorded_from_a_step_returns_to_that_step(als, traject, coordinator, teamlid):
    s3 = stap(traject, 3)
    stap_url = reverse("stappenplan:stap", args=["voorbeeld", 3])
    client = als("coordinator")
    link = f"{reverse('stappenplan:besluit_nieuw', args=['voorbeeld'])}?stap={s3.pk}&amp;volgende="
    assert link in client.get(stap_url).content.decode()

    data = {
        "datum": "2026-11-20",
        "stap": s3.pk,
        "onderwerp": "Huidige situatie vastgesteld",
        "tekst": "Het team stelt de huidige situatie vast.",
        "deelnemers": [coordinator.pk, teamlid.pk],
    }
    nieuw = reverse("stappenplan:besluit_nieuw", args=["voorbeeld"])
    response = client.post(f"{nieuw}?stap={s3.pk}&volgende={stap_url}", data)
    assert response["Location"] == stap_url
    # Another host is never a place to go back to.
    data["onderwerp"] = "Tweede besluit"
    response = client.post(f"{nieuw}?volgende=https://elders.example/", data)
    assert response["Location"] == reverse("stappenplan:besluiten", args=["voorbeeld"])
