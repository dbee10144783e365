"""Views of the analyse area: thin, scoped to the member's region, one service per change."""

from io import BytesIO
from types import SimpleNamespace

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.views.decorators.http import require_POST

from casemanagement.constants import Actie
from casemanagement.forms import fouten_naar_form
from casemanagement.models import Organisatie
from casemanagement.paginering import PARAMETER, pagineer
from casemanagement.pdf import pdf_response, render_pdf
from casemanagement.permissions import regio_view

from ..forms import analyse as forms
from ..models.analyse import (
    JourneyReactie,
    JourneyType,
    Knelpunt,
    KnelpuntStatus,
    PartnerBeschrijving,
    Verbeterpunt,
    Werkconferentie,
)
from ..selectors import analyse as selectors
from ..services import analyse as services


def _journey(toegang, type):
    if type not in JourneyType.values:
        raise Http404("Onbekende patiëntjourney.")
    journey = selectors.journey_detail(toegang.regio, type)
    if journey is None:
        raise Http404("Deze patiëntjourney is nog niet opgesteld.")
    return journey


# Patient journeys -----------------------------------------------------------------------------


@regio_view()
def patientjourneys(request, toegang):
    return render(
        request,
        "stappenplan/analyse/patientjourneys.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "kaarten": selectors.journeys_overzicht(toegang.regio),
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def patientjourney_aanmaken(request, toegang, type):
    try:
        journey = services.journey_aanmaken(regio=toegang.regio, type=type)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("stappenplan:patientjourneys", toegang.regio.slug)
    messages.success(
        request, "De patiëntjourney is aangemaakt. Beschrijf nu elke fase en overgang."
    )
    return redirect("stappenplan:patientjourney_bewerken", toegang.regio.slug, journey.type)


def _route(journey, per_stap=None, per_overgang=None):
    """Phases and transitions in route order, each with its comments."""
    per_stap, per_overgang = per_stap or {}, per_overgang or {}
    route = []
    overgangen = list(journey.overgangen.all())
    for i, stap in enumerate(journey.stappen.all()):
        route.append({"soort": "stap", "obj": stap, "reacties": per_stap.get(stap.pk, [])})
        if i < len(overgangen):
            o = overgangen[i]
            route.append({"soort": "overgang", "obj": o, "reacties": per_overgang.get(o.pk, [])})
    return route


def _journey_context(toegang, journey):
    per_stap, per_overgang = selectors.reacties_per_onderdeel(journey)
    mijn_oordeel = next((o for o in journey.oordelen.all() if o.auteur_id == toegang.user.pk), None)
    return {
        "toegang": toegang,
        "regio": toegang.regio,
        "journey": journey,
        "route": _route(journey, per_stap, per_overgang),
        "diagram": selectors.journey_diagram(journey),
        "onvolledig": selectors.journey_onvolledig(journey),
        "mijn_oordeel": mijn_oordeel,
    }


@regio_view()
def patientjourney(request, toegang, type):
    journey = _journey(toegang, type)
    context = _journey_context(toegang, journey)
    if toegang.mag(Actie.BEOORDELEN) and not toegang.is_coordinator:
        context["reactie_form"] = forms.ReactieForm(
            journey=journey, initial={"onderdeel": request.GET.get("onderdeel", "")}
        )
        mijn = context["mijn_oordeel"]
        context["oordeel_form"] = forms.OordeelForm(
            initial={"oordeel": mijn.oordeel, "toelichting": mijn.toelichting} if mijn else None
        )
    return render(request, "stappenplan/analyse/patientjourney.html", context)


@regio_view(Actie.BEWERKEN)
def patientjourney_bewerken(request, toegang, type):
    journey = _journey(toegang, type)
    data = request.POST or None
    samenvatting = forms.JourneySamenvattingForm(
        data, initial={"samenvatting": journey.samenvatting}
    )
    stap_forms = [
        (s, forms.JourneyStapForm(data, instance=s, regio=toegang.regio, prefix=f"stap-{s.pk}"))
        for s in journey.stappen.all()
    ]
    overgang_forms = [
        (o, forms.JourneyOvergangForm(data, instance=o, prefix=f"overgang-{o.pk}"))
        for o in journey.overgangen.all()
    ]
    alle = [samenvatting, *(f for _, f in stap_forms), *(f for _, f in overgang_forms)]
    if request.method == "POST" and all(f.is_valid() for f in alle):
        try:
            services.journey_opslaan(
                journey=journey,
                samenvatting=samenvatting.cleaned_data["samenvatting"],
                stappen={
                    s.pk: {**f.gegevens, "organisaties": f.cleaned_data["organisaties"]}
                    for s, f in stap_forms
                },
                overgangen={o.pk: f.gegevens for o, f in overgang_forms},
            )
        except ValidationError as exc:
            fouten_naar_form(samenvatting, exc)
        else:
            messages.success(request, "De patiëntjourney is opgeslagen.")
            return redirect(journey)
    route = []
    for i, (stap, form) in enumerate(stap_forms):
        route.append({"soort": "stap", "obj": stap, "form": form})
        if i < len(overgang_forms):
            route.append(
                {"soort": "overgang", "obj": overgang_forms[i][0], "form": overgang_forms[i][1]}
            )
    return render(
        request,
        "stappenplan/analyse/patientjourney_bewerken.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "journey": journey,
            "form": samenvatting,
            "route": route,
            "heeft_fouten": any(f.errors for f in alle),
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def patientjourney_voorleggen(request, toegang, type):
    journey = _journey(toegang, type)
    try:
        services.journey_voorleggen(journey=journey, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            "De patiëntjourney is voorgelegd aan de patiëntvertegenwoordigers; zij hebben een "
            "e-mail gekregen.",
        )
    return redirect(journey)


@regio_view()
def patientjourney_pdf(request, toegang, type):
    journey = _journey(toegang, type)
    context = _journey_context(toegang, journey)
    context["titel"] = f"Patiëntjourney: {journey.get_type_display()}"
    inhoud = render_pdf("stappenplan/analyse/pdf/patientjourney.html", context)
    return pdf_response(inhoud, f"patientjourney-{journey.type}-{toegang.regio.slug}")


@regio_view(Actie.BEOORDELEN)
def patientjourney_reageren(request, toegang, type):
    journey = _journey(toegang, type)
    form = forms.ReactieForm(request.POST or None, journey=journey)
    if request.method == "POST" and form.is_valid():
        try:
            reactie = services.reactie_plaatsen(
                journey=journey,
                auteur=request.user,
                herkenbaar=form.cleaned_data["herkenbaar"],
                wat_gaat_mis=form.cleaned_data["wat_gaat_mis"],
                suggestie=form.cleaned_data["suggestie"],
                **form.doel(),
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Dank u wel: uw reactie is geplaatst.")
            return redirect(journey.get_absolute_url() + f"#reactie-{reactie.pk}")
    context = _journey_context(toegang, journey)
    context.update(reactie_form=form, oordeel_form=forms.OordeelForm())
    return render(request, "stappenplan/analyse/patientjourney.html", context, status=200)


@require_POST
@regio_view(Actie.BEOORDELEN)
def patientjourney_oordeel(request, toegang, type):
    journey = _journey(toegang, type)
    form = forms.OordeelForm(request.POST)
    if form.is_valid():
        try:
            oordeel = services.oordeel_geven(
                journey=journey, auteur=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, f"Uw oordeel is vastgelegd: {oordeel.get_oordeel_display().lower()}."
            )
            return redirect(journey.get_absolute_url() + "#oordelen")
    context = _journey_context(toegang, journey)
    context.update(reactie_form=forms.ReactieForm(journey=journey), oordeel_form=form)
    return render(request, "stappenplan/analyse/patientjourney.html", context)


@regio_view(Actie.BEWERKEN)
def reactie_beantwoorden(request, toegang, pk):
    reactie = get_object_or_404(
        JourneyReactie.objects.select_related("journey", "auteur", "stap__fase", "overgang"),
        journey__regio=toegang.regio,
        pk=pk,
    )
    form = forms.AntwoordForm(request.POST or None, instance=reactie)
    if request.method == "POST" and form.is_valid():
        try:
            services.reactie_beantwoorden(
                reactie=reactie, door=request.user, antwoord=form.cleaned_data["antwoord"]
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request,
                "Uw antwoord is opgeslagen; de patiëntvertegenwoordigers zien het bij hun reactie.",
            )
            return redirect(reactie.journey.get_absolute_url() + f"#reactie-{reactie.pk}")
    return render(
        request,
        "stappenplan/analyse/reactie_beantwoorden.html",
        {"toegang": toegang, "regio": toegang.regio, "reactie": reactie, "form": form},
    )


# Partner descriptions (stap 2) ----------------------------------------------------------------


@regio_view()
def beschrijvingen(request, toegang):
    rijen = selectors.partner_overzicht(toegang.regio)
    return render(
        request,
        "stappenplan/analyse/beschrijvingen.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "rijen": rijen,
            "nog_niet": [r for r in rijen if r.beschrijving is None],
            "team_nog_niet": [r for r in rijen if r.beschrijving is None and r.in_team],
            "aantal": sum(1 for r in rijen if r.beschrijving),
            "bundel": selectors.laatste_bundel(toegang.regio),
            "eigen_organisatie": toegang.lidmaatschap.organisatie,
        },
    )


@regio_view(Actie.INVULLEN)
def beschrijving_bewerken(request, toegang, organisatie_pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=organisatie_pk)
    toegang.vereis_bewerken(organisatie=organisatie)
    beschrijving = (
        PartnerBeschrijving.objects.filter(organisatie=organisatie)
        .prefetch_related("fasen")
        .first()
    )
    form = forms.BeschrijvingForm(request.POST or None, beschrijving=beschrijving)
    if request.method == "POST" and form.is_valid():
        try:
            services.beschrijving_opslaan(
                organisatie=organisatie,
                door=request.user,
                algemeen=form.cleaned_data["algemeen"],
                overdracht=form.cleaned_data["overdracht"],
                zorg_per_fase=form.zorg_per_fase,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De beschrijving van {organisatie.naam} is opgeslagen.")
            return redirect("stappenplan:beschrijvingen", toegang.regio.slug)
    return render(
        request,
        "stappenplan/analyse/beschrijving_form.html",
        {"toegang": toegang, "regio": toegang.regio, "organisatie": organisatie, "form": form},
    )


@regio_view()
def beschrijvingen_bundel(request, toegang):
    rijen = selectors.partner_overzicht(toegang.regio)
    inhoud = render_pdf(
        "stappenplan/analyse/pdf/bundel.html",
        {
            "regio": toegang.regio,
            "titel": "Zo werken de partners: zorg per fase en overdracht",
            "beschreven": [r for r in rijen if r.beschrijving],
            "nog_niet": [r for r in rijen if r.beschrijving is None],
            "fasen": selectors.fasen(),
        },
    )
    return pdf_response(inhoud, f"bundel-beschrijvingen-{toegang.regio.slug}")


@require_POST
@regio_view(Actie.BEWERKEN)
def beschrijvingen_rondsturen(request, toegang):
    try:
        verzending = services.bundel_rondsturen(regio=toegang.regio, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        aantal = len(verzending.ontvangers.splitlines())
        messages.success(
            request, f"De bundel is rondgestuurd aan {aantal} leden van het implementatieteam."
        )
    return redirect("stappenplan:beschrijvingen", toegang.regio.slug)


# Knelpunten -----------------------------------------------------------------------------------

KOLOMMEN = [
    ("titel", "Knelpunt"),
    ("fase", "Fase of overgang"),
    ("bron", "Bron"),
    ("prioriteit", "Prioriteit"),
    ("status", "Status"),
]


KNELPUNTEN_PER_PAGINA = 50
DOELEN_PER_PAGINA = 25
SIGNALEN_MAX = 5  # items shown per signal list; the rest behind a count and a link


def _tabel(request, toegang):
    fasen = selectors.fasen()
    filter_form = forms.KnelpuntFilterForm(request.GET or None, fasen=fasen)
    filters = filter_form.filters()
    sorteer = filters.pop("sorteer", "prioriteit")
    knelpunten = selectors.knelpunten_gefilterd(toegang.regio, sorteer=sorteer, **filters)
    return filter_form, filters, sorteer, knelpunten


def _sorteer_links(request, sorteer):
    """Per column: the URL that sorts on it (toggling direction) and its aria-sort value."""
    params = request.GET.copy()
    params.pop(PARAMETER, None)  # a new order starts on the first page
    kolommen = []
    for veld, label in KOLOMMEN:
        actief = sorteer.lstrip("-") == veld
        omlaag = sorteer.startswith("-")
        params["sorteer"] = f"-{veld}" if actief and not omlaag else veld
        aria = ("descending" if omlaag else "ascending") if actief else None
        kolommen.append(
            {"veld": veld, "label": label, "url": "?" + params.urlencode(), "aria": aria}
        )
    return kolommen


@regio_view()
def knelpunten(request, toegang):
    filter_form, filters, sorteer, knelpunten = _tabel(request, toegang)
    paginering = pagineer(request, knelpunten, per_pagina=KNELPUNTEN_PER_PAGINA)
    params = request.GET.copy()
    params.pop(PARAMETER, None)
    query = params.urlencode()
    return render(
        request,
        "stappenplan/analyse/knelpunten.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "filter_form": filter_form,
            "gefilterd": bool(filters),
            "rijen": selectors.knelpunt_rijen(toegang.regio, paginering.rijen),
            "paginering": paginering,
            "kolommen": _sorteer_links(request, sorteer),
            "query": query,
        },
    )


def _knelpunt_form(request, toegang, knelpunt):
    initial = forms.KnelpuntForm.initial_uit(request.GET) if not knelpunt.pk else None
    form = forms.KnelpuntForm(
        request.POST or None, instance=knelpunt, regio=toegang.regio, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            knelpunt = services.knelpunt_opslaan(
                regio=toegang.regio,
                data=form.gegevens,
                organisaties=form.cleaned_data["organisaties"],
                knelpunt=knelpunt if knelpunt.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"Het knelpunt '{knelpunt.titel}' is opgeslagen.")
            return redirect(knelpunt)
    return render(
        request,
        "stappenplan/analyse/knelpunt_form.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "knelpunt": knelpunt},
    )


@regio_view(Actie.BEWERKEN)
def knelpunt_nieuw(request, toegang):
    return _knelpunt_form(request, toegang, Knelpunt(regio=toegang.regio))


@regio_view(Actie.BEWERKEN)
def knelpunt_bewerken(request, toegang, pk):
    knelpunt = get_object_or_404(Knelpunt, regio=toegang.regio, pk=pk)
    return _knelpunt_form(request, toegang, knelpunt)


@regio_view()
def knelpunt(request, toegang, pk):
    rij = selectors.knelpunt_detail(toegang.regio, pk)
    if rij is None:
        raise Http404("Dit knelpunt bestaat niet in deze regio.")
    return render(
        request,
        "stappenplan/analyse/knelpunt.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "rij": rij,
            "knelpunt": rij.knelpunt,
            "bron_url": selectors.knelpunt_bron_url(rij.knelpunt),
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def knelpunt_verwijderen(request, toegang, pk):
    knelpunt = get_object_or_404(Knelpunt, regio=toegang.regio, pk=pk)
    try:
        services.knelpunt_verwijderen(knelpunt=knelpunt)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(knelpunt)
    messages.success(request, f"Het knelpunt '{knelpunt.titel}' is verwijderd.")
    return redirect("stappenplan:knelpunten", toegang.regio.slug)


@regio_view(Actie.BEOORDELEN)
def knelpunt_clientperspectief(request, toegang, pk):
    knelpunt = get_object_or_404(Knelpunt, regio=toegang.regio, pk=pk)
    form = forms.ClientperspectiefForm(request.POST or None, instance=knelpunt)
    if request.method == "POST" and form.is_valid():
        try:
            services.clientperspectief_opslaan(
                knelpunt=knelpunt, tekst=form.cleaned_data["clientperspectief"]
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Het perspectief van cliënten en naasten is opgeslagen.")
            return redirect(knelpunt)
    return render(
        request,
        "stappenplan/analyse/knelpunt_clientperspectief.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "knelpunt": knelpunt},
    )


def _plek(k) -> str:
    return str(k.plek) if k.plek else ""


@regio_view()
def knelpunten_xlsx(request, toegang):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    _form, _filters, _sorteer, knelpunten = _tabel(request, toegang)
    rijen = selectors.knelpunt_rijen(toegang.regio, knelpunten)
    wb = Workbook()
    ws = wb.active
    ws.title = "Knelpunten"
    kop = [
        "Knelpunt",
        "Huidige situatie",
        "Gewenste situatie",
        "Voor cliënten en naasten",
        "Bron",
        "Toelichting bron",
        "Fase of overgang",
        "Betrokken organisaties",
        "Niet in het implementatieteam",
        "Hoe zij betrokken zijn",
        "Prioriteit",
        "Status",
    ]
    ws.append(kop)
    for cel in ws[1]:
        cel.font = Font(bold=True)
    for rij in rijen:
        k = rij.knelpunt
        ws.append(
            [
                k.titel,
                k.huidige_situatie,
                k.gewenste_situatie,
                k.clientperspectief,
                k.get_bron_display(),
                k.bron_omschrijving,
                _plek(k),
                ", ".join(o.naam for o, _ in rij.organisaties),
                ", ".join(o.naam for o in rij.buiten_team),
                k.betrokkenheid,
                k.get_prioriteit_display(),
                k.get_status_display(),
            ]
        )
    for kolom, breedte in zip(
        "ABCDEFGHIJKL", [34, 50, 50, 50, 22, 30, 26, 40, 30, 40, 11, 14], strict=True
    ):
        ws.column_dimensions[kolom].width = breedte
    for row in ws.iter_rows(min_row=2):
        for cel in row:
            cel.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    uit = BytesIO()
    wb.save(uit)
    response = HttpResponse(
        uit.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="knelpunten-{toegang.regio.slug}.xlsx"'
    return response


@regio_view()
def knelpunten_pdf(request, toegang):
    _form, filters, _sorteer, knelpunten = _tabel(request, toegang)
    rijen = selectors.knelpunt_rijen(toegang.regio, knelpunten)
    inhoud = render_pdf(
        "stappenplan/analyse/pdf/knelpunten.html",
        {"regio": toegang.regio, "titel": "Knelpunten", "rijen": rijen, "gefilterd": bool(filters)},
    )
    return pdf_response(inhoud, f"knelpunten-{toegang.regio.slug}")


# Verbeterpunten and SMARTI goals --------------------------------------------------------------


@regio_view()
def doelen(request, toegang):
    vandaag = timezone.localdate()
    paginering = pagineer(
        request, selectors.verbeterpunten(toegang.regio), per_pagina=DOELEN_PER_PAGINA
    )
    rijen = [
        {
            "doel": d,
            "smarti": selectors.smarti_overzicht(d),
            "compleet": not selectors.smarti_ontbreekt(d),
            "stand": selectors.doel_stand(d, vandaag),
            "evaluatie_te_laat": selectors.evaluatie_te_laat(d, d.laatste_evaluatie, vandaag),
        }
        for d in paginering.rijen
    ]
    zonder = Knelpunt.objects.filter(
        regio=toegang.regio, status=KnelpuntStatus.OPGEPAKT, verbeterpunten=None
    ).order_by("prioriteit", "titel")
    return render(
        request,
        "stappenplan/analyse/doelen.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "rijen": rijen,
            "paginering": paginering,
            "knelpunten_zonder_doel": list(zonder[:SIGNALEN_MAX]),
            "aantal_zonder_doel": zonder.count(),
            "werkconferenties": list(selectors.werkconferenties(toegang.regio)[:3]),
        },
    )


def _verbeterpunt_form(request, toegang, verbeterpunt):
    initial = None
    if not verbeterpunt.pk and request.GET.get("knelpunt"):
        k = Knelpunt.objects.filter(regio=toegang.regio, pk=request.GET["knelpunt"]).first()
        if k is not None:
            initial = {"knelpunt": k.pk, "titel": k.titel, "specifiek": k.gewenste_situatie}
    form = forms.VerbeterpuntForm(
        request.POST or None,
        instance=verbeterpunt,
        regio=toegang.regio,
        coordinator=toegang.is_coordinator,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            verbeterpunt = services.verbeterpunt_opslaan(
                regio=toegang.regio,
                data=form.gegevens,
                verbeterpunt=verbeterpunt if verbeterpunt.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"Het doel '{verbeterpunt.titel}' is opgeslagen.")
            return redirect(verbeterpunt)
    return render(
        request,
        "stappenplan/analyse/verbeterpunt_form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "verbeterpunt": verbeterpunt,
            "smarti": selectors.smarti_overzicht(verbeterpunt),
            "ontbreekt": selectors.smarti_ontbreekt(verbeterpunt),
            "compleet": not selectors.smarti_ontbreekt(verbeterpunt),
        },
    )


SMARTI_VELDEN = [
    "specifiek", "indicator", "nulmeting", "streefwaarde", "acceptabel", "realistisch",
    "inspirerend",
]  # fmt: skip


@require_POST
@regio_view(Actie.INVULLEN)
def smarti_check(request, toegang):
    """The SMARTI check for the values being typed into the goal form (htmx partial)."""
    try:
        deadline = parse_date(request.POST.get("deadline") or "")
    except ValueError:
        deadline = None
    doel = SimpleNamespace(
        **{veld: request.POST.get(veld, "") for veld in SMARTI_VELDEN}, deadline=deadline
    )
    return render(
        request,
        "stappenplan/analyse/_smarti_live.html",
        {
            "smarti": selectors.smarti_overzicht(doel),
            "ontbreekt": selectors.smarti_ontbreekt(doel),
            "compleet": not selectors.smarti_ontbreekt(doel),
        },
    )


@regio_view(Actie.BEWERKEN)
def verbeterpunt_nieuw(request, toegang):
    return _verbeterpunt_form(request, toegang, Verbeterpunt(regio=toegang.regio))


@regio_view(Actie.INVULLEN)
def verbeterpunt_bewerken(request, toegang, pk):
    verbeterpunt = get_object_or_404(Verbeterpunt, regio=toegang.regio, pk=pk)
    toegang.vereis_bewerken(eigenaar=verbeterpunt.verantwoordelijke)
    return _verbeterpunt_form(request, toegang, verbeterpunt)


@regio_view()
def verbeterpunt(request, toegang, pk):
    doel = selectors.verbeterpunt_detail(toegang.regio, pk)
    if doel is None:
        raise Http404("Dit doel bestaat niet in deze regio.")
    vandaag = timezone.localdate()
    mag = toegang.mag(Actie.INVULLEN) and toegang.mag_bewerken(eigenaar=doel.verantwoordelijke)
    return render(
        request,
        "stappenplan/analyse/verbeterpunt.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "doel": doel,
            "smarti": selectors.smarti_overzicht(doel),
            "ontbreekt": selectors.smarti_ontbreekt(doel),
            "compleet": not selectors.smarti_ontbreekt(doel),
            "uitvoering_ontbreekt": selectors.uitvoering_ontbreekt(doel),
            "stand": selectors.doel_stand(doel, vandaag),
            "evaluatie_te_laat": selectors.evaluatie_te_laat(doel, doel.laatste_evaluatie, vandaag),
            "mag_bewerken": mag,
            "voortgang_form": forms.VoortgangForm(initial={"datum": vandaag, "status": doel.status})
            if mag
            else None,
        },
    )


@require_POST
@regio_view(Actie.INVULLEN)
def voortgang_toevoegen(request, toegang, pk):
    doel = get_object_or_404(Verbeterpunt, regio=toegang.regio, pk=pk)
    toegang.vereis_bewerken(eigenaar=doel.verantwoordelijke)
    form = forms.VoortgangForm(request.POST)
    if form.is_valid():
        try:
            services.voortgang_toevoegen(
                verbeterpunt=doel, auteur=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "De voortgang is vastgelegd.")
    else:
        messages.error(request, "Vul een datum en een beschrijving van de voortgang in.")
    return redirect(doel.get_absolute_url() + "#voortgang")


# Werkconferentie ------------------------------------------------------------------------------


@regio_view()
def werkconferenties(request, toegang):
    return render(
        request,
        "stappenplan/analyse/werkconferenties.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "werkconferenties": selectors.werkconferenties(toegang.regio),
        },
    )


@regio_view()
def werkconferentie(request, toegang, pk):
    w = selectors.werkconferenties(toegang.regio).filter(pk=pk).first()
    if w is None:
        raise Http404("Deze werkconferentie bestaat niet in deze regio.")
    uitnodigingen = list(w.uitnodigingen.all())
    aanwezig = [u.aantal_aanwezig for u in uitnodigingen if u.aantal_aanwezig is not None]
    return render(
        request,
        "stappenplan/analyse/werkconferentie.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "w": w,
            "uitnodigingen": uitnodigingen,
            "uitgenodigd": sum(u.aantal_uitgenodigd for u in uitnodigingen),
            "aanwezig": sum(aanwezig) if aanwezig else None,
        },
    )


def _werkconferentie_form(request, toegang, w):
    data = request.POST or None
    form = forms.WerkconferentieForm(data, instance=w, regio=toegang.regio)
    initial = [
        {
            "teamlid": u.teamlid_id,
            "partners": u.partners,
            "aantal_uitgenodigd": u.aantal_uitgenodigd,
            "aantal_aanwezig": u.aantal_aanwezig,
        }
        for u in (w.uitnodigingen.all() if w.pk else [])
    ]
    formset = forms.UitnodigingFormSet(
        data, initial=initial, prefix="uitnodiging", form_kwargs={"regio": toegang.regio}
    )
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        uitnodigingen = [
            f.cleaned_data for f in formset if f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        try:
            w = services.werkconferentie_opslaan(
                regio=toegang.regio,
                data=form.gegevens,
                verbeterpunten=form.cleaned_data["verbeterpunten"],
                uitnodigingen=uitnodigingen,
                werkconferentie=w if w.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De werkconferentie '{w.titel}' is opgeslagen.")
            return redirect(w)
    return render(
        request,
        "stappenplan/analyse/werkconferentie_form.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "formset": formset, "w": w},
    )


@regio_view(Actie.BEWERKEN)
def werkconferentie_nieuw(request, toegang):
    return _werkconferentie_form(request, toegang, Werkconferentie(regio=toegang.regio))


@regio_view(Actie.BEWERKEN)
def werkconferentie_bewerken(request, toegang, pk):
    w = get_object_or_404(Werkconferentie, regio=toegang.regio, pk=pk)
    return _werkconferentie_form(request, toegang, w)
