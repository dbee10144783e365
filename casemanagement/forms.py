import hashlib
import json

from crispy_forms.helper import FormHelper as CrispyFormHelper
from crispy_forms.layout import Fieldset, Layout, Submit
from django import forms
from django.contrib.auth import password_validation
from django.forms.models import model_to_dict
from django.utils import timezone

from .constants import Rol
from .models import Fase, Lidmaatschap, Organisatie
from .persoonsgegevens import lijkt_persoonsgegeven
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

    Editing an existing object is optimistic: the form carries the version of the object it
    was opened on (`geopende_versie`, a digest of the stored values of its fields). If somebody else
    saved the object in the meantime, saving is refused with what they changed next to what
    this user typed, and the form keeps the user's input; saving again then overwrites.
    """

    geopende_versie = forms.CharField(widget=forms.HiddenInput, required=False)
    persoonsgegevens_gezien = forms.BooleanField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["geopende_versie"].initial = self.huidige_versie()
        else:
            del self.fields["geopende_versie"]

    def __setattr__(self, naam, waarde):
        # A crispy layout names its fields; the version travels along as a hidden field.
        if naam == "helper" and hasattr(waarde, "render_hidden_fields"):
            waarde.render_hidden_fields = True
        super().__setattr__(naam, waarde)

    def versie_stand(self) -> dict:
        """The stored values the version is made of; forms with extra fields add theirs."""
        namen = [n for n in self._meta.fields or [] if n in self.fields]
        stand = model_to_dict(self.instance, fields=namen)
        for naam, waarde in stand.items():
            if isinstance(waarde, list | tuple | set):
                stand[naam] = sorted(str(getattr(w, "pk", w)) for w in waarde)
            else:
                stand[naam] = getattr(waarde, "pk", waarde)
        return stand

    def huidige_versie(self) -> str:
        tekst = json.dumps(self.versie_stand(), default=str, sort_keys=True)
        return hashlib.sha256(tekst.encode()).hexdigest()[:32]

    def _post_clean(self):
        self._waarschuw_voor_persoonsgegevens()
        self._controleer_versie()

    def _waarschuw_voor_persoonsgegevens(self):
        """Free text that looks like a patient's BSN or birth date is refused once, with the
        reason; saving again stores it (it may be something else)."""
        if self.cleaned_data.get("persoonsgegevens_gezien"):
            return
        for naam, waarde in list(self.cleaned_data.items()):
            soort = lijkt_persoonsgegeven(waarde) if isinstance(waarde, str) else None
            if soort:
                self.add_error(
                    naam,
                    forms.ValidationError(
                        f"Dit lijkt {soort} te bevatten. Schrijf hier nooit gegevens van een "
                        "patiënt of cliënt. Haal het weg, of klik nogmaals op opslaan als het "
                        "geen persoonsgegeven is.",
                        code="persoonsgegeven",
                    ),
                )
                self.data = self.data.copy()
                self.data[self.add_prefix("persoonsgegevens_gezien")] = "True"

    def _controleer_versie(self):
        geopend = self.cleaned_data.get("geopende_versie")
        if not geopend:
            return
        huidig = self.huidige_versie()
        if geopend == huidig:
            return
        self.add_error(None, forms.ValidationError(self._conflict_melding(), code="gewijzigd"))
        self.data = self.data.copy()
        self.data[self.add_prefix("geopende_versie")] = huidig

    def _conflict_melding(self) -> str:
        wie = ""
        laatste = getattr(self.instance, "history", None)
        laatste = laatste.first() if laatste is not None else None
        if laatste is not None:
            door = laatste.history_user.get_full_name() if laatste.history_user else "iemand anders"
            tijd = timezone.localtime(laatste.history_date).strftime("%d-%m-%Y %H:%M")
            wie = f" ({door}, {tijd})"
        verschillen = []
        for naam in self._meta.fields or []:
            if naam not in self.fields or naam not in self.cleaned_data:
                continue
            opgeslagen = _tekst(self.instance, naam, getattr(self.instance, naam, None))
            ingevuld = _tekst(self.instance, naam, self.cleaned_data[naam], ingevuld=True)
            if opgeslagen != ingevuld:
                verschillen.append(
                    f"{self.fields[naam].label}: nu opgeslagen “{opgeslagen}”, uw invoer “{ingevuld}”"
                )
        melding = (
            f"Iemand anders heeft dit intussen gewijzigd{wie}. Uw wijzigingen zijn nog niet "
            "opgeslagen; uw invoer staat hieronder nog."
        )
        if verschillen:
            melding += " Verschillen: " + "; ".join(verschillen) + "."
        return melding + " Klik opnieuw op opslaan om uw versie toch op te slaan."

    @property
    def gegevens(self) -> dict:
        m2m = {f.name for f in self._meta.model._meta.many_to_many}
        return {
            k: v for k, v in self.cleaned_data.items() if k in self._meta.fields and k not in m2m
        }


def _tekst(instance, naam, waarde, *, ingevuld=False) -> str:
    """A value as a person reads it: choices by their label, lists joined, empty as (leeg)."""
    if hasattr(waarde, "all") and not ingevuld:
        waarde = list(waarde.all())
    if waarde in (None, "", [], ()):
        return "(leeg)"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, list | tuple | set) or hasattr(waarde, "model"):
        return ", ".join(sorted(str(w) for w in waarde))
    try:
        veld = instance._meta.get_field(naam)
    except Exception:  # noqa: BLE001 - not a model field
        return str(waarde)
    if veld.choices:
        return str(dict(veld.flatchoices).get(waarde, waarde))
    return str(waarde)


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

    def versie_stand(self) -> dict:
        stand = super().versie_stand()
        stand["inzet"] = sorted((i.fase_id, i.omschrijving) for i in self.instance.inzet.all())
        return stand

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
