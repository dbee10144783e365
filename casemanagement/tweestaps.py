"""Two-step verification (TOTP) and recovery codes, on django-otp.

Who must use it is one predicate, `permissions.tweede_stap_verplicht`; everybody else may.
A new authenticator key lives in the session until the first code from the app confirms it,
so opening the set-up page changes nothing.
"""

from django.db import transaction
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

SESSIE_SLEUTEL = "tweede_stap_nieuwe_sleutel"
AANTAL_HERSTELCODES = 10
UITGEVER = "Casemanagement hersenletsel"


def heeft_tweede_stap(user) -> bool:
    return user_has_device(user, confirmed=True)


def nieuwe_sleutel(session) -> str:
    """The hex key being set up in this session (made once, kept until confirmed)."""
    if not session.get(SESSIE_SLEUTEL):
        session[SESSIE_SLEUTEL] = default_key()
    return session[SESSIE_SLEUTEL]


def config_url(user, sleutel: str) -> str:
    """The otpauth:// address an authenticator app reads from the QR code."""
    return TOTPDevice(user=user, key=sleutel, name="Authenticator-app").config_url


def leesbare_sleutel(sleutel: str) -> str:
    """The key in base32, in groups of four, for typing it into an app by hand."""
    from base64 import b32encode

    tekst = b32encode(bytes.fromhex(sleutel)).decode().rstrip("=")
    return " ".join(tekst[i : i + 4] for i in range(0, len(tekst), 4))


def _code(code: str) -> str:
    return "".join(str(code).split()).lower()


@transaction.atomic
def totp_bevestigen(request, *, code: str) -> list[str] | None:
    """Confirm the session's new key with a code from the app: it replaces any earlier app,
    the session counts as verified, and fresh recovery codes are returned. None if the code
    does not match."""
    user = request.user
    sleutel = request.session.get(SESSIE_SLEUTEL)
    if not sleutel:
        return None
    code = _code(code)
    totp = TOTP(bytes.fromhex(sleutel))
    if not code.isdigit() or not totp.verify(int(code), tolerance=1):
        return None
    TOTPDevice.objects.filter(user=user).delete()
    apparaat = TOTPDevice.objects.create(
        user=user,
        key=sleutel,
        name="Authenticator-app",
        confirmed=True,
        last_t=totp.t(),  # this code cannot be used again to log in
    )
    del request.session[SESSIE_SLEUTEL]
    otp_login(request, apparaat)
    return herstelcodes_maken(user=user)


@transaction.atomic
def herstelcodes_maken(*, user) -> list[str]:
    """Ten new one-time recovery codes; the earlier ones stop working."""
    StaticDevice.objects.filter(user=user).delete()
    apparaat = StaticDevice.objects.create(user=user, name="Herstelcodes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create(StaticToken(device=apparaat, token=code) for code in codes)
    return codes


def code_controleren(request, *, code: str) -> bool:
    """A code from the app or an unused recovery code verifies this session."""
    apparaat = match_token(request.user, _code(code))
    if apparaat is None:
        return False
    otp_login(request, apparaat)
    return True
