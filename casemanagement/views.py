import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from . import export, geschiedenis, meldingen, selectors, services, tweestaps
from .bevestigen import Bevestiging, bevestigen
from .constants import Actie
from .forms import (
    AccountAanmakenForm,
    LidmaatschapForm,
    OrganisatieForm,
    UitnodigingForm,
    fouten_naar_form,
)
from .forms_auth import InlogForm, TweedeStapForm
from .models import Lidmaatschap, Melding, Organisatie, Uitnodiging
from .permissions import programma_view, programmas_van, regio_view, tweede_stap_verplicht
from .regio_overzicht import programma_kolommen, regio_onderdelen, start_onderdelen
from .verzenden import eenmaal_versturen


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
            "meldingen": meldingen.ongelezen(request.user),
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


@login_required
def melding_openen(request, pk):
    """Open what a notification is about; it counts as read from then on."""
    melding = get_object_or_404(Melding, user=request.user, pk=pk)
    meldingen.melding_gelezen(melding=melding)
    return redirect(melding.url if melding.url.startswith("/") else "home")


@require_POST
@regio_view()
def meldingen_voorkeur(request, toegang):
    per_email = request.POST.get("per_email") == "ja"
    meldingen.voorkeur_opslaan(lidmaatschap=toegang.lidmaatschap, per_email=per_email)
    messages.success(
        request,
        f"Meldingen uit {toegang.regio.naam} krijgt u "
        + ("ook per e-mail." if per_email else "alleen nog in de app."),
    )
    return redirect("home")


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
            "gearchiveerd": selectors.gearchiveerde_organisaties(toegang.regio),
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


@regio_view(Actie.BEWERKEN)
def organisatie_verwijderen(request, toegang, pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=pk)
    terug = reverse("organisatie_bewerken", args=[toegang.regio.slug, pk])
    gebruik = services.organisatie_verwijzingen(organisatie)
    inzet = organisatie.inzet.count()
    bevestiging = Bevestiging(
        titel="Organisatie verwijderen",
        vraag=f"Wilt u {organisatie.naam} verwijderen?",
        terug=terug,
        gaat_mee=gebruik or ([f"Wat zij doet in {inzet} fase(n)"] if inzet else []),
        weigering=(
            f"{organisatie.naam} wordt nog gebruikt en kan daarom niet worden verwijderd. "
            "Archiveer haar: zij verdwijnt dan uit de keuzes, en blijft zichtbaar waar zij "
            "gebruikt is."
            if gebruik
            else ""
        ),
        alternatief=(
            ("Archiveren", reverse("organisatie_archiveren", args=[toegang.regio.slug, pk]))
            if gebruik and not organisatie.is_gearchiveerd
            else None
        ),
        herstelbaar=True,
    )

    def actie():
        services.organisatie_verwijderen(organisatie=organisatie)
        return f"{organisatie.naam} is verwijderd."

    return bevestigen(request, bevestiging, actie, naar=toegang.regio.get_absolute_url())


@regio_view(Actie.BEWERKEN)
def organisatie_archiveren(request, toegang, pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=pk)
    gebruik = services.organisatie_verwijzingen(organisatie)
    bevestiging = Bevestiging(
        titel="Organisatie archiveren",
        vraag=f"Wilt u {organisatie.naam} archiveren?",
        terug=reverse("organisatie_bewerken", args=[toegang.regio.slug, pk]),
        knop="Archiveren",
        gaat_mee=["Zij staat niet meer in de keuzelijsten voor nieuw werk."],
        blijft=gebruik
        + ["Gesloten scanrondes en gepubliceerde verwijskaarten blijven precies zoals ze zijn."],
        weigering="Deze organisatie is al gearchiveerd." if organisatie.is_gearchiveerd else "",
    )

    def actie():
        services.organisatie_archiveren(organisatie=organisatie)
        return f"{organisatie.naam} is gearchiveerd. U kunt haar terughalen op de regiopagina."

    return bevestigen(request, bevestiging, actie, naar=toegang.regio.get_absolute_url())


@require_POST
@regio_view(Actie.BEWERKEN)
def organisatie_terughalen(request, toegang, pk):
    organisatie = get_object_or_404(Organisatie, regio=toegang.regio, pk=pk)
    services.organisatie_terughalen(organisatie=organisatie)
    messages.success(request, f"{organisatie.naam} is teruggehaald uit het archief.")
    return redirect(toegang.regio)


@regio_view(Actie.BEWERKEN)
def lid_uitnodigen(request, toegang):
    form = UitnodigingForm(request.POST or None, regio=toegang.regio)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        try:
            verzonden = eenmaal_versturen(
                actie="casemanagement.uitnodigen",
                obj=toegang.regio,
                aan=email,
                door=request.user,
                versturen=lambda: bool(
                    services.uitnodigen(regio=toegang.regio, door=request.user, **form.cleaned_data)
                ),
            )
        except ValidationError as exc:
            fouten_naar_form(form, exc)
        else:
            messages.success(
                request, verzonden.melding(f"De uitnodiging is verstuurd naar {email}.")
            )
            return redirect(toegang.regio)
    return render(
        request,
        "casemanagement/lid_uitnodigen.html",
        {"toegang": toegang, "regio": toegang.regio, "form": form},
    )


@regio_view(Actie.BEWERKEN)
def uitnodiging_intrekken(request, toegang, pk):
    uitnodiging = get_object_or_404(Uitnodiging, regio=toegang.regio, pk=pk, geaccepteerd_op=None)
    bevestiging = Bevestiging(
        titel="Uitnodiging intrekken",
        vraag=f"Wilt u de uitnodiging voor {uitnodiging.email} intrekken?",
        terug=toegang.regio.get_absolute_url(),
        knop="Intrekken",
        gaat_mee=["De link in de verstuurde e-mail werkt daarna niet meer."],
        herstelbaar=True,
    )

    def actie():
        services.uitnodiging_intrekken(uitnodiging=uitnodiging)
        return f"De uitnodiging voor {uitnodiging.email} is ingetrokken."

    return bevestigen(request, bevestiging, actie, naar=toegang.regio.get_absolute_url())


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


@regio_view(Actie.BEWERKEN)
def lid_verwijderen(request, toegang, pk):
    lidmaatschap = get_object_or_404(
        Lidmaatschap.objects.select_related("user", "organisatie"), regio=toegang.regio, pk=pk
    )
    bevestiging = Bevestiging(
        titel="Lid uit de regio verwijderen",
        vraag=f"Wilt u {lidmaatschap.user.get_full_name()} uit {toegang.regio.naam} verwijderen?",
        terug=reverse("lid_bewerken", args=[toegang.regio.slug, pk]),
        gaat_mee=[
            f"De rol van {lidmaatschap.get_rol_display().lower()} in deze regio; "
            "de persoon kan de pagina's van de regio niet meer openen."
        ],
        blijft=["Wat deze persoon heeft vastgelegd, en de geschiedenis daarvan."],
        herstelbaar=True,
    )

    def actie():
        services.lidmaatschap_beeindigen(lidmaatschap=lidmaatschap)
        return f"{lidmaatschap.user} is geen lid meer van deze regio."

    return bevestigen(request, bevestiging, actie, naar=toegang.regio.get_absolute_url())


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
        {
            "uitnodiging_dagen": settings.UITNODIGING_GELDIG_DAGEN,
            "termijnen": settings.BEWAARTERMIJNEN,
        },
    )


def contact(request):
    return render(request, "casemanagement/publiek/contact.html")


def csrf_mislukt(request, reason=""):
    """CSRF_FAILURE_VIEW: a Dutch page in the site layout instead of Django's English one."""
    return render(request, "403_csrf.html", status=403)


def _soort_of_404(sleutel):
    soort = geschiedenis.soort(sleutel)
    if soort is None:
        raise Http404("Onbekend soort object.")
    return soort


@regio_view()
def object_geschiedenis(request, toegang, soort, pk):
    soort = _soort_of_404(soort)
    obj = get_object_or_404(soort.model._default_manager, pk=pk, **{soort.regio_pad: toegang.regio})
    if not soort.mag_zien(toegang, obj):
        raise PermissionDenied("Alleen de regionale coördinator ziet de geschiedenis.")
    return render(
        request,
        "casemanagement/geschiedenis.html",
        {
            "regio": toegang.regio,
            "soort": soort,
            "obj": obj,
            "regels": geschiedenis.wijzigingen(soort, obj),
            "terug": soort.terug(obj) if soort.terug else toegang.regio.get_absolute_url(),
        },
    )


@regio_view()
def verwijderd(request, toegang):
    if not toegang.kan_terugzetten:
        raise PermissionDenied(
            "Alleen de regionale coördinator kan verwijderde gegevens terugzetten."
        )
    return render(
        request,
        "casemanagement/verwijderd.html",
        {"regio": toegang.regio, "verwijderd": geschiedenis.verwijderd_in(toegang.regio, toegang)},
    )


@require_POST
@regio_view()
def terugzetten(request, toegang, soort, history_id):
    if not toegang.kan_terugzetten:
        raise PermissionDenied(
            "Alleen de regionale coördinator kan verwijderde gegevens terugzetten."
        )
    soort = _soort_of_404(soort)
    record = get_object_or_404(soort.model.history, history_id=history_id, history_type="-")
    try:
        obj = geschiedenis.terugzetten(soort=soort, record=record, regio=toegang.regio)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"{str(soort.naam).capitalize()} “{obj}” is teruggezet.")
    return redirect("verwijderd", slug=toegang.regio.slug)


def _veilig_vervolg(request, standaard="home"):
    vervolg = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        vervolg, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return vervolg
    return reverse(standaard)


@login_required
def account(request):
    return render(
        request,
        "casemanagement/account/account.html",
        {
            "heeft_tweede_stap": tweestaps.heeft_tweede_stap(request.user),
            "tweede_stap_verplicht": tweede_stap_verplicht(request.user),
        },
    )


@login_required
def tweede_stap(request):
    """The second step of logging in: a code from the app, or a recovery code."""
    if not tweestaps.heeft_tweede_stap(request.user):
        return redirect(f"{reverse('tweede_stap_instellen')}?{request.GET.urlencode()}")
    form = TweedeStapForm(request.POST or None)
    if form.is_valid():
        if tweestaps.code_controleren(request, code=form.cleaned_data["code"]):
            return redirect(_veilig_vervolg(request))
        form.add_error("code", "Deze code klopt niet of is al gebruikt. Probeer de nieuwste code.")
    return render(
        request,
        "casemanagement/account/tweede_stap.html",
        {"form": form, "next": _veilig_vervolg(request)},
    )


@login_required
def tweede_stap_instellen(request):
    """Link an authenticator app: scan the QR code (or type the key), confirm with a code."""
    sleutel = tweestaps.nieuwe_sleutel(request.session)
    form = TweedeStapForm(request.POST or None)
    if form.is_valid():
        codes = tweestaps.totp_bevestigen(request, code=form.cleaned_data["code"])
        if codes is not None:
            messages.success(request, "Tweestapsverificatie staat aan.")
            return render(
                request,
                "casemanagement/account/herstelcodes.html",
                {"codes": codes, "next": _veilig_vervolg(request, "account")},
            )
        form.add_error(
            "code", "Deze code klopt niet. Controleer of de tijd op uw telefoon goed staat."
        )
    qr = segno.make(tweestaps.config_url(request.user, sleutel), error="m")
    return render(
        request,
        "casemanagement/account/tweede_stap_instellen.html",
        {
            "form": form,
            "qr": qr.svg_data_uri(scale=5, border=2),
            "sleutel": tweestaps.leesbare_sleutel(sleutel),
            "next": _veilig_vervolg(request, "account"),
            "verplicht": tweede_stap_verplicht(request.user),
        },
    )


@login_required
def herstelcodes(request):
    """New recovery codes (the old ones stop working); shown once."""
    if not tweestaps.heeft_tweede_stap(request.user):
        return redirect("tweede_stap_instellen")
    if request.method == "POST":
        codes = tweestaps.herstelcodes_maken(user=request.user)
        return render(
            request,
            "casemanagement/account/herstelcodes.html",
            {"codes": codes, "next": reverse("account")},
        )
    return render(request, "casemanagement/account/herstelcodes_nieuw.html")
