from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms

from casemanagement.forms import DienstForm
from casemanagement.widgets import DatumInput
from indicatoren.models import Indicator

from .constants import PilotBesluit
from .models import Criterium, Pilot


def _helper(knop: str) -> FormHelper:
    helper = FormHelper()
    helper.add_input(Submit("opslaan", knop))
    return helper


class IndicatorKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.naam} ({obj.eenheid or 'schaal'})"


class CriteriumForm(DienstForm):
    indicator = IndicatorKeuze(label="Indicator", queryset=Indicator.objects.none())

    class Meta:
        model = Criterium
        fields = ["indicator", "groep", "partij", "toelichting", "volgorde"]
        widgets = {"groep": forms.RadioSelect, "partij": forms.RadioSelect,
                   "toelichting": forms.Textarea(attrs={"rows": 3})}  # fmt: skip

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        vrij = Indicator.objects.filter(traject=traject, gearchiveerd=False, criterium__isnull=True)
        if self.instance.pk:
            vrij = vrij | Indicator.objects.filter(pk=self.instance.indicator_id)
        self.fields["indicator"].queryset = vrij.order_by("naam")
        self.fields["indicator"].help_text = (
            "Een indicator van dit traject die nog geen criterium is. Staat hij er niet bij? "
            "Voeg hem eerst toe bij Indicatoren."
        )
        self.helper = _helper("Opslaan")


class PilotForm(DienstForm):
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Pilot
        fields = ["naam", "ziekenhuis", "behandeling", "partners", "voorbereiding_sinds",
                  "geplande_start", "patienten_indicator"]  # fmt: skip
        widgets = {"partners": forms.CheckboxSelectMultiple, "voorbereiding_sinds": DatumInput,
                   "geplande_start": DatumInput}  # fmt: skip

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        organisaties = traject.regio.organisaties.order_by("naam")
        self.fields["ziekenhuis"].queryset = organisaties
        self.fields["partners"].queryset = organisaties
        self.fields["partners"].help_text = "Thuiszorg, apotheek, huisartsen, zorgverzekeraar…"
        self.fields["patienten_indicator"].queryset = Indicator.objects.filter(
            traject=traject, gearchiveerd=False
        ).order_by("naam")
        self.fields[
            "patienten_indicator"
        ].help_text = "De indicator die telt hoeveel patiënten thuis zijn behandeld."
        if self.instance.pk:
            self.fields["versie"].initial = self.instance.versie
        self.helper = _helper("Opslaan")


class StartForm(forms.Form):
    gestart_op = forms.DateField(label="Eerste behandeling thuis op", widget=DatumInput)
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)


class EvaluatieForm(forms.Form):
    geevalueerd_op = forms.DateField(label="Geëvalueerd op", widget=DatumInput)
    evaluatie = forms.CharField(
        label="Wat heeft de pilot opgeleverd?", widget=forms.Textarea(attrs={"rows": 4})
    )
    besluit = forms.ChoiceField(
        label="Besluit", choices=PilotBesluit.choices, widget=forms.RadioSelect
    )
    toelichting = forms.CharField(
        label="Toelichting op het besluit", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)


class StopForm(forms.Form):
    gestopt_op = forms.DateField(label="Gestopt op", widget=DatumInput)
    besluit_toelichting = forms.CharField(
        label="Waarom stopt de pilot?", widget=forms.Textarea(attrs={"rows": 2})
    )
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
