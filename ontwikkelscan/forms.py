from crispy_forms.helper import FormHelper
from crispy_forms.layout import Submit
from django import forms
from django.utils import timezone
from django.utils.functional import cached_property

from casemanagement.models import Lidmaatschap, Organisatie
from casemanagement.widgets import DatumInput

from .constants import WEET_NIET, Soort
from .models import Vragenlijst


class RondeForm(forms.Form):
    naam = forms.CharField(label="Naam van de ronde", max_length=150)
    soort = forms.ChoiceField(label="Soort meting", choices=Soort.choices)
    vragenlijst = forms.ModelChoiceField(
        label="Vragenlijst", queryset=Vragenlijst.objects.filter(actief=True), empty_label=None
    )
    sluit_op = forms.DateField(
        label="Invullen kan tot en met",
        required=False,
        widget=DatumInput(),
        help_text="Alleen ter informatie voor de deelnemers; u sluit de ronde zelf.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.add_input(Submit("opslaan", "Ronde openen"))


class UitnodigenForm(forms.Form):
    leden = forms.ModelMultipleChoiceField(
        label="Leden van de regio",
        queryset=Lidmaatschap.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Leden die al uitgenodigd zijn, staan niet in de lijst.",
    )
    email = forms.EmailField(label="E-mailadres", required=False)
    naam = forms.CharField(label="Naam", max_length=150, required=False)
    organisatie = forms.ModelChoiceField(
        label="Organisatie", queryset=Organisatie.objects.none(), required=False
    )

    def __init__(self, *args, regio, al_uitgenodigd=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["leden"].queryset = (
            Lidmaatschap.objects.filter(regio=regio)
            .exclude(user__email__in=list(al_uitgenodigd))
            .select_related("user", "organisatie")
            .order_by("user__naam", "user__email")
        )
        self.fields["leden"].label_from_instance = lambda lm: (
            f"{lm.user.get_full_name()} ({lm.organisatie.naam if lm.organisatie else 'geen organisatie'})"
        )
        self.fields["organisatie"].queryset = Organisatie.objects.te_kiezen(regio)

    def clean(self):
        data = super().clean()
        if not data.get("leden") and not data.get("email"):
            raise forms.ValidationError("Kies minstens één lid of vul een e-mailadres in.")
        if data.get("email") and not data.get("organisatie"):
            self.add_error(
                "organisatie", "Kies de organisatie waarvoor deze persoon de scan invult."
            )
        return data


class ThemaForm(forms.Form):
    """One theme's items: a level (or weet niet) and an optional explanation per item."""

    def __init__(self, *args, structuur, thema, antwoorden, alleen_lezen=False, **kwargs):
        super().__init__(*args, **kwargs)
        self._items = []
        for item in thema.items.all():
            niveaus = structuur.niveaus_voor(item)
            keuzes = [(str(n.waarde), f"{n.waarde} · {n.naam}") for n in niveaus]
            keuzes.append((WEET_NIET, "Weet niet / niet van toepassing"))
            bestaand = antwoorden.get(item.pk)
            initieel = ""
            if bestaand is not None:
                initieel = WEET_NIET if bestaand.weet_niet else str(bestaand.waarde)
            niveau_veld = forms.ChoiceField(
                label=item.tekst,
                choices=keuzes,
                required=False,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
                initial=initieel,
                disabled=alleen_lezen,
            )
            toelichting_veld = forms.CharField(
                label="Toelichting (niet verplicht)",
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}),
                initial=bestaand.toelichting if bestaand else "",
                disabled=alleen_lezen,
            )
            self.fields[f"item_{item.pk}"] = niveau_veld
            self.fields[f"toelichting_{item.pk}"] = toelichting_veld
            self._items.append((item, niveaus))

    @cached_property
    def regels(self) -> list[dict]:
        """Per item its bound fields; built after all fields exist (rendering cleans the form)."""
        regels = []
        for item, niveaus in self._items:
            omschrijvingen = [n.omschrijving for n in niveaus] + [
                "U kunt dit niet beoordelen, of het speelt niet in uw organisatie."
            ]
            veld = self[f"item_{item.pk}"]
            regels.append(
                {
                    "item": item,
                    "niveaus": niveaus,
                    "opties": list(zip(veld, omschrijvingen, strict=True)),
                    "veld": veld,
                    "toelichting": self[f"toelichting_{item.pk}"],
                }
            )
        return regels

    def antwoorden(self) -> dict[int, tuple[str, str]]:
        return {
            item.pk: (
                self.cleaned_data[f"item_{item.pk}"],
                self.cleaned_data[f"toelichting_{item.pk}"],
            )
            for item, _niveaus in self._items
        }


class SamenwerkingForm(forms.Form):
    organisaties = forms.ModelMultipleChoiceField(
        label="Met welke organisaties werkt u al samen?",
        queryset=Organisatie.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
        help_text="Bijvoorbeeld: u verwijst naar elkaar, draagt over, of overlegt over cliënten.",
    )

    def __init__(self, *args, regio, vraag, eigen_organisatie=None, alleen_lezen=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisaties"].label = vraag
        gekozen = Organisatie.objects.filter(pk__in=self.initial.get("organisaties") or [])
        qs = Organisatie.objects.te_kiezen(regio, *gekozen).order_by("naam")
        if eigen_organisatie is not None:
            qs = qs.exclude(pk=eigen_organisatie.pk)
        self.fields["organisaties"].queryset = qs
        self.fields["organisaties"].disabled = alleen_lezen


class GedeeldForm(forms.Form):
    op = forms.DateField(
        label="Gedeeld op",
        widget=DatumInput(attrs={"class": "form-control"}),
        initial=timezone.localdate,
    )
    hoe = forms.CharField(
        label="Hoe gedeeld",
        max_length=300,
        required=False,
        widget=forms.TextInput(attrs={"class": "form-control"}),
        help_text="Bijvoorbeeld: in het netwerkoverleg en in de nieuwsbrief.",
    )


class ConsensusForm(forms.Form):
    """Per theme the agreed score and why; leave a score empty to record none."""

    def __init__(self, *args, structuur, bestaand, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = [("", "Geen score vastgelegd")] + [
            (str(n.waarde), f"{n.waarde} · {n.naam}") for n in structuur.schaal
        ]
        self.regels = []
        for thema in structuur.themas:
            huidig = bestaand.get(thema.pk)
            self.fields[f"score_{thema.pk}"] = forms.TypedChoiceField(
                label=f"Afgesproken score: {thema.naam}",
                choices=keuzes,
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.Select(attrs={"class": "form-select"}),
                initial=str(huidig.score) if huidig else "",
            )
            self.fields[f"toelichting_{thema.pk}"] = forms.CharField(
                label=f"Waarom deze score: {thema.naam}",
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 2, "class": "form-control"}),
                initial=huidig.toelichting if huidig else "",
            )
            self.regels.append(
                {
                    "thema": thema,
                    "score": self[f"score_{thema.pk}"],
                    "toelichting": self[f"toelichting_{thema.pk}"],
                }
            )

    def scores(self) -> dict[int, tuple[int | None, str]]:
        return {
            r["thema"].pk: (
                self.cleaned_data[f"score_{r['thema'].pk}"],
                self.cleaned_data[f"toelichting_{r['thema'].pk}"],
            )
            for r in self.regels
        }
