"""Response headers that hold for every page."""

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
