"""The gate as a pure function, and the registry of evidence checks (no database)."""

from stappenplan import gates
from stappenplan.gates import (
    ActiviteitStand,
    Ontbrekend,
    StapStand,
    activiteit_code,
    beoordeel,
    bewijs,
    ontbrekend_bewijs,
)


def _a(code, verplicht=True, gedaan=False):
    return ActiviteitStand(code, f"Activiteit {code}", verplicht, gedaan, f"#{code}")


def test_nothing_is_missing_when_earlier_steps_and_required_activities_are_done():
    assert (
        beoordeel(
            eerdere_stappen=[StapStand(0, "Draagvlak", True)],
            activiteiten=[_a("a", gedaan=True), _a("b", gedaan=True)],
        )
        == []
    )


def test_an_open_required_activity_is_missing_with_a_stable_code_and_a_link():
    ontbrekend = beoordeel(eerdere_stappen=[], activiteiten=[_a("a", gedaan=True), _a("b")])
    assert ontbrekend == [
        Ontbrekend("activiteit_open:b", "Activiteit nog niet gedaan: Activiteit b.", "#b")
    ]
    assert activiteit_code("b") == "activiteit_open:b"


def test_open_optional_activities_are_not_missing():
    assert beoordeel(eerdere_stappen=[], activiteiten=[_a("taart", verplicht=False)]) == []


def test_an_open_earlier_step_comes_first_and_only_the_first_is_named():
    ontbrekend = beoordeel(
        eerdere_stappen=[StapStand(1, "Voorbereiding", False), StapStand(0, "Draagvlak", False)],
        activiteiten=[_a("a")],
    )
    assert [o.code for o in ontbrekend] == [gates.VORIGE_STAP_OPEN, "activiteit_open:a"]
    assert "Stap 0" in ontbrekend[0].melding


def test_evidence_is_listed_after_the_activities():
    extra = Ontbrekend("scan_niet_gedeeld", "Deel de scan.", "/scan/")
    ontbrekend = beoordeel(eerdere_stappen=[], activiteiten=[_a("a")], bewijs=[extra])
    assert [o.code for o in ontbrekend] == ["activiteit_open:a", "scan_niet_gedeeld"]


def test_a_registered_check_yields_what_it_misses_and_nothing_when_it_holds(monkeypatch):
    monkeypatch.setattr(gates, "_checks", gates.defaultdict(list))
    toestand = {"klaar": False}

    @bewijs("proefstap")
    def check(regio):
        if not toestand["klaar"]:
            yield Ontbrekend("proef_ontbreekt", "Proef ontbreekt.")

    assert [o.code for o in ontbrekend_bewijs("proefstap", regio=None)] == ["proef_ontbreekt"]
    toestand["klaar"] = True
    assert ontbrekend_bewijs("proefstap", regio=None) == []
    assert ontbrekend_bewijs("andere-stap", regio=None) == []


def test_registering_the_same_check_twice_counts_once(monkeypatch):
    monkeypatch.setattr(gates, "_checks", gates.defaultdict(list))

    def check(regio):
        return [Ontbrekend("x", "X")]

    bewijs("proefstap")(check)
    bewijs("proefstap")(check)
    assert len(ontbrekend_bewijs("proefstap", None)) == 1


def test_the_step_codes_are_stable():
    assert gates.STAP_CODES == [
        "draagvlak",
        "voorbereiding",
        "huidige-situatie-in-kaart",
        "huidige-situatie-vaststellen",
        "verbeterpunten",
        "aan-de-slag",
        "borging",
    ]


def _stap(pk, nummer, cyclus=1, afgerond=False):
    from types import SimpleNamespace

    return SimpleNamespace(pk=pk, nummer=nummer, cyclus=cyclus, afgerond_op=1 if afgerond else None)


def test_the_first_open_step_is_current_and_later_ones_are_locked():
    from stappenplan.selectors.traject import statussen

    stappen = [_stap(1, 0, afgerond=True), _stap(2, 1), _stap(3, 2)]
    assert statussen(stappen) == {1: "klaar", 2: "huidig", 3: "op-slot"}


def test_an_earlier_cycle_is_archived_and_the_new_one_continues_after_the_last_done_step():
    from stappenplan.selectors.traject import laatste_per_nummer, statussen

    stappen = [
        _stap(1, 3, afgerond=True),
        _stap(2, 4, afgerond=True),
        _stap(3, 5, afgerond=True),
        _stap(4, 4, cyclus=2),
        _stap(5, 5, cyclus=2),
    ]
    assert [s.pk for s in laatste_per_nummer(stappen)] == [1, 4, 5]
    assert statussen(stappen) == {1: "klaar", 2: "archief", 3: "archief", 4: "huidig", 5: "op-slot"}
