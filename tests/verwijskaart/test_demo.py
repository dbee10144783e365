import pytest
from django.utils import timezone

from casemanagement import demo as casemanagement_demo
from stappenplan import demo_jaarplan
from stappenplan.models import Jaarplan
from verwijskaart import demo as verwijskaart_demo
from verwijskaart import regels
from verwijskaart.models import Versie, Verwijzing, Verzending

pytestmark = pytest.mark.django_db


def _bouw():
    demo = casemanagement_demo.Demo()
    casemanagement_demo.bouw(demo)
    verwijskaart_demo.bouw(demo)
    demo_jaarplan.bouw(demo)
    return demo


def test_the_demo_builds_two_versions_a_changed_draft_and_a_jaarplan_once():
    _bouw()
    _bouw()  # idempotent

    eerste, tweede = Versie.objects.filter(kaart__regio__slug="voorbeeld").order_by("nummer")
    assert not eerste.is_actueel and tweede.is_actueel
    assert bytes(eerste.pdf).startswith(b"%PDF") and bytes(tweede.pdf).startswith(b"%PDF")
    verschil = regels.verschil(eerste.vermeldingen, tweede.vermeldingen)
    assert verschil.toegevoegd and verschil.gewijzigd and verschil.verwijderd

    concept = list(Verwijzing.objects.filter(kaart__regio__slug="voorbeeld"))
    assert 38 <= len(concept) <= 45
    assert {v.fase.code for v in concept} == {"acuut", "revalidatie", "thuis", "participatie"}
    assert all(v.eigenaar_id for v in concept)
    vandaag = timezone.localdate()
    te_laat = [
        v
        for v in concept
        if regels.controle_te_laat(v.geverifieerd_op, v.controle_interval_maanden, vandaag)
    ]
    assert 2 <= len(te_laat) <= 8
    assert Verzending.objects.filter(versie=eerste).exists()
    assert Verzending.objects.filter(versie=tweede).exists()
    assert Jaarplan.objects.filter(regio__slug="voorbeeld", jaar=vandaag.year).count() == 1
