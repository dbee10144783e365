"""Loads the scan questionnaires of a programme file (section `vragenlijsten`).

Like the plans: a questionnaire equal to a stored version of its code is left alone; otherwise
the file becomes the next version, active only when it is the first. Rounds keep the version they
were started with.
"""

from casemanagement.programmas import Programmafout, registreer_onderdeel, volgende_versie


def _tekst(waarde) -> str:
    return waarde.strip() if isinstance(waarde, str) else ""


def inhoud_uit_bestand(item: dict) -> tuple:
    code = item.get("code")
    if not code or not item.get("naam"):
        raise Programmafout("vragenlijst: 'code' en 'naam' zijn verplicht.", code="veld_ontbreekt")
    niveaus = []
    for n in item.get("niveaus") or []:
        if n.get("waarde") is None or not n.get("naam"):
            raise Programmafout(f"vragenlijst {code}: elk niveau heeft een 'waarde' en een 'naam'.")
        niveaus.append((int(n["waarde"]), n["naam"].strip(), _tekst(n.get("omschrijving"))))
    themas = []
    for volgorde, thema in enumerate(item.get("themas") or [], start=1):
        if not thema.get("code") or not thema.get("naam"):
            raise Programmafout(f"vragenlijst {code}: elk thema heeft een 'code' en een 'naam'.")
        items = []
        for i_volgorde, vraag in enumerate(thema.get("items") or [], start=1):
            if not vraag.get("code") or not vraag.get("tekst"):
                raise Programmafout(
                    f"vragenlijst {code}, thema {thema['code']}: elk item heeft een 'code' en "
                    "een 'tekst'."
                )
            items.append(
                (
                    i_volgorde,
                    vraag["code"],
                    vraag["tekst"].strip(),
                    _tekst(vraag.get("toelichting")),
                )
            )
        themas.append(
            (volgorde, thema["code"], thema["naam"].strip(),
             _tekst(thema.get("korte_naam")) or thema["naam"].strip()[:40],
             _tekst(thema.get("beschrijving")), tuple(items))
        )  # fmt: skip
    return (
        item["naam"].strip(),
        _tekst(item.get("beschrijving")),
        _tekst(item.get("samenwerkingsvraag")),
        tuple(sorted(niveaus)),
        tuple(themas),
    )


def inhoud_uit_database(vragenlijst) -> tuple:
    niveaus = sorted(
        (n.waarde, n.naam, n.omschrijving) for n in vragenlijst.niveaus.all() if n.item_id is None
    )
    themas = []
    for thema in sorted(vragenlijst.themas.all(), key=lambda t: t.volgorde):
        items = tuple(
            (i.volgorde, i.code, i.tekst, i.toelichting)
            for i in sorted(thema.items.all(), key=lambda i: i.volgorde)
        )
        themas.append(
            (thema.volgorde, thema.code, thema.naam, thema.korte_naam, thema.beschrijving, items)
        )
    return (
        vragenlijst.naam,
        vragenlijst.beschrijving,
        vragenlijst.samenwerkingsvraag,
        tuple(niveaus),
        tuple(themas),
    )


@registreer_onderdeel("vragenlijsten", volgorde=20)
def vragenlijsten_laden(*, programma, items, verslag) -> None:
    from .models import Item, Niveau, Thema, Vragenlijst

    for item in items:
        inhoud = inhoud_uit_bestand(item)
        code = item["code"]
        versies = list(
            Vragenlijst.objects.filter(code=code).prefetch_related("niveaus", "themas__items")
        )
        versie = volgende_versie(versies, inhoud, inhoud_uit_database)
        if versie is None:
            continue
        naam, beschrijving, samenwerkingsvraag, niveaus, themas = inhoud
        vragenlijst = Vragenlijst.objects.create(
            programma=programma,
            code=code,
            versie=versie,
            naam=naam,
            beschrijving=beschrijving,
            samenwerkingsvraag=samenwerkingsvraag,
            actief=versie == 1,
        )
        Niveau.objects.bulk_create(
            Niveau(vragenlijst=vragenlijst, waarde=w, naam=n, omschrijving=o) for w, n, o in niveaus
        )
        for volgorde, t_code, t_naam, kort, t_beschrijving, vragen in themas:
            thema = Thema.objects.create(
                vragenlijst=vragenlijst, code=t_code, naam=t_naam, korte_naam=kort,
                beschrijving=t_beschrijving, volgorde=volgorde,
            )  # fmt: skip
            Item.objects.bulk_create(
                Item(thema=thema, code=i_code, tekst=tekst, toelichting=toelichting, volgorde=i_v)
                for i_v, i_code, tekst, toelichting in vragen
            )
        status = "actief" if vragenlijst.actief else "concept: activeer deze versie in het beheer"
        verslag.meld(f"Vragenlijst {code} versie {vragenlijst.versie} toegevoegd ({status})")
