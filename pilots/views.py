"""Pages of the business case and the pilots of a traject."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from casemanagement.constants import Actie
from casemanagement.forms import fouten_naar_form
from casemanagement.pdf import pdf_response, render_pdf
from casemanagement.permissions import regio_view
from stappenplan.selectors.traject import traject_van

from . import selectors, services
from .forms import CriteriumForm, EvaluatieForm, PilotForm, StartForm, StopForm
from .models import Criterium, Pilot


def _pagina(request, template, context, status=200):
    toegang = request.toegang
    return render(
        request, template, {"toegang": toegang, "regio": toegang.regio, **context}, status=status
    )


def _traject_of_404(toegang):
    traject = traject_van(toegang.regio)
    if traject is None:
        raise Http404("Deze regio heeft nog geen traject.")
    return traject


def _businesscase_context(traject):
    regels = selectors.criteria(traject)
    return {
        "traject": traject,
        "regels": regels,
        "groepen": selectors.per_groep(regels),
        "partijen": selectors.per_partij(regels),
        "pilots": selectors.pilots(traject),
    }


@regio_view()
def businesscase(request, toegang):
    traject = _traject_of_404(toegang)
    return _pagina(request, "pilots/businesscase.html", _businesscase_context(traject))


@regio_view()
def businesscase_pdf(request, toegang):
    traject = _traject_of_404(toegang)
    context = _businesscase_context(traject)
    context.update(
        titel=f"Business case {toegang.regio.naam}",
        regio=toegang.regio,
        vandaag=timezone.localdate(),
    )
    inhoud = render_pdf("pilots/businesscase_pdf.html", context)
    return pdf_response(inhoud, f"business case {toegang.regio.slug}")


def _criterium_form(request, toegang, traject, criterium):
    form = CriteriumForm(request.POST or None, instance=criterium, traject=traject)
    if request.method == "POST" and form.is_valid():
        try:
            criterium = services.criterium_opslaan(
                traject=traject, data=form.gegevens, criterium=criterium if criterium.pk else None
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"‘{criterium}’ staat in de business case.")
            return redirect("pilots:businesscase", slug=toegang.regio.slug)
    return _pagina(request, "pilots/criterium_form.html", {"form": form, "criterium": criterium})


@regio_view(Actie.BEWERKEN)
def criterium_nieuw(request, toegang):
    traject = _traject_of_404(toegang)
    return _criterium_form(request, toegang, traject, Criterium())


@regio_view(Actie.BEWERKEN)
def criterium_bewerken(request, toegang, pk):
    criterium = selectors.criterium_in_regio(toegang.regio, pk)
    if criterium is None:
        raise Http404("Dit criterium bestaat niet in deze regio.")
    return _criterium_form(request, toegang, criterium.indicator.traject, criterium)


# Pilots


def _pilot_of_404(toegang, pk) -> Pilot:
    pilot = selectors.pilot_in_regio(toegang.regio, pk)
    if pilot is None:
        raise Http404("Deze pilot bestaat niet in deze regio.")
    return pilot


@regio_view()
def pilots(request, toegang):
    traject = _traject_of_404(toegang)
    return _pagina(
        request, "pilots/pilots.html", {"traject": traject, "pilots": selectors.pilots(traject)}
    )


def _pilot_context(toegang, pilot, **formulieren):
    regel = next(r for r in selectors.pilots(pilot.traject) if r.pilot.pk == pilot.pk)
    context = {"pilot": pilot, "r": regel}
    if toegang.kan_pilots_beheren:
        beginwaarde = {"versie": pilot.versie}
        context["start_form"] = formulieren.get("start_form") or StartForm(
            initial=beginwaarde, prefix="start"
        )
        context["evaluatie_form"] = formulieren.get("evaluatie_form") or EvaluatieForm(
            initial=beginwaarde, prefix="evaluatie"
        )
        context["stop_form"] = formulieren.get("stop_form") or StopForm(
            initial=beginwaarde, prefix="stop"
        )
    return context


@regio_view()
def pilot(request, toegang, pk):
    pilot = _pilot_of_404(toegang, pk)
    return _pagina(request, "pilots/pilot.html", _pilot_context(toegang, pilot))


def _pilot_form(request, toegang, traject, pilot):
    form = PilotForm(request.POST or None, instance=pilot, traject=traject)
    if request.method == "POST" and form.is_valid():
        try:
            pilot = services.pilot_opslaan(
                traject=traject,
                data=form.gegevens,
                partners=list(form.cleaned_data.get("partners") or []),
                pilot=pilot if pilot.pk else None,
                versie=form.cleaned_data.get("versie"),
                door=request.user,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De pilot ‘{pilot}’ is opgeslagen.")
            return redirect("pilots:pilot", slug=toegang.regio.slug, pk=pilot.pk)
    return _pagina(request, "pilots/pilot_form.html", {"form": form, "pilot": pilot})


@regio_view(Actie.BEWERKEN)
def pilot_nieuw(request, toegang):
    traject = _traject_of_404(toegang)
    return _pilot_form(request, toegang, traject, Pilot(traject=traject))


@regio_view(Actie.BEWERKEN)
def pilot_bewerken(request, toegang, pk):
    pilot = _pilot_of_404(toegang, pk)
    return _pilot_form(request, toegang, pilot.traject, pilot)


def _overgang(request, toegang, pk, form_class, prefix, uitvoeren, melding):
    pilot = _pilot_of_404(toegang, pk)
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            uitvoeren(pilot, form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, melding.format(pilot=pilot))
            return redirect("pilots:pilot", slug=toegang.regio.slug, pk=pilot.pk)
    context = _pilot_context(toegang, pilot, **{f"{prefix}_form": form})
    return _pagina(request, "pilots/pilot.html", context, status=400)


@require_POST
@regio_view(Actie.BEWERKEN)
def pilot_starten(request, toegang, pk):
    return _overgang(
        request, toegang, pk, StartForm, "start",
        lambda pilot, d: services.pilot_starten(
            pilot=pilot, op=d["gestart_op"], versie=d.get("versie"), door=request.user
        ),
        "De pilot ‘{pilot}’ loopt.",
    )  # fmt: skip


@require_POST
@regio_view(Actie.BEWERKEN)
def pilot_evalueren(request, toegang, pk):
    return _overgang(
        request, toegang, pk, EvaluatieForm, "evaluatie",
        lambda pilot, d: services.pilot_evalueren(
            pilot=pilot, op=d["geevalueerd_op"], evaluatie=d["evaluatie"], besluit=d["besluit"],
            toelichting=d.get("toelichting", ""), versie=d.get("versie"), door=request.user,
        ),
        "De evaluatie van ‘{pilot}’ en het besluit zijn vastgelegd.",
    )  # fmt: skip


@require_POST
@regio_view(Actie.BEWERKEN)
def pilot_stoppen(request, toegang, pk):
    return _overgang(
        request, toegang, pk, StopForm, "stop",
        lambda pilot, d: services.pilot_stoppen(
            pilot=pilot, op=d["gestopt_op"], toelichting=d["besluit_toelichting"],
            versie=d.get("versie"), door=request.user,
        ),
        "De pilot ‘{pilot}’ is gestopt.",
    )  # fmt: skip
