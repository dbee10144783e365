import pytest
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from casemanagement.models import Lidmaatschap, Organisatie, Regio, User

pytestmark = pytest.mark.django_db


def test_logging_in_with_email_and_password(client, personas):
    response = client.post(
        reverse("login"),
        {"username": "Coordinator@Example.org", "password": "demo"},
        REMOTE_ADDR="10.0.0.1",
    )
    assert response.status_code == 302
    assert client.get(reverse("home")).context["user"] == personas.coordinator


def test_a_wrong_password_gets_a_dutch_message(client, personas):
    response = client.post(
        reverse("login"), {"username": "coordinator@example.org", "password": "fout"}
    )
    assert "horen niet bij elkaar" in response.content.decode()


def test_password_reset_sends_a_link_by_email(client, personas):
    client.post(reverse("password_reset"), {"email": "teamlid@example.org"})
    assert len(mail.outbox) == 1
    assert "/account/wachtwoord-instellen/" in mail.outbox[0].body


def test_the_demo_refuses_to_run_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("laad_demo")


def test_the_demo_builds_both_regions_and_is_idempotent(settings):
    settings.DEBUG = True
    call_command("laad_demo")
    tellingen = (Regio.objects.count(), Organisatie.objects.count(), Lidmaatschap.objects.count())
    call_command("laad_demo")
    assert (
        Regio.objects.count(),
        Organisatie.objects.count(),
        Lidmaatschap.objects.count(),
    ) == tellingen
    assert set(Regio.objects.values_list("slug", flat=True)) == {"voorbeeld", "elders"}
    for email in ["coordinator", "teamlid", "patient", "manager", "beheerder", "buiten"]:
        assert User.objects.get(email=f"{email}@example.org").check_password("demo")
    assert User.objects.get(email="beheerder@example.org").is_staff
    voorbeeld = Regio.objects.get(slug="voorbeeld")
    assert voorbeeld.organisaties.filter(domein="sociaal").exists()
    from casemanagement.models import Fase

    for fase in Fase.objects.all():
        assert voorbeeld.organisaties.filter(inzet__fase=fase).exists(), fase
    buiten = User.objects.get(email="buiten@example.org")
    assert not Lidmaatschap.objects.filter(user=buiten, regio=voorbeeld).exists()


def test_every_change_is_in_the_history_with_who(als, personas, ziekenhuis):
    als("coordinator").post(
        reverse("organisatie_bewerken", args=["voorbeeld", ziekenhuis.pk]),
        {"naam": "Ziekenhuis De Linde (locatie Noord)", "type": "ziekenhuis", "domein": "zorg"},
    )
    laatste = ziekenhuis.history.first()
    assert laatste.naam == "Ziekenhuis De Linde (locatie Noord)"
    assert laatste.history_user == personas.coordinator
    assert laatste.prev_record.naam == "Ziekenhuis De Linde"


def test_the_admin_lists_every_model_with_history(client, db):
    admin = User.objects.create_superuser(email="admin@example.org", password="x")
    client.force_login(admin)
    for naam in ["regio", "organisatie", "fase", "overgang", "lidmaatschap", "uitnodiging", "user"]:
        assert client.get(f"/admin/casemanagement/{naam}/").status_code == 200, naam
    regio = Regio.objects.create(naam="R", slug="r")
    assert client.get(f"/admin/casemanagement/regio/{regio.pk}/history/").status_code == 200
