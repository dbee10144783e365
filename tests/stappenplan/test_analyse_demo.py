"""The demo of the analyse area: idempotent, and complete enough for a traject at stap 3."""

from io import StringIO

import pytest
from django.core.management import call_command

from casemanagement.models import Regio
from stappenplan.gates import (
    STAP_HUIDIGE_SITUATIE_IN_KAART,
    STAP_HUIDIGE_SITUATIE_VASTSTELLEN,
    STAP_VOORBEREIDING,
    ontbrekend_bewijs,
)
from stappenplan.models import (
    JourneyOordeel,
    JourneyReactie,
    Knelpunt,
    KnelpuntBron,
    Verbeterpunt,
    Voortgang,
    Werkconferentie,
)
from stappenplan.selectors.analyse import doelen_signalen, partner_overzicht, smarti_ontbreekt

pytestmark = pytest.mark.django_db


def tellingen():
    return [
        m.objects.count()
        for m in (
            JourneyReactie,
            JourneyOordeel,
            Knelpunt,
            Verbeterpunt,
            Voortgang,
            Werkconferentie,
        )
    ]


def test_the_demo_is_idempotent_and_ready_for_stap_3(settings):
    settings.DEBUG = True
    call_command("laad_demo", stdout=StringIO())
    eerst = tellingen()
    call_command("laad_demo", stdout=StringIO())
    assert tellingen() == eerst

    regio = Regio.objects.get(slug="voorbeeld")
    # Stap 1 and 2 are complete, stap 3 is open.
    assert ontbrekend_bewijs(STAP_VOORBEREIDING, regio) == []
    assert ontbrekend_bewijs(STAP_HUIDIGE_SITUATIE_IN_KAART, regio) == []
    assert ontbrekend_bewijs(STAP_HUIDIGE_SITUATIE_VASTSTELLEN, regio)

    assert regio.patientjourneys.count() == 3
    reacties = JourneyReactie.objects.filter(journey__regio=regio)
    assert reacties.filter(auteur__email="patient@example.org").exists()
    assert reacties.exclude(antwoord="").exists() and reacties.filter(antwoord="").exists()
    assert {r.organisatie.naam for r in partner_overzicht(regio) if r.beschrijving is None}
    assert 10 <= regio.knelpunten.count() <= 14
    assert set(regio.knelpunten.values_list("bron", flat=True)) == set(KnelpuntBron.values)

    doelen = list(regio.verbeterpunten.all())
    assert any(not smarti_ontbreekt(d) for d in doelen)
    assert any(smarti_ontbreekt(d) for d in doelen)
    assert doelen_signalen(regio).te_laat
    assert Voortgang.objects.filter(verbeterpunt__regio=regio).exists()
    assert regio.werkconferenties.exclude(rol_patientvertegenwoordigers="").exists()
    assert not Knelpunt.objects.filter(regio__slug="elders").exists()
