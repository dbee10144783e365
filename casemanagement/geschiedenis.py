"""The history of every object, for the people of its region: who, when, what changed.

Apps register each kind of object once (`registreer`): its model, how to find its region,
who may see its history, and which parts belong to it (a step's activities). One view and
one template then serve them all, reading django-simple-history and its `diff_against`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.auth import get_user_model
from django.db import models
from django.utils import formats, timezone

from .permissions import Toegang


def alleen_coordinator(toegang: Toegang, obj) -> bool:
    return toegang.kan_geschiedenis_zien


@dataclass(frozen=True)
class Soort:
    sleutel: str  # in the URL: /regio/<slug>/geschiedenis/<sleutel>/<pk>/
    model: type[models.Model]
    regio_pad: str  # lookup from the object to its region, e.g. "kaart__regio"
    mag_zien: Callable[[Toegang, object], bool] = alleen_coordinator
    # parts whose history belongs to the object's: obj -> [(model, filter on its history)]
    onderdelen: Callable[[object], list[tuple[type[models.Model], dict]]] | None = None
    terug: Callable[[object], str] | None = None  # the object's own page
    herstelbaar: bool = True  # a deleted one can be put back from the region's history

    @property
    def naam(self) -> str:
        return self.model._meta.verbose_name


_soorten: dict[str, Soort] = {}


def registreer(soort: Soort) -> Soort:
    """Register a kind of object; a key or model registered twice is an error."""
    if soort.sleutel in _soorten and _soorten[soort.sleutel] != soort:
        raise ValueError(f"Geschiedenis: de sleutel {soort.sleutel!r} is al geregistreerd.")
    if any(s.model is soort.model and s.sleutel != soort.sleutel for s in _soorten.values()):
        raise ValueError(f"Geschiedenis: {soort.model.__name__} is al geregistreerd.")
    _soorten[soort.sleutel] = soort
    return soort


def soort(sleutel: str) -> Soort | None:
    return _soorten.get(sleutel)


def soorten() -> list[Soort]:
    return list(_soorten.values())


def soort_van(model) -> Soort | None:
    return next((s for s in _soorten.values() if s.model is model), None)


# What changed, in words


@dataclass
class Verandering:
    veld: str  # the field's Dutch label
    oud: str
    nieuw: str


@dataclass
class Regel:
    wanneer: datetime
    wie: str
    wat: str  # "aangemaakt", "gewijzigd", "verwijderd"
    onderwerp: str  # what it concerns ("Activiteit “…”")
    veranderingen: list[Verandering] = field(default_factory=list)
    reden: str = ""


ACTIES = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}
VERBORGEN = {"id", "created_at", "updated_at", "pdf", "pdf_sha256", "vermeldingen"}


def _toon(veld: models.Field, waarde, namen: dict) -> str:
    """A stored value as the page shows it: choice labels, names, Dutch dates, ja/nee."""
    if waarde in (None, ""):
        return "leeg"
    if veld.choices:
        return str(dict(veld.flatchoices).get(waarde, waarde))
    if hasattr(veld, "weergave"):
        return veld.weergave(waarde)
    if isinstance(veld, models.BooleanField):
        return "ja" if waarde else "nee"
    if veld.is_relation and veld.many_to_one:
        return namen.get((veld.related_model, waarde), "(verwijderd)")
    if isinstance(waarde, datetime):
        return formats.date_format(timezone.localtime(waarde), "j F Y, H:i")
    if isinstance(waarde, date):
        return formats.date_format(waarde, "j F Y")
    tekst = str(waarde)
    return tekst if len(tekst) <= 200 else tekst[:197] + "…"


def _velden(model) -> dict[str, models.Field]:
    return {
        f.attname: f
        for f in model._meta.concrete_fields
        if f.name not in VERBORGEN and not f.name.startswith("history_")
    }


def _records(model, filters: dict) -> list:
    return list(
        model.history.filter(**filters)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )


def _namen(records_per_model) -> dict:
    """Display names of every object a foreign key in the records points to, per model."""
    nodig: dict = {}
    for model, records in records_per_model:
        for veld in _velden(model).values():
            if veld.is_relation and veld.many_to_one:
                ids = {getattr(r, veld.attname) for r in records} - {None}
                nodig.setdefault(veld.related_model, set()).update(ids)
    namen = {}
    for doel, ids in nodig.items():
        if ids:
            beheer = doel._base_manager if doel is not get_user_model() else doel.objects
            for obj in beheer.filter(pk__in=ids):
                naam = obj.get_full_name() if hasattr(obj, "get_full_name") else str(obj)
                namen[(doel, obj.pk)] = naam
    return namen


def _regels(model, records, namen) -> list[Regel]:
    velden = _velden(model)
    uit = []
    vorige_per_id: dict = {}
    for record in records:
        vorige = vorige_per_id.get(record.id)
        veranderingen = []
        if vorige is not None and record.history_type == "~":
            delta = record.diff_against(
                vorige,
                excluded_fields=[
                    f.name for f in model._meta.concrete_fields if f.attname not in velden
                ],
            )
            for change in delta.changes:
                veld = model._meta.get_field(change.field)
                if veld.attname not in velden:
                    continue
                veranderingen.append(
                    Verandering(
                        veld=str(veld.verbose_name),
                        oud=_toon(veld, _ruw(veld, vorige), namen),
                        nieuw=_toon(veld, _ruw(veld, record), namen),
                    )
                )
            if not veranderingen and not record.history_change_reason:
                vorige_per_id[record.id] = record
                continue
        wie = record.history_user.get_full_name() if record.history_user else "het systeem"
        uit.append(
            Regel(
                wanneer=record.history_date,
                wie=wie,
                wat=ACTIES.get(record.history_type, "gewijzigd"),
                onderwerp=f"{str(model._meta.verbose_name).capitalize()} “{record.instance}”",
                veranderingen=veranderingen,
                reden=record.history_change_reason or "",
            )
        )
        vorige_per_id[record.id] = record
    return uit


def _ruw(veld, record):
    return getattr(record, veld.attname)


def wijzigingen(soort: Soort, obj) -> list[Regel]:
    """Who changed what in the object and its parts, newest first."""
    bronnen = [(soort.model, {"id": obj.pk})]
    if soort.onderdelen:
        bronnen += soort.onderdelen(obj)
    per_model = [(model, _records(model, filters)) for model, filters in bronnen]
    namen = _namen(per_model)
    regels = [r for model, records in per_model for r in _regels(model, records, namen)]
    return sorted(regels, key=lambda r: r.wanneer, reverse=True)


# Deleted objects of a region, and putting one back


@dataclass
class Verwijderd:
    soort: Soort
    record: object
    wanneer: datetime
    wie: str
    omschrijving: str


def verwijderd_in(regio, toegang) -> list[Verwijderd]:
    """The region's deleted objects of every registered kind that can be put back."""
    uit = []
    for s in soorten():
        if not s.herstelbaar:
            continue
        records = (
            s.model.history.filter(history_type="-")
            .select_related("history_user")
            .order_by("-history_date")
        )
        for record in records:
            if s.model._default_manager.filter(pk=record.id).exists():
                continue  # put back since
            if not _in_regio(s, record, regio):
                continue
            wie = record.history_user.get_full_name() if record.history_user else "het systeem"
            uit.append(
                Verwijderd(
                    soort=s,
                    record=record,
                    wanneer=record.history_date,
                    wie=wie,
                    omschrijving=f"{str(s.naam).capitalize()} “{record.instance}”",
                )
            )
    return sorted(uit, key=lambda v: v.wanneer, reverse=True)


def _in_regio(soort: Soort, record, regio) -> bool:
    """Whether a deleted object's region is `regio`, following the path from its last state."""
    eerste, _, rest = soort.regio_pad.partition("__")
    if eerste == "regio" and not rest:
        return record.regio_id == regio.pk
    veld = soort.model._meta.get_field(eerste)
    doel_id = getattr(record, veld.attname)
    if doel_id is None:
        return False
    pad = rest or None
    doel = veld.related_model._base_manager.filter(pk=doel_id)
    if pad:
        return doel.filter(**{pad: regio}).exists()
    return doel.filter(pk=regio.pk).exists()


def terugzetten(*, soort: Soort, record, regio) -> object:
    """Put a deleted object back as it was just before it was deleted.

    Refused, with a Dutch reason, when it is back already, belongs to another region, or
    what it referred to is gone or taken.
    """
    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    if record.history_type != "-" or not _in_regio(soort, record, regio):
        raise ValidationError("Dit is niet terug te zetten.", code="niet_terug_te_zetten")
    if soort.model._default_manager.filter(pk=record.id).exists():
        raise ValidationError("Dit is al teruggezet.", code="al_teruggezet")
    obj = record.instance
    try:
        with transaction.atomic():
            obj.full_clean(validate_unique=True)
            obj.save(force_insert=True)
            _koppelingen_terugzetten(soort, record, obj)
    except (IntegrityError, ValidationError) as exc:
        raise ValidationError(
            f"{str(soort.naam).capitalize()} “{obj}” kan niet worden teruggezet: wat het "
            "gebruikte bestaat niet meer, of er is inmiddels een gelijke.",
            code="terugzetten_kan_niet",
        ) from exc
    return obj


def _koppelingen_terugzetten(soort: Soort, record, obj) -> None:
    """Many-to-many links kept in the history (a decision's participants) come back too,
    as they were in the last state before the delete, as far as their targets still exist."""
    from simple_history.utils import get_m2m_reverse_field_name

    velden = getattr(record, "_history_m2m_fields", [])
    if not velden:
        return
    laatste = (
        soort.model.history.filter(id=record.id, history_date__lte=record.history_date)
        .exclude(history_type="-")
        .order_by("-history_date", "-history_id")
        .first()
    )
    if laatste is None:
        return
    for veld in velden:
        doel = get_m2m_reverse_field_name(veld)
        ids = [getattr(rij, f"{doel}_id") for rij in getattr(laatste, veld.name).all()]
        getattr(obj, veld.name).set(veld.related_model._default_manager.filter(pk__in=ids))
