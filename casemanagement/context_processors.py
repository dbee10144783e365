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
