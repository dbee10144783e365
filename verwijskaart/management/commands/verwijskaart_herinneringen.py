from datetime import date

from django.core.management.base import BaseCommand, CommandError

from casemanagement.tekst import aantal
from verwijskaart.services import herinneringen_versturen


class Command(BaseCommand):
    help = (
        "Mailt eigenaren van vermeldingen die aan controle toe zijn, en de coördinator als de "
        "verwijskaart aan haar herziening toe is. Eén keer per dag draaien (cron); ieder krijgt "
        "hoogstens één herinnering per week, en nogmaals draaien op dezelfde dag verstuurt niets."
    )

    def add_arguments(self, parser):
        parser.add_argument("--datum", help="Doen alsof het deze dag is (JJJJ-MM-DD).")

    def handle(self, *args, datum=None, **options):
        try:
            dag = date.fromisoformat(datum) if datum else None
        except ValueError as exc:
            raise CommandError("Geef de datum als JJJJ-MM-DD.") from exc
        herinneringen = herinneringen_versturen(vandaag=dag)
        for h in herinneringen:
            self.stdout.write(f"{h.get_soort_display()}: {h.user.email} ({h.regio})")
        self.stdout.write(
            self.style.SUCCESS(
                f"{aantal(len(herinneringen), 'herinnering', 'herinneringen')} verstuurd."
            )
        )
