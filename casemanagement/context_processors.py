from .models import Lidmaatschap


def mijn_regios(request):
    """The regions of the logged-in user, for the region switcher (one query, lazily)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}

    def regios():
        if not hasattr(request, "_mijn_regios"):
            request._mijn_regios = list(
                Lidmaatschap.objects.filter(user=user)
                .select_related("regio")
                .order_by("regio__naam")
            )
        return request._mijn_regios

    return {"mijn_lidmaatschappen": regios, "toegang": getattr(request, "toegang", None)}


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
