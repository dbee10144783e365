from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from casemanagement.forms import DienstForm, LidKeuze, leden_van
from casemanagement.models import Organisatie
from casemanagement.widgets import DatumInput

from . import regels
from .constants import Onverifieerd
from .models import Verwijzing


class VerwijzingForm(DienstForm):
    class Meta:
        model = Verwijzing
        fields = [
            "fase",
            "behoefte",
            "organisatie",
            "discipline",
            "waarvoor",
            "inclusiecriteria",
            "exclusiecriteria",
            "wijze",
            "wijze_toelichting",
            "contact_naam",
            "telefoon",
            "email",
            "website",
            "reactietermijn",
            "eigenaar",
            "controle_interval_maanden",
        ]
        widgets = {
            "waarvoor": forms.Textarea(attrs={"rows": 2}),
            "inclusiecriteria": forms.Textarea(attrs={"rows": 2}),
            "exclusiecriteria": forms.Textarea(attrs={"rows": 2}),
        }
        field_classes = {"eigenaar": LidKeuze}

    def __init__(self, *args, regio, toewijzing_vast=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.te_kiezen(
            regio, self.instance.organisatie if self.instance.organisatie_id else None
        )
        self.fields[
            "organisatie"
        ].help_text = (
            "Leeg laten als u naar een discipline verwijst die bij meerdere organisaties zit."
        )
        self.fields["eigenaar"].queryset = leden_van(regio)
        if toewijzing_vast:
            # Only the coordinator moves an entry to another organisation or owner.
            for veld in ("organisatie", "eigenaar"):
                self.fields[veld].disabled = True
                self.fields[veld].help_text = "Alleen de coördinator kan dit wijzigen."
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Fieldset(
                "Waar en waarvoor", "fase", "behoefte", "organisatie", "discipline", "waarvoor"
            ),
            Fieldset("Criteria", "inclusiecriteria", "exclusiecriteria"),
            Fieldset(
                "Verwijzen en contact",
                "wijze",
                "wijze_toelichting",
                "contact_naam",
                "telefoon",
                "email",
                "website",
                "reactietermijn",
            ),
            Fieldset("Actueel houden", "eigenaar", "controle_interval_maanden"),
            Submit("opslaan", "Opslaan"),
        )


class PublicerenForm(forms.Form):
    volgende_herziening = forms.DateField(
        label="Volgende herziening",
        help_text="Op deze datum krijgen de coördinator en de verantwoordelijke een herinnering.",
        widget=DatumInput(),
    )
    verantwoordelijke = LidKeuze(
        label="Verantwoordelijk voor de herziening", queryset=get_user_model().objects.none()
    )
    inleiding = forms.CharField(
        label="Inleiding bovenaan de verwijskaart",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    toelichting = forms.CharField(
        label="Wat is er veranderd",
        required=False,
        help_text="Komt in de e-mail aan de ontvangers.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    onverifieerd = forms.ChoiceField(
        label="Wat gebeurt er met vermeldingen die niet op tijd zijn geverifieerd?",
        choices=Onverifieerd.choices,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, regio, te_laat: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verantwoordelijke"].queryset = leden_van(regio)
        self.fields["volgende_herziening"].initial = regels.plus_maanden(timezone.localdate(), 12)
        velden = ["volgende_herziening", "verantwoordelijke", "inleiding", "toelichting"]
        if te_laat:
            velden.append("onverifieerd")
        else:
            del self.fields["onverifieerd"]
        self.helper = FormHelper()
        self.helper.layout = Layout(*velden, Submit("publiceren", "Publiceren"))

    @property
    def keuze(self) -> str:
        return self.cleaned_data.get("onverifieerd") or Onverifieerd.PUBLICEREN


class OntvangerForm(forms.Form):
    organisatie = forms.ModelChoiceField(
        label="Organisatie", queryset=Organisatie.objects.none(), required=False
    )
    naam = forms.CharField(label="Naam", max_length=150, required=False)
    email = forms.EmailField(
        label="E-mailadres",
        required=False,
        help_text="Leeg laten om het e-mailadres van de organisatie te gebruiken.",
    )

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.te_kiezen(regio)
        self.helper = FormHelper()
        self.helper.form_tag = True
        self.helper.layout = Layout(
            "organisatie", "naam", "email", Submit("toevoegen", "Toevoegen")
        )

    def clean(self):
        data = super().clean()
        if not data.get("organisatie") and not data.get("email"):
            raise forms.ValidationError("Kies een organisatie of vul een e-mailadres in.")
        return data
