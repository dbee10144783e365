from datetime import date

from verwijskaart import regels


def test_plus_maanden_keeps_the_day_or_takes_the_last_of_a_short_month():
    assert regels.plus_maanden(date(2026, 1, 15), 6) == date(2026, 7, 15)
    assert regels.plus_maanden(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert regels.plus_maanden(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert regels.plus_maanden(date(2027, 12, 1), 12) == date(2028, 12, 1)


def test_an_entry_is_due_on_the_day_its_term_ends_and_when_never_checked():
    vandaag = date(2026, 7, 15)
    assert regels.controle_te_laat(date(2026, 1, 15), 6, vandaag)
    assert not regels.controle_te_laat(date(2026, 1, 16), 6, vandaag)
    assert regels.controle_te_laat(None, 6, vandaag)
    assert regels.controle_vervalt(None, 6) is None


def _item(id_, fase="Thuis", behoefte="Praten", **extra):
    return {"id": id_, "fase": fase, "behoefte": behoefte, "naam": f"Plek {id_}", **extra}


def test_groepeer_keeps_phase_and_need_order():
    items = [
        _item(1, "Acuut", "Beroerte"),
        _item(2, "Acuut", "Beroerte"),
        _item(3, "Acuut", "Ontslag"),
        _item(4, "Thuis", "Praten"),
    ]
    groepen = regels.groepeer(items)
    assert [g.fase for g in groepen] == ["Acuut", "Thuis"]
    assert [b.behoefte for b in groepen[0].behoeften] == ["Beroerte", "Ontslag"]
    assert groepen[0].aantal == 3


def test_verschil_names_added_changed_and_removed_entries_and_the_changed_fields():
    oud = [_item(1, telefoon="0301-1"), _item(2), _item(3)]
    nieuw = [_item(1, telefoon="0301-2"), _item(3, geverifieerd_op="2026-01-01"), _item(4)]
    uitkomst = regels.verschil(oud, nieuw)
    assert [i["id"] for i in uitkomst.toegevoegd] == [4]
    assert [i["id"] for i in uitkomst.verwijderd] == [2]
    assert len(uitkomst.gewijzigd) == 1
    assert uitkomst.gewijzigd[0].velden == [("Telefoon", "0301-1", "0301-2")]
    assert not uitkomst.leeg
    assert regels.verschil(oud, oud).leeg
