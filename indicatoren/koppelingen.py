"""What the indicators add to the region's menu."""

from casemanagement.regio_overzicht import registreer_menu


def registreer() -> None:
    registreer_menu("Indicatoren", "indicatoren:index", 38)
