"""A gentle warning where free text looks like a patient's BSN or birth date."""

import pytest
from django.urls import reverse

from casemanagement.persoonsgegevens import is_bsn, lijkt_persoonsgegeven


@pytest.mark.parametrize("nummer", ["111222333", "123456782"])
def test_numbers_that_pass_the_elfproef_are_bsns(nummer):
    assert is_bsn(nummer)


@pytest.mark.parametrize("nummer", ["123456789", "000000000", "12345678", "1112223334"])
def test_other_numbers_are_not(nummer):
    assert not is_bsn(nummer)


@pytest.mark.parametrize(
    ("tekst", "soort"),
    [
        ("Mevrouw met BSN 111222333 werd doorverwezen", "een burgerservicenummer (BSN)"),
        ("bsn 1112.22.333", "een burgerservicenummer (BSN)"),
        ("Patiënt geboren 12-03-1948 kwam thuis", "een geboortedatum"),
        ("geb. datum: 1 mei 1950", "een geboortedatum"),
        ("Overdracht binnen 2 werkdagen, bel 010-1234567", None),
        ("Deadline 01-06-2026, evaluatie in september", None),
        ("KvK 12345678, AGB-code 03012345", None),
        ("", None),
    ],
)
def test_what_free_text_seems_to_contain(tekst, soort):
    assert lijkt_persoonsgegeven(tekst) == soort


@pytest.mark.django_db
def test_a_form_warns_once_and_saves_when_asked_again(als, ziekenhuis):
    client = als("coordinator")
    url = reverse("organisatie_bewerken", args=["voorbeeld", ziekenhuis.pk])
    gegevens = {
        "naam": ziekenhuis.naam,
        "type": "ziekenhuis",
        "domein": "zorg",
        "adres": "Kamer 111222333",
    }
    eerste = client.post(url, gegevens)
    assert eerste.status_code == 200
    assert "lijkt een burgerservicenummer (BSN) te bevatten" in eerste.content.decode()
    ziekenhuis.refresh_from_db()
    assert ziekenhuis.adres == ""

    tweede = client.post(url, {**gegevens, "persoonsgegevens_gezien": "True"})
    assert tweede.status_code == 302
    ziekenhuis.refresh_from_db()
    assert ziekenhuis.adres == "Kamer 111222333"
