from crispy_forms.helper import FormHelper as CrispyFormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms
from django.contrib.auth import password_validation

from .constants import Rol
from .models import Fase, Lidmaatschap, Organisatie
from .programmas import organisatietypen


class FormHelper(CrispyFormHelper):
    """Crispy's helper with `novalidate`: our Dutch messages come first, not the browser's."""

    def __init__(self, form=None):
        super().__init__(form)
        self.attrs = {"novalidate": ""}


def leden_van(regio):
    """The region's members, as people to choose: an owner, a participant, a responsible."""
    from .models import User

    return User.objects.filter(lidmaatschappen__regio=regio).order_by("naam", "email")


class LidKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name()


class LedenKeuze(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name()


class DienstForm(forms.ModelForm):
    """A model form whose model validation happens in the service, which owns the rules.

    `gegevens` hands the service the form's own fields; many-to-many fields go separately.
    """

    def _post_clean(self):
        pass

    @property
    def gegevens(self) -> dict:
        m2m = {f.name for f in self._meta.model._meta.many_to_many}
        return {
            k: v for k, v in self.cleaned_data.items() if k in self._meta.fields and k not in m2m
        }


class OrganisatieForm(DienstForm):
    """An organisation with, per phase, what it does there (empty: not active)."""

    class Meta:
        model = Organisatie
        fields = [
            "naam",
            "type",
            "domein",
            "contactpersoon",
            "telefoon",
            "email",
            "website",
            "adres",
        ]
        help_texts = {
            "domein": "Gemeente, Wmo-loket en cliëntondersteuning vallen onder het sociaal domein."
        }

    def __init__(self, *args, fasen=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"] = forms.ChoiceField(
            label="Soort organisatie",
            choices=[("", "---------")]
            + [(code, soort.naam) for code, soort in organisatietypen().items()],
        )
        self.fasen = list(fasen if fasen is not None else Fase.objects.all())
        huidig = {}
        if self.instance.pk:
            huidig = {i.fase_id: i.omschrijving for i in self.instance.inzet.all()}
        for fase in self.fasen:
            self.fields[f"fase_{fase.pk}"] = forms.CharField(
                label=fase.naam,
                required=False,
                max_length=300,
                initial=huidig.get(fase.pk, ""),
                help_text="Wat doet de organisatie in deze fase? Leeg laten als zij hier niet actief is.",
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Fieldset("Organisatie", "naam", "type", "domein"),
            Fieldset("Contact", "contactpersoon", "telefoon", "email", "website", "adres"),
            Fieldset("Actief in de fasen", *[f"fase_{f.pk}" for f in self.fasen]),
            Submit("opslaan", "Opslaan"),
        )

    def clean_naam(self):
        naam = self.cleaned_data["naam"].strip()
        regio = self.instance.regio if self.instance.regio_id else None
        if regio is not None:
            dubbel = Organisatie.objects.filter(regio=regio, naam__iexact=naam).exclude(
                pk=self.instance.pk
            )
            if dubbel.exists():
                raise forms.ValidationError("Er is in deze regio al een organisatie met deze naam.")
        return naam

    @property
    def inzet(self) -> dict[int, str]:
        return {f.pk: self.cleaned_data.get(f"fase_{f.pk}", "") for f in self.fasen}


class UitnodigingForm(forms.Form):
    naam = forms.CharField(label="Naam", max_length=150, required=False)
    email = forms.EmailField(label="E-mailadres")
    # No default: the coordinator chooses the role on purpose.
    rol = forms.ChoiceField(label="Rol", choices=[("", "Kies een rol"), *Rol.choices])
    organisatie = forms.ModelChoiceField(
        label="Organisatie",
        queryset=Organisatie.objects.none(),
        required=False,
        empty_label="Geen organisatie",
        help_text="De organisatie namens wie deze persoon meedoet (niet verplicht).",
    )

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.te_kiezen(regio)
        self.helper = FormHelper()
        self.helper.add_input(Submit("uitnodigen", "Uitnodiging versturen"))


class LidmaatschapForm(DienstForm):
    class Meta:
        model = Lidmaatschap
        fields = ["rol", "organisatie"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisatie"].queryset = Organisatie.objects.te_kiezen(
            self.instance.regio, self.instance.organisatie
        )
        self.helper = FormHelper()
        self.helper.add_input(Submit("opslaan", "Opslaan"))


class AccountAanmakenForm(forms.Form):
    naam = forms.CharField(label="Uw naam", max_length=150)
    wachtwoord1 = forms.CharField(
        label="Kies een wachtwoord",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    wachtwoord2 = forms.CharField(
        label="Herhaal het wachtwoord",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.helper = FormHelper()
        self.helper.add_input(Submit("aanmaken", "Account aanmaken"))

    def clean(self):
        data = super().clean()
        w1, w2 = data.get("wachtwoord1"), data.get("wachtwoord2")
        if w1 and w2 and w1 != w2:
            self.add_error("wachtwoord2", "De twee wachtwoorden zijn niet gelijk.")
        elif w1:
            try:
                from .models import User

                password_validation.validate_password(
                    w1, User(email=self.email, naam=data.get("naam", ""))
                )
            except forms.ValidationError as exc:
                self.add_error("wachtwoord1", exc)
        return data


def fouten_naar_form(form, exc) -> None:
    """Show a service's ValidationError on the form: on its field where it names one."""
    if hasattr(exc, "error_dict"):
        for veld, fouten in exc.error_dict.items():
            for fout in fouten:
                form.add_error(veld if veld in form.fields else None, fout)
    else:
        for melding in exc.messages:
            form.add_error(None, melding)
