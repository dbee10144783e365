from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from casemanagement.bevestigen import Bevestiging, bevestigen
from casemanagement.constants import Actie
from casemanagement.export import xlsx_response
from casemanagement.forms import fouten_naar_form
from casemanagement.pdf import pdf_response
from casemanagement.permissions import regio_view

from . import export, regels, selectors, services
from .forms import OntvangerForm, PublicerenForm, VerwijzingForm
from .models import Ontvanger, Versie, Verwijzing


def _kaart_of_404(regio):
    kaart = selectors.kaart(regio)
    if kaart is None:
        raise Http404("Deze regio heeft nog geen verwijskaart.")
    return kaart


@regio_view()
def index(request, toegang):
    kaart = selectors.kaart(toegang.regio)
    versies = selectors.versies(kaart)
    actueel = selectors.actuele_versie(toegang.regio, met_inhoud=True)
    concept_items = [services.momentopname(v, gemarkeerd=False) for v in selectors.concept(kaart)]
    return render(
        request,
        "verwijskaart/index.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "kaart": kaart,
            "versies": versies,
            "actueel": actueel,
            "versheid": selectors.versheid(toegang.regio),
            "publieke_url": services.publieke_url(toegang.regio),
            "wijzigingen": regels.verschil(actueel.vermeldingen, concept_items)
            if actueel
            else None,
        },
    )


@regio_view()
def concept(request, toegang):
    kaart = selectors.kaart(toegang.regio)
    verwijzingen = selectors.concept(kaart)
    for verwijzing in verwijzingen:
        verwijzing.mag_bewerken = toegang.mag_bewerken(
            eigenaar=verwijzing.eigenaar, organisatie=verwijzing.organisatie
        )
    return render(
        request,
        "verwijskaart/concept.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "kaart": kaart,
            "groepen": regels.groepeer(verwijzingen),
            "aantal": len(verwijzingen),
            "te_laat": sum(1 for v in verwijzingen if v.te_laat),
        },
    )


@regio_view()
def concept_xlsx(request, toegang):
    blad = export.concept_blad(selectors.concept(selectors.kaart(toegang.regio)))
    return xlsx_response([blad], f"verwijskaart-{toegang.regio.slug}-concept")


def _verwijzing_form(request, toegang, verwijzing):
    form = VerwijzingForm(
        request.POST or None,
        instance=verwijzing,
        regio=toegang.regio,
        toewijzing_vast=not toegang.is_coordinator,
    )
    if request.method == "POST" and form.is_valid():
        try:
            verwijzing = services.verwijzing_opslaan(
                regio=toegang.regio,
                data=form.gegevens,
                verwijzing=verwijzing if verwijzing.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De vermelding ‘{verwijzing}’ is opgeslagen in het concept.")
            return redirect(f"{_concept_url(toegang)}#vermelding-{verwijzing.pk}")
    return render(
        request,
        "verwijskaart/verwijzing_form.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "verwijzing": verwijzing},
    )


def _concept_url(toegang):
    return reverse("verwijskaart:concept", kwargs={"slug": toegang.regio.slug})


def _verwijzing(toegang, pk) -> Verwijzing:
    return get_object_or_404(
        Verwijzing.objects.select_related("organisatie", "eigenaar", "fase"),
        kaart__regio=toegang.regio,
        pk=pk,
    )


@regio_view(Actie.BEWERKEN)
def verwijzing_nieuw(request, toegang):
    return _verwijzing_form(request, toegang, Verwijzing())


@regio_view(Actie.INVULLEN)
def verwijzing_bewerken(request, toegang, pk):
    verwijzing = _verwijzing(toegang, pk)
    toegang.vereis_bewerken(eigenaar=verwijzing.eigenaar, organisatie=verwijzing.organisatie)
    return _verwijzing_form(request, toegang, verwijzing)


@regio_view(Actie.BEWERKEN)
def verwijzing_verwijderen(request, toegang, pk):
    verwijzing = _verwijzing(toegang, pk)
    bevestiging = Bevestiging(
        titel="Vermelding verwijderen",
        vraag=f"Wilt u ‘{verwijzing.naam}’ ({verwijzing.fase.naam} · {verwijzing.behoefte}) "
        "uit het concept verwijderen?",
        terug=f"{_concept_url(toegang)}#vermelding-{verwijzing.pk}",
        gaat_mee=["De vermelding verdwijnt van de verwijskaart bij de volgende publicatie."],
        blijft=["Gepubliceerde versies veranderen niet."],
        herstelbaar=True,
    )

    def actie():
        services.verwijzing_verwijderen(verwijzing=verwijzing)
        return f"De vermelding ‘{verwijzing}’ is uit het concept verwijderd."

    return bevestigen(request, bevestiging, actie, naar=_concept_url(toegang))


@require_POST
@regio_view(Actie.INVULLEN)
def verwijzing_geverifieerd(request, toegang, pk):
    verwijzing = _verwijzing(toegang, pk)
    toegang.vereis_bewerken(eigenaar=verwijzing.eigenaar, organisatie=verwijzing.organisatie)
    services.verwijzing_geverifieerd(verwijzing=verwijzing, door=request.user)
    messages.success(request, f"‘{verwijzing}’ is gemarkeerd als geverifieerd.")
    return redirect(f"{_concept_url(toegang)}#vermelding-{verwijzing.pk}")


@regio_view(Actie.BEWERKEN)
def publiceren(request, toegang):
    kaart = selectors.kaart(toegang.regio)
    verwijzingen = selectors.concept(kaart)
    te_laat = [v for v in verwijzingen if v.te_laat]
    actueel = selectors.actuele_versie(toegang.regio, met_inhoud=True)
    initial = {"verantwoordelijke": request.user, "inleiding": kaart.inleiding if kaart else ""}
    if actueel is not None and actueel.verantwoordelijke_id:
        initial["verantwoordelijke"] = actueel.verantwoordelijke
    form = PublicerenForm(
        request.POST or None, regio=toegang.regio, te_laat=len(te_laat), initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            versie = services.publiceren(
                regio=toegang.regio,
                door=request.user,
                volgende_herziening=form.cleaned_data["volgende_herziening"],
                verantwoordelijke=form.cleaned_data["verantwoordelijke"],
                onverifieerd=form.keuze,
                toelichting=form.cleaned_data["toelichting"],
                inleiding=form.cleaned_data["inleiding"],
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request,
                f"Versie {versie.nummer} is gepubliceerd. Verstuur haar nu naar de verzendlijst.",
            )
            return redirect("verwijskaart:verspreiding", slug=toegang.regio.slug)
    concept_items = [services.momentopname(v, gemarkeerd=False) for v in verwijzingen]
    return render(
        request,
        "verwijskaart/publiceren.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "aantal": len(verwijzingen),
            "te_laat": te_laat,
            "actueel": actueel,
            "verschil": regels.verschil(actueel.vermeldingen if actueel else [], concept_items),
        },
    )


def _versie(toegang, nummer) -> Versie:
    kaart = _kaart_of_404(toegang.regio)
    versie = selectors.versie_met_inhoud(kaart, nummer)
    if versie is None:
        raise Http404("Deze versie bestaat niet.")
    return versie


@regio_view()
def versie(request, toegang, nummer):
    versie = _versie(toegang, nummer)
    vorige = selectors.vorige_versie(versie)
    return render(
        request,
        "verwijskaart/versie.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "versie": versie,
            "groepen": regels.groepeer(versie.vermeldingen),
            "vorige": vorige,
            "verschil": regels.verschil(vorige.vermeldingen, versie.vermeldingen)
            if vorige
            else None,
        },
    )


@regio_view()
def versie_pdf(request, toegang, nummer):
    versie = get_object_or_404(
        Versie.objects.defer("vermeldingen", "inleiding"), kaart__regio=toegang.regio, nummer=nummer
    )
    return pdf_response(
        bytes(versie.pdf), f"verwijskaart-{toegang.regio.slug}-versie-{versie.nummer}"
    )


@regio_view()
def verspreiding(request, toegang):
    kaart = selectors.kaart(toegang.regio)
    form = None
    if toegang.is_coordinator:
        form = OntvangerForm(request.POST or None, regio=toegang.regio)
        if request.method == "POST" and form.is_valid():
            try:
                ontvanger = services.ontvanger_toevoegen(regio=toegang.regio, **form.cleaned_data)
            except ValidationError as exc:
                fouten_naar_form(form, exc)
            else:
                messages.success(request, f"{ontvanger} staat op de verzendlijst.")
                return redirect("verwijskaart:verspreiding", slug=toegang.regio.slug)
    elif request.method == "POST":
        toegang.vereis(Actie.BEWERKEN)
    log = selectors.verzendlog(kaart)
    actueel = selectors.actuele_versie(toegang.regio)
    ontvangers = selectors.ontvangers(kaart)
    ontvangen = {z.email for z in log if actueel and z.versie_id == actueel.pk}
    for ontvanger in ontvangers:
        ontvanger.heeft_actuele = ontvanger.email in ontvangen
    return render(
        request,
        "verwijskaart/verspreiding.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "form": form,
            "ontvangers": ontvangers,
            "log": log,
            "actueel": actueel,
            "nog_te_versturen": sum(1 for o in ontvangers if not o.heeft_actuele),
        },
    )


@regio_view(Actie.BEWERKEN)
def ontvanger_verwijderen(request, toegang, pk):
    ontvanger = get_object_or_404(Ontvanger, kaart__regio=toegang.regio, pk=pk)
    verspreiding = reverse("verwijskaart:verspreiding", args=[toegang.regio.slug])
    bevestiging = Bevestiging(
        titel="Ontvanger verwijderen",
        vraag=f"Wilt u {ontvanger} ({ontvanger.email}) van de verzendlijst halen?",
        terug=verspreiding,
        gaat_mee=["Deze ontvanger krijgt nieuwe versies van de verwijskaart niet meer."],
        blijft=["Wat al naar deze ontvanger is verstuurd, blijft in het verzendlog."],
        herstelbaar=True,
    )

    def actie():
        services.ontvanger_verwijderen(ontvanger=ontvanger)
        return f"{ontvanger} staat niet meer op de verzendlijst."

    return bevestigen(request, bevestiging, actie, naar=verspreiding)


@require_POST
@regio_view(Actie.BEWERKEN)
def versturen(request, toegang):
    try:
        verzendingen = services.versie_versturen(regio=toegang.regio, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            f"Versie {verzendingen[0].versie.nummer} is verstuurd naar {len(verzendingen)} ontvanger(s).",
        )
    return redirect("verwijskaart:verspreiding", slug=toegang.regio.slug)


# Public: the current published version, without login and without anything else of the region.


def _publieke_versie(slug, *, zonder: tuple[str, ...]) -> Versie:
    """The current version; `zonder` names the stored blobs the response does not use."""
    versie = (
        Versie.objects.filter(kaart__regio__slug=slug, vervangen_op=None)
        .defer(*zonder)
        .select_related("kaart__regio")
        .order_by("-nummer")
        .first()
    )
    if versie is None:
        raise Http404("Voor deze regio is geen verwijskaart gepubliceerd.")
    return versie


def publiek(request, slug):
    versie = _publieke_versie(slug, zonder=("pdf",))
    return render(
        request,
        "verwijskaart/publiek.html",
        {
            "regio": versie.kaart.regio,
            "versie": versie,
            "groepen": regels.groepeer(versie.vermeldingen),
        },
    )


def publiek_pdf(request, slug):
    versie = _publieke_versie(slug, zonder=("vermeldingen", "inleiding"))
    return pdf_response(
        bytes(versie.pdf),
        f"verwijskaart-{versie.kaart.regio.slug}-versie-{versie.nummer}",
        inline=True,
    )
