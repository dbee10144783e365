from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from . import export, selectors, services
from .constants import Actie
from .forms import (
    AccountAanmakenForm,
    LidmaatschapForm,
    OrganisatieForm,
    UitnodigingForm,
    fouten_naar_form,
)
from .forms_auth import InlogForm
from .models import Lidmaatschap, Organisatie, Uitnodiging
from .permissions import programma_view, programmas_van, regio_view
from .regio_overzicht import programma_kolommen, regio_onderdelen, start_onderdelen


class InlogView(auth_views.LoginView):
    """Log in with e-mail address and password. The session ends when the browser closes,
    unless "Onthoud mij" is ticked; either way after 8 hours without a request."""

    authentication_form = InlogForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        antwoord = super().form_valid(form)
        if form.cleaned_data.get("onthoud_mij"):
            self.request.session.set_expiry(settings.SESSION_COOKIE_AGE)
        return antwoord


@login_required
def home(request):
    lidmaatschappen = selectors.lidmaatschappen_van(request.user)
    return render(
        request,
        "casemanagement/home.html",
        {
            "lidmaatschappen": lidmaatschappen,
            "onderdelen": start_onderdelen(lidmaatschappen),
            "programmas": programmas_van(request.user),
        },
    )


@programma_view
def programma(request, toegang):
    """Every traject of the programme side by side, read only (programme lead, administrator)."""
    request.programma = toegang.programma
    regios = selectors.regios_met_programma(toegang.programma)
    kolommen, cellen = programma_kolommen(toegang.programma, [r.pk for r in regios])
    lid_van = {lm.regio_id for lm in selectors.lidmaatschappen_van(request.user)}
    return render(
        request,
        "casemanagement/programma.html",
        {
            "programma_toegang": toegang,
            "kolommen": kolommen,
            "rijen": [(regio, regio.pk in lid_van, cellen[regio.pk]) for regio in regios],
        },
    )


@regio_view()
def regio(request, toegang):
    fasen, rijen = selectors.fase_matrix(toegang.regio)
    return render(
        request,
        "casemanagement/regio.html",
        {
            "toegang": toegang,
            "regio": toegang.regio,
            "fasen": fasen,
            "rijen": rijen,
            "leden": selectors.leden(toegang.regio),
            "open_uitnodigingen": toegang.regio.uitnodigingen.filter(geaccepteerd_op=None)
            if toegang.is_coordinator
            else [],
            "onderdelen": regio_onderdelen(toegang),
        },
    )


def _organisatie_form(request, toegang, organisatie):
    form = OrganisatieForm(request.POST or None, instance=organisatie)
    if request.method == "POST" and form.is_valid():
        try:
            organisatie = services.organisatie_opslaan(
                regio=toegang.regio,
                data=form.gegevens,
                inzet=form.inzet,
                organisatie=organisatie if organisatie.pk else None,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"{organisatie.naam} is opgeslagen.")
            return redirect(toegang.regio)
    return render(
        request,
        "casemanagement/organisatie_form.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "organisatie": organisatie},
    )


@regio_view(Actie.BEWERKEN)
def organisatie_nieuw(request, toegang):
    return _organisatie_form(request, toegang, Organisatie(regio=toegang.regio))


@regio_view(Actie.BEWERKEN)
def organisatie_bewerken(request, toegang, pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=pk)
    return _organisatie_form(request, toegang, organisatie)


@require_POST
@regio_view(Actie.BEWERKEN)
def organisatie_verwijderen(request, toegang, pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=pk)
    services.organisatie_verwijderen(organisatie=organisatie)
    messages.success(request, f"{organisatie.naam} is verwijderd.")
    return redirect(toegang.regio)


@regio_view(Actie.BEWERKEN)
def lid_uitnodigen(request, toegang):
    form = UitnodigingForm(request.POST or None, regio=toegang.regio)
    if request.method == "POST" and form.is_valid():
        try:
            services.uitnodigen(regio=toegang.regio, door=request.user, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, f"De uitnodiging is verstuurd naar {form.cleaned_data['email']}."
            )
            return redirect(toegang.regio)
    return render(
        request,
        "casemanagement/lid_uitnodigen.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form},
    )


@require_POST
@regio_view(Actie.BEWERKEN)
def uitnodiging_intrekken(request, toegang, pk):
    uitnodiging = get_object_or_404(Uitnodiging, regio=toegang.regio, pk=pk, geaccepteerd_op=None)
    uitnodiging.delete()
    messages.success(request, f"De uitnodiging voor {uitnodiging.email} is ingetrokken.")
    return redirect(toegang.regio)


@regio_view(Actie.BEWERKEN)
def lid_bewerken(request, toegang, pk):
    lidmaatschap = get_object_or_404(
        Lidmaatschap.objects.select_related("user", "regio"), regio=toegang.regio, pk=pk
    )
    form = LidmaatschapForm(request.POST or None, instance=lidmaatschap)
    if request.method == "POST" and form.is_valid():
        try:
            services.lidmaatschap_wijzigen(
                lidmaatschap=lidmaatschap,
                rol=form.cleaned_data["rol"],
                organisatie=form.cleaned_data["organisatie"],
                door=request.user,
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(request, f"De rol van {lidmaatschap.user} is opgeslagen.")
            return redirect(toegang.regio)
    return render(
        request,
        "casemanagement/lid_bewerken.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form, "lid": lidmaatschap},
    )


@regio_view(Actie.BEWERKEN)
def leden_xlsx(request, toegang):
    blad = export.Blad(
        "Leden",
        [
            export.Kolom("Naam", breedte=30),
            export.Kolom("E-mailadres", breedte=34),
            export.Kolom("Rol", breedte=26),
            export.Kolom("Organisatie", breedte=34),
            export.Kolom("Lid sinds", export.DATUM),
        ],
        [
            [
                lid.user.get_full_name(),
                lid.user.email,
                lid.get_rol_display(),
                lid.organisatie.naam if lid.organisatie else "",
                timezone.localdate(lid.created_at),
            ]
            for lid in selectors.leden(toegang.regio)
        ],
    )
    return export.xlsx_response([blad], f"leden-{toegang.regio.slug}")


@require_POST
@regio_view(Actie.BEWERKEN)
def lid_verwijderen(request, toegang, pk):
    lidmaatschap = get_object_or_404(Lidmaatschap, regio=toegang.regio, pk=pk)
    try:
        services.lidmaatschap_beeindigen(lidmaatschap=lidmaatschap)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{lidmaatschap.user} is geen lid meer van deze regio.")
    return redirect(toegang.regio)


def uitnodiging(request, token):
    """Accept an invitation: a new person sets a password, an existing one logs in first."""
    try:
        uitnodiging = services.uitnodiging_uit_token(token)
    except services.OngeldigeUitnodiging as exc:
        return render(
            request,
            "casemanagement/uitnodiging_ongeldig.html",
            {"melding": exc.melding},
            status=400,
        )

    from django.contrib.auth import get_user_model

    bestaand = get_user_model().objects.filter(email__iexact=uitnodiging.email).exists()
    form = (
        None
        if bestaand
        else AccountAanmakenForm(
            request.POST or None, email=uitnodiging.email, initial={"naam": uitnodiging.naam}
        )
    )
    if request.method == "POST":
        try:
            if bestaand:
                resultaat = services.uitnodiging_accepteren(token=token, user=request.user)
            elif form.is_valid():
                resultaat = services.uitnodiging_accepteren(
                    token=token,
                    wachtwoord=form.cleaned_data["wachtwoord1"],
                    naam=form.cleaned_data["naam"],
                )
            else:
                resultaat = None
        except services.OngeldigeUitnodiging as exc:
            messages.error(request, exc.melding)
            resultaat = None
        if resultaat is not None:
            if not request.user.is_authenticated:
                login(request, resultaat.user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, f"Welkom bij {resultaat.lidmaatschap.regio.naam}.")
            return redirect(resultaat.lidmaatschap.regio)
    return render(
        request,
        "casemanagement/uitnodiging.html",
        {
            "uitnodiging": uitnodiging,
            "form": form,
            "bestaand": bestaand,
            "ingelogd_als_juiste": request.user.is_authenticated
            and request.user.email.lower() == uitnodiging.email,
        },
    )


def toegankelijkheid(request):
    return render(request, "casemanagement/publiek/toegankelijkheid.html")


def privacy(request):
    return render(
        request,
        "casemanagement/publiek/privacy.html",
        {"uitnodiging_dagen": settings.UITNODIGING_GELDIG_DAGEN},
    )


def contact(request):
    return render(request, "casemanagement/publiek/contact.html")


def csrf_mislukt(request, reason=""):
    """CSRF_FAILURE_VIEW: a Dutch page in the site layout instead of Django's English one."""
    return render(request, "403_csrf.html", status=403)
