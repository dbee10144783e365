"""The arithmetic of an indicator, without a database."""

from datetime import date, timedelta
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from indicatoren import regels
from indicatoren.constants import Richting, Trend

P = regels.Punt


def _stand(richting, nul, doel, *waarden):
    punten = [P(date(2026, 1, 1) + timedelta(days=30 * i), D(w)) for i, w in enumerate(waarden)]
    return regels.stand(
        richting=richting,
        nulwaarde=None if nul is None else D(nul),
        streefwaarde=None if doel is None else D(doel),
        punten=punten,
    )


def test_it_measures_change_and_distance_when_higher_is_better():
    s = _stand(Richting.HOGER, "10", "30", "12", "18")
    assert s.verandering == D("8")
    assert s.verbetering == D("8")
    assert s.afstand_tot_doel == D("12")
    assert s.doel_bereikt is False
    assert s.voortgang == D("0.4")
    assert s.trend == Trend.BETER
    assert s.laatste == P(date(2026, 1, 31), D("18"))


def test_it_measures_change_and_distance_when_lower_is_better():
    s = _stand(Richting.LAGER, "120", "60", "110", "90")
    assert s.verandering == D("-30")
    assert s.verbetering == D("30")
    assert s.afstand_tot_doel == D("30")
    assert s.voortgang == D("0.5")
    assert s.trend == Trend.BETER


def test_a_rise_is_worse_when_lower_is_better():
    s = _stand(Richting.LAGER, "100", "80", "90", "95")
    assert s.trend == Trend.SLECHTER
    assert s.verbetering == D("5")


def test_passing_the_target_counts_as_reached_with_nothing_to_go():
    s = _stand(Richting.LAGER, "100", "80", "75")
    assert s.afstand_tot_doel == D("0")
    assert s.doel_bereikt is True
    assert s.voortgang == D("1.25")


def test_worse_than_baseline_gives_negative_progress():
    s = _stand(Richting.HOGER, "10", "20", "5")
    assert s.verbetering == D("-5")
    assert s.voortgang == D("-0.5")
    assert s.afstand_tot_doel == D("15")


def test_without_measurements_everything_is_unknown():
    s = _stand(Richting.HOGER, "10", "20")
    assert s.aantal == 0
    assert s.laatste is None
    assert s.verandering is None
    assert s.afstand_tot_doel is None
    assert s.doel_bereikt is None
    assert s.voortgang is None
    assert s.trend is None
    assert s.mediaan is None


def test_a_single_measurement_has_a_change_but_no_trend():
    s = _stand(Richting.HOGER, "10", "20", "14")
    assert s.verandering == D("4")
    assert s.trend is None
    assert s.mediaan == D("14")


def test_without_baseline_there_is_no_change_but_there_is_a_distance():
    s = _stand(Richting.HOGER, None, "20", "14", "16")
    assert s.verandering is None
    assert s.voortgang is None
    assert s.afstand_tot_doel == D("4")
    assert s.trend == Trend.BETER


def test_without_target_there_is_no_distance():
    s = _stand(Richting.HOGER, "10", None, "14")
    assert s.afstand_tot_doel is None
    assert s.doel_bereikt is None
    assert s.verandering == D("4")


def test_measurements_are_judged_in_date_order_whatever_the_input_order():
    punten = [P(date(2026, 3, 1), D("5")), P(date(2026, 1, 1), D("9"))]
    s = regels.stand(richting=Richting.HOGER, nulwaarde=D("9"), streefwaarde=None, punten=punten)
    assert s.laatste.waarde == D("5")
    assert s.trend == Trend.SLECHTER


def test_equal_last_two_measurements_are_steady():
    assert _stand(Richting.HOGER, None, None, "3", "3").trend == Trend.GELIJK


def test_target_equal_to_baseline_has_no_progress_share():
    assert regels.voortgang(Richting.HOGER, D("5"), D("5"), D("7")) is None


def test_sums_per_party_leave_unknown_values_out():
    sommen = regels.som_per(
        [
            ("ziekenhuis", D("120")),
            ("zorgverzekeraar", D("-40")),
            ("ziekenhuis", D("30")),
            ("patient", None),
            ("zorgverzekeraar", D("10")),
        ]
    )
    assert sommen == {"ziekenhuis": D("150"), "zorgverzekeraar": D("-30")}


waarde = st.decimals(min_value=-10_000, max_value=10_000, places=2, allow_nan=False)
richting = st.sampled_from([Richting.HOGER, Richting.LAGER])
# No time limit per example: the suite shares a busy machine, and the rules are not about speed.
zonder_tijdslimiet = settings(deadline=None)


@zonder_tijdslimiet
@given(richting, waarde, waarde, waarde)
def test_distance_is_never_negative_and_zero_exactly_when_reached(r, nul, doel, laatste):
    afstand = regels.afstand_tot_doel(r, doel, laatste)
    assert afstand >= 0
    bereikt = laatste >= doel if r == Richting.HOGER else laatste <= doel
    assert (afstand == 0) == bereikt


@zonder_tijdslimiet
@given(richting, waarde, waarde)
def test_improvement_is_the_change_signed_by_direction(r, nul, laatste):
    verandering = regels.verandering(nul, laatste)
    verbetering = regels.verbetering(r, nul, laatste)
    assert verandering == laatste - nul
    assert verbetering == (verandering if r == Richting.HOGER else -verandering)


@zonder_tijdslimiet
@given(richting, waarde, waarde, waarde)
def test_progress_is_one_at_the_target_and_zero_at_baseline(r, nul, doel, laatste):
    if regels.gericht(r, doel - nul) <= 0:
        assert regels.voortgang(r, nul, doel, laatste) is None
        return
    assert regels.voortgang(r, nul, doel, nul) == 0
    assert regels.voortgang(r, nul, doel, doel) == 1
    voortgang = regels.voortgang(r, nul, doel, laatste)
    assert (voortgang >= 1) == (regels.afstand_tot_doel(r, doel, laatste) == 0)


@zonder_tijdslimiet
@given(st.lists(st.tuples(st.sampled_from("abc"), st.one_of(st.none(), waarde)), max_size=30))
def test_sums_per_party_add_up_to_the_total_of_known_values(paren):
    sommen = regels.som_per(paren)
    assert sum(sommen.values(), D(0)) == sum((w for _, w in paren if w is not None), D(0))
    assert set(sommen) == {k for k, w in paren if w is not None}
