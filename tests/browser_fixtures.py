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
    """Runs axe-core on every page the test visits, before the test acts on it or leaves it.

    A "load" event only marks the page as new (no browser calls inside an event handler); the
    check itself runs from the test's own flow: just before the next action on the page (a
    click, a key, filling a field, a navigation) and once more when the test ends. So every
    page a test visits is checked before it is left.
    """

    ACTIES = {
        "Page": ["goto", "go_back", "reload", "click", "fill", "press", "check", "select_option"],
        "Locator": ["click", "dblclick", "fill", "press", "check", "uncheck", "set_checked",
                    "select_option", "set_input_files"],
    }  # fmt: skip

    def __init__(self, page):
        from axe_playwright_python.sync_playwright import Axe

        self.page = page
        self.axe = Axe()
        self.nieuw = False
        self.gecontroleerd: list[str] = []
        self.fouten: list[str] = []
        page.on("load", lambda _p: setattr(self, "nieuw", True))

    def voor_actie(self) -> None:
        if self.nieuw:
            self.controleer()

    def controleer(self) -> None:
        page = self.page
        self.nieuw = False
        if not page.url.startswith("http") or page.url.endswith(".pdf"):
            return
        page.wait_for_load_state("load")
        resultaat = self.axe.run(page)
        self.gecontroleerd.append(page.url)
        for v in resultaat.response.get("violations", []):
            if v.get("impact") in ERNSTIG:
                doelen = [", ".join(n.get("target", [])) for n in v.get("nodes", [])][:3]
                self.fouten.append(f"{page.url}: {v['id']} ({v['impact']}): {v['help']} — {doelen}")

    def bewaak(self, monkeypatch) -> None:
        """Check the current page before every action that may leave it."""
        from playwright.sync_api import Locator, Page

        toezicht = self
        for cls in (Page, Locator):
            for naam in self.ACTIES[cls.__name__]:
                origineel = getattr(cls, naam)

                def actie(obj, *args, _origineel=origineel, **kwargs):
                    eigen = obj if isinstance(obj, Page) else obj.page
                    if eigen is toezicht.page:
                        toezicht.voor_actie()
                    return _origineel(obj, *args, **kwargs)

                monkeypatch.setattr(cls, naam, actie)


@pytest.fixture
def page(chromium, live_server, settings, monkeypatch):
    """A fresh browser page; axe-core checks every page it visits, the test fails on serious issues
    and on anything the Content-Security-Policy refused (an inline script or style)."""
    settings.SITE_URL = live_server.url
    context = chromium.new_context(base_url=live_server.url, locale="nl-NL", accept_downloads=True)
    context.set_default_timeout(15_000)
    pagina = context.new_page()
    geweigerd = []
    pagina.on(
        "console",
        lambda m: (
            geweigerd.append(f"{pagina.url}: {m.text}")
            if "Content Security Policy" in m.text
            else None
        ),
    )
    axe = Toegankelijkheid(pagina)
    axe.bewaak(monkeypatch)
    pagina.axe = axe
    yield pagina
    monkeypatch.undo()
    if pagina.url.startswith("http"):
        axe.controleer()
    context.close()
    assert axe.gecontroleerd, "axe-core heeft geen enkele pagina gecontroleerd"
    assert not axe.fouten, "Toegankelijkheidsfouten:\n" + "\n".join(axe.fouten)
    assert not geweigerd, "Door de Content-Security-Policy geweigerd:\n" + "\n".join(geweigerd)


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
