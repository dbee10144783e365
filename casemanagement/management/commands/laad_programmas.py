from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from casemanagement.programmas import MAP, Programmafout, bestanden, lees, programma_laden


class Command(BaseCommand):
    help = (
        "Installeert programma's uit hun programmabestand (standaard: elk bestand in "
        "programmas/). Twee keer laden verandert niets; een gewijzigd plan of een gewijzigde "
        "vragenlijst wordt een nieuwe versie als concept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "bestanden", nargs="*", type=Path, help=f"programmabestanden (standaard: {MAP}/*.yaml)"
        )

    def handle(self, *args, **options):
        paden = options["bestanden"] or bestanden()
        if not paden:
            raise CommandError(f"Geen programmabestanden gevonden in {MAP}.")
        for pad in paden:
            try:
                verslag = programma_laden(gegevens=lees(pad))
            except Programmafout as exc:
                raise CommandError(f"{pad}: {' '.join(exc.messages)}") from exc
            if not verslag.veranderd:
                self.stdout.write(f"{verslag.programma}: al geladen, niets veranderd.")
                continue
            self.stdout.write(self.style.SUCCESS(f"{verslag.programma}:"))
            for regel in verslag.regels:
                self.stdout.write(f"  {regel}")
