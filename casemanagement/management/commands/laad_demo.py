from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from casemanagement.demo import ACCOUNTS, WACHTWOORD, Demo

EIGEN_APPS = ["casemanagement", "stappenplan", "ontwikkelscan", "verwijskaart"]


class Command(BaseCommand):
    help = (
        "Laadt de demo: Regio Voorbeeld, Regio Elders en de demo-accounts (alleen met DEBUG aan)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "De demo wordt alleen geladen met DEBUG=true: demo-accounts horen niet in productie."
            )
        demo = Demo()
        with transaction.atomic():
            for label in EIGEN_APPS:
                if not apps.is_installed(label):
                    continue
                try:
                    module = import_module(f"{label}.demo")
                except ModuleNotFoundError as exc:
                    if exc.name != f"{label}.demo":
                        raise
                    continue
                module.bouw(demo)
            for stap in demo.tot_slot:
                stap(demo)
        for regel in demo.log:
            self.stdout.write(regel)
        self.stdout.write(self.style.SUCCESS("Demo geladen. Inloggen met wachtwoord 'demo':"))
        for email, _naam, slug, rol, _org in ACCOUNTS:
            wat = f"{rol.label.lower()} van {demo.regios[slug].naam}" if slug else "beheerder"
            self.stdout.write(f"  {email:<28} {wat}")
        self.stdout.write(f"  (wachtwoord voor alle accounts: {WACHTWOORD})")
