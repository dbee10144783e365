"""The plan's tables as spreadsheets, each built by the core export helper."""

from casemanagement.export import DATUM, Blad, Kolom

KNELPUNTEN = [
    Kolom("Knelpunt", breedte=34),
    Kolom("Huidige situatie", breedte=50),
    Kolom("Gewenste situatie", breedte=50),
    Kolom("Voor cliënten en naasten", breedte=50),
    Kolom("Bron", breedte=22),
    Kolom("Toelichting bron", breedte=30),
    Kolom("Fase of overgang", breedte=26),
    Kolom("Betrokken organisaties", breedte=40),
    Kolom("Niet in het implementatieteam", breedte=30),
    Kolom("Hoe zij betrokken zijn", breedte=40),
    Kolom("Prioriteit", breedte=11),
    Kolom("Status", breedte=14),
]


def knelpunten_blad(rijen) -> Blad:
    """The knelpunten table as filtered on the page (`rijen` from the table selector)."""
    return Blad(
        "Knelpunten",
        KNELPUNTEN,
        [
            [
                r.knelpunt.titel,
                r.knelpunt.huidige_situatie,
                r.knelpunt.gewenste_situatie,
                r.knelpunt.clientperspectief,
                r.knelpunt.get_bron_display(),
                r.knelpunt.bron_omschrijving,
                str(r.knelpunt.plek) if r.knelpunt.plek else "",
                ", ".join(o.naam for o, _ in r.organisaties),
                ", ".join(o.naam for o in r.buiten_team),
                r.knelpunt.betrokkenheid,
                r.knelpunt.get_prioriteit_display(),
                r.knelpunt.get_status_display(),
            ]
            for r in rijen
        ],
    )


DOELEN = [
    Kolom("Verbeterpunt", breedte=34),
    Kolom("Knelpunt", breedte=30),
    Kolom("Wat verbetert voor patiënten en naasten", breedte=45),
    Kolom("Specifiek", breedte=40),
    Kolom("Indicator", breedte=30),
    Kolom("Nulmeting", breedte=16),
    Kolom("Streefwaarde", breedte=16),
    Kolom("Acceptabel", breedte=30),
    Kolom("Realistisch", breedte=30),
    Kolom("Deadline", DATUM),
    Kolom("Inspirerend", breedte=30),
    Kolom("Aanpak", breedte=40),
    Kolom("Wanneer succesvol", breedte=40),
    Kolom("Verantwoordelijk", breedte=24),
    Kolom("Evaluatiemoment", DATUM),
    Kolom("Status", breedte=14),
]


def doelen_blad(doelen) -> Blad:
    return Blad(
        "Doelen",
        DOELEN,
        [
            [
                d.titel,
                d.knelpunt.titel if d.knelpunt_id else "",
                d.wat_verbetert,
                d.specifiek,
                d.indicator,
                d.nulmeting,
                d.streefwaarde,
                d.acceptabel,
                d.realistisch,
                d.deadline,
                d.inspirerend,
                d.aanpak,
                d.succes,
                d.verantwoordelijke.get_full_name()
                if d.verantwoordelijke_id
                else d.verantwoordelijke_groep,
                d.evaluatie_op,
                d.get_status_display(),
            ]
            for d in doelen
        ],
    )


BESLUITEN = [
    Kolom("Datum", DATUM),
    Kolom("Onderwerp", breedte=34),
    Kolom("Besluit", breedte=60),
    Kolom("Stap", breedte=26),
    Kolom("Stelt de uitkomst van de stap vast"),
    Kolom("Deelnemers", breedte=45),
    Kolom("Vastgelegd door", breedte=24),
]


def besluiten_blad(besluiten) -> Blad:
    return Blad(
        "Besluiten",
        BESLUITEN,
        [
            [
                b.datum,
                b.onderwerp,
                b.tekst,
                str(b.stap) if b.stap_id else "",
                b.stelt_vast,
                ", ".join(
                    [u.get_full_name() for u in b.deelnemers.all()]
                    + ([b.andere_deelnemers] if b.andere_deelnemers else [])
                ),
                b.vastgelegd_door.get_full_name() if b.vastgelegd_door_id else "",
            ]
            for b in besluiten
        ],
    )
