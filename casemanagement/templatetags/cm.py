from django import template
from django.urls import reverse

from casemanagement.regio_overzicht import menu

register = template.Library()


@register.inclusion_tag("includes/regio_nav.html", takes_context=True)
def regio_menu(context, regio):
    request = context["request"]
    items = []
    for item in menu():
        url = reverse(item.url_name, kwargs={"slug": regio.slug})
        if item.url_name == "regio":
            actief = request.path == url
        else:
            actief = request.path.startswith(url)
        items.append({"titel": item.titel, "url": url, "actief": actief})
    return {"items": items, "regio": regio}


@register.filter
def rol_badge(rol):
    return {
        "coordinator": "text-bg-primary",
        "teamlid": "text-bg-success",
        "patientvertegenwoordiger": "text-bg-warning",
        "manager": "text-bg-secondary",
    }.get(rol, "text-bg-light")


@register.filter
def get_item(mapping, key):
    return mapping.get(key, []) if mapping else []


@register.filter
def breedte(procent):
    """The CSS class that draws a bar `procent` wide (0-100), so no inline style is needed
    under the Content-Security-Policy."""
    try:
        waarde = round(float(procent))
    except (TypeError, ValueError):
        waarde = 0
    return f"breedte-{min(max(waarde, 0), 100)}"
