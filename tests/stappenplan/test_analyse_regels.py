"""The rules of the analyse area as plain functions: SMARTI, goal state, the journey diagram."""

from datetime import date
from types import SimpleNamespace

import pytest

from stappenplan.diagram_analyse import DiagramFase, DiagramOvergang, journey_svg
from stappenplan.selectors.analyse import (
    doel_stand,
    evaluatie_te_laat,
    is_te_laat,
    smarti_ontbreekt,
    smarti_overzicht,
    uitvoering_ontbreekt,
)

from .factories_analyse import smarti_compleet

VANDAAG = date(2026, 11, 22)


def doel(**velden):
    basis = {
        "specifiek": "",
        "indicator": "",
        "nulmeting": "",
        "streefwaarde": "",
        "acceptabel": "",
        "realistisch": "",
        "deadline": None,
        "inspirerend": "",
        "verantwoordelijke_id": None,
        "verantwoordelijke_groep": "",
        "afspraken": "",
        "evaluatie_op": None,
        "communicatie": "",
        "status": "loopt",
    }
    return SimpleNamespace(**{**basis, **velden})


def letters(d):
    return [deel.letter for deel in smarti_ontbreekt(d)]


def test_an_empty_goal_misses_all_six_smarti_parts():
    assert letters(doel()) == ["S", "M", "A", "R", "T", "I"]


def test_a_goal_with_every_part_is_complete():
    assert smarti_ontbreekt(doel(**smarti_compleet())) == []
    assert all(ok for _deel, ok in smarti_overzicht(doel(**smarti_compleet())))


@pytest.mark.parametrize("leeg", ["indicator", "nulmeting", "streefwaarde"])
def test_measurable_needs_indicator_baseline_and_target(leeg):
    assert letters(doel(**smarti_compleet(**{leeg: ""}))) == ["M"]


def test_whitespace_does_not_count_as_filled_in():
    assert letters(doel(**smarti_compleet(specifiek="   ", inspirerend="\n"))) == ["S", "I"]


def test_time_bound_means_a_deadline():
    assert letters(doel(**smarti_compleet(deadline=None))) == ["T"]


def test_a_baseline_of_zero_counts_as_filled_in():
    assert letters(doel(**smarti_compleet(nulmeting="0"))) == []


def test_each_missing_part_explains_what_to_do():
    uitleg = {d.letter: d.uitleg for d in smarti_ontbreekt(doel())}
    assert "deadline" in uitleg["T"]
    assert "nulmeting" in uitleg["M"]


def test_carrying_out_a_goal_needs_a_responsible_agreements_evaluation_and_communication():
    assert uitvoering_ontbreekt(doel()) == [
        "een verantwoordelijke",
        "schriftelijke afspraken",
        "een evaluatiemoment",
        "hoe de instellingen erover communiceren",
    ]
    klaar = doel(
        verantwoordelijke_groep="Werkgroep overdracht",
        afspraken="Vastgelegd in het convenant.",
        evaluatie_op=VANDAAG,
        communicatie="Nieuwsbrief per instelling.",
    )
    assert uitvoering_ontbreekt(klaar) == []
    assert (
        uitvoering_ontbreekt(
            doel(**{**vars(klaar), "verantwoordelijke_groep": "", "verantwoordelijke_id": 3})
        )
        == []
    )


def test_a_goal_is_overdue_only_after_its_deadline_and_while_it_runs():
    assert not is_te_laat(doel(deadline=VANDAAG), VANDAAG)
    assert is_te_laat(doel(deadline=date(2026, 11, 21)), VANDAAG)
    assert not is_te_laat(doel(deadline=date(2026, 11, 21), status="behaald"), VANDAAG)
    assert not is_te_laat(doel(deadline=None), VANDAAG)


def test_goal_state_for_the_jaarplan():
    assert doel_stand(doel(status="behaald", deadline=date(2020, 1, 1)), VANDAAG) == "behaald"
    assert doel_stand(doel(status="gestopt"), VANDAAG) == "gestopt"
    assert doel_stand(doel(deadline=date(2026, 1, 1)), VANDAAG) == "te-laat"
    assert doel_stand(doel(deadline=date(2027, 1, 1)), VANDAAG) == "op-schema"
    assert doel_stand(doel(), VANDAAG) == "op-schema"


def test_an_evaluation_is_late_when_nothing_was_recorded_on_or_after_its_date():
    d = doel(evaluatie_op=date(2026, 10, 1))
    assert evaluatie_te_laat(d, None, VANDAAG)
    assert evaluatie_te_laat(d, date(2026, 9, 30), VANDAAG)
    assert not evaluatie_te_laat(d, date(2026, 10, 1), VANDAAG)
    assert not evaluatie_te_laat(doel(evaluatie_op=VANDAAG), None, VANDAAG)
    assert not evaluatie_te_laat(
        doel(evaluatie_op=date(2026, 1, 1), status="behaald"), None, VANDAAG
    )


def test_the_diagram_is_an_accessible_image_with_title_and_description():
    svg = journey_svg(
        titel="Patiëntjourney: van revalidatie naar eerste lijn",
        fasen=[
            DiagramFase("Revalidatie", ["Revalidatiecentrum Het Anker"]),
            DiagramFase("Thuis en eerste lijn", ["Huisarts <De Vaart> & co"], knelpunt=True),
        ],
        overgangen=[DiagramOvergang("Revalidatie → Thuis", wachttijd="2 weken", knelpunt=True)],
        id_prefix="test",
    )
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert 'role="img"' in svg
    assert 'aria-labelledby="test-titel test-beschrijving"' in svg
    assert '<title id="test-titel">Patiëntjourney: van revalidatie naar eerste lijn</title>' in svg
    assert "Huisarts &lt;De Vaart&gt; &amp; co" in svg  # escaped, never raw markup
    assert "<De Vaart>" not in svg
    assert svg.count("Bekend knelpunt") == 1 and ">knelpunt<" in svg
    assert "2 weken" in svg
    desc = svg.split("<desc")[1].split("</desc>")[0]
    assert "Fase 2: Thuis en eerste lijn" in desc and "met een bekend knelpunt" in desc
    assert "wachttijd 2 weken" in desc


def test_the_diagram_draws_phases_left_to_right_and_one_arrow_per_transition():
    svg = journey_svg(
        titel="t",
        fasen=[DiagramFase("A"), DiagramFase("B"), DiagramFase("C")],
        overgangen=[DiagramOvergang("A → B"), DiagramOvergang("B → C")],
    )
    assert svg.count("<line") == 2
    assert svg.index(">A<") < svg.index(">B<") < svg.index(">C<")
    assert "Nog geen organisaties" in svg
    assert "knelpunt" not in svg.split("</desc>")[1]
