"""The demo of the Ontwikkelscan: a closed, shared nulmeting and an open herhaalmeting, built twice."""

import pytest

from casemanagement import demo as basis
from casemanagement.constants import Domein
from ontwikkelscan import demo
from ontwikkelscan.models import Antwoord, Consensusscore, Respondent, Ronde
from stappenplan.gates import STAP_DRAAGVLAK, STAP_HUIDIGE_SITUATIE_IN_KAART, ontbrekend_bewijs

pytestmark = pytest.mark.django_db


def _bouw():
    gedeeld = basis.Demo()
    basis.bouw(gedeeld)
    demo.bouw(gedeeld)


def test_the_demo_builds_the_scan_and_can_run_twice():
    _bouw()
    aantallen = (Ronde.objects.count(), Respondent.objects.count(), Antwoord.objects.count())
    _bouw()
    assert (
        Ronde.objects.count(),
        Respondent.objects.count(),
        Antwoord.objects.count(),
    ) == aantallen

    nulmeting = Ronde.objects.get(regio__slug="voorbeeld", naam="Nulmeting")
    assert not nulmeting.is_open and nulmeting.resultaten_gedeeld_op is not None
    ingediend = nulmeting.respondenten.exclude(ingediend_op=None)
    assert ingediend.count() >= 8
    assert ingediend.filter(organisatie__domein=Domein.SOCIAAL).exists()
    assert ingediend.values("organisatie__type").distinct().count() >= 6
    assert Consensusscore.objects.filter(ronde=nulmeting).count() == 3
    assert Antwoord.objects.filter(respondent__ronde=nulmeting).exclude(toelichting="").exists()

    herhaling = Ronde.objects.get(regio__slug="voorbeeld", gesloten_op=None)
    statussen = {r.status for r in herhaling.respondenten.all()}
    assert statussen == {"ingediend", "concept", "niet begonnen"}

    voorbeeld = nulmeting.regio
    for stap in (STAP_DRAAGVLAK, STAP_HUIDIGE_SITUATIE_IN_KAART):
        assert not [o for o in ontbrekend_bewijs(stap, voorbeeld) if o.code.startswith("scan_")]
