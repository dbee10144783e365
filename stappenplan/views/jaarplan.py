"""Views of the jaarplan area: index, the plan of a year (page and PDF), its parts."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_POST

from casemanagement.constants import Actie
from casemanagement.forms import fouten_naar_form
from casemanagement.pdf import pdf_response, render_pdf
from casemanagement.permissions import regio_view

from ..forms.jaarplan import HerzieningForm, JaarplanForm, NieuwJaarplanForm, VervolgstapForm
from ..kengetallen import kengetallen
from ..models.jaarplan import GeplandeHerziening, Vervolgstap
from ..selectors import jaarplan as selectors
from ..services import jaarplan as services


def _jaarplan(toegang, jaar):
    plan = selectors.jaarplan(toegang.regio, jaar)
    if plan is None:
        raise Http404("Voor dit jaar is geen jaarplan.")
    return plan


def stap_url(regio, nummer: int) -> str:
    return reverse("stappenplan:stap", kwargs={"slug": regio.slug, "nummer": nummer})


@regio_view()
def jaarplan_index(request, toegang):
    form = NieuwJaarplanForm() if toegang.is_coordinator else None
    return render(
        request,
        "stappenplan/jaarplan/index.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "jaarplannen": selectors.jaarplannen(toegang.regio),
            "form": form,
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def jaarplan_nieuw(request, toegang):
    form = NieuwJaarplanForm(request.POST)
    if form.is_valid():
        try:
            plan = services.jaarplan_aanmaken(regio=toegang.regio, jaar=form.cleaned_data["jaar"])
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"Het jaarplan {plan.jaar} is aangemaakt.")
            return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)
    return render(
        request,
        "stappenplan/jaarplan/index.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "jaarplannen": selectors.jaarplannen(toegang.regio),
            "form": form,
        },
    )


def _context(toegang, plan):
    return {
        "toegang": toegang,
        "regio": toegang.regio,
        "titel": f"Jaarplan {plan.jaar}",
        "jaarplan": plan,
        "kengetallen": kengetallen(toegang.regio, plan.jaar),
        "ontbrekend": selectors.ontbrekend_in_jaarplan(plan),
        "stap4_url": stap_url(toegang.regio, 4),
        "stap6_url": stap_url(toegang.regio, 6),
        "vandaag": timezone.localdate(),
    }


@regio_view()
def jaarplan(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    return render(request, "stappenplan/jaarplan/jaarplan.html", _context(toegang, plan))


@regio_view()
def jaarplan_pdf(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    with translation.override(settings.LANGUAGE_CODE):
        inhoud = render_pdf("stappenplan/jaarplan/pdf.html", _context(toegang, plan))
    return pdf_response(inhoud, f"jaarplan-{plan.jaar}-{toegang.regio.slug}")


@regio_view(Actie.BEWERKEN)
def jaarplan_bewerken(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    form = JaarplanForm(request.POST or None, instance=plan)
    if request.method == "POST" and form.is_valid():
        try:
            services.jaarplan_opslaan(jaarplan=plan, data=form.gegevens)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"Het jaarplan {plan.jaar} is opgeslagen.")
            return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)
    return render(
        request,
        "stappenplan/jaarplan/form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "jaarplan": plan,
            "form": form,
            "kop": f"Jaarplan {plan.jaar} bewerken",
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def jaarplan_vaststellen(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    try:
        services.jaarplan_vaststellen(jaarplan=plan, door=request.user)
    except ValidationError as exc:
        messages.error(request, "Het jaarplan is nog niet compleet: " + " ".join(exc.messages))
    else:
        messages.success(request, f"Het jaarplan {plan.jaar} is vastgesteld.")
    return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)


def _onderdeel_form(request, toegang, plan, *, form_class, opslaan, obj, veld, kop):
    form = form_class(request.POST or None, instance=obj, regio=toegang.regio)
    if request.method == "POST" and form.is_valid():
        try:
            opslaan(jaarplan=plan, data=form.gegevens, **{veld: obj if obj.pk else None})
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Opgeslagen in het jaarplan.")
            return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)
    return render(
        request,
        "stappenplan/jaarplan/form.html",
        {"toegang": toegang, "regio": toegang.regio, "jaarplan": plan, "form": form, "kop": kop},
    )


@regio_view(Actie.BEWERKEN)
def herziening_nieuw(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    return _onderdeel_form(
        request,
        toegang,
        plan,
        form_class=HerzieningForm,
        opslaan=services.herziening_opslaan,
        obj=GeplandeHerziening(jaarplan=plan),
        veld="herziening",
        kop="Herziening plannen",
    )


@regio_view(Actie.BEWERKEN)
def herziening_bewerken(request, toegang, jaar, pk):
    plan = _jaarplan(toegang, jaar)
    obj = get_object_or_404(GeplandeHerziening, jaarplan=plan, pk=pk)
    return _onderdeel_form(
        request,
        toegang,
        plan,
        form_class=HerzieningForm,
        opslaan=services.herziening_opslaan,
        obj=obj,
        veld="herziening",
        kop="Herziening bewerken",
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def herziening_verwijderen(request, toegang, jaar, pk):
    plan = _jaarplan(toegang, jaar)
    obj = get_object_or_404(GeplandeHerziening, jaarplan=plan, pk=pk)
    services.herziening_verwijderen(herziening=obj)
    messages.success(request, f"De herziening ‘{obj.onderwerp}’ is verwijderd.")
    return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)


@regio_view(Actie.BEWERKEN)
def vervolgstap_nieuw(request, toegang, jaar):
    plan = _jaarplan(toegang, jaar)
    return _onderdeel_form(
        request,
        toegang,
        plan,
        form_class=VervolgstapForm,
        opslaan=services.vervolgstap_opslaan,
        obj=Vervolgstap(jaarplan=plan),
        veld="vervolgstap",
        kop="Vervolgstap toevoegen",
    )


@regio_view(Actie.BEWERKEN)
def vervolgstap_bewerken(request, toegang, jaar, pk):
    plan = _jaarplan(toegang, jaar)
    obj = get_object_or_404(Vervolgstap, jaarplan=plan, pk=pk)
    return _onderdeel_form(
        request,
        toegang,
        plan,
        form_class=VervolgstapForm,
        opslaan=services.vervolgstap_opslaan,
        obj=obj,
        veld="vervolgstap",
        kop="Vervolgstap bewerken",
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def vervolgstap_verwijderen(request, toegang, jaar, pk):
    plan = _jaarplan(toegang, jaar)
    obj = get_object_or_404(Vervolgstap, jaarplan=plan, pk=pk)
    services.vervolgstap_verwijderen(vervolgstap=obj)
    messages.success(request, "De vervolgstap is verwijderd.")
    return redirect("stappenplan:jaarplan", slug=toegang.regio.slug, jaar=plan.jaar)
