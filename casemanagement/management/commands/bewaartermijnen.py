from django.core.management.base import BaseCommand

from casemanagement.bewaren import bewaartermijnen_toepassen


class Command(BaseCommand):
    help = "Verwijder of anonimiseer persoonsgegevens na hun bewaartermijn (zie README)."

    def handle(self, *args, **options):
        uitkomst = bewaartermijnen_toepassen()
        self.stdout.write(
            f"Uitnodigingen verwijderd: {uitkomst.uitnodigingen}; "
            f"respondenten zonder account geanonimiseerd: {uitkomst.respondenten}; "
            f"inlogpogingen verwijderd: {uitkomst.inlogpogingen}; "
            f"regels uit het inloglog verwijderd: {uitkomst.inloglog}; "
            f"verlopen sessies verwijderd: {uitkomst.sessies}."
        )
