"""Forms of the traject area."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import URLValidator

from casemanagement.forms import LedenKeuze, LidKeuze, leden_van
from casemanagement.models import Lidmaatschap
from casemanagement.widgets import DatumInput

from ..models import Besluit, Communicatiemiddel, Implementatieteam, Teamlid


def _helper(knop: str = "Opslaan") -> FormHelper:
    helper = FormHelper()
    helper.add_input(Submit("opslaan", knop))
    return helper


class ActiviteitForm(forms.Form):
    eigenaar = LidKeuze(
        label="Eigenaar",
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label="Nog niemand",
        help_text="Wie zorgt dat deze activiteit gebeurt? Zij krijgen een herinnering per e-mail.",
    )
    deadline = forms.DateField(label="Deadline", required=False, widget=DatumInput())
    notitie = forms.CharField(
        label="Notitie", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    links = forms.CharField(
        label="Links naar bewijs",
        required=False,
        help_text="Eén link per regel, bijvoorbeeld naar een verslag of presentatie.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].queryset = leden_van(regio)
        self.helper = _helper()

    def clean_links(self):
        regels = [r.strip() for r in self.cleaned_data["links"].splitlines() if r.strip()]
        valideer = URLValidator(schemes=["http", "https"])
        for regel in regels:
            try:
                valideer(regel)
            except forms.ValidationError as exc:
                raise forms.ValidationError(
                    f"“{regel}” is geen geldige link. Begin met https://."
                ) from exc
        return "\n".join(regels)


class HeropenForm(forms.Form):
    reden = forms.CharField(
        label="Reden",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Waarom moet deze stap opnieuw open? De reden blijft zichtbaar in de geschiedenis.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper("Stap heropenen")


class TeamForm(forms.ModelForm):
    class Meta:
        model = Implementatieteam
        fields = [
            "overlegfrequentie",
            "overlegvorm",
            "rol_clientvertegenwoordiging",
            "vastgesteld_op",
        ]
        widgets = {
            "vastgesteld_op": DatumInput(),
            "rol_clientvertegenwoordiging": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _helper()


class LidmaatschapKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        org = f", {obj.organisatie.naam}" if obj.organisatie else ""
        return f"{obj.user.get_full_name()} ({obj.get_rol_display().lower()}{org})"


class TeamlidForm(forms.ModelForm):
    lidmaatschap = LidmaatschapKeuze(label="Lid", queryset=Lidmaatschap.objects.none())

    class Meta:
        model = Teamlid
        fields = ["lidmaatschap", "functie", "mandaat_bevestigd", "vertegenwoordigt_clienten"]

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lidmaatschap"].queryset = (
            Lidmaatschap.objects.filter(regio=regio)
            .select_related("user", "organisatie")
            .order_by("user__naam", "user__email")
        )
        self.fields[
            "lidmaatschap"
        ].help_text = "Leden van de regio; nodig iemand eerst uit als die er nog niet bij staat."
        self.helper = _helper()


class BesluitForm(forms.ModelForm):
    deelnemers = LedenKeuze(
        label="Deelnemers",
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Besluit
        fields = [
            "datum",
            "stap",
            "onderwerp",
            "tekst",
            "stelt_vast",
            "deelnemers",
            "andere_deelnemers",
        ]
        widgets = {
            "datum": DatumInput(),
            "tekst": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, regio, stappen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["deelnemers"].queryset = leden_van(regio)
        self.fields["stap"].queryset = stappen
        self.fields["stap"].empty_label = "Geen stap"
        self.helper = _helper()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("deelnemers") and not cleaned.get("andere_deelnemers"):
            self.add_error("deelnemers", "Geef aan wie het besluit hebben genomen.")
        return cleaned


class CommunicatiemiddelForm(forms.ModelForm):
    class Meta:
        model = Communicatiemiddel
        fields = ["kanaal", "omschrijving", "vaste_momenten", "stap", "gedaan"]

    def __init__(self, *args, stappen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stap"].queryset = stappen
        self.fields["stap"].empty_label = "Geen bepaalde stap"
        self.helper = _helper()
