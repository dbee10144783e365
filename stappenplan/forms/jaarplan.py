"""Forms of the jaarplan area."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms
from django.utils import timezone

from casemanagement.forms import DienstForm, LidKeuze, leden_van
from casemanagement.widgets import DatumInput

from ..models.jaarplan import GeplandeHerziening, Jaarplan, JaarplanKanaal, Vervolgstap

DATUM = DatumInput()


class NieuwJaarplanForm(forms.Form):
    jaar = forms.IntegerField(label="Jaar", min_value=2000, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["jaar"].initial = timezone.localdate().year
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout("jaar", Submit("aanmaken", "Jaarplan aanmaken"))


class JaarplanForm(DienstForm):
    kanalen = forms.MultipleChoiceField(
        label="Gebruikte communicatiekanalen",
        choices=JaarplanKanaal.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Jaarplan
        fields = [
            "resultaten",
            "kanalen",
            "kanalen_toelichting",
            "samenwerkingsovereenkomst",
            "overlegstructuur",
            "financiering",
            "evaluatie_datum",
            "evaluatie",
        ]
        widgets = {
            "resultaten": forms.Textarea(attrs={"rows": 4}),
            "kanalen_toelichting": forms.Textarea(attrs={"rows": 2}),
            "samenwerkingsovereenkomst": forms.Textarea(attrs={"rows": 3}),
            "overlegstructuur": forms.Textarea(attrs={"rows": 3}),
            "financiering": forms.Textarea(attrs={"rows": 3}),
            "evaluatie": forms.Textarea(attrs={"rows": 4}),
            "evaluatie_datum": DATUM,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Fieldset("Resultaten en communicatie", "resultaten", "kanalen", "kanalen_toelichting"),
            Fieldset(
                "Borging van de afspraken",
                "samenwerkingsovereenkomst",
                "overlegstructuur",
                "financiering",
            ),
            Fieldset("Jaarlijkse evaluatie", "evaluatie_datum", "evaluatie"),
            Submit("opslaan", "Opslaan"),
        )


class HerzieningForm(DienstForm):
    class Meta:
        model = GeplandeHerziening
        fields = ["onderwerp", "soort", "eigenaar", "datum", "toelichting"]
        widgets = {"datum": DATUM, "toelichting": forms.Textarea(attrs={"rows": 2})}
        field_classes = {"eigenaar": LidKeuze}

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].queryset = leden_van(regio)
        self.helper = FormHelper()
        self.helper.layout = Layout(*self.Meta.fields, Submit("opslaan", "Opslaan"))


class VervolgstapForm(DienstForm):
    class Meta:
        model = Vervolgstap
        fields = ["omschrijving", "nieuwe_cyclus", "eigenaar", "streefdatum"]
        widgets = {"streefdatum": DATUM, "omschrijving": forms.Textarea(attrs={"rows": 3})}
        field_classes = {"eigenaar": LidKeuze}

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].queryset = leden_van(regio)
        self.helper = FormHelper()
        self.helper.layout = Layout(*self.Meta.fields, Submit("opslaan", "Opslaan"))
