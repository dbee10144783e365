from datetime import date

from django import template

register = template.Library()


@register.filter
def als_datum(waarde):
    """An ISO date string from a frozen version as a date (for the |date filter)."""
    if isinstance(waarde, date) or not waarde:
        return waarde or None
    try:
        return date.fromisoformat(waarde)
    except ValueError:
        return None
