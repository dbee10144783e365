import io
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from verwijskaart import services

from .factories import VerwijzingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def versie(regio, coordinator, ziekenhuis):
    VerwijzingFactory(
        kaart__regio=regio,
        organisatie=ziekenhuis,
        discipline="TIA-service neurologie",
        behoefte="Verdenking beroerte of TIA",
        waarvoor="Snelle beoordeling na een TIA",
        telefoon="0301-555 210",
    )
    VerwijzingFactory(
        kaart__regio=regio, discipline="Cliëntondersteuner NAH", behoefte="Hulp bij regelen"
    )
    return services.publiceren(
        regio=regio,
        door=coordinator,
        volgende_herziening=date(2099, 3, 14),
        verantwoordelijke=coordinator,
    )


def test_the_pdf_holds_the_entries_the_version_and_the_review_date_on_every_page(versie, regio):
    lezer = PdfReader(io.BytesIO(bytes(versie.pdf)))
    tekst = " ".join(" ".join(pagina.extract_text() for pagina in lezer.pages).split())
    for verwacht in [
        "Verwijskaart Regio Voorbeeld",
        "TIA-service neurologie, Ziekenhuis De Linde",
        "Snelle beoordeling na een TIA",
        "0301-555 210",
        "Cliëntondersteuner NAH",
        "Verdenking beroerte of TIA",
    ]:
        assert verwacht in tekst
    for pagina in lezer.pages:
        paginatekst = " ".join(pagina.extract_text().split())
        assert "Regio Voorbeeld" in paginatekst
        assert "versie 1" in paginatekst.lower()
        assert "volgende herziening 14 maart 2099" in paginatekst
    assert lezer.metadata.title == "Verwijskaart Regio Voorbeeld, versie 1"
    assert "/StructTreeRoot" in lezer.trailer["/Root"]  # tagged for PDF/UA
    assert services.publieke_url(regio) in tekst


def test_the_pdf_pages_render_to_png(versie, tmp_path):
    pdf = tmp_path / "verwijskaart.pdf"
    pdf.write_bytes(bytes(versie.pdf))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "pagina")],
        check=True,
        capture_output=True,
    )
    pngs = sorted(tmp_path.glob("pagina*.png"))
    assert len(pngs) == len(PdfReader(io.BytesIO(bytes(versie.pdf))).pages) >= 1
    assert all(p.read_bytes().startswith(b"\x89PNG") for p in pngs)
