"""Every page of the analyse area for each persona: allowed, refused (403) or, for another
region, not found (404). Patient representatives comment but do not edit journeys; team
members edit their own organisation's description and the goals they own."""

import pytest
from django.urls import reverse

from casemanagement.constants import Rol
from stappenplan.models import JourneyReactie, JourneyType, PartnerBeschrijving, Patientjourney
from stappenplan.services import analyse as services
from tests.factories import LidmaatschapFactory, OrganisatieFactory

from .factories_analyse import KnelpuntFactory, VerbeterpuntFactory, WerkconferentieFactory

pytestmark = pytest.mark.django_db

T = JourneyType.REVALIDATIE.value


@pytest.fixture
def data(regio, personas, ziekenhuis, revalidatiecentrum):
    journey = services.journey_aanmaken(regio=regio, type=T)
    reactie = services.reactie_plaatsen(
        journey=journey,
        auteur=personas.patient,
        herkenbaar="ja",
        suggestie="Bel na ontslag.",
        stap=journey.stappen.first(),
    )
    knelpunt = KnelpuntFactory(regio=regio)
    return {
        "journey": journey,
        "reactie": reactie,
        "knelpunt": knelpunt,
        "eigen_doel": VerbeterpuntFactory(
            regio=regio, knelpunt=knelpunt, verantwoordelijke=personas.teamlid
        ),
        "ander_doel": VerbeterpuntFactory(
            regio=regio, knelpunt=knelpunt, verantwoordelijke=personas.coordinator
        ),
        "werkconferentie": WerkconferentieFactory(regio=regio),
        "eigen_org": revalidatiecentrum,
        "andere_org": ziekenhuis,
    }


def _urls(d):
    s = "voorbeeld"

    def u(naam, *args):
        return reverse(f"stappenplan:{naam}", args=[s, *args])

    return {
        "patientjourneys": u("patientjourneys"),
        "patientjourney": u("patientjourney", T),
        "patientjourney_bewerken": u("patientjourney_bewerken", T),
        "patientjourney_reageren": u("patientjourney_reageren", T),
        "reactie_beantwoorden": u("reactie_beantwoorden", d["reactie"].pk),
        "beschrijvingen": u("beschrijvingen"),
        "beschrijving_eigen": u("beschrijving_bewerken", d["eigen_org"].pk),
        "beschrijving_ander": u("beschrijving_bewerken", d["andere_org"].pk),
        "knelpunten": u("knelpunten"),
        "knelpunt": u("knelpunt", d["knelpunt"].pk),
        "knelpunt_nieuw": u("knelpunt_nieuw"),
        "knelpunt_bewerken": u("knelpunt_bewerken", d["knelpunt"].pk),
        "knelpunten_xlsx": u("knelpunten_xlsx"),
        "knelpunt_clientperspectief": u("knelpunt_clientperspectief", d["knelpunt"].pk),
        "doelen": u("doelen"),
        "doel": u("verbeterpunt", d["eigen_doel"].pk),
        "doel_nieuw": u("verbeterpunt_nieuw"),
        "doel_eigen_bewerken": u("verbeterpunt_bewerken", d["eigen_doel"].pk),
        "doel_ander_bewerken": u("verbeterpunt_bewerken", d["ander_doel"].pk),
        "werkconferenties": u("werkconferenties"),
        "werkconferentie": u("werkconferentie", d["werkconferentie"].pk),
        "werkconferentie_nieuw": u("werkconferentie_nieuw"),
        "werkconferentie_bewerken": u("werkconferentie_bewerken", d["werkconferentie"].pk),
    }


LEZEN = [
    "patientjourneys", "patientjourney", "beschrijvingen", "knelpunten", "knelpunt",
    "knelpunten_xlsx", "doelen", "doel", "werkconferenties", "werkconferentie",
]  # fmt: skip
ALLEEN_COORDINATOR = [
    "patientjourney_bewerken", "reactie_beantwoorden", "knelpunt_nieuw", "knelpunt_bewerken",
    "doel_nieuw", "werkconferentie_nieuw", "werkconferentie_bewerken", "beschrijving_ander",
    "doel_ander_bewerken",
]  # fmt: skip


def verwacht(persona):
    if persona == "buiten":
        return dict.fromkeys([*LEZEN, *ALLEEN_COORDINATOR, "patientjourney_reageren",
                              "knelpunt_clientperspectief",
                              "beschrijving_eigen", "doel_eigen_bewerken"], 404)  # fmt: skip
    uitkomst = dict.fromkeys(LEZEN, 200)
    uitkomst.update(dict.fromkeys(ALLEEN_COORDINATOR, 200 if persona == "coordinator" else 403))
    beoordelen = 200 if persona in ("coordinator", "patient") else 403
    uitkomst["patientjourney_reageren"] = beoordelen
    uitkomst["knelpunt_clientperspectief"] = beoordelen
    eigen = 200 if persona in ("coordinator", "teamlid") else 403
    uitkomst["beschrijving_eigen"] = eigen
    uitkomst["doel_eigen_bewerken"] = eigen
    return uitkomst


@pytest.mark.parametrize("persona", ["coordinator", "teamlid", "patient", "manager", "buiten"])
def test_it_gives_each_persona_what_its_role_allows(als, persona, data):
    urls = _urls(data)
    client = als(persona)
    for pagina, status in verwacht(persona).items():
        response = client.get(urls[pagina])
        assert response.status_code == status, f"{persona} op {pagina}"


def test_a_patient_representative_comments_and_gives_a_verdict(als, data):
    client = als("patient")
    journey = data["journey"]
    stap = journey.stappen.last()
    response = client.post(
        reverse("stappenplan:patientjourney_reageren", args=["voorbeeld", T]),
        {
            "onderdeel": f"stap-{stap.pk}",
            "herkenbaar": "deels",
            "wat_gaat_mis": "Naasten worden niet betrokken.",
            "suggestie": "",
        },
    )
    assert response.status_code == 302
    assert JourneyReactie.objects.filter(stap=stap, wat_gaat_mis__startswith="Naasten").exists()
    response = client.post(
        reverse("stappenplan:patientjourney_oordeel", args=["voorbeeld", T]),
        {"oordeel": "akkoord", "toelichting": ""},
    )
    assert response.status_code == 302
    assert journey.oordelen.get().oordeel == "akkoord"


def test_a_patient_representative_does_not_edit_or_put_forward_a_journey(als, data):
    client = als("patient")
    journey = data["journey"]
    response = client.post(
        reverse("stappenplan:patientjourney_bewerken", args=["voorbeeld", T]),
        {"samenvatting": "Gewijzigd door de patiëntvertegenwoordiger"},
    )
    assert response.status_code == 403
    assert "coördinator" in response.content.decode()
    response = client.post(reverse("stappenplan:patientjourney_voorleggen", args=["voorbeeld", T]))
    assert response.status_code == 403
    journey.refresh_from_db()
    assert journey.samenvatting == "" and journey.voorgelegd_op is None
    page = client.get(journey.get_absolute_url()).content.decode()
    assert "Journey bewerken" not in page
    assert "Reactie plaatsen" in page


def test_team_members_and_managers_do_not_comment_on_journeys(als, data):
    stap = data["journey"].stappen.first()
    for persona in ("teamlid", "manager"):
        response = als(persona).post(
            reverse("stappenplan:patientjourney_reageren", args=["voorbeeld", T]),
            {"onderdeel": f"stap-{stap.pk}", "herkenbaar": "ja", "suggestie": "x"},
        )
        assert response.status_code == 403
    assert JourneyReactie.objects.count() == 1


def test_a_team_member_describes_only_their_own_organisation(als, data, regio):
    from casemanagement.models import Fase

    client = als("teamlid")
    acuut = Fase.objects.get(code="acuut")
    invoer = {"overdracht": "Warme overdracht.", f"fase_{acuut.pk}": "Revalidatieconsult."}
    eigen = reverse("stappenplan:beschrijving_bewerken", args=["voorbeeld", data["eigen_org"].pk])
    ander = reverse("stappenplan:beschrijving_bewerken", args=["voorbeeld", data["andere_org"].pk])
    assert client.post(eigen, invoer).status_code == 302
    assert client.post(ander, invoer).status_code == 403
    assert list(PartnerBeschrijving.objects.values_list("organisatie__naam", flat=True)) == [
        "Revalidatiecentrum Het Anker"
    ]


def test_a_team_member_records_progress_only_on_goals_they_own(als, data):
    client = als("teamlid")
    invoer = {"datum": "2026-01-15", "tekst": "Eerste overleg gehad.", "status": "loopt"}
    eigen = reverse("stappenplan:voortgang_toevoegen", args=["voorbeeld", data["eigen_doel"].pk])
    ander = reverse("stappenplan:voortgang_toevoegen", args=["voorbeeld", data["ander_doel"].pk])
    assert client.post(eigen, invoer).status_code == 302
    assert client.post(ander, invoer).status_code == 403
    assert data["eigen_doel"].voortgang.count() == 1
    assert data["ander_doel"].voortgang.count() == 0


def test_a_team_member_cannot_reassign_a_goal_they_own(als, data, personas):
    client = als("teamlid")
    doel = data["eigen_doel"]
    url = reverse("stappenplan:verbeterpunt_bewerken", args=["voorbeeld", doel.pk])
    assert 'name="verantwoordelijke"' not in client.get(url).content.decode()
    client.post(
        url,
        {
            "titel": doel.titel,
            "wat_verbetert": doel.wat_verbetert,
            "status": "loopt",
            "verantwoordelijke": personas.coordinator.pk,
            "indicator": "Aandeel gebeld",
        },
    )
    doel.refresh_from_db()
    assert doel.verantwoordelijke == personas.teamlid
    assert doel.indicator == "Aandeel gebeld"


def test_another_regions_objects_are_not_found_through_ones_own_region(als, data, elders):
    LidmaatschapFactory(regio=elders, rol=Rol.TEAMLID)
    vreemd_org = OrganisatieFactory(regio=elders)
    vreemd_knelpunt = KnelpuntFactory(regio=elders)
    vreemd_doel = VerbeterpuntFactory(regio=elders)
    vreemde_journey = services.journey_aanmaken(regio=elders, type=JourneyType.THUIS)
    reactie = JourneyReactie.objects.create(
        journey=vreemde_journey, stap=vreemde_journey.stappen.first(), herkenbaar="ja"
    )
    client = als("coordinator")
    for url in [
        reverse("stappenplan:knelpunt", args=["voorbeeld", vreemd_knelpunt.pk]),
        reverse("stappenplan:knelpunt_bewerken", args=["voorbeeld", vreemd_knelpunt.pk]),
        reverse("stappenplan:verbeterpunt", args=["voorbeeld", vreemd_doel.pk]),
        reverse("stappenplan:verbeterpunt_bewerken", args=["voorbeeld", vreemd_doel.pk]),
        reverse("stappenplan:beschrijving_bewerken", args=["voorbeeld", vreemd_org.pk]),
        reverse("stappenplan:reactie_beantwoorden", args=["voorbeeld", reactie.pk]),
        reverse("stappenplan:patientjourney", args=["voorbeeld", JourneyType.THUIS]),
        reverse("stappenplan:patientjourney", args=["voorbeeld", "bestaat-niet"]),
    ]:
        assert client.get(url).status_code == 404, url
    assert Patientjourney.objects.filter(regio__slug="voorbeeld").count() == 1


def test_a_patient_representative_adds_the_client_perspective_to_a_knelpunt(als, data):
    knelpunt = data["knelpunt"]
    url = reverse("stappenplan:knelpunt_clientperspectief", args=["voorbeeld", knelpunt.pk])
    invoer = {"clientperspectief": "Naasten voelen zich na ontslag alleen staan."}
    assert als("teamlid").post(url, invoer).status_code == 403
    response = als("patient").post(url, invoer, follow=True)
    assert "Naasten voelen zich na ontslag alleen staan." in response.content.decode()
    knelpunt.refresh_from_db()
    assert knelpunt.clientperspectief == "Naasten voelen zich na ontslag alleen staan."
    assert knelpunt.history.first().history_user.email == "patient@example.org"
    leeg = als("patient").post(url, {"clientperspectief": "  "})
    assert leeg.status_code == 200  # a required field: the form asks again, nothing changes
    knelpunt.refresh_from_db()
    assert knelpunt.clientperspectief.startswith("Naasten")
