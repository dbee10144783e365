"""Scoring and consensus are plain functions: exact figures on hand-made answer sets, and invariants."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ontwikkelscan import scoring
from ontwikkelscan.constants import Consensus


def test_it_leaves_weet_niet_out_of_every_figure_and_counts_it_apart():
    c = scoring.cijfers([1, 2, 2, 3, 5, None])
    assert c.aantal == 5
    assert c.weet_niet == 1
    assert c.gemiddelde == pytest.approx(2.6)
    assert c.mediaan == 2
    assert c.standaardafwijking == pytest.approx(math.sqrt(9.2 / 5))  # population sd 1.3565
    assert (c.q1, c.q3, c.iqr) == (2, 3, 1)
    assert (c.minimum, c.maximum) == (1, 5)
    assert c.consensus == Consensus.OVEREENSTEMMING


def test_a_group_split_far_apart_has_no_consensus():
    c = scoring.cijfers([0, 0, 4, 4])
    assert c.gemiddelde == 2
    assert c.mediaan == 2
    assert c.standaardafwijking == 2
    assert (c.q1, c.q3, c.iqr) == (0, 4, 4)
    assert c.consensus == Consensus.GEEN_OVEREENSTEMMING
    assert c.geen_overeenstemming
    assert c.consensus_label == "Geen overeenstemming"


def test_answers_spread_evenly_over_the_scale_have_no_consensus():
    c = scoring.cijfers([1, 2, 3, 4, 5])
    assert (c.q1, c.q3, c.iqr) == (2, 4, 2)
    assert c.consensus == Consensus.GEEN_OVEREENSTEMMING


def test_a_split_between_levels_one_and_three_still_counts_as_consensus():
    c = scoring.cijfers([1, 1, 1, 1, 2, 2, 3, 3, 3])
    assert c.iqr == 2
    assert c.maximum - c.minimum == 2
    assert c.consensus == Consensus.OVEREENSTEMMING


def test_one_outlier_does_not_break_consensus():
    c = scoring.cijfers([0, 5, 5, 5])
    assert c.q1 == pytest.approx(3.75)
    assert c.q3 == 5
    assert c.iqr == pytest.approx(1.25)
    assert c.consensus == Consensus.OVEREENSTEMMING


def test_a_single_respondent_gets_figures_but_no_consensus_verdict():
    c = scoring.cijfers([3])
    assert (c.aantal, c.mediaan, c.gemiddelde, c.standaardafwijking, c.iqr) == (1, 3, 3, 0, 0)
    assert c.consensus == Consensus.TE_WEINIG


def test_two_answers_are_too_few_to_judge_consensus():
    assert scoring.cijfers([0, 5]).consensus == Consensus.TE_WEINIG


@pytest.mark.parametrize("antwoorden", [[], [None, None]])
def test_no_answers_give_no_figures(antwoorden):
    c = scoring.cijfers(antwoorden)
    assert c.aantal == 0
    assert c.weet_niet == len(antwoorden)
    assert c.gemiddelde is None and c.mediaan is None and c.standaardafwijking is None
    assert c.iqr is None
    assert c.consensus == Consensus.TE_WEINIG


def test_quantiles_interpolate_between_sorted_answers():
    assert scoring.kwantiel([1, 2, 3, 4], 0.25) == pytest.approx(1.75)
    assert scoring.kwantiel([1, 2, 3, 4], 0.5) == pytest.approx(2.5)
    assert scoring.kwantiel([7], 0.75) == 7


THEMAS = {"A": ["a1", "a2"], "B": ["b1"], "C": ["c1"]}
ANTWOORDEN = [
    ("r1", "a1", 1),
    ("r1", "a2", 3),
    ("r1", "b1", None),
    ("r2", "a1", 4),
    ("r2", "a2", None),
    ("r2", "b1", 2),
    ("r3", "a1", None),
    ("r3", "a2", None),
    ("r3", "b1", 4),
]


def test_a_theme_is_scored_over_each_respondents_own_mean():
    u = scoring.uitslag(THEMAS, ANTWOORDEN)
    assert u.respondent_thema_scores["A"] == {"r1": 2, "r2": 4}
    a = u.per_thema["A"]
    assert (a.aantal, a.gemiddelde, a.mediaan, a.standaardafwijking) == (2, 3, 3, 1)
    b = u.per_thema["B"]
    assert (b.aantal, b.gemiddelde) == (2, 3)


def test_an_empty_theme_has_no_score_and_is_left_out_of_the_total():
    u = scoring.uitslag(THEMAS, ANTWOORDEN)
    assert u.per_thema["C"].aantal == 0
    assert u.per_thema["C"].gemiddelde is None
    assert u.totaal == 3


def test_items_count_their_own_answers():
    u = scoring.uitslag(THEMAS, ANTWOORDEN)
    assert (u.per_item["a1"].aantal, u.per_item["a1"].weet_niet) == (2, 1)
    assert u.per_item["a1"].gemiddelde == 2.5
    assert (u.per_item["a2"].aantal, u.per_item["a2"].weet_niet) == (1, 2)
    assert u.per_item["c1"].aantal == 0


def test_a_round_without_answers_has_no_total():
    u = scoring.uitslag(THEMAS, [])
    assert u.totaal is None
    assert all(c.aantal == 0 for c in u.per_item.values())


def test_the_weakest_items_come_first_and_items_without_answers_are_left_out():
    per_item = {
        "hoog": scoring.cijfers([4, 4, 5]),
        "laag": scoring.cijfers([0, 1, 1]),
        "midden_smal": scoring.cijfers([2, 2, 2]),
        "midden_breed": scoring.cijfers([0, 2, 4]),
        "leeg": scoring.cijfers([None]),
    }
    assert scoring.zwakste(per_item, 4) == ["laag", "midden_breed", "midden_smal", "hoog"]


def test_the_most_disputed_items_are_those_without_consensus_widest_first():
    per_item = {
        "eens": scoring.cijfers([3, 3, 3]),
        "oneens": scoring.cijfers([1, 2, 3, 4, 5]),
        "zeer_oneens": scoring.cijfers([0, 0, 5, 5]),
    }
    assert scoring.meest_verdeeld(per_item) == ["zeer_oneens", "oneens"]


def test_no_group_smaller_than_three_is_shown_separately():
    groep_van = {
        "r1": "Ziekenhuis", "r2": "Ziekenhuis", "r3": "Ziekenhuis",
        "r4": "Gemeente", "r5": "Gemeente",
        "r6": "GGZ",
    }  # fmt: skip
    antwoorden = [(r, "a1", i % 6) for i, r in enumerate(groep_van)]
    groepen = scoring.uitsplitsing({"A": ["a1"]}, antwoorden, groep_van, minimum=3)
    assert [(g.naam, g.respondenten) for g in groepen] == [("Ziekenhuis", 3), ("Overige", 3)]
    assert groepen[1].samengevoegd == ("GGZ", "Gemeente")
    assert groepen[0].per_thema["A"].gemiddelde == 1  # answers 0, 1, 2


def test_a_rest_group_below_the_minimum_is_left_out_altogether():
    groep_van = {"r1": "Zorg", "r2": "Zorg", "r3": "Zorg", "r4": "Sociaal domein"}
    antwoorden = [(r, "a1", 3) for r in groep_van]
    groepen = scoring.uitsplitsing({"A": ["a1"]}, antwoorden, groep_van, minimum=3)
    assert [g.naam for g in groepen] == ["Zorg"]


def test_a_change_between_rounds_reads_up_down_or_equal():
    assert scoring.Verandering(2.0, 2.5).richting == "omhoog"
    assert scoring.Verandering(2.0, 2.5).verschil == pytest.approx(0.5)
    assert scoring.Verandering(2.5, 1.0).richting == "omlaag"
    assert scoring.Verandering(2.0, 2.02).richting == "gelijk"
    assert scoring.Verandering(None, 2.0).richting == ""
    assert scoring.Verandering(None, 2.0).verschil is None


def test_network_links_are_undirected_and_counted():
    contacten = [(1, 2), (2, 1), (1, 1), (None, 3), (3, 1)]
    assert scoring.netwerk_verbindingen(contacten) == {(1, 2): 2, (1, 3): 1}


antwoord = st.one_of(st.none(), st.integers(min_value=0, max_value=5))


@given(st.lists(antwoord, max_size=40))
def test_figures_stay_within_the_answers(antwoorden):
    c = scoring.cijfers(antwoorden)
    assert c.aantal + c.weet_niet == len(antwoorden)
    if c.aantal == 0:
        assert c.gemiddelde is None
        return
    eps = 1e-9
    assert c.minimum - eps <= c.q1 <= c.mediaan + eps
    assert c.mediaan - eps <= c.q3 <= c.maximum + eps
    assert c.minimum - eps <= c.gemiddelde <= c.maximum + eps
    assert 0 <= c.standaardafwijking <= (c.maximum - c.minimum) / 2 + eps
    assert 0 <= c.iqr <= c.maximum - c.minimum + eps


@given(st.lists(antwoord, max_size=30), st.randoms())
def test_the_order_of_the_answers_does_not_matter(antwoorden, rnd):
    geschud = list(antwoorden)
    rnd.shuffle(geschud)
    assert scoring.cijfers(geschud) == scoring.cijfers(antwoorden)


@given(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=30), st.integers(1, 5))
def test_weet_niet_changes_nothing_but_its_own_count(waarden, extra):
    met = scoring.cijfers(waarden + [None] * extra)
    zonder = scoring.cijfers(waarden)
    assert met.weet_niet == extra
    assert met.gemiddelde == zonder.gemiddelde
    assert met.consensus == zonder.consensus


@given(st.integers(0, 5), st.integers(3, 30))
def test_everyone_giving_the_same_answer_is_consensus(waarde, aantal):
    c = scoring.cijfers([waarde] * aantal)
    assert c.standaardafwijking == 0
    assert c.consensus == Consensus.OVEREENSTEMMING


@given(
    st.dictionaries(
        st.sampled_from([f"r{i}" for i in range(12)]),
        st.sampled_from(["Ziekenhuis", "Gemeente", "GGZ", "Huisarts"]),
    )
)
def test_no_shown_group_is_ever_smaller_than_the_minimum(groep_van):
    antwoorden = [(r, "a1", 2) for r in groep_van]
    for groep in scoring.uitsplitsing({"A": ["a1"]}, antwoorden, groep_van, minimum=3):
        assert groep.respondenten >= 3


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["r1", "r2", "r3", "r4"]), st.sampled_from(["a1", "a2", "b1"]), antwoord
        ),
        max_size=30,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_a_theme_mean_lies_within_its_item_answers(antwoorden):
    u = scoring.uitslag({"A": ["a1", "a2"], "B": ["b1"]}, antwoorden)
    for thema, items in {"A": ["a1", "a2"], "B": ["b1"]}.items():
        waarden = [w for _r, i, w in antwoorden if i in items and w is not None]
        if not waarden:
            assert u.per_thema[thema].gemiddelde is None
        else:
            assert min(waarden) - 1e-9 <= u.per_thema[thema].gemiddelde <= max(waarden) + 1e-9
