"""The rules of indicators and measurements, checked in the services."""

from datetime import date
from decimal import Decimal as D

import pytest
from django.core.exceptions import ValidationError
from freezegun import freeze_time

from indicatoren import selectors, services
from indicatoren.constants import Richting, Soort
from indicatoren.models import Meting

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vandaag():
    with freeze_time("2026-06-15 10:00"):
        yield


def _code(exc_info):
    fout = exc_info.value
    if hasattr(fout, "error_dict"):
        return next(iter(fout.error_dict.values()))[0].code
    return fout.error_list[0].code


def _basis(**extra):
    data = {
        "naam": "Reistijd patiënt",
        "soort": Soort.KWANTITATIEF,
        "eenheid": "minuten",
        "richting": Richting.LAGER,
    }
    data.update(extra)
    return data


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ({"eenheid": ""}, "geen_eenheid"),
        ({"nulwaarde": D("10")}, "nulmeting_half"),
        ({"streefdatum": date(2026, 9, 1)}, "streefwaarde_half"),
        (
            {
                "nulwaarde": D("10"),
                "nulwaarde_datum": date(2026, 9, 1),
                "streefwaarde": D("5"),
                "streefdatum": date(2026, 8, 1),
            },
            "streefdatum_te_vroeg",
        ),
        (
            {
                "nulwaarde": D("10"),
                "nulwaarde_datum": date(2026, 1, 1),
                "streefwaarde": D("15"),
                "streefdatum": date(2026, 8, 1),
            },
            "doel_niet_beter",
        ),
    ],
)
def test_an_indicator_needs_a_complete_and_sensible_definition(traject, extra, code):
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(traject=traject, data=_basis(**extra))
    assert _code(exc) == code


def test_a_qualitative_indicator_needs_a_scale_and_levels_on_it(traject):
    data = _basis(soort=Soort.KWALITATIEF, richting=Richting.HOGER)
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(traject=traject, data=data, niveaus=["Alleen dit"])
    assert _code(exc) == "te_weinig_niveaus"
    data.update(
        nulwaarde=D("5"),
        nulwaarde_datum=date(2026, 1, 1),
        streefwaarde=D("6"),
        streefdatum=date(2026, 9, 1),
    )
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(traject=traject, data=data, niveaus=["a", "b", "c"])
    assert _code(exc) == "geen_niveau"


def test_a_qualitative_indicator_keeps_its_levels_and_drops_the_unit(ervaring):
    assert ervaring.eenheid == ""
    assert [n.omschrijving for n in ervaring.niveaus.all()] == [
        "Slecht",
        "Matig",
        "Goed",
        "Uitstekend",
    ]


def test_a_measurement_is_recorded_once_per_date(stoeluren, coordinator):
    data = {"datum": date(2026, 3, 2), "waarde": D("110"), "bron": "", "toelichting": ""}
    meting = services.meting_vastleggen(indicator=stoeluren, data=data, door=coordinator)
    assert meting.bron == "Planningssysteem"
    assert meting.vastgelegd_door == coordinator
    with pytest.raises(ValidationError) as exc:
        services.meting_vastleggen(indicator=stoeluren, data=data, door=coordinator)
    assert _code(exc) == "meting_bestaat"
    assert Meting.objects.filter(indicator=stoeluren).count() == 1


@pytest.mark.parametrize(
    ("datum", "waarde", "code"),
    [
        (date(2026, 6, 16), D("100"), "toekomst"),
        (date(2026, 1, 2), D("100"), "voor_nulmeting"),
        (date(2026, 3, 2), None, "geen_waarde"),
    ],
)
def test_a_measurement_lies_between_baseline_and_today(stoeluren, coordinator, datum, waarde, code):
    with pytest.raises(ValidationError) as exc:
        services.meting_vastleggen(
            indicator=stoeluren, data={"datum": datum, "waarde": waarde}, door=coordinator
        )
    assert _code(exc) == code


def test_a_qualitative_measurement_is_a_level_of_the_scale(ervaring, teamlid):
    for waarde in (D("0"), D("5"), D("2.5")):
        with pytest.raises(ValidationError) as exc:
            services.meting_vastleggen(
                indicator=ervaring, data={"datum": date(2026, 3, 2), "waarde": waarde}, door=teamlid
            )
        assert _code(exc) == "geen_niveau"
    services.meting_vastleggen(
        indicator=ervaring, data={"datum": date(2026, 3, 2), "waarde": 3}, door=teamlid
    )
    assert selectors.stand_van(ervaring).stand.verbetering == D("1")


def test_the_scale_keeps_every_level_a_measurement_uses(ervaring, teamlid):
    services.meting_vastleggen(
        indicator=ervaring, data={"datum": date(2026, 3, 2), "waarde": 4}, door=teamlid
    )
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(
            traject=ervaring.traject,
            data={"streefwaarde": D("3")},
            niveaus=["Slecht", "Matig", "Goed"],
            indicator=ervaring,
        )
    assert _code(exc) == "niveau_in_gebruik"


def test_the_kind_is_fixed_once_measured(stoeluren, coordinator):
    services.meting_vastleggen(
        indicator=stoeluren, data={"datum": date(2026, 3, 2), "waarde": D("1")}, door=coordinator
    )
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(
            traject=stoeluren.traject,
            data={"soort": Soort.KWALITATIEF},
            niveaus=["a", "b"],
            indicator=stoeluren,
        )
    assert _code(exc) == "soort_vast"


def test_a_concurrent_edit_is_refused_not_overwritten(stoeluren, coordinator):
    getoond = stoeluren.versie
    services.indicator_opslaan(
        traject=stoeluren.traject, data={"naam": "Stoeluren"}, indicator=stoeluren, versie=getoond
    )
    with pytest.raises(ValidationError) as exc:
        services.indicator_opslaan(
            traject=stoeluren.traject,
            data={"naam": "Iets anders"},
            indicator=stoeluren,
            versie=getoond,
        )
    assert _code(exc) == "gelijktijdig_gewijzigd"
    stoeluren.refresh_from_db()
    assert stoeluren.naam == "Stoeluren"


def test_correcting_a_measurement_keeps_the_old_value_in_history(stoeluren, coordinator, teamlid):
    meting = services.meting_vastleggen(
        indicator=stoeluren, data={"datum": date(2026, 3, 2), "waarde": D("110")}, door=teamlid
    )
    services.meting_wijzigen(meting=meting, data={"waarde": D("104")}, versie=meting.versie)
    with pytest.raises(ValidationError) as exc:
        services.meting_wijzigen(meting=meting, data={"waarde": D("99")}, versie=meting.versie)
    assert _code(exc) == "gelijktijdig_gewijzigd"
    meting.refresh_from_db()
    assert meting.waarde == D("104")
    details = [d for w in selectors.geschiedenis(stoeluren) for d in w.details]
    assert "waarde: 110 → 104" in details


def test_an_archived_indicator_takes_no_measurements_but_keeps_them(stoeluren, coordinator):
    services.meting_vastleggen(
        indicator=stoeluren, data={"datum": date(2026, 3, 2), "waarde": D("110")}, door=coordinator
    )
    services.indicator_archiveren(indicator=stoeluren)
    with pytest.raises(ValidationError) as exc:
        services.meting_vastleggen(
            indicator=stoeluren,
            data={"datum": date(2026, 4, 2), "waarde": D("100")},
            door=coordinator,
        )
    assert _code(exc) == "gearchiveerd"
    assert stoeluren.metingen.count() == 1
    assert selectors.indicatoren(stoeluren.traject) == []
    assert [s.indicator for s in selectors.indicatoren(stoeluren.traject, gearchiveerd=True)] == [
        stoeluren
    ]


def test_the_list_reads_in_a_fixed_number_of_queries(
    traject, coordinator, django_assert_num_queries
):
    for i in range(3):
        ind = services.indicator_opslaan(traject=traject, data=_basis(naam=f"Indicator {i}"))
        for maand in (2, 3, 4):
            services.meting_vastleggen(
                indicator=ind,
                data={"datum": date(2026, maand, 1), "waarde": D(i)},
                door=coordinator,
            )
    with django_assert_num_queries(3):
        standen = selectors.indicatoren(traject)
    assert [s.stand.aantal for s in standen] == [3, 3, 3]
