"""Recognise text that looks like a patient's BSN or birth date, to warn before it is stored.

The product stores no patient-identifiable data; a free-text field can still receive it by
mistake. These rules only warn: a number that passes the elfproef may be something else.
"""

import re

_NEGEN_CIJFERS = re.compile(r"(?<![\d.])(\d{4})[ .]?(\d{2})[ .]?(\d{3})(?![\d.])")
_GEBOORTEDATUM = re.compile(
    r"\b(geboren|geb\.?|geboortedatum|geb\.?\s?datum)\s*(op\s*)?[:]?\s*"
    r"(\d{1,2}[-/. ]\s?(\d{1,2}|[a-z]+)[-/. ]\s?\d{2,4})",
    re.IGNORECASE,
)


def is_bsn(cijfers: str) -> bool:
    """The elfproef for a burgerservicenummer: 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11."""
    if len(cijfers) != 9 or not cijfers.isdigit() or int(cijfers) == 0:
        return False
    som = sum(int(c) * w for c, w in zip(cijfers[:8], range(9, 1, -1), strict=True))
    return (som - int(cijfers[8])) % 11 == 0


def lijkt_persoonsgegeven(tekst: str) -> str | None:
    """What the text seems to contain ("een BSN", "een geboortedatum"), or None."""
    if not tekst:
        return None
    for deel in _NEGEN_CIJFERS.finditer(tekst):
        if is_bsn("".join(deel.groups())):
            return "een burgerservicenummer (BSN)"
    if _GEBOORTEDATUM.search(tekst):
        return "een geboortedatum"
    return None
