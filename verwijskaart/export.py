"""The draft verwijskaart as a spreadsheet: every entry with its contact details and upkeep."""

from casemanagement.export import DATUM, GETAL, Blad, Kolom

KOLOMMEN = [
    Kolom("Fase", breedte=26),
    Kolom("Hulpvraag", breedte=26),
    Kolom("Verwijzen naar", breedte=36),
    Kolom("Waarvoor en voor wie", breedte=50),
    Kolom("Wie komt in aanmerking", breedte=36),
    Kolom("Wie niet", breedte=36),
    Kolom("Hoe verwijzen", breedte=20),
    Kolom("Toelichting", breedte=36),
    Kolom("Reactietermijn", breedte=18),
    Kolom("Contactpersoon of loket", breedte=26),
    Kolom("Telefoon", breedte=16),
    Kolom("E-mailadres", breedte=30),
    Kolom("Website", breedte=30),
    Kolom("Eigenaar", breedte=24),
    Kolom("Laatst geverifieerd op", DATUM),
    Kolom("Controleren om de zoveel maanden", GETAL),
]


def concept_blad(verwijzingen) -> Blad:
    return Blad(
        "Verwijskaart",
        KOLOMMEN,
        [
            [
                v.fase.naam,
                v.behoefte,
                v.naam,
                v.waarvoor,
                v.inclusiecriteria,
                v.exclusiecriteria,
                v.get_wijze_display(),
                v.wijze_toelichting,
                v.reactietermijn,
                v.contact_naam,
                v.telefoon,
                v.email,
                v.website,
                v.eigenaar.get_full_name() if v.eigenaar else "",
                v.geverifieerd_op,
                v.controle_interval_maanden,
            ]
            for v in verwijzingen
        ],
    )
