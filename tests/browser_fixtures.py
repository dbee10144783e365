"""Chromium through Playwright, with axe-core run on every page a browser test visits."""

import os
import re

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
ERNSTIG = {"serious", "critical"}


@pytest.fixture(scope="session")
def _playwright():
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def chromium(_playwright):
    browser = _playwright.chromium.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield browser
    browser.close()


class Toegankelijkheid:
    """Runs axe-core on each page loaded in the browser and keeps the serious violations."""

    def __init__(self):
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.gecontroleerd: list[str] = []
        self.fouten: list[str] = []
        self.bezig = False

    def controleer(self, page) -> None:
        # A "load" event can arrive while axe runs (Playwright dispatches events during a call):
        # that page is the one being checked already.
        if self.bezig or not page.url.startswith("http") or page.url.endswith(".pdf"):
            return
        self.bezig = True
        try:
            resultaat = self.axe.run(page)
        finally:
            self.bezig = False
        self.gecontroleerd.append(page.url)
        for v in resultaat.response.get("violations", []):
            if v.get("impact") in ERNSTIG:
                doelen = [", ".join(n.get("target", [])) for n in v.get("nodes", [])][:3]
                self.fouten.append(f"{page.url}: {v['id']} ({v['impact']}): {v['help']} — {doelen}")


@pytest.fixture
def page(chromium, live_server, settings):
    """A fresh browser page; axe-core checks every page it loads, the test fails on serious issues."""
    settings.SITE_URL = live_server.url
    context = chromium.new_context(base_url=live_server.url, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(15_000)
    pagina = context.new_page()
    axe = Toegankelijkheid()
    pagina.on("load", lambda p: axe.controleer(p))
    pagina.axe = axe
    yield pagina
    if pagina.url.startswith("http"):
        axe.controleer(pagina)
    context.close()
    assert axe.gecontroleerd, "axe-core heeft geen enkele pagina gecontroleerd"
    assert not axe.fouten, "Toegankelijkheidsfouten:\n" + "\n".join(axe.fouten)


@pytest.fixture
def inloggen(page):
    """Log in through the login form, as a person would."""

    def doe(email, wachtwoord="demo"):
        page.goto("/account/inloggen/")
        page.get_by_label("E-mailadres").fill(email)
        page.get_by_label("Wachtwoord").fill(wachtwoord)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(re.compile(r"^(?!.*inloggen).*$"))
        return page

    return doe
