"""Response headers that hold for every page."""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

# Browser features the product never uses: nobody may ask for them, not even an embedded page.
PERMISSIONS_POLICY = ", ".join(
    f"{functie}=()"
    for functie in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)

# Pages that show a region's, a programme's or a person's data: never kept in a shared cache
# or the browser's back-forward history on a shared computer.
PRIVE_PADEN = ("/regio/", "/programma/", "/account/", "/admin/", "/uitnodiging/")


def is_prive(request, response) -> bool:
    """Regional, programme, account and admin pages, and every download (export, PDF)."""
    return request.path.startswith(PRIVE_PADEN) or response.get(
        "Content-Disposition", ""
    ).startswith("attachment")


class BeveiligingsMiddleware:
    """Permissions-Policy on every answer; `Cache-Control: no-store` on private ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_prive(request, response):
            add_never_cache_headers(response)
        return response


class TweedeStapMiddleware:
    """Who must use two-step verification reaches nothing else, the admin included, before
    the session is verified: first the set-up page (no app yet), then the code page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._moet_nog(request):
            from django_otp import user_has_device

            doel = "tweede_stap" if user_has_device(request.user) else "tweede_stap_instellen"
            return redirect(f"{reverse(doel)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    @staticmethod
    def _moet_nog(request) -> bool:
        from .permissions import tweede_stap_verplicht

        user = request.user
        return (
            settings.TWEE_STAPPEN_VERPLICHT
            and user.is_authenticated
            and not user.is_verified()
            and not request.path.startswith(
                ("/account/tweede-stap/", "/account/uitloggen/", settings.STATIC_URL)
            )
            and tweede_stap_verplicht(user)
        )
