import threading
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from verwijskaart import services
from verwijskaart.constants import Onverifieerd
from verwijskaart.models import Versie, Verwijskaart, Verwijzing

from .factories import VerwijzingFactory

pytestmark = pytest.mark.django_db


def test_a_published_version_never_changes_when_the_draft_does(nep_pdf, publiceer, regio):
    verwijzing = VerwijzingFactory(kaart__regio=regio, discipline="Logopedist", telefoon="0301-1")
    versie = publiceer()
    verwijzing.telefoon = "0301-2"
    verwijzing.save()
    VerwijzingFactory(kaart__regio=regio, discipline="Ergotherapeut")
    services.verwijzing_verwijderen(verwijzing=verwijzing)

    versie.refresh_from_db()
    assert [(v["naam"], v["telefoon"]) for v in versie.vermeldingen] == [("Logopedist", "0301-1")]
    assert bytes(versie.pdf) == b"%PDF-1.7\n% nep-pdf voor tests\nversie 1"


def test_publishing_renders_the_pdf_once_and_the_download_serves_the_stored_bytes(
    nep_pdf, publiceer, regio, als
):
    VerwijzingFactory(kaart__regio=regio)
    versie = publiceer()
    assert nep_pdf == [1]
    assert versie.pdf_sha256 == services.hashlib.sha256(bytes(versie.pdf)).hexdigest()

    client = als("manager")
    for url in [
        reverse("verwijskaart:versie_pdf", args=[regio.slug, 1]),
        reverse("verwijskaart_publiek:pdf", args=[regio.slug]),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response.content == bytes(versie.pdf)
    assert nep_pdf == [1]  # downloads never render again


def test_the_next_version_supersedes_the_previous_which_stays_downloadable(
    nep_pdf, publiceer, regio, als
):
    VerwijzingFactory(kaart__regio=regio)
    eerste = publiceer()
    tweede = publiceer()
    eerste.refresh_from_db()
    assert (eerste.nummer, tweede.nummer) == (1, 2)
    assert eerste.vervangen_op is not None and not eerste.is_actueel
    assert tweede.is_actueel
    response = als("manager").get(reverse("verwijskaart:versie_pdf", args=[regio.slug, 1]))
    assert response.content == bytes(eerste.pdf)


def test_version_numbers_never_repeat_the_database_refuses_a_duplicate(nep_pdf, publiceer, regio):
    VerwijzingFactory(kaart__regio=regio)
    versie = publiceer()
    with pytest.raises(IntegrityError), transaction.atomic():
        Versie.objects.create(
            kaart=versie.kaart,
            nummer=1,
            volgende_herziening=date(2099, 1, 1),
            pdf=b"x",
            pdf_sha256="x",
        )


def test_publishing_locks_the_map_before_it_numbers_the_version(nep_pdf, publiceer, regio):
    VerwijzingFactory(kaart__regio=regio)
    with CaptureQueriesContext(connection) as ctx:
        publiceer()
    sql = [q["sql"] for q in ctx.captured_queries]
    nummering = next(i for i, q in enumerate(sql) if 'INSERT INTO "verwijskaart_versie"' in q)
    kaart = [i for i, q in enumerate(sql) if 'FROM "verwijskaart_verwijskaart"' in q]
    if connection.features.has_select_for_update:
        kaart = [i for i in kaart if "FOR UPDATE" in sql[i]]
    assert kaart and kaart[0] < nummering


@pytest.mark.django_db(transaction=True)
def test_two_coordinators_publishing_at_the_same_moment_get_different_numbers(
    nep_pdf, coordinator, regio
):
    """Two threads, each with its own database connection, publish the same map.

    On PostgreSQL they start together and the row lock makes one wait for the other. SQLite
    in memory refuses a second writer instead of waiting, so there they run one after the
    other: the numbering must still be 1 and 2.
    """
    VerwijzingFactory(kaart__regio=regio)
    gelijktijdig = connection.vendor == "postgresql"
    start = threading.Barrier(2 if gelijktijdig else 1)
    nummers = []

    def publiceer():
        try:
            start.wait()
            versie = services.publiceren(
                regio=regio,
                door=coordinator,
                volgende_herziening=date(2099, 1, 1),
                verantwoordelijke=coordinator,
            )
            nummers.append(versie.nummer)
        finally:
            connection.close()

    draden = [threading.Thread(target=publiceer) for _ in range(2)]
    for draad in draden:
        draad.start()
        if not gelijktijdig:
            draad.join()
    for draad in draden:
        draad.join()

    assert sorted(nummers) == [1, 2]
    assert list(Versie.objects.order_by("nummer").values_list("nummer", flat=True)) == [1, 2]
    assert Versie.objects.filter(vervangen_op=None).count() == 1


def test_unverified_entries_are_marked_left_out_or_published_as_the_coordinator_chooses(
    nep_pdf, publiceer, regio
):
    oud = timezone.localdate() - timedelta(days=400)
    VerwijzingFactory(kaart__regio=regio, discipline="Actueel")
    VerwijzingFactory(kaart__regio=regio, discipline="Verlopen", geverifieerd_op=oud)
    VerwijzingFactory(kaart__regio=regio, discipline="Nooit", geverifieerd_op=None)

    gemarkeerd = publiceer(onverifieerd=Onverifieerd.MARKEREN)
    assert {v["naam"]: v["gemarkeerd"] for v in gemarkeerd.vermeldingen} == {
        "Actueel": False,
        "Verlopen": True,
        "Nooit": True,
    }
    weggelaten = publiceer(onverifieerd=Onverifieerd.WEGLATEN)
    assert [v["naam"] for v in weggelaten.vermeldingen] == ["Actueel"]
    assert Verwijzing.objects.filter(kaart__regio=regio).count() == 3  # still in the draft
    gewoon = publiceer(onverifieerd=Onverifieerd.PUBLICEREN)
    assert not any(v["gemarkeerd"] for v in gewoon.vermeldingen)
    assert len(gewoon.vermeldingen) == 3


def test_publishing_refuses_an_empty_draft_a_past_review_date_or_an_outsider_as_responsible(
    nep_pdf, publiceer, regio, personas
):
    with pytest.raises(ValidationError) as fout:
        publiceer()
    assert fout.value.error_list[0].code == "leeg_concept"
    VerwijzingFactory(kaart__regio=regio)
    with pytest.raises(ValidationError) as fout:
        publiceer(volgende_herziening=timezone.localdate())
    assert "volgende_herziening" in fout.value.error_dict
    with pytest.raises(ValidationError) as fout:
        publiceer(verantwoordelijke=personas.buiten)
    assert "verantwoordelijke" in fout.value.error_dict
    assert not Versie.objects.exists()
    assert nep_pdf == []


def test_the_public_snapshot_holds_no_member_names(nep_pdf, publiceer, regio, personas):
    VerwijzingFactory(
        kaart__regio=regio, eigenaar=personas.teamlid, geverifieerd_door=personas.teamlid
    )
    versie = publiceer()
    tekst = str(versie.vermeldingen)
    assert personas.teamlid.naam not in tekst
    assert personas.teamlid.email not in tekst


def test_a_draft_entry_needs_an_organisation_or_a_discipline(regio, revalidatiecentrum, elders):
    from casemanagement.models import Fase

    data = {
        "fase": Fase.objects.get(code="thuis"),
        "behoefte": "Vast aanspreekpunt",
        "waarvoor": "Casemanagement",
        "wijze": "telefoon",
        "discipline": "",
        "organisatie": None,
    }
    with pytest.raises(ValidationError) as fout:
        services.verwijzing_opslaan(regio=regio, data=data)
    assert fout.value.error_list[0].code == "geen_organisatie_of_discipline"
    andere = type(revalidatiecentrum).objects.create(regio=elders, naam="Elders", type="ggz")
    with pytest.raises(ValidationError):
        services.verwijzing_opslaan(regio=regio, data={**data, "organisatie": andere})
    verwijzing = services.verwijzing_opslaan(
        regio=regio, data={**data, "organisatie": revalidatiecentrum}
    )
    assert verwijzing.naam == "Revalidatiecentrum Het Anker"
    assert verwijzing.geverifieerd_op is None  # editing is not verifying
    assert Verwijskaart.objects.get(regio=regio).verwijzingen.count() == 1
