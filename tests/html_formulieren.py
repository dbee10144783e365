"""Read the forms of a rendered page as a browser would submit them (standard library only)."""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

ISO_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
ISO_DATUM_TIJD = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")


def browserwaarde(type_: str, waarde: str) -> str:
    """What a browser keeps of a value: a date input drops anything that is not an ISO date."""
    if type_ == "date":
        return waarde if ISO_DATUM.fullmatch(waarde) else ""
    if type_ == "datetime-local":
        return waarde if ISO_DATUM_TIJD.fullmatch(waarde) else ""
    return waarde


@dataclass
class Formulier:
    action: str
    method: str
    velden: list[tuple[str, str]] = field(default_factory=list)
    knoppen: list[str] = field(default_factory=list)
    datumvelden: dict[str, str] = field(default_factory=dict)

    def data(self) -> dict[str, list[str]]:
        uit: dict[str, list[str]] = {}
        for naam, waarde in self.velden:
            uit.setdefault(naam, []).append(waarde)
        return uit


class _Lezer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.formulieren: list[Formulier] = []
        self._form: Formulier | None = None
        self._select: str | None = None
        self._select_gekozen = False
        self._meervoudig = False
        self._eerste_optie: str | None = None
        self._optie: dict | None = None
        self._textarea: str | None = None
        self._tekst: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = Formulier(a.get("action") or "", (a.get("method") or "get").lower())
            self.formulieren.append(self._form)
            return
        if self._form is None:
            return
        naam = a.get("name")
        if tag == "input" and naam and "disabled" not in a:
            type_ = (a.get("type") or "text").lower()
            if type_ in ("checkbox", "radio") and "checked" not in a:
                return
            if type_ in ("submit", "button", "image", "reset", "file"):
                return
            waarde = browserwaarde(type_, a.get("value") or ("on" if type_ == "checkbox" else ""))
            if type_ in ("date", "datetime-local"):
                self._form.datumvelden[naam] = waarde
            self._form.velden.append((naam, waarde))
        elif tag in ("button", "input") and (a.get("type") or "submit") == "submit":
            self._form.knoppen.append(a.get("value") or "")
        elif tag == "select" and naam and "disabled" not in a:
            self._select, self._select_gekozen, self._eerste_optie = naam, False, None
            self._meervoudig = "multiple" in a
        elif tag == "option" and self._select:
            self._optie = a
            self._tekst = []
        elif tag == "textarea" and naam and "disabled" not in a:
            self._textarea, self._tekst = naam, []

    def handle_data(self, data):
        if self._textarea or self._optie is not None:
            self._tekst.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option" and self._optie is not None:
            waarde = self._optie.get("value", "".join(self._tekst).strip())
            if self._eerste_optie is None:
                self._eerste_optie = waarde
            if "selected" in self._optie:
                self._form.velden.append((self._select, waarde))
                self._select_gekozen = True
            self._optie = None
        elif tag == "select" and self._select:
            if not (self._select_gekozen or self._meervoudig) and self._eerste_optie is not None:
                self._form.velden.append((self._select, self._eerste_optie))
            self._select = None
        elif tag == "textarea" and self._textarea:
            tekst = "".join(self._tekst)
            self._form.velden.append((self._textarea, tekst.removeprefix("\n")))
            self._textarea = None


def formulieren(html: str) -> list[Formulier]:
    lezer = _Lezer()
    lezer.feed(html)
    return lezer.formulieren


def post_formulieren(html: str) -> list[Formulier]:
    return [f for f in formulieren(html) if f.method == "post"]
