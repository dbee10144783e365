"""The run chart: an accessible SVG whose points follow the measurements."""

import re
from datetime import date
from decimal import Decimal as D

from indicatoren import grafieken
from indicatoren.regels import Punt


def _cy(svg):
    return [float(v) for v in re.findall(r'<circle cx="[\d.]+" cy="([\d.]+)"', svg)]


def test_it_draws_one_point_per_measurement_with_title_and_description():
    punten = [Punt(date(2026, 1, 5), D("10")), Punt(date(2026, 2, 5), D("14"))]
    svg = grafieken.runchart(
        punten,
        nulwaarde=D("8"),
        streefwaarde=D("20"),
        mediaan=D("12"),
        titel="Verloop",
        beschrijving="Twee metingen",
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="runchart-titel">Verloop</title>' in svg
    assert "Twee metingen" in svg
    assert len(_cy(svg)) == 2
    assert 'data-referentie="nulmeting"' in svg and 'data-referentie="doel"' in svg
    assert 'data-referentie="mediaan"' in svg
    assert "05-01-26" in svg and "05-02-26" in svg


def test_a_higher_value_is_drawn_higher():
    punten = [Punt(date(2026, 1, 5), D("10")), Punt(date(2026, 2, 5), D("14"))]
    eerste, tweede = _cy(grafieken.runchart(punten))
    assert tweede < eerste


def test_without_measurements_it_says_so():
    svg = grafieken.runchart([], nulwaarde=D("3"))
    assert "Nog geen metingen" in svg
    assert _cy(svg) == []


def test_a_single_measurement_sits_in_the_middle():
    svg = grafieken.runchart([Punt(date(2026, 1, 5), D("4"))])
    assert len(_cy(svg)) == 1
    assert 'data-referentie="mediaan"' not in svg


def test_a_qualitative_scale_shows_every_level():
    svg = grafieken.runchart(
        [Punt(date(2026, 1, 5), D("2"))], niveaus={1: "laag", 2: "midden", 3: "hoog", 4: "top"}
    )
    for niveau in ("1", "2", "3", "4"):
        assert f">{niveau}</text>" in svg


def test_numbers_are_written_the_dutch_way():
    assert grafieken.getal_nl(D("1234.50")) == "1.234,5"
    assert grafieken.getal_nl(D("7.00")) == "7"
    assert grafieken.getal_nl(None) == "—"
    assert grafieken.getal_nl(-2.25) == "-2,25"
