"""An organisation that is referred to is archived, never deleted: nothing that used it changes."""

import io
import re
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from casemanagement import services
from casemanagement.constants import Domein
from casemanagement.forms import LidmaatschapForm, UitnodigingForm
from casemanagement.models import Lidmaatschap, Organisatie
from ontwikkelscan.models import Samenwerking
from tests.factories import OrganisatieFactory
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory, beantwoord, sluit
from tests.verwijskaart.factories import VerwijzingFactory

pytestmark = pytest.mark.django_db

# The per-request CSRF token is the only thing allowed to differ between two renders.
CSRF = re.compile(rb'(name="csrfmiddlewaretoken" value=|"X-CSRFToken": )"[^"]*"')


def _url(naam, regio, *args):
    return reverse(naam, args=[regio.slug, *args])


@pytest.fixture
def gesloten_ronde(regio, ziekenhuis, revalidatiecentrum):
    gemeente = OrganisatieFactory(
        regio=regio, naam="Gemeente Oost", type="gemeente", domein=Domein.SOCIAAL
    )
    ronde = RondeFactory(regio=regio, naam="Nulmeting 2026")
    for org, waarden in [
        (ziekenhuis, [0, 1, 2, 5]),
        (ziekenhuis, [0, 1, 2, 5]),
        (ziekenhuis, [4, 1, 3, None]),
        (gemeente, [4, None, 3, 0]),
    ]:
        r = beantwoord(RespondentFactory(ronde=ronde, organisatie=org), waarden)
        Samenwerking.objects.create(respondent=r, organisatie=revalidatiecentrum)
    return sluit(ronde)


def _scan_uitvoer(client, ronde):
    def pagina(naam):
        return CSRF.sub(b"", client.get(reverse(naam, args=[ronde.regio.slug, ronde.pk])).content)

    boek = load_workbook(
        io.BytesIO(client.get(_url("ontwikkelscan:resultaten_xlsx", ronde.regio, ronde.pk)).content)
    )
    pdf = PdfReader(io.BytesIO(pagina("ontwikkelscan:resultaten_pdf")))
    return {
        "pdf": [p.extract_text() for p in pdf.pages],
        "pagina": pagina("ontwikkelscan:resultaten"),
        "csv": pagina("ontwikkelscan:resultaten_csv"),
        "xlsx": [[c.value for c in rij] for blad in boek for rij in blad.iter_rows()],
    }


def test_an_organisation_nothing_refers_to_is_deleted_after_confirmation(als, regio):
    los = OrganisatieFactory(regio=regio, naam="Stichting Los")
    client = als("coordinator")
    pagina = client.get(_url("organisatie_verwijderen", regio, los.pk))
    assert pagina.status_code == 200
    tekst = pagina.content.decode()
    assert "Wilt u Stichting Los verwijderen?" in tekst
    assert Organisatie.objects.filter(pk=los.pk).exists()  # the GET changed nothing

    antwoord = client.post(_url("organisatie_verwijderen", regio, los.pk), follow=True)
    assert "Stichting Los is verwijderd." in antwoord.content.decode()
    assert not Organisatie.objects.filter(pk=los.pk).exists()


def test_an_organisation_in_use_is_not_deleted_but_offered_for_archiving(
    als, regio, teamlid, revalidatiecentrum
):
    VerwijzingFactory(kaart__regio=regio, organisatie=revalidatiecentrum)
    client = als("coordinator")
    tekst = client.get(_url("organisatie_verwijderen", regio, revalidatiecentrum.pk)).content
    tekst = tekst.decode()
    assert "wordt nog gebruikt en kan daarom niet worden verwijderd" in tekst
    assert "1 lidmaatschap" in tekst and "1 vermelding" in tekst
    assert _url("organisatie_archiveren", regio, revalidatiecentrum.pk) in tekst
    assert 'class="bevestiging"' not in tekst  # no delete button

    antwoord = client.post(_url("organisatie_verwijderen", regio, revalidatiecentrum.pk))
    assert antwoord.status_code == 200
    assert Lidmaatschap.objects.get(user=teamlid).organisatie == revalidatiecentrum


def test_the_service_refuses_to_delete_an_organisation_in_use(regio, teamlid, revalidatiecentrum):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as fout:
        services.organisatie_verwijderen(organisatie=revalidatiecentrum)
    assert fout.value.code == "in_gebruik"
    assert Organisatie.objects.filter(pk=revalidatiecentrum.pk).exists()


def test_the_database_protects_an_organisation_in_use(regio, teamlid, revalidatiecentrum):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        revalidatiecentrum.delete()


def test_archiving_asks_first_then_hides_the_organisation_from_new_choices_only(
    als, regio, teamlid, revalidatiecentrum, ziekenhuis
):
    client = als("coordinator")
    url = _url("organisatie_archiveren", regio, revalidatiecentrum.pk)
    tekst = client.get(url).content.decode()
    assert "Wilt u Revalidatiecentrum Het Anker archiveren?" in tekst
    assert "1 lidmaatschap" in tekst  # what keeps it
    revalidatiecentrum.refresh_from_db()
    assert not revalidatiecentrum.is_gearchiveerd

    client.post(url)
    revalidatiecentrum.refresh_from_db()
    assert revalidatiecentrum.is_gearchiveerd

    assert list(UitnodigingForm(regio=regio).fields["organisatie"].queryset) == [ziekenhuis]
    eigen = Lidmaatschap.objects.get(user=teamlid)
    assert revalidatiecentrum in LidmaatschapForm(instance=eigen).fields["organisatie"].queryset
    assert eigen.organisatie == revalidatiecentrum

    regiopagina = client.get(regio.get_absolute_url()).content.decode()
    assert "Revalidatiecentrum Het Anker (gearchiveerd)" in regiopagina  # the member keeps it
    assert "Gearchiveerde organisaties" in regiopagina


def test_the_coordinator_brings_an_archived_organisation_back(als, regio, revalidatiecentrum):
    services.organisatie_archiveren(organisatie=revalidatiecentrum)
    assert (
        als("teamlid")
        .post(_url("organisatie_terughalen", regio, revalidatiecentrum.pk))
        .status_code
        == 403
    )
    als("coordinator").post(_url("organisatie_terughalen", regio, revalidatiecentrum.pk))
    revalidatiecentrum.refresh_from_db()
    assert not revalidatiecentrum.is_gearchiveerd
    assert revalidatiecentrum in UitnodigingForm(regio=regio).fields["organisatie"].queryset


def test_a_closed_rounds_results_and_exports_are_the_same_after_archiving(
    als, regio, gesloten_ronde, revalidatiecentrum, ziekenhuis
):
    client = als("manager")
    voor = _scan_uitvoer(client, gesloten_ronde)
    assert b"Revalidatiecentrum Het Anker" in voor["pagina"]
    for org in Organisatie.objects.filter(regio=regio):
        services.organisatie_archiveren(organisatie=org)
    OrganisatieFactory(regio=regio, naam="Nieuw Wijkteam")  # added after the round closed
    assert _scan_uitvoer(client, gesloten_ronde) == voor


def test_a_published_version_is_byte_for_byte_the_same_after_archiving(
    als, regio, coordinator, revalidatiecentrum, monkeypatch
):
    from verwijskaart import services as verwijskaart

    monkeypatch.setattr(
        verwijskaart,
        "render_versie_pdf",
        lambda v: b"%PDF-1.7 " + v.vermeldingen[0]["naam"].encode(),
    )
    VerwijzingFactory(kaart__regio=regio, organisatie=revalidatiecentrum, discipline="")
    versie = verwijskaart.publiceren(
        regio=regio,
        door=coordinator,
        volgende_herziening=date(2099, 1, 1),
        verantwoordelijke=coordinator,
    )
    client = als("manager")
    urls = [
        reverse("verwijskaart:versie", args=[regio.slug, versie.nummer]),
        reverse("verwijskaart:versie_pdf", args=[regio.slug, versie.nummer]),
        reverse("verwijskaart_publiek:kaart", args=[regio.slug]),
        reverse("verwijskaart_publiek:pdf", args=[regio.slug]),
    ]
    voor = [CSRF.sub(b"", client.get(u).content) for u in urls]
    assert b"Revalidatiecentrum Het Anker" in voor[1]

    services.organisatie_archiveren(organisatie=revalidatiecentrum)

    assert [CSRF.sub(b"", client.get(u).content) for u in urls] == voor
    concept = client.get(reverse("verwijskaart:concept", args=[regio.slug])).content.decode()
    assert "organisatie gearchiveerd" in concept  # the draft keeps the entry and says so


def _xlsx_tekst(antwoord) -> str:
    boek = load_workbook(io.BytesIO(antwoord.content))
    return " ".join(
        str(c.value) for blad in boek for rij in blad.iter_rows() for c in rij if c.value
    )


def test_the_exports_that_used_an_archived_organisation_still_name_it(
    als, regio, teamlid, revalidatiecentrum
):
    VerwijzingFactory(kaart__regio=regio, organisatie=revalidatiecentrum, discipline="")
    services.organisatie_archiveren(organisatie=revalidatiecentrum)
    client = als("coordinator")
    leden = _xlsx_tekst(client.get(_url("leden_xlsx", regio)))
    concept = _xlsx_tekst(client.get(_url("verwijskaart:concept_xlsx", regio)))
    assert "Revalidatiecentrum Het Anker" in leden
    assert "Revalidatiecentrum Het Anker" in concept
    pagina = client.get(_url("verwijskaart:concept", regio)).content.decode()
    assert "Revalidatiecentrum Het Anker" in pagina
