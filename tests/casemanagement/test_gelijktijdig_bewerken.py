"""Two people edit the same object: the second save is refused, shows what changed, keeps input."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from casemanagement.constants import Rol
from casemanagement.forms import DienstForm

pytestmark = pytest.mark.django_db


def _versie(antwoord):
    return re.search(
        r'name="geopende_versie" value="([0-9a-f]+)"', antwoord.content.decode()
    ).group(1)


def _twee_coordinatoren(regio, coordinator):
    from tests.factories import LidmaatschapFactory, UserFactory

    tweede = UserFactory(email="tweede@example.org", naam="Joris Tweede")
    LidmaatschapFactory(user=tweede, regio=regio, rol=Rol.COORDINATOR)
    a, b = Client(), Client()
    a.force_login(coordinator)
    b.force_login(tweede)
    return a, b


def _organisatie(naam, **extra):
    return {"naam": naam, "type": "ziekenhuis", "domein": "zorg", **extra}


def test_the_second_save_of_an_organisation_is_refused_and_keeps_the_input(
    regio, coordinator, ziekenhuis
):
    a, b = _twee_coordinatoren(regio, coordinator)
    url = reverse("organisatie_bewerken", args=[regio.slug, ziekenhuis.pk])
    versie_a, versie_b = _versie(a.get(url)), _versie(b.get(url))
    assert versie_a == versie_b

    eerste = a.post(url, _organisatie("Ziekenhuis De Linde Noord", geopende_versie=versie_a))
    assert eerste.status_code == 302
    tweede = b.post(
        url,
        _organisatie("Ziekenhuis De Linde Zuid", telefoon="010-1234567", geopende_versie=versie_b),
    )

    assert tweede.status_code == 200
    pagina = tweede.content.decode()
    assert "Iemand anders heeft dit intussen gewijzigd (Marieke de Vries" in pagina
    assert (
        "nu opgeslagen “Ziekenhuis De Linde Noord”, uw invoer “Ziekenhuis De Linde Zuid”" in pagina
    )
    assert 'value="Ziekenhuis De Linde Zuid"' in pagina and 'value="010-1234567"' in pagina
    ziekenhuis.refresh_from_db()
    assert ziekenhuis.naam == "Ziekenhuis De Linde Noord"

    # Saving again, after reading the difference, overwrites on purpose.
    opnieuw = b.post(url, _organisatie("Ziekenhuis De Linde Zuid", geopende_versie=_versie(tweede)))
    assert opnieuw.status_code == 302
    ziekenhuis.refresh_from_db()
    assert ziekenhuis.naam == "Ziekenhuis De Linde Zuid"


def test_a_change_to_the_phases_of_an_organisation_counts_as_a_change(
    regio, coordinator, ziekenhuis
):
    from casemanagement.models import Fase

    fase = Fase.objects.first()
    a, b = _twee_coordinatoren(regio, coordinator)
    url = reverse("organisatie_bewerken", args=[regio.slug, ziekenhuis.pk])
    versie = _versie(a.get(url))
    a.post(
        url,
        _organisatie(ziekenhuis.naam, geopende_versie=versie, **{f"fase_{fase.pk}": "Acute zorg"}),
    )
    tweede = b.post(url, _organisatie(ziekenhuis.naam, geopende_versie=versie))
    assert "Iemand anders heeft dit intussen gewijzigd" in tweede.content.decode()


def test_the_second_change_of_a_role_is_refused(regio, coordinator, teamlid):
    from casemanagement.models import Lidmaatschap

    lid = Lidmaatschap.objects.get(user=teamlid)
    a, b = _twee_coordinatoren(regio, coordinator)
    url = reverse("lid_bewerken", args=[regio.slug, lid.pk])
    versie = _versie(a.get(url))
    assert a.post(url, {"rol": Rol.MANAGER, "geopende_versie": versie}).status_code == 302
    tweede = b.post(url, {"rol": Rol.PATIENTVERTEGENWOORDIGER, "geopende_versie": versie})
    assert "Iemand anders heeft dit intussen gewijzigd" in tweede.content.decode()
    lid.refresh_from_db()
    assert lid.rol == Rol.MANAGER


def test_every_edit_form_of_the_product_carries_the_version():
    """All edit forms share the one base; a new edit form on another base fails here."""

    def alle(klasse):
        for sub in klasse.__subclasses__():
            yield sub
            yield from alle(sub)

    namen = {f"{k.__module__}.{k.__name__}" for k in alle(DienstForm)}
    assert len(namen) >= 17, sorted(namen)
    for klasse in alle(DienstForm):
        assert "geopende_versie" in klasse.base_fields, klasse


def test_the_same_organisation_name_saved_twice_at_once_gets_a_dutch_error(
    regio, ziekenhuis, monkeypatch
):
    """The second of two simultaneous saves passes the name check before the first commits;
    the database's uniqueness rule then answers, as a form error and not a server error."""
    from django.core.exceptions import ValidationError

    from casemanagement import services
    from casemanagement.models import Organisatie

    monkeypatch.setattr(Organisatie, "full_clean", lambda self, *a, **k: None)
    with pytest.raises(ValidationError) as fout:
        services.organisatie_opslaan(
            regio=regio,
            data={"naam": ziekenhuis.naam, "type": "ziekenhuis", "domein": "zorg"},
            inzet={},
        )
    assert fout.value.message_dict["naam"] == [
        "Er is in deze regio al een organisatie met deze naam."
    ]
    assert Organisatie.objects.filter(naam=ziekenhuis.naam).count() == 1
