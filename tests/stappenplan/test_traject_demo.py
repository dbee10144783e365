"""The demo: Regio Voorbeeld at stap 3 with stap 0-2 completed through the gate; idempotent."""

import io

import pytest
from django.core.management import call_command

from stappenplan.models import Activiteit, Besluit, Stap, Traject
from stappenplan.selectors import traject as selectors

from .traject_factories import alleen_eigen_bewijs  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alleen_eigen_bewijs")]


def test_the_demo_puts_regio_voorbeeld_at_stap_3_and_elders_at_stap_0(settings):
    settings.DEBUG = True
    call_command("laad_demo", stdout=io.StringIO())
    call_command("laad_demo", stdout=io.StringIO())
    voorbeeld = Traject.objects.get(regio__slug="voorbeeld")
    o = selectors.overzicht(voorbeeld)
    assert [r.status for r in o.regels[:4]] == ["klaar", "klaar", "klaar", "huidig"]
    assert all(r.stap.afgerond_door.email == "coordinator@example.org" for r in o.regels[:3])
    stap_3 = Stap.objects.get(traject=voorbeeld, nummer=3)
    assert stap_3.activiteiten.filter(gedaan_op__isnull=False).count() == 2
    assert stap_3.activiteiten.exclude(eigenaar=None).count() == 4
    assert o.te_laat == 1
    elders = Traject.objects.get(regio__slug="elders")
    assert selectors.overzicht(elders).huidige.stap.nummer == 0
    assert Traject.objects.count() == 2
    assert Besluit.objects.filter(regio__slug="voorbeeld").count() == 3
    assert Activiteit.objects.filter(stap__traject=voorbeeld).count() == 43
