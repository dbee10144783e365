"""The history of an object: who changed what, in Dutch, for the coordinator of its region only;
deleted objects put back from the history in one click."""

import pytest
from django.urls import reverse

from casemanagement import geschiedenis
from casemanagement.constants import Rol
from casemanagement.models import Lidmaatschap
from tests.factories import OrganisatieFactory
from tests.verwijskaart.factories import VerwijzingFactory
from verwijskaart.models import Verwijzing

pytestmark = pytest.mark.django_db


def _geschiedenis(regio, sleutel, pk):
    return reverse("geschiedenis", args=[regio.slug, sleutel, pk])


def _organisatie_data(org, **anders):
    data = {
        "naam": org.naam,
        "type": org.type,
        "domein": org.domein,
        "contactpersoon": org.contactpersoon,
        "telefoon": org.telefoon,
        "email": org.email,
        "website": org.website,
        "adres": org.adres,
    }
    data.update(anders)
    return data


def test_the_coordinator_reads_who_changed_an_organisation_in_dutch(als, regio, ziekenhuis):
    client = als("coordinator")
    antwoord = client.post(
        reverse("organisatie_bewerken", args=[regio.slug, ziekenhuis.pk]),
        _organisatie_data(ziekenhuis, telefoon="030 123 45 67", type="revalidatiecentrum"),
    )
    assert antwoord.status_code == 302

    pagina = client.get(_geschiedenis(regio, "organisatie", ziekenhuis.pk))
    tekst = pagina.content.decode()
    assert pagina.status_code == 200
    assert "Marieke de Vries" in tekst
    assert "Organisatie “Ziekenhuis De Linde” gewijzigd" in tekst
    assert "Telefoon: leeg → 030 123 45 67" in tekst
    assert "Soort organisatie: Ziekenhuis → Revalidatiecentrum" in tekst  # labels, not codes
    assert "organisatie_bewerken" not in tekst and "type:" not in tekst


def test_a_members_history_names_roles_and_organisations(als, regio, teamlid, ziekenhuis):
    lid = Lidmaatschap.objects.get(user=teamlid, regio=regio)
    client = als("coordinator")
    client.post(
        reverse("lid_bewerken", args=[regio.slug, lid.pk]),
        {"rol": Rol.MANAGER, "organisatie": ziekenhuis.pk},
    )
    tekst = client.get(_geschiedenis(regio, "lid", lid.pk)).content.decode()
    assert "Rol: Lid implementatieteam → Manager / bestuurder" in tekst
    assert "Organisatie: Revalidatiecentrum Het Anker → Ziekenhuis De Linde" in tekst


def test_only_the_coordinator_sees_history_and_nothing_of_another_region(
    als, regio, elders, ziekenhuis
):
    vreemd = OrganisatieFactory(regio=elders, naam="Elders Zorg")
    url = _geschiedenis(regio, "organisatie", ziekenhuis.pk)
    for persona in ["teamlid", "patient", "manager"]:
        assert als(persona).get(url).status_code == 403
    assert als("buiten").get(url).status_code == 404
    assert als("coordinator").get(_geschiedenis(regio, "organisatie", vreemd.pk)).status_code == 404
    assert (
        als("coordinator").get(_geschiedenis(regio, "onbekend", ziekenhuis.pk)).status_code == 404
    )


def test_every_kind_of_object_is_registered_once_with_its_region():
    sleutels = [s.sleutel for s in geschiedenis.soorten()]
    assert len(sleutels) == len(set(sleutels))
    assert {"organisatie", "lid", "vermelding"} <= set(sleutels)
    with pytest.raises(ValueError):
        geschiedenis.registreer(geschiedenis.Soort("organisatie", Verwijzing, "kaart__regio"))


def test_a_deleted_entry_is_put_back_from_the_history_in_one_click(als, regio, revalidatiecentrum):
    verwijzing = VerwijzingFactory(kaart__regio=regio, organisatie=revalidatiecentrum)
    pk = verwijzing.pk
    client = als("coordinator")
    client.post(reverse("verwijskaart:verwijzing_verwijderen", args=[regio.slug, pk]))
    assert not Verwijzing.objects.filter(pk=pk).exists()

    lijst = client.get(reverse("verwijderd", args=[regio.slug]))
    tekst = lijst.content.decode()
    assert "Vermelding op de verwijskaart “" in tekst and "Terugzetten" in tekst
    record = Verwijzing.history.get(id=pk, history_type="-")
    terug = client.post(
        reverse("terugzetten", args=[regio.slug, "vermelding", record.history_id]), follow=True
    )
    assert "is teruggezet" in terug.content.decode()
    hersteld = Verwijzing.objects.get(pk=pk)
    assert hersteld.organisatie == revalidatiecentrum
    na = client.get(reverse("verwijderd", args=[regio.slug])).content.decode()
    assert "Er is niets verwijderd dat terug te zetten is." in na


def test_putting_back_is_for_the_coordinator_of_that_region_only(als, regio, elders):
    verwijzing = VerwijzingFactory(kaart__regio=regio)
    pk = verwijzing.pk
    verwijzing.delete()
    record = Verwijzing.history.get(id=pk, history_type="-")
    url = reverse("terugzetten", args=[regio.slug, "vermelding", record.history_id])
    assert als("teamlid").post(url).status_code == 403
    assert als("teamlid").get(reverse("verwijderd", args=[regio.slug])).status_code == 403
    als("buiten").post(reverse("terugzetten", args=[elders.slug, "vermelding", record.history_id]))
    assert not Verwijzing.objects.filter(pk=pk).exists()
