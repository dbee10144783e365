"""The progress report as PDF: downloadable by every member, with where the plan stands."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from stappenplan.services import traject as services

from .traject_factories import afronden, alleen_eigen_bewijs, stap, start  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alleen_eigen_bewijs")]


def test_a_manager_downloads_the_progress_report_with_steps_and_decisions(als, regio, coordinator):
    traject = start(regio, coordinator)
    afronden(traject, 0, coordinator)
    services.besluit_opslaan(
        regio=regio,
        door=coordinator,
        data={
            "datum": "2026-10-01",
            "stap": stap(traject, 0),
            "onderwerp": "Start van de implementatie",
            "tekst": "De managers steunen de implementatie.",
        },
        deelnemers=[coordinator],
    )
    response = als("manager").get(reverse("stappenplan:voortgang_pdf", args=["voorbeeld"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "voortgang-stappenplan-voorbeeld.pdf" in response["Content-Disposition"]
    tekst = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages
    ).replace("\n", " ")
    for naam in [
        "Draagvlak creëren",
        "Voorbereiding",
        "Breng de huidige situatie in kaart",
        "Stel de huidige situatie vast",
        "Van knelpunten naar verbeterpunten",
        "Aan de slag met verbeterpunten",
        "Afronding en borging",
    ]:
        assert naam in tekst
    assert "Afgerond" in tekst and "Huidige stap" in tekst
    assert "Start van de implementatie" in tekst
    assert "Regio Voorbeeld" in tekst


def test_an_outsider_gets_no_report(als, regio, coordinator, elders, buiten):
    start(regio, coordinator)
    assert (
        als("buiten").get(reverse("stappenplan:voortgang_pdf", args=["voorbeeld"])).status_code
        == 404
    )
