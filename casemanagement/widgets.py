"""Widgets shared by every form of the project."""

from django import forms

ISO_DATUM = "%Y-%m-%d"
ISO_DATUM_TIJD = "%Y-%m-%dT%H:%M"


class DatumInput(forms.DateInput):
    """The browser's date picker.

    A `type="date"` input only understands ISO dates (2026-11-24); with the Dutch input format
    (24-11-2026) the browser shows an empty field and saving erases the date. So the value is
    always written as ISO, whatever the active language.
    """

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=ISO_DATUM)


class DatumTijdInput(forms.DateTimeInput):
    """The browser's date-and-time picker; its value is always ISO (2026-11-24T14:30)."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format=ISO_DATUM_TIJD)
