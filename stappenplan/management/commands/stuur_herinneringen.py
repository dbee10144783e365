from django.core.management.base import BaseCommand

from stappenplan.services.traject import herinneringen_versturen


class Command(BaseCommand):
    help = (
        "Mailt elke eigenaar één overzicht van open activiteiten die binnenkort of te laat zijn. "
        "Bedoeld voor cron (bijvoorbeeld elke werkdag om 7.00 uur); een activiteit wordt "
        "nooit twee keer op dezelfde dag aan dezelfde persoon gemeld."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dagen",
            type=int,
            default=7,
            help="Meld activiteiten met een deadline binnen zoveel dagen (standaard 7).",
        )

    def handle(self, *args, dagen, **options):
        aantal = herinneringen_versturen(dagen_vooruit=dagen)
        self.stdout.write(f"{aantal} herinnering{'en' if aantal != 1 else ''} verstuurd.")
