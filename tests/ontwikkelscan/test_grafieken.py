"""The charts are plain SVG strings: accessible, escaped, and drawn from the figures given."""

import re
import xml.etree.ElementTree as ET

from ontwikkelscan import grafieken

SVG = "{http://www.w3.org/2000/svg}"


def test_the_radar_is_an_accessible_image_with_one_axis_per_theme():
    svg = grafieken.radar(
        ["Draagvlak", "Netwerk", "Overdracht"],
        [grafieken.Reeks("Nulmeting", [1.0, 2.0, None]), grafieken.Reeks("Vorige", [0.5, 1, 1])],
        titel="Radar van de thema's",
        beschrijving="Draagvlak 1,0; Netwerk 2,0",
    )
    boom = ET.fromstring(svg)
    assert boom.get("role") == "img"
    assert boom.find(f"{SVG}title").text == "Radar van de thema's"
    assert boom.find(f"{SVG}desc").text.startswith("Draagvlak")
    assert len(boom.findall(f".//{SVG}g[@class='reeks']")) == 2
    assert "Draagvlak" in svg and "Overdracht" in svg
    # The previous round is dashed, not only another colour.
    assert "stroke-dasharray" in svg


def test_the_radar_puts_a_full_score_on_the_outer_ring():
    svg = grafieken.radar(["A", "B", "C", "D"], [grafieken.Reeks("Nu", [5, 5, 5, 5])], maximum=5)
    punten = re.search(r'<g class="reeks"[^>]*><polygon points="([^"]+)"', svg).group(1)
    buitenring = re.findall(r'<polygon points="([^"]+)"/>', svg)[4]  # ring of level 5
    assert punten == buitenring


def test_text_in_charts_is_escaped():
    svg = grafieken.netwerk(
        [grafieken.Knoop(1, "Zorg & Welzijn <Oost>"), grafieken.Knoop(2, "Wmo", sociaal=True)],
        {(1, 2): 3},
        titel="Netwerk <test>",
    )
    ET.fromstring(svg)  # well-formed
    assert "Zorg &amp; Welzijn" in svg and "&lt;Oost&gt;" in svg
    assert "<test>" not in svg


def test_the_network_draws_a_line_per_link_and_squares_for_the_social_domain():
    knopen = [
        grafieken.Knoop(1, "A"),
        grafieken.Knoop(2, "B"),
        grafieken.Knoop(3, "C", sociaal=True),
    ]
    svg = grafieken.netwerk(knopen, {(1, 2): 1, (2, 3): 4}, titel="Netwerk")
    boom = ET.fromstring(svg)
    lijnen = boom.findall(f".//{SVG}g[@class='lijnen']/{SVG}line")
    assert len(lijnen) == 2
    assert float(lijnen[-1].get("stroke-width")) > float(lijnen[0].get("stroke-width"))
    knoop_vormen = boom.find(f".//{SVG}g[@class='knopen']")
    assert len(knoop_vormen.findall(f"{SVG}rect")) == 1
    assert len(knoop_vormen.findall(f"{SVG}circle")) == 2


def test_a_long_organisation_name_is_wrapped_between_words_never_cut():
    naam = "Stichting Regionale Samenwerking Ouderenzorg en Revalidatie Rivierenland-Oost"
    svg = grafieken.netwerk(
        [grafieken.Knoop(1, naam), grafieken.Knoop(2, "Wmo", sociaal=True)], {(1, 2): 1}
    )
    boom = ET.fromstring(svg)
    regels = [t.text for t in boom.iter(f"{SVG}tspan")]
    assert " ".join(regels[:-1]) == naam
    assert all(len(r) <= 20 or " " not in r for r in regels)
    assert "…" not in svg
