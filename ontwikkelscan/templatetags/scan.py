from django import template

register = template.Library()


@register.filter
def dict_get(mapping, key):
    """`{{ mapping|dict_get:key }}`: the value or None."""
    return mapping.get(key) if mapping else None


@register.filter
def cijfer(waarde, decimalen=1):
    """A figure with a decimal comma, or a dash when there is none."""
    if waarde is None:
        return "—"
    return f"{waarde:.{int(decimalen)}f}".replace(".", ",")


@register.filter
def verschil(verandering):
    """The change as "+0,4 omhoog" in words and figures (never only a colour)."""
    if verandering is None or verandering.verschil is None:
        return "—"
    v = verandering.verschil
    teken = "+" if v >= 0 else "−"
    return f"{teken}{abs(v):.1f} {verandering.richting}".replace(".", ",")
