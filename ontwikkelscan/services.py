"""State changes of the Ontwikkelscan: rounds, invitations, answers, closing, sharing, consensus."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from casemanagement.mail import huidige_leden
from casemanagement.models import Organisatie, Regio
from casemanagement.verzenden import Verzonden, eenmaal_versturen

from . import selectors
from .constants import LINK_GELDIG_DAGEN, Soort
from .models import (
    Antwoord,
    Consensusscore,
    Item,
    Niveau,
    Respondent,
    Ronde,
    RondeUitslag,
    Samenwerking,
    Thema,
    Vragenlijst,
)
from .selectors import schaal_waarden

LINK_SALT = "ontwikkelscan.respondent"


# ---------------------------------------------------------------- rounds


@transaction.atomic
def ronde_openen(
    *,
    regio: Regio,
    vragenlijst: Vragenlijst,
    naam: str,
    soort: str,
    door,
    sluit_op: datetime.date | None = None,
) -> Ronde:
    """Open a new round; a region has at most one open round at a time."""
    if not vragenlijst.actief:
        raise ValidationError(
            "Deze vragenlijst is niet meer actief. Kies een andere.", code="vragenlijst_inactief"
        )
    if soort not in Soort.values:
        raise ValidationError("Kies nulmeting of herhaalmeting.", code="ongeldige_soort")
    vandaag = timezone.localdate()
    if sluit_op is not None and sluit_op < vandaag:
        raise ValidationError(
            "De einddatum voor het invullen ligt in het verleden.", code="sluit_op_verleden"
        )
    Regio.objects.select_for_update().get(pk=regio.pk)
    if Ronde.objects.filter(regio=regio, gesloten_op=None).exists():
        raise ValidationError(
            "Er loopt al een open ronde. Sluit die eerst.", code="al_een_open_ronde"
        )
    return Ronde.objects.create(
        regio=regio,
        vragenlijst=vragenlijst,
        naam=naam.strip(),
        soort=soort,
        geopend_op=vandaag,
        sluit_op=sluit_op,
        aangemaakt_door=door,
    )


def _vereis_open(ronde: Ronde) -> None:
    if not ronde.is_open:
        raise ValidationError(
            "Deze ronde is gesloten; antwoorden kunnen niet meer worden gewijzigd.",
            code="ronde_gesloten",
        )


@transaction.atomic
def ronde_sluiten(*, ronde: Ronde) -> Ronde:
    """Close the round; its answers no longer change, so its figures are computed once, here,
    and its results are served from them."""
    ronde = Ronde.objects.select_for_update().get(pk=ronde.pk)
    _vereis_open(ronde)
    if not ronde.respondenten.exclude(ingediend_op=None).exists():
        raise ValidationError(
            "Nog niemand heeft de scan ingediend. Een ronde zonder antwoorden kan niet sluiten.",
            code="geen_antwoorden",
        )
    ronde.gesloten_op = timezone.now()
    ronde.save(update_fields=["gesloten_op"])
    RondeUitslag.objects.create(ronde=ronde, gegevens=selectors.uitslag_berekenen(ronde))
    return ronde


@transaction.atomic
def resultaten_gedeeld(*, ronde: Ronde, op: datetime.date, hoe: str = "") -> Ronde:
    """Record that the results were shared in the network (evidence for stap 0)."""
    ronde = Ronde.objects.select_for_update().get(pk=ronde.pk)
    if ronde.is_open:
        raise ValidationError(
            "Sluit de ronde eerst; daarna kunt u de resultaten delen.", code="ronde_nog_open"
        )
    if op > timezone.localdate():
        raise ValidationError("De datum ligt in de toekomst.", code="datum_toekomst")
    if op < timezone.localdate(ronde.gesloten_op):
        raise ValidationError(
            "De resultaten kunnen niet gedeeld zijn vóór de ronde sloot.", code="datum_voor_sluiten"
        )
    ronde.resultaten_gedeeld_op = op
    ronde.resultaten_gedeeld_hoe = hoe.strip()
    ronde.save(update_fields=["resultaten_gedeeld_op", "resultaten_gedeeld_hoe"])
    return ronde


# ---------------------------------------------------------------- invitations


def persoonlijke_link(respondent: Respondent) -> str:
    """The signed link to this respondent's own answers; only the newest one works."""
    token = signing.dumps(
        {"r": respondent.pk, "e": respondent.email, "v": respondent.link_versie}, salt=LINK_SALT
    )
    pad = reverse(
        "ontwikkelscan:link", kwargs={"slug": respondent.ronde.regio.slug, "token": token}
    )
    return settings.SITE_URL + pad


class OngeldigeLink(Exception):
    def __init__(self, melding: str, code: str):
        super().__init__(melding)
        self.melding = melding
        self.code = code


def respondent_uit_token(token: str, *, slug: str) -> Respondent:
    """The respondent behind a personal link; raises OngeldigeLink with a Dutch reason.

    A link works only while its round is open, and only the newest link sent to the
    respondent (a reminder sends a new one and the older stop working)."""
    try:
        data = signing.loads(token, salt=LINK_SALT, max_age=LINK_GELDIG_DAGEN * 24 * 60 * 60)
    except signing.SignatureExpired as exc:
        raise OngeldigeLink(
            "Deze link is verlopen. Vraag de coördinator om een nieuwe uitnodiging.", "verlopen"
        ) from exc
    except signing.BadSignature as exc:
        raise OngeldigeLink("Deze link is niet geldig.", "ongeldig") from exc
    respondent = (
        Respondent.objects.select_related("ronde__regio", "ronde__vragenlijst", "organisatie")
        .filter(pk=data.get("r"), email=data.get("e"), ronde__regio__slug=slug)
        .first()
    )
    if respondent is None:
        raise OngeldigeLink(
            "Deze uitnodiging is ingetrokken of hoort niet bij deze regio.", "ingetrokken"
        )
    if data.get("v") != respondent.link_versie:
        raise OngeldigeLink(
            "Er is u later een nieuwe link gestuurd. Gebruik de link uit de nieuwste e-mail.",
            "vervangen",
        )
    if not respondent.ronde.is_open:
        raise OngeldigeLink(
            "Deze ronde is gesloten; de link werkt niet meer. De coördinator deelt de resultaten.",
            "gesloten",
        )
    return respondent


def _mail_link(respondent: Respondent, *, herinnering: bool, door=None) -> None:
    ronde = respondent.ronde
    context = {
        "respondent": respondent,
        "ronde": ronde,
        "link": persoonlijke_link(respondent),
        "herinnering": herinnering,
        "door": door,
        "dagen": LINK_GELDIG_DAGEN,
    }
    onderwerp = "Herinnering" if herinnering else "Uitnodiging"
    send_mail(
        subject=f"{onderwerp}: Ontwikkelscan {ronde.regio.naam}",
        message=render_to_string("ontwikkelscan/email/uitnodiging.txt", context),
        from_email=None,
        recipient_list=[respondent.email],
    )


@dataclass(frozen=True)
class Genodigde:
    email: str
    naam: str = ""
    organisatie: Organisatie | None = None
    user: object = None


@dataclass
class Uitnodigingen:
    nieuw: list
    al_uitgenodigd: list


@transaction.atomic
def uitnodigen(*, ronde: Ronde, genodigden: list[Genodigde], door) -> Uitnodigingen:
    """Invite people to an open round; each gets an e-mail with a signed personal link.

    People already invited to this round are skipped (and reported), not invited twice.
    """
    _vereis_open(ronde)
    if not genodigden:
        raise ValidationError("Kies minstens één persoon om uit te nodigen.", code="niemand")
    for g in genodigden:
        if g.organisatie is not None and g.organisatie.regio_id != ronde.regio_id:
            raise ValidationError(
                "Deze organisatie hoort niet bij deze regio.", code="andere_regio"
            )
    bestaand = {e.lower() for e in ronde.respondenten.values_list("email", flat=True)}
    uitkomst = Uitnodigingen([], [])
    nu = timezone.now()
    gezien = set()
    for g in genodigden:
        email = g.email.strip().lower()
        if email in bestaand or email in gezien:
            uitkomst.al_uitgenodigd.append(email)
            continue
        gezien.add(email)
        respondent = Respondent.objects.create(
            ronde=ronde,
            email=email,
            naam=g.naam.strip(),
            organisatie=g.organisatie,
            user=g.user,
            uitgenodigd_op=nu,
        )
        uitkomst.nieuw.append(respondent)
    for respondent in uitkomst.nieuw:
        _mail_link(respondent, herinnering=False, door=door)
    return uitkomst


@transaction.atomic
def herinneren(*, ronde: Ronde, door=None) -> Verzonden:
    """Send a reminder, with a fresh personal link, to everyone who has not submitted yet.

    Once per click: the same reminder moments later sends nothing again. The fresh link
    replaces the older one; whoever answers with an account is reminded only while still
    a member of the region.
    """

    def versturen() -> int:
        _vereis_open(ronde)
        nog_open = list(
            ronde.respondenten.filter(ingediend_op=None).select_related("ronde__regio", "user")
        )
        if not nog_open:
            raise ValidationError(
                "Iedereen heeft de scan al ingediend; er is niemand om te herinneren.",
                code="niemand_te_herinneren",
            )
        nu = timezone.now()
        leden = {
            u.pk
            for u in huidige_leden(
                regio=ronde.regio, users=[r.user for r in nog_open if r.user_id is not None]
            )
        }
        nog_open = [r for r in nog_open if r.user_id is None or r.user_id in leden]
        for respondent in nog_open:
            respondent.herinnerd_op = nu
            respondent.link_versie += 1
            respondent.save(update_fields=["herinnerd_op", "link_versie"])
            _mail_link(respondent, herinnering=True, door=door)
        return len(nog_open)

    return eenmaal_versturen(
        actie="ontwikkelscan.herinneren", obj=ronde, door=door, versturen=versturen
    )


@transaction.atomic
def deelnemen(*, ronde: Ronde, lidmaatschap) -> Respondent:
    """A logged-in member takes part in an open round on their own initiative."""
    _vereis_open(ronde)
    user = lidmaatschap.user
    bestaand = ronde.respondenten.filter(email__iexact=user.email).first()
    if bestaand is not None:
        if bestaand.user_id is None:
            bestaand.user = user
            bestaand.save(update_fields=["user"])
        return bestaand
    try:
        with transaction.atomic():
            return Respondent.objects.create(
                ronde=ronde,
                email=user.email.lower(),
                naam=user.naam,
                organisatie=lidmaatschap.organisatie,
                user=user,
            )
    except IntegrityError:
        return ronde.respondenten.get(email__iexact=user.email)


@transaction.atomic
def uitnodiging_intrekken(*, respondent: Respondent) -> None:
    """Withdraw an invitation that was not used yet: the personal link stops working."""
    respondent = _vergrendel(respondent)
    if respondent.laatst_opgeslagen_op or respondent.antwoorden.exists():
        raise ValidationError(
            "Deze deelnemer heeft al antwoorden opgeslagen; de uitnodiging kan niet meer worden "
            "ingetrokken.",
            code="al_begonnen",
        )
    respondent.delete()


def account_koppelen(*, respondent: Respondent, user) -> Respondent:
    """Link an invitation by e-mail to the account of the member who logs in with that address."""
    if respondent.email.lower() != user.email.lower():
        raise ValidationError("Deze uitnodiging is voor iemand anders.", code="ander_account")
    if respondent.user_id is None:
        respondent.user = user
        respondent.save(update_fields=["user"])
    return respondent


# ---------------------------------------------------------------- answering


def _vergrendel(respondent: Respondent) -> Respondent:
    """Lock the respondent row and check its round is still open."""
    respondent = (
        Respondent.objects.select_for_update().select_related("ronde").get(pk=respondent.pk)
    )
    _vereis_open(Ronde.objects.get(pk=respondent.ronde_id))
    return respondent


@transaction.atomic
def antwoorden_opslaan(
    *, respondent: Respondent, thema: Thema, antwoorden: dict[int, tuple[object, str]]
) -> Respondent:
    """Save a respondent's answers on one theme (a draft: nothing is required yet).

    `antwoorden` maps an item id to (level, explanation); the level is an int, "weet niet"
    (None with weet_niet) is passed as the string "wn", and "" means not answered.
    """
    respondent = _vergrendel(respondent)
    if thema.vragenlijst_id != respondent.ronde.vragenlijst_id:
        raise ValidationError("Dit thema hoort niet bij deze vragenlijst.", code="ander_thema")
    items = {i.pk: i for i in Item.objects.filter(thema=thema)}
    geldig = schaal_waarden(thema.vragenlijst, items.values())
    bestaand = {
        a.item_id: a for a in Antwoord.objects.filter(respondent=respondent, item__in=items)
    }
    for item_id, (waarde, toelichting) in antwoorden.items():
        if item_id not in items:
            raise ValidationError("Onbekend item.", code="onbekend_item")
        toelichting = (toelichting or "").strip()
        huidig = bestaand.get(item_id)
        if waarde in ("", None):
            if huidig is not None:
                huidig.delete()
            continue
        weet_niet = waarde == "wn"
        niveau = None if weet_niet else int(waarde)
        if not weet_niet and niveau not in geldig[item_id]:
            raise ValidationError("Kies een niveau van de schaal.", code="ongeldig_niveau")
        if huidig is None:
            Antwoord.objects.create(
                respondent=respondent,
                item_id=item_id,
                waarde=niveau,
                weet_niet=weet_niet,
                toelichting=toelichting,
            )
        elif (huidig.waarde, huidig.weet_niet, huidig.toelichting) != (
            niveau,
            weet_niet,
            toelichting,
        ):
            huidig.waarde, huidig.weet_niet, huidig.toelichting = niveau, weet_niet, toelichting
            huidig.save(update_fields=["waarde", "weet_niet", "toelichting"])
    respondent.laatst_opgeslagen_op = timezone.now()
    respondent.save(update_fields=["laatst_opgeslagen_op"])
    return respondent


@transaction.atomic
def samenwerkingen_opslaan(*, respondent: Respondent, organisaties) -> Respondent:
    """The organisations the respondent already works with on casemanagement."""
    respondent = _vergrendel(respondent)
    gekozen = {o.pk: o for o in organisaties}
    if any(o.regio_id != respondent.ronde.regio_id for o in gekozen.values()):
        raise ValidationError("Kies organisaties uit deze regio.", code="andere_regio")
    huidig = {s.organisatie_id: s for s in respondent.samenwerkingen.all()}
    for org_id, samenwerking in huidig.items():
        if org_id not in gekozen:
            samenwerking.delete()
    for org_id, organisatie in gekozen.items():
        if org_id not in huidig:
            Samenwerking.objects.create(respondent=respondent, organisatie=organisatie)
    respondent.laatst_opgeslagen_op = timezone.now()
    respondent.save(update_fields=["laatst_opgeslagen_op"])
    return respondent


def ontbrekende_items(respondent: Respondent) -> list[Item]:
    """Items of the questionnaire the respondent has not answered (weet niet counts as answered)."""
    beantwoord = Antwoord.objects.filter(respondent=respondent).values("item_id")
    return list(
        Item.objects.filter(thema__vragenlijst_id=respondent.ronde.vragenlijst_id)
        .exclude(pk__in=beantwoord)
        .select_related("thema")
    )


@transaction.atomic
def indienen(*, respondent: Respondent) -> Respondent:
    """Submit the answers; every item needs a level or "weet niet / n.v.t.". Changes stay possible
    until the round closes."""
    respondent = _vergrendel(respondent)
    ontbreekt = ontbrekende_items(respondent)
    if ontbreekt:
        themas = sorted({i.thema.naam for i in ontbreekt})
        raise ValidationError(
            f"Nog {len(ontbreekt)} stelling(en) zonder antwoord, bij: {', '.join(themas)}. "
            "Kies een niveau of 'weet niet / n.v.t.'.",
            code="onvolledig",
        )
    nu = timezone.now()
    respondent.ingediend_op = respondent.ingediend_op or nu
    respondent.laatst_opgeslagen_op = nu
    respondent.save(update_fields=["ingediend_op", "laatst_opgeslagen_op"])
    return respondent


# ---------------------------------------------------------------- consensus


@transaction.atomic
def consensus_opslaan(
    *, ronde: Ronde, scores: dict[int, tuple[int | None, str]], door
) -> list[Consensusscore]:
    """Record per theme the score the team agreed on and why; an empty score removes it."""
    themas = {t.pk: t for t in Thema.objects.filter(vragenlijst_id=ronde.vragenlijst_id)}
    geldig = schaal_waarden(ronde.vragenlijst, [])[None]
    bestaand = {c.thema_id: c for c in Consensusscore.objects.filter(ronde=ronde)}
    fouten = []
    for thema_id, (score, toelichting) in scores.items():
        if thema_id not in themas:
            raise ValidationError("Onbekend thema.", code="onbekend_thema")
        toelichting = (toelichting or "").strip()
        if score is not None and score not in geldig:
            fouten.append(
                ValidationError(
                    f"{themas[thema_id].naam}: kies een score van de schaal.",
                    code="ongeldige_score",
                )
            )
        elif score is not None and not toelichting:
            fouten.append(
                ValidationError(
                    f"{themas[thema_id].naam}: schrijf kort waarom het team deze score koos.",
                    code="toelichting_nodig",
                )
            )
    if fouten:
        raise ValidationError(fouten)
    uitkomst = []
    for thema_id, (score, toelichting) in scores.items():
        huidig = bestaand.get(thema_id)
        toelichting = (toelichting or "").strip()
        if score is None:
            if huidig is not None:
                huidig.delete()
            continue
        if huidig is None:
            huidig = Consensusscore.objects.create(
                ronde=ronde,
                thema_id=thema_id,
                score=score,
                toelichting=toelichting,
                vastgesteld_door=door,
            )
        elif (huidig.score, huidig.toelichting) != (score, toelichting):
            huidig.score, huidig.toelichting, huidig.vastgesteld_door = score, toelichting, door
            huidig.save()
        uitkomst.append(huidig)
    return uitkomst


# ---------------------------------------------------------------- templates


@transaction.atomic
def vragenlijst_nieuwe_versie(*, vragenlijst: Vragenlijst) -> Vragenlijst:
    """Copy a questionnaire to its next version (same codes), to edit without touching past rounds.

    The copy is a draft: no new round can use it until `vragenlijst_activeren`.
    """
    hoogste = Vragenlijst.objects.filter(code=vragenlijst.code).order_by("-versie").first().versie
    nieuw = Vragenlijst.objects.create(
        code=vragenlijst.code,
        versie=hoogste + 1,
        naam=vragenlijst.naam,
        beschrijving=vragenlijst.beschrijving,
        samenwerkingsvraag=vragenlijst.samenwerkingsvraag,
        programma=vragenlijst.programma,
        actief=False,
    )
    item_kopie = {}
    for thema in vragenlijst.themas.prefetch_related("items"):
        nieuw_thema = Thema.objects.create(
            vragenlijst=nieuw,
            code=thema.code,
            naam=thema.naam,
            korte_naam=thema.korte_naam,
            beschrijving=thema.beschrijving,
            volgorde=thema.volgorde,
        )
        for item in thema.items.all():
            item_kopie[item.pk] = Item.objects.create(
                thema=nieuw_thema,
                code=item.code,
                tekst=item.tekst,
                toelichting=item.toelichting,
                volgorde=item.volgorde,
            )
    for niveau in vragenlijst.niveaus.all():
        Niveau.objects.create(
            vragenlijst=nieuw,
            item=item_kopie.get(niveau.item_id),
            waarde=niveau.waarde,
            naam=niveau.naam,
            omschrijving=niveau.omschrijving,
        )
    return nieuw


@transaction.atomic
def vragenlijst_activeren(*, vragenlijst: Vragenlijst) -> Vragenlijst:
    """Make this version the one new rounds use; the other versions of its code stop being
    offered (rounds that used them keep them)."""
    for andere in Vragenlijst.objects.filter(code=vragenlijst.code, actief=True).exclude(
        pk=vragenlijst.pk
    ):
        andere.actief = False
        andere.save(update_fields=["actief"])
    if not vragenlijst.actief:
        vragenlijst.actief = True
        vragenlijst.save(update_fields=["actief"])
    return vragenlijst
