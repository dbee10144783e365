from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from casemanagement.bevestigen import Bevestiging, bevestigen
from casemanagement.constants import Actie
from casemanagement.export import csv_response, xlsx_response
from casemanagement.forms import fouten_naar_form
from casemanagement.pdf import pdf_response, render_pdf
from casemanagement.permissions import regio_view

from . import export, scoring, selectors, services
from .constants import MINIMALE_GROEP, Soort
from .forms import (
    ConsensusForm,
    GedeeldForm,
    RondeForm,
    SamenwerkingForm,
    ThemaForm,
    UitnodigenForm,
)
from .models import Respondent, Ronde


def _ronde(toegang, pk) -> Ronde:
    return get_object_or_404(
        Ronde.objects.select_related("regio", "vragenlijst"), regio=toegang.regio, pk=pk
    )


# ---------------------------------------------------------------- rounds


@regio_view()
def index(request, toegang):
    rondes = selectors.rondes(toegang.regio)
    return render(
        request,
        "ontwikkelscan/index.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "rondes": rondes,
            "mijn": selectors.mijn_open_rondes(toegang.regio, request.user),
            "open_ronde": next((r for r in rondes if r.is_open), None),
        },
    )


@regio_view(Actie.BEWERKEN)
def ronde_nieuw(request, toegang):
    eerste = not toegang.regio.scanrondes.exists()
    jaar = timezone.localdate().year
    form = RondeForm(
        request.POST or None,
        initial={
            "soort": Soort.NULMETING if eerste else Soort.HERHAALMETING,
            "naam": f"{'Nulmeting' if eerste else 'Herhaalmeting'} {jaar}",
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            ronde = services.ronde_openen(
                regio=toegang.regio, door=request.user, **form.cleaned_data
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, f"De ronde {ronde.naam} is geopend. Nodig nu de deelnemers uit."
            )
            return redirect("ontwikkelscan:uitnodigen", slug=toegang.regio.slug, ronde=ronde.pk)
    return render(
        request,
        "ontwikkelscan/ronde_nieuw.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form},
    )


@regio_view()
def ronde(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    alle = selectors.respondenten(ronde)
    return render(
        request,
        "ontwikkelscan/ronde.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "ronde": ronde,
            "respondenten": alle if toegang.is_coordinator else [],
            "aantal": len(alle),
            "aantal_ingediend": sum(1 for r in alle if r.is_ingediend),
            "mijn": selectors.respondent_van(ronde, request.user),
            "resultaten_zichtbaar": toegang.is_coordinator or not ronde.is_open,
        },
    )


@regio_view(Actie.BEWERKEN)
def uitnodigen(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    if not ronde.is_open:
        messages.error(request, "Deze ronde is gesloten; er kan niemand meer bij.")
        return redirect(ronde)
    al = list(ronde.respondenten.values_list("email", flat=True))
    form = UitnodigenForm(request.POST or None, regio=toegang.regio, al_uitgenodigd=al)
    if request.method == "POST" and form.is_valid():
        genodigden = [
            services.Genodigde(lm.user.email, lm.user.naam, lm.organisatie, lm.user)
            for lm in form.cleaned_data["leden"]
        ]
        if form.cleaned_data["email"]:
            genodigden.append(
                services.Genodigde(
                    form.cleaned_data["email"],
                    form.cleaned_data["naam"],
                    form.cleaned_data["organisatie"],
                )
            )
        try:
            uitkomst = services.uitnodigen(ronde=ronde, genodigden=genodigden, door=request.user)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request,
                f"{len(uitkomst.nieuw)} uitnodiging(en) verstuurd met een persoonlijke link.",
            )
            if uitkomst.al_uitgenodigd:
                messages.info(
                    request, "Al uitgenodigd, niet opnieuw: " + ", ".join(uitkomst.al_uitgenodigd)
                )
            return redirect(ronde)
    return render(
        request,
        "ontwikkelscan/uitnodigen.html",
        {"toegang": toegang, "regio": toegang.regio, "ronde": ronde, "form": form},
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def herinneren(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    try:
        verzonden = services.herinneren(ronde=ronde, door=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            verzonden.melding(f"Herinnering verstuurd aan {verzonden.aantal} deelnemer(s)."),
        )
    return redirect(ronde)


@regio_view(Actie.BEWERKEN)
def intrekken(request, toegang, ronde, pk):
    ronde = _ronde(toegang, ronde)
    respondent = get_object_or_404(Respondent, ronde=ronde, pk=pk)
    bevestiging = Bevestiging(
        titel="Uitnodiging intrekken",
        vraag=f"Wilt u de uitnodiging voor {respondent.naam or respondent.email} "
        f"voor {ronde.naam} intrekken?",
        terug=ronde.get_absolute_url(),
        knop="Intrekken",
        gaat_mee=["De persoonlijke link in de verstuurde e-mail werkt daarna niet meer."],
        herstelbaar=True,
    )

    def actie():
        services.uitnodiging_intrekken(respondent=respondent)
        return f"De uitnodiging voor {respondent.email} is ingetrokken."

    return bevestigen(request, bevestiging, actie, naar=ronde.get_absolute_url())


@require_POST
@regio_view(Actie.BEWERKEN)
def sluiten(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    try:
        services.ronde_sluiten(ronde=ronde)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(ronde)
    messages.success(request, f"{ronde.naam} is gesloten. De resultaten staan klaar.")
    return redirect("ontwikkelscan:resultaten", slug=toegang.regio.slug, ronde=ronde.pk)


@require_POST
@regio_view(Actie.INVULLEN)
def deelnemen(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    try:
        services.deelnemen(ronde=ronde, lidmaatschap=toegang.lidmaatschap)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(ronde)
    return redirect("ontwikkelscan:invullen", slug=toegang.regio.slug, ronde=ronde.pk)


# ---------------------------------------------------------------- answering


def _invullen(request, *, respondent, stap, stap_url, toegang):
    """One page of the questionnaire: a theme, the network question, or check and submit."""
    ronde = respondent.ronde
    struct = selectors.structuur(ronde.vragenlijst)
    themas = struct.themas
    vraag = ronde.vragenlijst.samenwerkingsvraag
    samenwerking_stap = len(themas) + 1 if vraag else None
    laatste = len(themas) + (2 if vraag else 1)
    if not 1 <= stap <= laatste:
        raise Http404
    alleen_lezen = not ronde.is_open
    antwoorden = selectors.antwoorden_van(respondent)
    thema = themas[stap - 1] if stap <= len(themas) else None
    form = None

    if thema is not None:
        form = ThemaForm(
            request.POST or None,
            structuur=struct,
            thema=thema,
            antwoorden=antwoorden,
            alleen_lezen=alleen_lezen,
        )
    elif stap == samenwerking_stap:
        form = SamenwerkingForm(
            request.POST or None,
            regio=ronde.regio,
            vraag=vraag,
            eigen_organisatie=respondent.organisatie,
            alleen_lezen=alleen_lezen,
            initial={"organisaties": [s.organisatie_id for s in respondent.samenwerkingen.all()]},
        )

    if request.method == "POST":
        if alleen_lezen:
            messages.error(
                request, "Deze ronde is gesloten; antwoorden kunnen niet meer worden gewijzigd."
            )
            return redirect(stap_url(stap))
        actie = request.POST.get("actie", "volgende")
        try:
            if thema is not None and form.is_valid():
                services.antwoorden_opslaan(
                    respondent=respondent, thema=thema, antwoorden=form.antwoorden()
                )
            elif form is not None and form.is_valid():
                services.samenwerkingen_opslaan(
                    respondent=respondent, organisaties=form.cleaned_data["organisaties"]
                )
            elif form is None:
                services.indienen(respondent=respondent)
                messages.success(
                    request,
                    "Bedankt! Uw antwoorden zijn ingediend. U kunt ze wijzigen tot de ronde sluit.",
                )
                return redirect(stap_url(stap))
        except ValidationError as exc:
            if form is None:
                messages.error(request, " ".join(exc.messages))
                return redirect(stap_url(stap))
            fouten_naar_form(form, exc)
        else:
            if form is not None and form.is_valid():
                if actie == "concept":
                    messages.success(
                        request,
                        "Uw antwoorden zijn als concept opgeslagen. U kunt later verdergaan.",
                    )
                    return redirect(stap_url(stap))
                volgende = stap - 1 if actie == "vorige" else stap + 1
                return redirect(stap_url(max(1, min(volgende, laatste))))

    beantwoord = sum(1 for i in struct.items if i.pk in antwoorden)
    totaal = len(struct.items)
    per_thema = [
        {
            "thema": t,
            "stap": index,
            "beantwoord": sum(1 for i in t.items.all() if i.pk in antwoorden),
            "totaal": len(t.items.all()),
            "url": stap_url(index),
        }
        for index, t in enumerate(themas, start=1)
    ]
    stappen = [
        {"nummer": p["stap"], "titel": p["thema"].naam, "url": stap_url(p["stap"])}
        for p in per_thema
    ]
    if samenwerking_stap:
        stappen.append(
            {
                "nummer": samenwerking_stap,
                "titel": "Samenwerking",
                "url": stap_url(samenwerking_stap),
            }
        )
    stappen.append(
        {"nummer": laatste, "titel": "Controleren en indienen", "url": stap_url(laatste)}
    )
    return render(
        request,
        "ontwikkelscan/invullen.html",
        {
            "toegang": toegang,
            "regio": ronde.regio,
            "ronde": ronde,
            "respondent": respondent,
            "structuur": struct,
            "thema": thema,
            "form": form,
            "stap": stap,
            "laatste": laatste,
            "stappen": stappen,
            "per_thema": per_thema,
            "beantwoord": beantwoord,
            "totaal": totaal,
            "procent": round(100 * beantwoord / totaal) if totaal else 0,
            "alleen_lezen": alleen_lezen,
            "vorige_url": stap_url(stap - 1) if stap > 1 else None,
            "volgende_url": stap_url(stap + 1) if stap < laatste else None,
            "samenwerking_stap": stap == samenwerking_stap,
            "samenwerkingen": respondent.samenwerkingen.select_related("organisatie")
            if stap == laatste
            else [],
        },
    )


@regio_view()
def invullen(request, toegang, ronde, stap=1):
    """A logged-in member fills in their own form in this round."""
    ronde = _ronde(toegang, ronde)
    respondent = selectors.respondent_van(ronde, request.user)
    if respondent is None:
        raise PermissionDenied(
            "U bent niet uitgenodigd voor deze ronde. Vraag de coördinator om een uitnodiging."
        )
    if respondent.user_id is None:
        if request.method != "POST":
            # Linking the invitation to this account is a change: it happens only on a POST.
            return render(
                request,
                "ontwikkelscan/koppelen.html",
                {"ronde": ronde, "respondent": respondent},
            )
        respondent = services.account_koppelen(respondent=respondent, user=request.user)
    slug = toegang.regio.slug
    return _invullen(
        request,
        respondent=respondent,
        stap=stap,
        toegang=toegang,
        stap_url=lambda s: reverse(
            "ontwikkelscan:invullen_stap", kwargs={"slug": slug, "ronde": ronde.pk, "stap": s}
        ),
    )


def link(request, slug, token, stap=1):
    """The personal link: opens this respondent's own answers, and nothing else, without login."""
    try:
        respondent = services.respondent_uit_token(token, slug=slug)
    except services.OngeldigeLink as exc:
        return render(
            request, "ontwikkelscan/link_ongeldig.html", {"melding": exc.melding}, status=400
        )
    account = selectors.account_van(respondent)
    if account is not None:
        invullen = reverse(
            "ontwikkelscan:invullen", kwargs={"slug": slug, "ronde": respondent.ronde_id}
        )
        if request.user.is_authenticated and request.user.pk == account.pk:
            return redirect(invullen)
        messages.info(request, "U heeft een account. Log in om de scan in te vullen.")
        return redirect_to_login(invullen)
    return _invullen(
        request,
        respondent=respondent,
        stap=stap,
        toegang=None,
        stap_url=lambda s: reverse(
            "ontwikkelscan:link_stap", kwargs={"slug": slug, "token": token, "stap": s}
        ),
    )


@regio_view(Actie.BEWERKEN)
def respondent(request, toegang, ronde, pk):
    """The coordinator reads one respondent's answers (nobody else sees individual answers)."""
    ronde = _ronde(toegang, ronde)
    respondent = get_object_or_404(
        Respondent.objects.select_related("organisatie"), ronde=ronde, pk=pk
    )
    struct = selectors.structuur(ronde.vragenlijst)
    return render(
        request,
        "ontwikkelscan/respondent.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "ronde": ronde,
            "respondent": respondent,
            "structuur": struct,
            "antwoorden": selectors.antwoorden_van(respondent),
            "samenwerkingen": respondent.samenwerkingen.select_related("organisatie"),
        },
    )


# ---------------------------------------------------------------- results


def _resultaten_ronde(toegang, pk) -> Ronde:
    ronde = _ronde(toegang, pk)
    if ronde.is_open and not toegang.is_coordinator:
        raise PermissionDenied(
            "De resultaten zijn te zien zodra de coördinator de ronde heeft gesloten."
        )
    return ronde


def _resultaten_context(toegang, ronde):
    r = selectors.resultaten(ronde)
    return {
        "toegang": toegang,
        "regio": toegang.regio,
        "ronde": ronde,
        "titel": f"Resultaten Ontwikkelscan: {ronde.naam}",
        "r": r,
        "uitsplitsingen": [
            ("Naar soort organisatie", r.per_type),
            ("Zorg en sociaal domein", r.per_domein),
        ],
        "minimale_groep": MINIMALE_GROEP,
        "minimum_consensus": scoring.MINIMUM_VOOR_CONSENSUS,
        "grens_iqr": int(scoring.GRENS_IQR),
        "grens_bereik": int(scoring.GRENS_BEREIK),
    }


@regio_view()
def resultaten(request, toegang, ronde):
    ronde = _resultaten_ronde(toegang, ronde)
    context = _resultaten_context(toegang, ronde)
    if toegang.is_coordinator and not ronde.is_open:
        context["gedeeld_form"] = GedeeldForm(
            initial={
                "op": ronde.resultaten_gedeeld_op or timezone.localdate(),
                "hoe": ronde.resultaten_gedeeld_hoe,
            }
        )
    return render(request, "ontwikkelscan/resultaten.html", context)


@regio_view()
def resultaten_pdf(request, toegang, ronde):
    ronde = _resultaten_ronde(toegang, ronde)
    inhoud = render_pdf("ontwikkelscan/resultaten_pdf.html", _resultaten_context(toegang, ronde))
    return pdf_response(inhoud, f"ontwikkelscan-{toegang.regio.slug}-{ronde.naam}")


@regio_view()
def resultaten_csv(request, toegang, ronde):
    ronde = _resultaten_ronde(toegang, ronde)
    return csv_response(export.items_blad(selectors.resultaten(ronde)), export.bestandsnaam(ronde))


@regio_view()
def resultaten_xlsx(request, toegang, ronde):
    ronde = _resultaten_ronde(toegang, ronde)
    return xlsx_response(export.bladen(selectors.resultaten(ronde)), export.bestandsnaam(ronde))


@require_POST
@regio_view(Actie.BEWERKEN)
def gedeeld(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    form = GedeeldForm(request.POST)
    if form.is_valid():
        try:
            services.resultaten_gedeeld(ronde=ronde, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, "Vastgelegd dat de resultaten in het netwerk zijn gedeeld.")
    else:
        messages.error(request, "Vul een geldige datum in.")
    return redirect("ontwikkelscan:resultaten", slug=toegang.regio.slug, ronde=ronde.pk)


@regio_view(Actie.BEWERKEN)
def consensus(request, toegang, ronde):
    ronde = _ronde(toegang, ronde)
    struct = selectors.structuur(ronde.vragenlijst)
    bestaand = {c.thema_id: c for c in ronde.consensusscores.all()}
    form = ConsensusForm(request.POST or None, structuur=struct, bestaand=bestaand)
    if request.method == "POST" and form.is_valid():
        try:
            services.consensus_opslaan(ronde=ronde, scores=form.scores(), door=request.user)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, "De afgesproken scores zijn opgeslagen.")
            return redirect("ontwikkelscan:resultaten", slug=toegang.regio.slug, ronde=ronde.pk)
    uitslag = selectors.resultaten(ronde)
    return render(
        request,
        "ontwikkelscan/consensus.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "ronde": ronde,
            "form": form,
            "regels": [
                {**regel, "cijfers": t.cijfers}
                for regel, t in zip(form.regels, uitslag.themas, strict=True)
            ],
        },
    )
