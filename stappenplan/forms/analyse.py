"""Forms of the analyse area. Validation of input here; the domain rules live in the services."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Fieldset, Layout
from django import forms

from casemanagement.forms import DienstForm
from casemanagement.models import Fase, Organisatie, Overgang
from casemanagement.selectors import team_organisatie_ids
from casemanagement.widgets import DatumInput, DatumTijdInput
from ontwikkelscan.models import Item, Ronde

from ..models.analyse import (
    Herkenbaar,
    JourneyOvergang,
    JourneyReactie,
    JourneyStap,
    Knelpunt,
    KnelpuntBron,
    KnelpuntStatus,
    Oordeel,
    Prioriteit,
    Verbeterpunt,
    VerbeterpuntStatus,
    Werkconferentie,
)
from ..selectors.analyse import verantwoordelijken


def _tekst(rijen=3):
    return forms.Textarea(attrs={"rows": rijen})


# Patient journeys -----------------------------------------------------------------------------


class JourneySamenvattingForm(forms.Form):
    samenvatting = forms.CharField(
        label="Samenvatting",
        required=False,
        widget=_tekst(3),
        help_text="Voor wie is deze route, en wat valt op? Noem geen personen: een journey "
        "beschrijft een route, geen patiënt.",
    )


class JourneyStapForm(DienstForm):
    class Meta:
        model = JourneyStap
        fields = ["organisaties", "verwijzing", "zorg", "bekende_knelpunten"]
        widgets = {
            "organisaties": forms.CheckboxSelectMultiple,
            "verwijzing": _tekst(2),
            "zorg": _tekst(2),
            "bekende_knelpunten": _tekst(2),
        }

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisaties"].queryset = Organisatie.objects.filter(regio=regio)


class JourneyOvergangForm(DienstForm):
    class Meta:
        model = JourneyOvergang
        fields = ["informatie", "verantwoordelijke", "wachttijd", "bekende_knelpunten"]
        widgets = {"informatie": _tekst(2), "bekende_knelpunten": _tekst(2)}
        help_texts = {"wachttijd": "Bijvoorbeeld: gemiddeld 3 weken tot het eerste contact."}


class ReactieForm(forms.Form):
    onderdeel = forms.ChoiceField(label="Over welk onderdeel gaat uw reactie?")
    herkenbaar = forms.ChoiceField(
        label="Is dit herkenbaar?", choices=Herkenbaar.choices, widget=forms.RadioSelect
    )
    wat_gaat_mis = forms.CharField(
        label="Wat gaat er mis voor patiënten en naasten?", required=False, widget=_tekst(3)
    )
    suggestie = forms.CharField(label="Suggestie", required=False, widget=_tekst(3))

    def __init__(self, *args, journey, **kwargs):
        super().__init__(*args, **kwargs)
        keuzes = []
        self._onderdelen = {}
        stappen = list(journey.stappen.all())
        overgangen = list(journey.overgangen.all())
        for i, stap in enumerate(stappen):
            keuzes.append((f"stap-{stap.pk}", f"Fase: {stap.fase.naam}"))
            self._onderdelen[f"stap-{stap.pk}"] = ("stap", stap)
            if i < len(overgangen):
                o = overgangen[i]
                keuzes.append((f"overgang-{o.pk}", f"Overgang: {o.overgang}"))
                self._onderdelen[f"overgang-{o.pk}"] = ("overgang", o)
        self.fields["onderdeel"].choices = keuzes

    def doel(self) -> dict:
        soort, obj = self._onderdelen[self.cleaned_data["onderdeel"]]
        return {soort: obj}


class OordeelForm(forms.Form):
    oordeel = forms.ChoiceField(
        label="Uw oordeel over deze journey", choices=Oordeel.choices, widget=forms.RadioSelect
    )
    toelichting = forms.CharField(
        label="Toelichting",
        required=False,
        widget=_tekst(3),
        help_text="Nodig bij 'aanpassen nodig': wat moet er anders?",
    )


class AntwoordForm(DienstForm):
    class Meta:
        model = JourneyReactie
        fields = ["antwoord"]
        widgets = {"antwoord": _tekst(3)}
        labels = {"antwoord": "Wat is er met deze reactie gedaan?"}


# Partner descriptions -------------------------------------------------------------------------


class BeschrijvingForm(forms.Form):
    algemeen = forms.CharField(
        label="Wie zijn wij en voor wie zijn we er?", required=False, widget=_tekst(3)
    )
    overdracht = forms.CharField(
        label="Hoe dragen wij de zorg over aan een andere organisatie?",
        widget=_tekst(4),
        help_text="Welke informatie gaat mee, via welk kanaal, wie is het aanspreekpunt?",
    )

    def __init__(self, *args, beschrijving=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fasen = list(Fase.objects.all())
        huidig = {}
        if beschrijving is not None:
            self.fields["algemeen"].initial = beschrijving.algemeen
            self.fields["overdracht"].initial = beschrijving.overdracht
            huidig = {f.fase_id: f.zorg for f in beschrijving.fasen.all()}
        for fase in self.fasen:
            self.fields[f"fase_{fase.pk}"] = forms.CharField(
                label=f"Zorg in de fase: {fase.naam}",
                required=False,
                initial=huidig.get(fase.pk, ""),
                widget=_tekst(2),
                help_text="Leeg laten als uw organisatie in deze fase geen zorg geeft.",
            )

    @property
    def zorg_per_fase(self) -> dict[int, str]:
        return {f.pk: self.cleaned_data.get(f"fase_{f.pk}", "") for f in self.fasen}


# Knelpunten -----------------------------------------------------------------------------------


class KnelpuntForm(DienstForm):
    class Meta:
        model = Knelpunt
        fields = [
            "titel",
            "huidige_situatie",
            "gewenste_situatie",
            "clientperspectief",
            "bron",
            "bron_omschrijving",
            "journey_stap",
            "journey_overgang",
            "reactie",
            "scan_ronde",
            "scan_item",
            "fase",
            "overgang",
            "organisaties",
            "betrokkenheid",
            "prioriteit",
            "status",
        ]
        widgets = {
            "betrokkenheid": _tekst(2),
            "huidige_situatie": _tekst(3),
            "gewenste_situatie": _tekst(3),
            "clientperspectief": _tekst(3),
            "organisaties": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "fase": "Kies een fase óf een overgang.",
            "journey_stap": "Als het knelpunt uit een patiëntjourney komt.",
        }

    # GET parameters that prefill a new knelpunt, e.g. from the results of the Ontwikkelscan.
    PREFILL = [
        "titel",
        "huidige_situatie",
        "gewenste_situatie",
        "bron",
        "bron_omschrijving",
        "prioriteit",
        "journey_stap",
        "journey_overgang",
        "reactie",
        "scan_ronde",
        "scan_item",
        "fase",
        "overgang",
    ]

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        team = team_organisatie_ids(regio)
        self.fields["organisaties"].queryset = Organisatie.objects.filter(regio=regio)
        self.fields["organisaties"].label_from_instance = lambda o: (
            o.naam if o.pk in team else f"{o.naam} (niet in het implementatieteam)"
        )
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Fieldset(
                "Knelpunt", "titel", "huidige_situatie", "gewenste_situatie", "clientperspectief"
            ),
            Fieldset(
                "Bron",
                "bron",
                "bron_omschrijving",
                "journey_stap",
                "journey_overgang",
                "reactie",
                "scan_ronde",
                "scan_item",
            ),
            Fieldset("Waar in de zorg", "fase", "overgang"),
            Fieldset("Betrokken organisaties", "organisaties", "betrokkenheid"),
            Fieldset("Prioriteit en status", "prioriteit", "status"),
        )
        self.fields["journey_stap"].queryset = JourneyStap.objects.filter(
            journey__regio=regio
        ).select_related("journey", "fase")
        self.fields["journey_stap"].label_from_instance = lambda s: (
            f"{s.journey.get_type_display()}: {s.fase.naam}"
        )
        self.fields["journey_overgang"].queryset = JourneyOvergang.objects.filter(
            journey__regio=regio
        ).select_related("journey", "overgang__van_fase", "overgang__naar_fase")
        self.fields["journey_overgang"].label_from_instance = lambda o: (
            f"{o.journey.get_type_display()}: {o.overgang}"
        )
        self.fields["reactie"].queryset = JourneyReactie.objects.filter(
            journey__regio=regio
        ).select_related("journey", "auteur")
        self.fields["reactie"].label_from_instance = lambda r: (
            f"{r.journey.get_type_display()}: {(r.wat_gaat_mis or r.suggestie)[:70]}"
        )
        self.fields["overgang"].queryset = Overgang.objects.select_related("van_fase", "naar_fase")
        rondes = Ronde.objects.filter(regio=regio)
        self.fields["scan_ronde"].queryset = rondes
        self.fields["scan_item"].queryset = Item.objects.filter(
            thema__vragenlijst__in=rondes.values("vragenlijst")
        ).select_related("thema")
        self.fields["scan_item"].label_from_instance = lambda i: f"{i.code}: {i.tekst[:80]}"

    @classmethod
    def initial_uit(cls, params) -> dict:
        """Initial values from GET parameters; a phase may be given by its code (`fase=thuis`)."""
        initial = {k: params.get(k) for k in cls.PREFILL if params.get(k)}
        if initial.get("bron") not in KnelpuntBron.values:
            initial.pop("bron", None)
        fase = initial.get("fase")
        if fase and not fase.isdigit():
            gevonden = Fase.objects.filter(code=fase).values_list("pk", flat=True).first()
            initial["fase"] = gevonden
        return {k: v for k, v in initial.items() if v is not None}


class ClientperspectiefForm(DienstForm):
    class Meta:
        model = Knelpunt
        fields = ["clientperspectief"]
        widgets = {"clientperspectief": _tekst(4)}
        labels = {"clientperspectief": "Wat betekent dit knelpunt voor cliënten en naasten?"}
        help_texts = {"clientperspectief": "Noem geen namen of persoonlijke gegevens."}


class KnelpuntFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Alle")] + KnelpuntStatus.choices
    )
    prioriteit = forms.ChoiceField(
        label="Prioriteit", required=False, choices=[("", "Alle")] + Prioriteit.choices
    )
    bron = forms.ChoiceField(
        label="Bron", required=False, choices=[("", "Alle")] + KnelpuntBron.choices
    )
    fase = forms.ChoiceField(label="Fase", required=False)
    sorteer = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, fasen, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fase"].choices = [("", "Alle")] + [(f.code, f.naam) for f in fasen]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {k: v for k, v in self.cleaned_data.items() if v}


# Verbeterpunten -------------------------------------------------------------------------------


class VerbeterpuntForm(DienstForm):
    class Meta:
        model = Verbeterpunt
        fields = [
            "knelpunt",
            "titel",
            "wat_verbetert",
            "specifiek",
            "indicator",
            "nulmeting",
            "streefwaarde",
            "acceptabel",
            "realistisch",
            "deadline",
            "inspirerend",
            "succes",
            "aanpak",
            "verantwoordelijke",
            "verantwoordelijke_groep",
            "afspraken",
            "evaluatie_op",
            "communicatie",
            "status",
        ]
        widgets = {
            "wat_verbetert": _tekst(3),
            "specifiek": _tekst(2),
            "acceptabel": _tekst(2),
            "realistisch": _tekst(2),
            "inspirerend": _tekst(2),
            "succes": _tekst(2),
            "aanpak": _tekst(3),
            "afspraken": _tekst(4),
            "communicatie": _tekst(3),
            "deadline": DatumInput(),
            "evaluatie_op": DatumInput(),
        }
        help_texts = {
            "indicator": "Waaraan meten we het? Bijvoorbeeld: percentage patiënten met een "
            "overdracht binnen 2 werkdagen.",
            "communicatie": "Per instelling: via welk kanaal, wie, wanneer.",
            "verantwoordelijke_groep": "Als een groep verantwoordelijk is, bijvoorbeeld de "
            "werkgroep overdracht.",
        }

    def __init__(self, *args, regio, coordinator: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["knelpunt"].queryset = Knelpunt.objects.filter(regio=regio)
        self.fields["verantwoordelijke"].queryset = verantwoordelijken(regio)
        if not coordinator:
            # Team members work on goals they own; who owns it is up to the coordinator.
            del self.fields["knelpunt"]
            del self.fields["verantwoordelijke"]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            *[
                Fieldset(legenda, *[v for v in velden if v in self.fields])
                for legenda, velden in self.GROEPEN
            ]
        )

    GROEPEN = [
        ("Verbeterpunt", ["knelpunt", "titel", "wat_verbetert"]),
        (
            "SMARTI-doel",
            [
                "specifiek", "indicator", "nulmeting", "streefwaarde", "acceptabel",
                "realistisch", "deadline", "inspirerend", "succes", "aanpak",
            ],
        ),
        (
            "Aan de slag",
            [
                "verantwoordelijke", "verantwoordelijke_groep", "afspraken", "evaluatie_op",
                "communicatie", "status",
            ],
        ),
    ]  # fmt: skip

    @property
    def gegevens(self) -> dict:
        return {k: v for k, v in self.cleaned_data.items() if k in self.fields}


class VoortgangForm(forms.Form):
    datum = forms.DateField(label="Datum", widget=DatumInput())
    tekst = forms.CharField(label="Wat is er bereikt of veranderd?", widget=_tekst(3))
    is_evaluatie = forms.BooleanField(label="Dit is de evaluatie van het doel", required=False)
    status = forms.ChoiceField(label="Status van het doel", choices=VerbeterpuntStatus.choices)


# Werkconferentie ------------------------------------------------------------------------------


class WerkconferentieForm(DienstForm):
    class Meta:
        model = Werkconferentie
        fields = [
            "titel",
            "datum",
            "plaats",
            "doel",
            "programma",
            "rol_patientvertegenwoordigers",
            "opbrengst",
            "verbeterpunten",
        ]
        widgets = {
            "datum": DatumTijdInput(),
            "doel": _tekst(2),
            "programma": _tekst(5),
            "rol_patientvertegenwoordigers": _tekst(3),
            "opbrengst": _tekst(4),
            "verbeterpunten": forms.CheckboxSelectMultiple,
        }
        labels = {"verbeterpunten": "Verbeterpunten waar de werkconferentie aan bijdroeg"}

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verbeterpunten"].queryset = Verbeterpunt.objects.filter(regio=regio)
        self.fields["datum"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]


class UitnodigingForm(forms.Form):
    teamlid = forms.ModelChoiceField(label="Teamlid", queryset=None)
    partners = forms.CharField(label="Nodigt uit", widget=_tekst(2))
    aantal_uitgenodigd = forms.IntegerField(label="Aantal uitgenodigd", min_value=0, initial=0)
    aantal_aanwezig = forms.IntegerField(label="Aantal aanwezig", min_value=0, required=False)

    def __init__(self, *args, regio, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["teamlid"].queryset = verantwoordelijken(regio)


class BaseUitnodigingFormSet(forms.BaseFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        form.fields["DELETE"].label = "Verwijderen"


UitnodigingFormSet = forms.formset_factory(
    UitnodigingForm, formset=BaseUitnodigingFormSet, extra=2, can_delete=True
)
