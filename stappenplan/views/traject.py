"""Views of the traject area: the plan overview, the step pages with their checklist and gate,
the implementation team, the decision log, the communication plan and the progress report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from casemanagement.constants import Actie
from casemanagement.export import xlsx_response
from casemanagement.forms import fouten_naar_form
from casemanagement.links import volgende_url
from casemanagement.pdf import pdf_response, render_pdf
from casemanagement.permissions import regio_view

from .. import export
from ..forms import traject as forms
from ..gates import wat_ontbreekt
from ..models import Besluit, Communicatiemiddel, PlanTemplate, Teamlid
from ..selectors import traject as selectors
from ..services import traject as services


def _traject_of_404(toegang):
    traject = selectors.traject_van(toegang.regio)
    if traject is None:
        raise Http404("Deze regio heeft nog geen stappenplan.")
    traject.regio = toegang.regio
    return traject


def _stap_of_404(traject, nummer, cyclus=None):
    stap = selectors.stap_in_traject(traject, nummer, cyclus)
    if stap is None:
        raise Http404("Deze stap bestaat niet.")
    stap.traject = traject
    return stap


def _stap_url(toegang, stap):
    return reverse("stappenplan:stap", kwargs={"slug": toegang.regio.slug, "nummer": stap.nummer})


@regio_view()
def overzicht(request, toegang):
    traject = selectors.traject_van(toegang.regio)
    context = {"toegang": toegang, "regio": toegang.regio, "traject": traject}
    if traject is None:
        context["plannen"] = selectors.startbare_plannen() if toegang.is_coordinator else []
    else:
        traject.regio = toegang.regio
        context["overzicht"] = selectors.overzicht(traject)
        context["deadlines"] = selectors.komende_deadlines(traject, aantal=10)
        context["mijn"] = selectors.open_activiteiten_van(traject, request.user)
    return render(request, "stappenplan/traject/overzicht.html", context)


@require_POST
@regio_view(Actie.BEWERKEN)
def starten(request, toegang):
    plan = get_object_or_404(PlanTemplate, pk=request.POST.get("plan"), actief=True)
    try:
        services.traject_starten(regio=toegang.regio, plan=plan, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Het stappenplan {plan.naam} is gestart.")
    return redirect("stappenplan:overzicht", slug=toegang.regio.slug)


def _stap_context(toegang, traject, stap, overzicht=None):
    overzicht = overzicht or selectors.overzicht(traject)
    regel = next(r for r in [*overzicht.regels, *overzicht.archief] if r.stap.pk == stap.pk)
    status = regel.status
    ontbrekend = wat_ontbreekt(stap) if status in (selectors.HUIDIG, selectors.OP_SLOT) else []
    laatste = overzicht.regels[-1] if overzicht.regels else None
    return {
        "toegang": toegang,
        "regio": toegang.regio,
        "traject": traject,
        "overzicht": overzicht,
        "stap": stap,
        "regel": regel,
        "status": status,
        "kan_afvinken": status == selectors.HUIDIG,
        "kan_wijzigen": status in (selectors.HUIDIG, selectors.OP_SLOT),
        "ontbrekend": ontbrekend,
        "kan_afronden": toegang.is_coordinator and status == selectors.HUIDIG and not ontbrekend,
        "nieuwe_cyclus_mogelijk": (
            traject.plan.cyclus_vanaf is not None
            and overzicht.alles_klaar
            and laatste is not None
            and laatste.stap.pk == stap.pk
        ),
    }


def _stap_pagina(request, toegang, nummer, cyclus=None):
    traject = _traject_of_404(toegang)
    stap = _stap_of_404(traject, nummer, cyclus)
    context = _stap_context(toegang, traject, stap)
    if cyclus is not None and context["status"] != selectors.ARCHIEF:
        return redirect(_stap_url(toegang, stap))
    context["regels"] = selectors.activiteit_regels(stap, toegang)
    context["besluiten"] = selectors.besluiten_van_stap(stap)
    context["middelen"] = selectors.communicatie_van_stap(stap)
    return render(request, "stappenplan/traject/stap.html", context)


@regio_view()
def stap(request, toegang, nummer):
    return _stap_pagina(request, toegang, nummer)


@regio_view()
def stap_cyclus(request, toegang, nummer, cyclus):
    return _stap_pagina(request, toegang, nummer, cyclus)


def _activiteit_of_404(toegang, pk):
    activiteit = selectors.activiteit_in_regio(toegang.regio, pk)
    if activiteit is None:
        raise Http404("Deze activiteit bestaat niet.")
    toegang.vereis_bewerken(eigenaar=activiteit.eigenaar)
    return activiteit


@require_POST
@regio_view(Actie.INVULLEN)
def activiteit_afvinken(request, toegang, pk):
    activiteit = _activiteit_of_404(toegang, pk)
    gedaan = request.POST.get("gedaan") == "1"
    fout = None
    try:
        activiteit = services.activiteit_afvinken(
            activiteit=activiteit, door=request.user, gedaan=gedaan
        )
    except ValidationError as exc:
        fout = " ".join(exc.messages)
    if not request.headers.get("HX-Request"):
        if fout:
            messages.error(request, fout)
        else:
            messages.success(
                request,
                f"“{activiteit.titel}” is {'afgevinkt' if gedaan else 'weer open gezet'}.",
            )
        return redirect(f"{_stap_url(toegang, activiteit.stap)}#activiteit-{activiteit.pk}")
    traject = _traject_of_404(toegang)
    stap = _stap_of_404(traject, activiteit.stap.nummer, activiteit.stap.cyclus)
    activiteit = selectors.activiteit_in_regio(toegang.regio, activiteit.pk)
    context = _stap_context(toegang, traject, stap)
    context["r"] = selectors.activiteit_regel(activiteit, toegang)
    context["fout"] = fout
    context["melding"] = (
        fout
        or f"“{activiteit.titel}” is {'afgevinkt' if activiteit.is_gedaan else 'weer open gezet'}."
    )
    return render(request, "stappenplan/traject/_afvinken_antwoord.html", context)


@regio_view(Actie.INVULLEN)
def activiteit_bewerken(request, toegang, pk):
    activiteit = _activiteit_of_404(toegang, pk)
    form = forms.ActiviteitForm(
        request.POST or None,
        regio=toegang.regio,
        initial={
            "eigenaar": activiteit.eigenaar,
            "deadline": activiteit.deadline,
            "notitie": activiteit.notitie,
            "links": activiteit.links,
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.activiteit_bijwerken(activiteit=activiteit, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"“{activiteit.titel}” is bijgewerkt.")
            return redirect(f"{_stap_url(toegang, activiteit.stap)}#activiteit-{activiteit.pk}")
    return render(
        request,
        "stappenplan/traject/activiteit_form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "activiteit": activiteit,
            "form": form,
            "terug": f"{_stap_url(toegang, activiteit.stap)}#activiteit-{activiteit.pk}",
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def stap_afronden(request, toegang, nummer):
    traject = _traject_of_404(toegang)
    stap = _stap_of_404(traject, nummer)
    try:
        services.stap_afronden(stap=stap, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(_stap_url(toegang, stap))
    messages.success(request, f"Stap {stap.nummer} ({stap.naam}) is afgerond.")
    volgende = selectors.stap_in_traject(traject, stap.nummer + 1)
    return redirect(_stap_url(toegang, volgende or stap))


@regio_view(Actie.BEWERKEN)
def stap_heropenen(request, toegang, nummer):
    traject = _traject_of_404(toegang)
    stap = _stap_of_404(traject, nummer)
    if stap.afgerond_op is None and request.method == "GET":
        messages.info(request, f"Stap {stap.nummer} is niet afgerond; heropenen is niet nodig.")
        return redirect(_stap_url(toegang, stap))
    form = forms.HeropenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.stap_heropenen(stap=stap, door=request.user, reden=form.cleaned_data["reden"])
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"Stap {stap.nummer} is heropend.")
            return redirect(_stap_url(toegang, stap))
    return render(
        request,
        "stappenplan/traject/heropenen.html",
        {"toegang": toegang, "regio": toegang.regio, "stap": stap, "form": form},
    )


@regio_view(Actie.BEWERKEN)
def stap_geschiedenis(request, toegang, nummer, cyclus=None):
    traject = _traject_of_404(toegang)
    stap = _stap_of_404(traject, nummer, cyclus)
    return render(
        request,
        "stappenplan/traject/geschiedenis.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "stap": stap,
            "wijzigingen": selectors.geschiedenis(stap),
        },
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def nieuwe_cyclus(request, toegang):
    traject = _traject_of_404(toegang)
    try:
        traject = services.nieuwe_cyclus(traject=traject, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("stappenplan:overzicht", slug=toegang.regio.slug)
    messages.success(
        request,
        f"Cyclus {traject.cyclus} is gestart vanaf stap {traject.plan.cyclus_vanaf}. "
        "De vorige cyclus blijft bewaard.",
    )
    return redirect("stappenplan:stap", slug=toegang.regio.slug, nummer=traject.plan.cyclus_vanaf)


@regio_view()
def voortgang_pdf(request, toegang):
    traject = _traject_of_404(toegang)
    o = selectors.overzicht(traject)
    activiteiten = {}
    for regel in o.regels:
        activiteiten[regel.stap.pk] = []
    for activiteit in selectors.activiteiten_van([r.stap.pk for r in o.regels]):
        activiteiten[activiteit.stap_id].append(activiteit)
    context = {
        "titel": "Voortgang stappenplan",
        "regio": toegang.regio,
        "traject": traject,
        "overzicht": o,
        "stappen": [(r, activiteiten[r.stap.pk]) for r in o.regels],
        "besluiten": selectors.besluiten(toegang.regio),
        "deadlines": selectors.komende_deadlines(traject, aantal=15),
        "vandaag": timezone.localdate(),
    }
    inhoud = render_pdf("stappenplan/traject/voortgang_pdf.html", context)
    return pdf_response(inhoud, f"voortgang-stappenplan-{toegang.regio.slug}.pdf")


# Implementation team


@regio_view()
def team(request, toegang):
    team = selectors.team_van(toegang.regio)
    return render(
        request,
        "stappenplan/traject/team.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "team": team,
            "leden": selectors.teamleden(team),
        },
    )


@regio_view(Actie.BEWERKEN)
def team_bewerken(request, toegang):
    team = selectors.team_van(toegang.regio)
    form = forms.TeamForm(request.POST or None, instance=team)
    if request.method == "POST" and form.is_valid():
        services.team_opslaan(regio=toegang.regio, **form.cleaned_data)
        messages.success(request, "De afspraken van het implementatieteam zijn opgeslagen.")
        return redirect("stappenplan:team", slug=toegang.regio.slug)
    return render(
        request,
        "stappenplan/traject/form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "titel": "Afspraken van het implementatieteam",
            "terug": reverse("stappenplan:team", kwargs={"slug": toegang.regio.slug}),
        },
    )


def _teamlid_form(request, toegang, teamlid):
    form = forms.TeamlidForm(request.POST or None, instance=teamlid, regio=toegang.regio)
    if request.method == "POST" and form.is_valid():
        try:
            services.teamlid_opslaan(
                regio=toegang.regio, teamlid=teamlid if teamlid.pk else None, **form.cleaned_data
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Het implementatieteam is bijgewerkt.")
            return redirect("stappenplan:team", slug=toegang.regio.slug)
    return render(
        request,
        "stappenplan/traject/form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "titel": "Teamlid bewerken" if teamlid.pk else "Teamlid toevoegen",
            "terug": reverse("stappenplan:team", kwargs={"slug": toegang.regio.slug}),
            "verwijder_url": reverse(
                "stappenplan:teamlid_verwijderen",
                kwargs={"slug": toegang.regio.slug, "pk": teamlid.pk},
            )
            if teamlid.pk
            else None,
        },
    )


@regio_view(Actie.BEWERKEN)
def teamlid_nieuw(request, toegang):
    return _teamlid_form(request, toegang, Teamlid())


@regio_view(Actie.BEWERKEN)
def teamlid_bewerken(request, toegang, pk):
    teamlid = get_object_or_404(Teamlid, team__regio=toegang.regio, pk=pk)
    return _teamlid_form(request, toegang, teamlid)


@require_POST
@regio_view(Actie.BEWERKEN)
def teamlid_verwijderen(request, toegang, pk):
    teamlid = get_object_or_404(
        Teamlid.objects.select_related("lidmaatschap__user"), team__regio=toegang.regio, pk=pk
    )
    services.teamlid_verwijderen(teamlid=teamlid)
    messages.success(request, f"{teamlid} is uit het implementatieteam gehaald.")
    return redirect("stappenplan:team", slug=toegang.regio.slug)


# Decision log


@regio_view()
def besluiten(request, toegang):
    return render(
        request,
        "stappenplan/traject/besluiten.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "besluiten": selectors.besluiten(toegang.regio),
        },
    )


@regio_view()
def besluiten_xlsx(request, toegang):
    blad = export.besluiten_blad(selectors.besluiten(toegang.regio))
    return xlsx_response([blad], f"besluiten-{toegang.regio.slug}")


def _besluit_form(request, toegang, besluit):
    # Back where the coordinator came from (a step page), else to the decision log.
    terug = volgende_url(
        request, reverse("stappenplan:besluiten", kwargs={"slug": toegang.regio.slug})
    )
    stappen = selectors.stappen_voor_keuze(toegang.regio)
    initial = {}
    if besluit.pk is None:
        huidige = next((s for s in stappen if s.afgerond_op is None), None)
        initial = {
            "datum": timezone.localdate(),
            "stap": request.GET.get("stap") or (huidige.pk if huidige else None),
        }
    form = forms.BesluitForm(
        request.POST or None,
        instance=besluit,
        regio=toegang.regio,
        stappen=stappen,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "deelnemers"}
        try:
            services.besluit_opslaan(
                regio=toegang.regio,
                door=request.user,
                data=data,
                deelnemers=form.cleaned_data["deelnemers"],
                besluit=besluit if besluit.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Het besluit is vastgelegd.")
            return redirect(terug)
    return render(
        request,
        "stappenplan/traject/form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "titel": "Besluit bewerken" if besluit.pk else "Besluit vastleggen",
            "terug": terug,
            "verwijder_url": reverse(
                "stappenplan:besluit_verwijderen",
                kwargs={"slug": toegang.regio.slug, "pk": besluit.pk},
            )
            if besluit.pk
            else None,
        },
    )


@regio_view(Actie.BEWERKEN)
def besluit_nieuw(request, toegang):
    return _besluit_form(request, toegang, Besluit(regio=toegang.regio))


@regio_view(Actie.BEWERKEN)
def besluit_bewerken(request, toegang, pk):
    besluit = get_object_or_404(Besluit, regio=toegang.regio, pk=pk)
    return _besluit_form(request, toegang, besluit)


@require_POST
@regio_view(Actie.BEWERKEN)
def besluit_verwijderen(request, toegang, pk):
    besluit = get_object_or_404(Besluit, regio=toegang.regio, pk=pk)
    services.besluit_verwijderen(besluit=besluit)
    messages.success(request, f"Het besluit “{besluit.onderwerp}” is verwijderd.")
    return redirect("stappenplan:besluiten", slug=toegang.regio.slug)


# Communication plan


@regio_view()
def communicatie(request, toegang):
    return render(
        request,
        "stappenplan/traject/communicatie.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "middelen": selectors.communicatieplan(toegang.regio),
        },
    )


def _middel_form(request, toegang, middel):
    stappen = selectors.stappen_voor_keuze(toegang.regio)
    initial = {"stap": request.GET.get("stap")} if middel.pk is None else {}
    form = forms.CommunicatiemiddelForm(
        request.POST or None, instance=middel, stappen=stappen, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.communicatiemiddel_opslaan(
                regio=toegang.regio, data=form.cleaned_data, middel=middel if middel.pk else None
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "Het communicatieplan is bijgewerkt.")
            return redirect("stappenplan:communicatie", slug=toegang.regio.slug)
    return render(
        request,
        "stappenplan/traject/form.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "titel": "Kanaal bewerken" if middel.pk else "Kanaal toevoegen",
            "terug": reverse("stappenplan:communicatie", kwargs={"slug": toegang.regio.slug}),
            "verwijder_url": reverse(
                "stappenplan:communicatie_verwijderen",
                kwargs={"slug": toegang.regio.slug, "pk": middel.pk},
            )
            if middel.pk
            else None,
        },
    )


@regio_view(Actie.BEWERKEN)
def communicatie_nieuw(request, toegang):
    return _middel_form(request, toegang, Communicatiemiddel(regio=toegang.regio))


@regio_view(Actie.BEWERKEN)
def communicatie_bewerken(request, toegang, pk):
    middel = get_object_or_404(Communicatiemiddel, regio=toegang.regio, pk=pk)
    return _middel_form(request, toegang, middel)


@require_POST
@regio_view(Actie.BEWERKEN)
def communicatie_afvinken(request, toegang, pk):
    middel = get_object_or_404(Communicatiemiddel, regio=toegang.regio, pk=pk)
    gedaan = request.POST.get("gedaan") == "1"
    services.communicatiemiddel_afvinken(middel=middel, gedaan=gedaan)
    messages.success(
        request, f"{middel} is {'als gedaan gemarkeerd' if gedaan else 'weer open gezet'}."
    )
    return redirect("stappenplan:communicatie", slug=toegang.regio.slug)


@require_POST
@regio_view(Actie.BEWERKEN)
def communicatie_verwijderen(request, toegang, pk):
    middel = get_object_or_404(Communicatiemiddel, regio=toegang.regio, pk=pk)
    services.communicatiemiddel_verwijderen(middel=middel)
    messages.success(request, f"{middel} is uit het communicatieplan verwijderd.")
    return redirect("stappenplan:communicatie", slug=toegang.regio.slug)
