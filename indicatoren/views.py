"""Pages of the indicators: the list, one indicator with its run chart, and the forms."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from casemanagement.constants import Actie
from casemanagement.forms import fouten_naar_form
from casemanagement.permissions import regio_view
from stappenplan.selectors.traject import traject_van

from . import selectors, services
from .forms import IndicatorForm, MetingForm
from .models import Indicator


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


def _indicator_of_404(toegang, pk) -> Indicator:
    indicator = selectors.indicator_in_regio(toegang.regio, pk)
    if indicator is None:
        raise Http404("Deze indicator bestaat niet in deze regio.")
    return indicator


@regio_view()
def index(request, toegang):
    traject = _traject_of_404(toegang)
    return _pagina(
        request,
        "indicatoren/index.html",
        {
            "traject": traject,
            "indicatoren": selectors.indicatoren(traject),
            "archief": selectors.indicatoren(traject, gearchiveerd=True),
        },
    )


def _detail_context(toegang, indicator, meting_form=None):
    stand = selectors.stand_van(indicator)
    metingen = selectors.metingen(indicator)
    for meting in metingen:
        meting.mag_bewerken = toegang.kan_meting_bewerken(meting)
        meting.weergave = stand.weergave(meting.waarde)
    if meting_form is None and toegang.kan_meten and not indicator.gearchiveerd:
        meting_form = MetingForm(indicator=indicator, prefix="meting")
    return {
        "indicator": indicator,
        "s": stand,
        "runchart": selectors.runchart(stand),
        "metingen": metingen,
        "meting_form": meting_form,
        "geschiedenis": selectors.geschiedenis(indicator),
    }


@regio_view()
def detail(request, toegang, pk):
    indicator = _indicator_of_404(toegang, pk)
    return _pagina(request, "indicatoren/indicator.html", _detail_context(toegang, indicator))


def _indicator_form(request, toegang, traject, indicator):
    form = IndicatorForm(request.POST or None, instance=indicator)
    if request.method == "POST" and form.is_valid():
        try:
            indicator = services.indicator_opslaan(
                traject=traject,
                data=form.gegevens,
                niveaus=form.niveau_lijst,
                indicator=indicator if indicator.pk else None,
                versie=form.cleaned_data.get("versie"),
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De indicator ‘{indicator}’ is opgeslagen.")
            return redirect("indicatoren:detail", slug=toegang.regio.slug, pk=indicator.pk)
    return _pagina(
        request, "indicatoren/indicator_form.html", {"form": form, "indicator": indicator}
    )


@regio_view(Actie.BEWERKEN)
def nieuw(request, toegang):
    traject = _traject_of_404(toegang)
    return _indicator_form(request, toegang, traject, Indicator(traject=traject))


@regio_view(Actie.BEWERKEN)
def bewerken(request, toegang, pk):
    indicator = _indicator_of_404(toegang, pk)
    return _indicator_form(request, toegang, indicator.traject, indicator)


@require_POST
@regio_view(Actie.BEWERKEN)
def archiveren(request, toegang, pk):
    indicator = _indicator_of_404(toegang, pk)
    terug = request.POST.get("terug") == "1"
    services.indicator_archiveren(indicator=indicator, gearchiveerd=not terug)
    if terug:
        messages.success(request, f"De indicator ‘{indicator}’ is teruggezet.")
    else:
        messages.success(
            request, f"De indicator ‘{indicator}’ is gearchiveerd; de metingen blijven bewaard."
        )
    return redirect("indicatoren:detail", slug=toegang.regio.slug, pk=indicator.pk)


@regio_view(Actie.INVULLEN)
def meting_nieuw(request, toegang, pk):
    indicator = _indicator_of_404(toegang, pk)
    form = MetingForm(request.POST or None, indicator=indicator, prefix="meting")
    if request.method == "POST" and form.is_valid():
        try:
            meting = services.meting_vastleggen(
                indicator=indicator, data=form.gegevens, door=request.user
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, f"De meting van {meting.datum:%d-%m-%Y} is vastgelegd bij ‘{indicator}’."
            )
            return redirect("indicatoren:detail", slug=toegang.regio.slug, pk=indicator.pk)
    context = _detail_context(toegang, indicator, meting_form=form)
    return _pagina(
        request, "indicatoren/indicator.html", context, status=400 if form.errors else 200
    )


@regio_view(Actie.INVULLEN)
def meting_bewerken(request, toegang, pk):
    meting = selectors.meting_in_regio(toegang.regio, pk)
    if meting is None:
        raise Http404("Deze meting bestaat niet in deze regio.")
    if not toegang.kan_meting_bewerken(meting):
        raise PermissionDenied(
            "Alleen wie de meting vastlegde en de coördinator kunnen haar aanpassen."
        )
    indicator = meting.indicator
    form = MetingForm(request.POST or None, instance=meting, indicator=indicator)
    if request.method == "POST" and form.is_valid():
        try:
            services.meting_wijzigen(
                meting=meting, data=form.gegevens, versie=form.cleaned_data.get("versie")
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, "De meting is aangepast; de vorige waarde staat in de geschiedenis."
            )
            return redirect("indicatoren:detail", slug=toegang.regio.slug, pk=indicator.pk)
    return _pagina(
        request,
        "indicatoren/meting_form.html",
        {"form": form, "meting": meting, "indicator": indicator},
    )
