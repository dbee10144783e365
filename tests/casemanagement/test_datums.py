"""Every date a form shows survives an unchanged save: the browser's date picker only reads ISO."""

import importlib
import pkgutil
from datetime import date, datetime
from pathlib import Path

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from tests.html_formulieren import browserwaarde, post_formulieren

DATUM = date(2026, 11, 24)
DATUM_TIJD = datetime(2026, 11, 24, 14, 30)


def _project_apps() -> list[str]:
    basis = Path(settings.BASE_DIR).resolve()
    return [
        a.name
        for a in apps.get_app_configs()
        if Path(a.path).resolve().is_relative_to(basis) and ".venv" not in Path(a.path).parts
    ]


def _formklassen() -> list[type[forms.BaseForm]]:
    """Every form class the project defines, found by importing each app's forms."""
    namen = _project_apps()
    for app in namen:
        try:
            module = importlib.import_module(f"{app}.forms")
        except ModuleNotFoundError:
            continue
        if hasattr(module, "__path__"):
            for sub in pkgutil.iter_modules(module.__path__):
                importlib.import_module(f"{module.__name__}.{sub.name}")
    gevonden, todo = set(), [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in gevonden:
                gevonden.add(sub)
                todo.append(sub)
    return sorted(
        (k for k in gevonden if k.__module__.split(".")[0] in namen),
        key=lambda k: f"{k.__module__}.{k.__qualname__}",
    )


def _datumvelden():
    for klasse in _formklassen():
        for naam, veld in klasse.base_fields.items():
            if isinstance(veld, forms.DateTimeField):
                yield klasse, naam, veld, timezone.make_aware(DATUM_TIJD)
            elif isinstance(veld, forms.DateField):
                yield klasse, naam, veld, DATUM


def _invoerwaarde(html: str) -> tuple[str, str]:
    from tests.html_formulieren import formulieren

    form = formulieren(f'<form method="post">{html}</form>')[0]
    [(naam, waarde)] = form.datumvelden.items()
    return naam, waarde


def test_the_walk_finds_the_forms_with_a_date():
    namen = {k.__name__ for k, *_ in _datumvelden()}
    assert {"ActiviteitForm", "RondeForm", "PublicerenForm", "WerkconferentieForm"} <= namen


@pytest.mark.parametrize(
    "klasse,naam,veld,waarde",
    [pytest.param(*v, id=f"{v[0].__name__}.{v[1]}") for v in _datumvelden()],
)
def test_every_date_field_shows_its_date_to_the_browser_and_reads_it_back(
    klasse, naam, veld, waarde
):
    html = veld.widget.render(naam, veld.prepare_value(waarde))
    _naam, getoond = _invoerwaarde(html)
    assert getoond, f"{klasse.__name__}.{naam}: de browser toont een leeg veld ({html})"
    assert veld.clean(getoond) == waarde, f"{klasse.__name__}.{naam}: datum verandert bij opslaan"


def test_a_date_in_the_dutch_notation_would_be_lost_by_the_browser():
    """The defect the widget prevents: a date picker drops 24-11-2026."""
    assert browserwaarde("date", "24-11-2026") == ""
    assert browserwaarde("date", "2026-11-24") == "2026-11-24"


@pytest.fixture
def traject_objecten(regio, coordinator, personas, alleen_bewijs_uit):
    from stappenplan.models import Besluit, Implementatieteam
    from tests.stappenplan.traject_factories import afronden_tot, bewijs_leveren, stap, start

    alleen_bewijs_uit("stappenplan.koppelingen_traject")
    traject = start(regio, coordinator)
    afronden_tot(traject, 1, coordinator)
    s1 = stap(traject, 1)
    bewijs_leveren(regio, s1, coordinator)
    activiteit = s1.activiteiten.first()
    activiteit.deadline = DATUM
    activiteit.save()
    besluit = Besluit.objects.create(
        regio=regio, stap=s1, datum=DATUM, onderwerp="Start", tekst="Gestart"
    )
    besluit.deelnemers.add(coordinator)
    team = Implementatieteam.objects.get(regio=regio)
    team.vastgesteld_op = DATUM
    team.save()
    return {"activiteit": activiteit, "besluit": besluit, "team": team}


def _bewerkpagina(o, s):
    return [
        (o["activiteit"], "deadline", reverse("stappenplan:activiteit_bewerken", args=[s, o["activiteit"].pk])),
        (o["besluit"], "datum", reverse("stappenplan:besluit_bewerken", args=[s, o["besluit"].pk])),
        (o["team"], "vastgesteld_op", reverse("stappenplan:team_bewerken", args=[s])),
    ]  # fmt: skip


def test_saving_an_edit_page_unchanged_keeps_every_date(als, regio, traject_objecten):
    client = als("coordinator")
    for obj, veld, url in _bewerkpagina(traject_objecten, regio.slug):
        antwoord = client.get(url)
        assert antwoord.status_code == 200
        [form] = [f for f in post_formulieren(antwoord.content.decode()) if f.datumvelden]
        assert form.datumvelden[veld] == "2026-11-24", url
        opgeslagen = client.post(form.action or url, form.data())
        assert opgeslagen.status_code == 302, (url, opgeslagen.content.decode()[:2000])
        obj.refresh_from_db()
        assert getattr(obj, veld) == DATUM, url
