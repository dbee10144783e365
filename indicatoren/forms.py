from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms

from casemanagement.forms import DienstForm
from casemanagement.widgets import DatumInput

from .models import Indicator, Meting


class IndicatorForm(DienstForm):
    niveaus = forms.CharField(
        label="Niveaus van de schaal",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Alleen bij een beschreven schaal: één niveau per regel, van laag (1) naar hoog.",
    )
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Indicator
        fields = [
            "naam",
            "omschrijving",
            "soort",
            "eenheid",
            "niveaus",
            "richting",
            "nulwaarde",
            "nulwaarde_datum",
            "streefwaarde",
            "streefdatum",
            "bron",
        ]
        widgets = {
            "omschrijving": forms.Textarea(attrs={"rows": 3}),
            "soort": forms.RadioSelect,
            "richting": forms.RadioSelect,
            "nulwaarde_datum": DatumInput,
            "streefdatum": DatumInput,
        }
        help_texts = {
            "nulwaarde": "De waarde bij de start (bij een schaal: het niveau).",
            "streefwaarde": "Waar u op de streefdatum wilt staan.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["niveaus"].initial = "\n".join(
                n.omschrijving for n in self.instance.niveaus.all()
            )
            self.fields["versie"].initial = self.instance.versie
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Fieldset("Wat meet u", "naam", "omschrijving", "soort", "eenheid", "niveaus", "bron"),
            Fieldset(
                "Nulmeting en doel",
                "richting",
                "nulwaarde",
                "nulwaarde_datum",
                "streefwaarde",
                "streefdatum",
            ),
            "versie",
            Submit("opslaan", "Opslaan"),
        )

    @property
    def niveau_lijst(self) -> list[str]:
        return [r.strip() for r in self.cleaned_data.get("niveaus", "").splitlines() if r.strip()]


class MetingForm(DienstForm):
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Meting
        fields = ["datum", "waarde", "bron", "toelichting"]
        widgets = {"datum": DatumInput, "toelichting": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, indicator, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        if indicator.is_kwalitatief:
            self.fields["waarde"] = forms.TypedChoiceField(
                label="Niveau",
                choices=[("", "Kies een niveau")]
                + [(n.waarde, f"{n.waarde}: {n.omschrijving}") for n in indicator.niveaus.all()],
                coerce=int,
                initial=int(self.instance.waarde) if self.instance.pk else None,
            )
        elif indicator.eenheid:
            self.fields["waarde"].label = f"Waarde ({indicator.eenheid})"
        if not self.instance.pk:
            self.fields["bron"].initial = indicator.bron
        else:
            self.fields["versie"].initial = self.instance.versie
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    @property
    def gegevens(self) -> dict:
        return {k: self.cleaned_data.get(k) for k in self._meta.fields}
