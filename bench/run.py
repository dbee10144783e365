"""Benchmark: response times and query counts of the main pages as data grows.

    make bench                       # SQLite in a temporary file
    DATABASE_URL=postgres://... make bench

Loads the demo (Regio Voorbeeld, as a coordinator sees it), builds REGIOS more regions with
ORGANISATIES organisations and LEDEN members each, then requests each page HERHALING times and
prints the median time and the number of queries. Numbers are for comparison between runs on one machine, not absolute.
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("SECRET_KEY", "bench")
os.environ.setdefault("DEBUG", "true")  # the demo region is part of the data
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casemanagement.settings")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")

REGIOS = int(os.environ.get("BENCH_REGIOS", 25))
ORGANISATIES = int(os.environ.get("BENCH_ORGANISATIES", 60))
LEDEN = int(os.environ.get("BENCH_LEDEN", 40))
HERHALING = int(os.environ.get("BENCH_HERHALING", 15))


def main():
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    setup_test_environment()
    call_command("migrate", verbosity=0)
    from bench.data import bouw, paginas

    call_command("laad_demo", stdout=io.StringIO())
    coordinator = bouw(regios=REGIOS, organisaties=ORGANISATIES, leden=LEDEN)
    client = Client()
    client.force_login(coordinator)
    print(
        f"{REGIOS} regio's x {ORGANISATIES} organisaties x {LEDEN} leden, {HERHALING} keer per pagina"
    )
    print(f"{'pagina':<55} {'mediaan ms':>10} {'queries':>8}")
    for pad, email in paginas():
        if email:
            client.force_login(get_user_model().objects.get(email=email))
        tijden = []
        for _ in range(HERHALING):
            with CaptureQueriesContext(connection) as ctx:
                begin = time.perf_counter()
                response = client.get(pad)
                tijden.append((time.perf_counter() - begin) * 1000)
            assert response.status_code == 200, (pad, response.status_code)
        print(f"{pad:<55} {statistics.median(tijden):>10.1f} {len(ctx.captured_queries):>8}")


if __name__ == "__main__":
    main()
