from django.conf import settings

from .models import Lidmaatschap
from .permissions import programmas_van


def mijn_regios(request):
    """The product's name, the programme the page shows, and the logged-in user's regions and
    programmes for the switcher (one query each, lazily)."""
    algemeen = {
        "SITE_NAAM": settings.SITE_NAAM,
        "programma": getattr(request, "programma", None),
    }
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return algemeen

    def regios():
        if not hasattr(request, "_mijn_regios"):
            request._mijn_regios = list(
                Lidmaatschap.objects.filter(user=user)
                .select_related("regio")
                .order_by("regio__naam")
            )
        return request._mijn_regios

    def programmas():
        if not hasattr(request, "_mijn_programmas"):
            request._mijn_programmas = programmas_van(user)
        return request._mijn_programmas

    return {
        **algemeen,
        "mijn_lidmaatschappen": regios,
        "mijn_programmas": programmas,
        "toegang": getattr(request, "toegang", None),
    }


def beheerder(request):
    """Who runs this installation and how to reach them, for the footer and the public pages."""
    from django.conf import settings

    return {
        "beheerder": {
            "naam": settings.BEHEERDER_NAAM,
            "email": settings.CONTACT_EMAIL,
            "privacy_email": settings.PRIVACY_EMAIL,
        }
    }
