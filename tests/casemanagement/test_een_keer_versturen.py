"""One send per click: every button that sends e-mail sends once when clicked twice."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from freezegun import freeze_time

from casemanagement.verzenden import eenmaal_versturen
from tests.ontwikkelscan.factories import RespondentFactory, RondeFactory

pytestmark = pytest.mark.django_db


def test_the_same_action_on_the_same_object_sends_once_within_the_window(regio, coordinator):
    verstuurd = []

    def versturen():
        verstuurd.append(1)
        return 8

    with freeze_time("2026-11-24 13:02:00"):
        eerste = eenmaal_versturen(actie="x", obj=regio, door=coordinator, versturen=versturen)
        tweede = eenmaal_versturen(actie="x", obj=regio, door=coordinator, versturen=versturen)
    assert verstuurd == [1]
    assert eerste.nieuw and eerste.melding("Verstuurd aan 8.") == "Verstuurd aan 8."
    assert not tweede.nieuw and tweede.aantal == 8
    assert tweede.melding("Verstuurd aan 8.") == "Al verstuurd om 14:02; niets opnieuw verstuurd."

    with freeze_time("2026-11-24 13:08:00"):  # after the window: a new, deliberate send
        assert eenmaal_versturen(actie="x", obj=regio, door=coordinator, versturen=versturen).nieuw
    assert verstuurd == [1, 1]


def test_another_action_or_object_is_not_held_back(regio, elders, coordinator):
    for actie, obj in [("x", regio), ("y", regio), ("x", elders)]:
        assert eenmaal_versturen(actie=actie, obj=obj, door=coordinator, versturen=lambda: 1).nieuw


def test_a_failed_send_leaves_the_button_free(regio, coordinator):
    def mislukt():
        raise ValidationError("Niemand om te herinneren.")

    with pytest.raises(ValidationError):
        eenmaal_versturen(actie="x", obj=regio, door=coordinator, versturen=mislukt)
    assert eenmaal_versturen(actie="x", obj=regio, door=coordinator, versturen=lambda: 2).nieuw


@pytest.fixture
def open_ronde(regio):
    ronde = RondeFactory(regio=regio)
    for _ in range(3):
        RespondentFactory(ronde=ronde)
    return ronde


def _scanherinnering(regio, open_ronde, **_):
    return reverse("ontwikkelscan:herinneren", args=[regio.slug, open_ronde.pk]), 3, {}


def _verwijskaart_versturen(regio, coordinator, monkeypatch, **_):
    from datetime import date

    from tests.verwijskaart.factories import VerwijzingFactory
    from verwijskaart import services
    from verwijskaart.models import Ontvanger

    monkeypatch.setattr(services, "render_versie_pdf", lambda v: b"%PDF-1.7")
    VerwijzingFactory(kaart__regio=regio)
    versie = services.publiceren(
        regio=regio,
        door=coordinator,
        volgende_herziening=date(2099, 1, 1),
        verantwoordelijke=coordinator,
    )
    for n in range(2):
        Ontvanger.objects.create(kaart=versie.kaart, email=f"ontvanger{n}@example.org")
    return reverse("verwijskaart:versturen", args=[regio.slug]), 2, {}


def _uitnodigen(regio, **_):
    return (
        reverse("lid_uitnodigen", args=[regio.slug]),
        1,
        {
            "email": "nieuw@example.org",
            "rol": "teamlid",
        },
    )


KNOPPEN = {
    "regio: iemand uitnodigen": _uitnodigen,
    "scan: herinnering sturen": _scanherinnering,
    "verwijskaart: versie versturen": _verwijskaart_versturen,
}


@pytest.mark.parametrize("knop", KNOPPEN)
def test_a_double_click_on_a_sending_button_sends_once(
    knop, als, regio, coordinator, open_ronde, monkeypatch
):
    url, verwacht, data = KNOPPEN[knop](
        regio=regio, coordinator=coordinator, open_ronde=open_ronde, monkeypatch=monkeypatch
    )
    client = als("coordinator")
    mail.outbox.clear()
    eerste = client.post(url, data, follow=True)
    assert len(mail.outbox) == verwacht
    tweede = client.post(url, data, follow=True)
    assert len(mail.outbox) == verwacht, "de tweede klik verstuurde opnieuw"
    assert "verstuurd" in eerste.content.decode()
    assert (
        "opnieuw verstuurd" in tweede.content.decode() or "al ontvangen" in tweede.content.decode()
    )
