"""The results of a round as CSV (semicolon, decimal comma: opens directly in Dutch Excel) and XLSX.

Aggregates only, as on the results page: individual answers are never exported.
"""

from django.utils.text import slugify

from casemanagement.export import DECIMAAL, GETAL, Blad, Kolom

KOLOMMEN = [
    Kolom("Thema", breedte=28),
    Kolom("Code", breedte=8),
    Kolom("Stelling", breedte=70),
    Kolom("Aantal antwoorden", GETAL),
    Kolom("Weet niet / n.v.t.", GETAL),
    Kolom("Mediaan", DECIMAAL),
    Kolom("Gemiddelde", DECIMAAL),
    Kolom("Standaardafwijking", DECIMAAL),
    Kolom("Q1", DECIMAAL),
    Kolom("Q3", DECIMAAL),
    Kolom("Interkwartielafstand", DECIMAAL),
    Kolom("Overeenstemming", breedte=18),
]


def bestandsnaam(ronde) -> str:
    return slugify(f"ontwikkelscan-{ronde.regio.slug}-{ronde.naam}")


def _getal(waarde):
    return None if waarde is None else round(waarde, 2)


def _rij(thema_naam, code, tekst, c):
    return [
        thema_naam,
        code,
        tekst,
        c.aantal,
        c.weet_niet,
        _getal(c.mediaan),
        _getal(c.gemiddelde),
        _getal(c.standaardafwijking),
        _getal(c.q1),
        _getal(c.q3),
        _getal(c.iqr),
        c.consensus_label,
    ]


def rijen(resultaten) -> list[list]:
    """Per theme a line (code "thema", over the respondents' theme scores), then its items."""
    uitkomst = []
    for regel in resultaten.themas:
        uitkomst.append(_rij(regel.thema.naam, "thema", regel.thema.naam, regel.cijfers))
        for item in regel.items:
            uitkomst.append(_rij(regel.thema.naam, item.item.code, item.item.tekst, item.cijfers))
    return uitkomst


def items_blad(resultaten) -> Blad:
    return Blad("Items", KOLOMMEN, rijen(resultaten))


def _uitsplitsing(resultaten) -> list[list]:
    uitkomst = []
    for soort, lijst in (
        ("Soort organisatie", resultaten.per_type),
        ("Domein", resultaten.per_domein),
    ):
        for groep in lijst:
            uitkomst.append(
                [
                    soort,
                    groep["naam"],
                    groep["respondenten"],
                    *[_getal(c.gemiddelde) for c in groep["per_thema"]],
                ]
            )
    return uitkomst


def bladen(resultaten) -> list[Blad]:
    """Items, the breakdown by organisation type and domain, the network, and how to read it."""
    ronde = resultaten.ronde
    themas = [r.thema.naam for r in resultaten.themas]
    return [
        items_blad(resultaten),
        Blad(
            "Uitsplitsing",
            [
                Kolom("Indeling", breedte=18),
                Kolom("Groep", breedte=34),
                Kolom("Respondenten", GETAL),
                *[Kolom(naam, DECIMAAL, breedte=18) for naam in themas],
            ],
            _uitsplitsing(resultaten),
        ),
        Blad(
            "Netwerk",
            [
                Kolom("Organisatie", breedte=34),
                Kolom("Organisatie", breedte=34),
                Kolom("Aantal keer genoemd", GETAL),
            ],
            [[v.a.naam, v.b.naam, v.aantal] for v in resultaten.verbindingen],
        ),
        Blad(
            "Toelichting",
            [Kolom("Onderdeel", breedte=40), Kolom("Waarde", breedte=70)],
            [
                ["Ronde", ronde.naam],
                ["Regio", ronde.regio.naam],
                ["Ingediende antwoorden van", resultaten.aantal_respondenten],
                ["Totaalscore (gemiddelde van de thema's)", _getal(resultaten.totaal)],
                [
                    "Spreiding",
                    "Standaardafwijking (populatie) en interkwartielafstand; "
                    "'weet niet / n.v.t.' telt niet mee.",
                ],
            ],
        ),
    ]
