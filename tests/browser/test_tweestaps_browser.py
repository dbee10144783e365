"""A coordinator links an authenticator app, and logs in again with its code."""

import re
from base64 import b32decode

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _code(tekst):
    sleutel = "".join(tekst.split())
    sleutel += "=" * (-len(sleutel) % 8)
    return f"{TOTP(b32decode(sleutel)).token():06d}"


def test_a_coordinator_sets_up_two_step_verification_and_logs_in_with_a_code(
    page, personas, settings
):
    settings.TWEE_STAPPEN_VERPLICHT = True
    page.goto("/account/inloggen/")
    page.get_by_label("E-mailadres").fill("coordinator@example.org")
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("heading", name="Tweestapsverificatie instellen")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("QR-code"))).to_be_visible()
    sleutel = page.locator("#sleutel").inner_text()
    page.get_by_label("Code").fill(_code(sleutel))
    page.get_by_role("button", name="Koppelen").click()

    expect(page.get_by_role("heading", name="Uw herstelcodes")).to_be_visible()
    codes = page.get_by_role("list", name="Herstelcodes").get_by_role("listitem")
    expect(codes).to_have_count(10)
    herstelcode = codes.first.inner_text()
    page.get_by_role("link", name="Ik heb de codes bewaard, verder").click()
    expect(page.get_by_role("heading", name="Mijn regio's")).to_be_visible()

    page.get_by_role("button", name="Uitloggen").click()
    page.get_by_label("E-mailadres").fill("coordinator@example.org")
    page.get_by_label("Wachtwoord").fill("demo")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", name="Code invullen")).to_be_visible()
    page.get_by_label("Code").fill(herstelcode)
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.get_by_role("heading", name="Mijn regio's")).to_be_visible()
