"""Plain Dutch for counts and dates, the same on every page, mail and PDF."""

from django.utils import formats


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """`1 uitnodiging`, `2 uitnodigingen`, `0 uitnodigingen`: a real Dutch plural."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def datum(dag) -> str:
    """A date written one way everywhere: `29 november 2026`."""
    return formats.date_format(dag, "j F Y") if dag else ""
