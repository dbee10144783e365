"""Benchmark at national scale: `make bench` (or `make bench QUICK=1` for a few regions).

1. Builds the national data set (see bench/data.py) in its own PostgreSQL database, or reuses
   it: only missing regions are added. BENCH_DATABASE_URL chooses the database
   (default postgres://postgres@127.0.0.1:5432/casemanagement_bench; created when missing).
2. Collects the static files with the production storage (hashed names, compressed), once.
3. Serves the site with gunicorn (3 sync workers, DEBUG=false) on a free loopback port.
4. Requests every key page interleaved with the Django admin change list of comparable rows,
   a static file and the published PDF, in random order from 16 client threads, for a bounded
   number of requests and time. The time per request is the server's own service time from
   gunicorn's access log (%(D)s), without the time a request waits in the queue.
5. Times the PDFs one at a time, publishing a 150-entry verwijskaart (in a transaction that is
   rolled back), and reads each worker's peak memory (VmHWM).
6. Prints a table and writes it as JSON to bench/meting-<mode>.json.

Environment: BENCH_REGIOS (40; quick 3), BENCH_VERZOEKEN (requests per page: 60; quick 12),
BENCH_CLIENTS (16), BENCH_WORKERS (3), BENCH_MAX_SECONDEN (bound on the concurrent phase: 300;
quick 45).
"""

import hashlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SNEL = os.environ.get("BENCH", "").lower() in ("quick", "snel") or os.environ.get("QUICK")
MODUS = "snel" if SNEL else "landelijk"
REGIOS = int(os.environ.get("BENCH_REGIOS", 3 if SNEL else 40))
VERZOEKEN = int(os.environ.get("BENCH_VERZOEKEN", 12 if SNEL else 60))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", 16))
WORKERS = int(os.environ.get("BENCH_WORKERS", 3))
MAX_SECONDEN = float(os.environ.get("BENCH_MAX_SECONDEN", 45 if SNEL else 300))
PDF_HERHALING = 1 if SNEL else 5
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/casemanagement_bench"
)

SERVER_ENV = {
    "DATABASE_URL": DATABASE_URL,
    "DEBUG": "false",
    "SECRET_KEY": "alleen-voor-de-benchmark",
    "ALLOWED_HOSTS": "127.0.0.1,testserver",
    "SECURE_SSL_REDIRECT": "false",
    "SESSION_COOKIE_SECURE": "false",
    "CSRF_COOKIE_SECURE": "false",
    "SECURE_HSTS_SECONDS": "0",
    "LOG_LEVEL": "ERROR",
    "SITE_URL": "http://127.0.0.1",
    "TWEE_STAPPEN_VERPLICHT": "false",  # sessions are made directly, without a second step
}
os.environ.update(SERVER_ENV)
os.environ["DJANGO_SETTINGS_MODULE"] = "casemanagement.settings"

DOELEN = {"p50": 50.0, "p95": 100.0, "pdf_statisch": 3.0, "publiceren": 2000.0, "pdf": 1000.0}
GEHEUGEN_DOEL_MB = 200


def _database_aanmaken():
    import psycopg

    naam = DATABASE_URL.rsplit("/", 1)[1]
    beheer = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(beheer, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [naam]).fetchone():
            conn.execute(f'CREATE DATABASE "{naam}"')


def _statisch_verzamelen():
    """collectstatic with the production storage, skipped when nothing changed since."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders
    from django.core.management import call_command

    bronnen = sorted(
        (pad, os.stat(storage.path(pad)).st_mtime_ns)
        for finder in get_finders()
        for pad, storage in finder.list(["CVS", ".*", "*~"])
    )
    stempel = Path(settings.STATIC_ROOT) / ".bench-stempel"
    handtekening = hashlib.sha256(repr(bronnen).encode()).hexdigest()
    if stempel.exists() and stempel.read_text() == handtekening:
        return
    call_command("collectstatic", interactive=False, verbosity=0)
    stempel.write_text(handtekening)


def _cookie(user) -> str:
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


def _paginas():
    """(label, path, who, comparable admin change list or None)."""
    from django.contrib.auth import get_user_model
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.urls import reverse

    from bench import data
    from casemanagement.models import Regio
    from ontwikkelscan.models import Ronde

    User = get_user_model()
    regio = Regio.objects.get(slug=data.slug(0))
    s, i = regio.slug, regio.pk
    ronde = Ronde.objects.filter(regio=regio).order_by("-pk").first()
    wie = {
        "coordinator": _cookie(User.objects.get(email=data.coordinator_email(0))),
        "landelijk": _cookie(User.objects.get(email=data.LANDELIJK)),
        "beheerder": _cookie(User.objects.get(email=data.BEHEERDER)),
        "publiek": "",
    }
    paginas = [
        ("/", "/", "coordinator", "/admin/casemanagement/lidmaatschap/?regio__id__exact={i}"),
        ("/ (manager in elke regio)", "/", "landelijk", "/admin/casemanagement/regio/"),
        (
            "regio-overzicht",
            f"/regio/{s}/",
            "coordinator",
            "/admin/stappenplan/stap/?traject__regio__id__exact={i}",
        ),
        (
            "stap 4",
            f"/regio/{s}/stappenplan/stap/4/",
            "coordinator",
            "/admin/stappenplan/stap/?traject__regio__id__exact={i}",
        ),
        (
            "scanresultaten",
            f"/regio/{s}/ontwikkelscan/{ronde.pk}/resultaten/",
            "coordinator",
            "/admin/ontwikkelscan/ronde/?regio__id__exact={i}",
        ),
        (
            "knelpunten",
            f"/regio/{s}/knelpunten/",
            "coordinator",
            "/admin/stappenplan/knelpunt/?regio__id__exact={i}",
        ),
        (
            "doelen",
            f"/regio/{s}/doelen/",
            "coordinator",
            "/admin/stappenplan/verbeterpunt/?regio__id__exact={i}",
        ),
        (
            "verwijskaart concept",
            f"/regio/{s}/verwijskaart/concept/",
            "coordinator",
            "/admin/verwijskaart/verwijzing/?kaart__regio__id__exact={i}",
        ),
        (
            "verwijskaart versies",
            f"/regio/{s}/verwijskaart/",
            "coordinator",
            "/admin/verwijskaart/versie/?kaart__regio__id__exact={i}",
        ),
        (
            "verwijskaart publiek",
            f"/verwijskaart/{s}/",
            "publiek",
            "/admin/verwijskaart/versie/?kaart__regio__id__exact={i}",
        ),
    ]
    from casemanagement.models import Programma

    programma = Programma.objects.order_by("pk").first()
    if programma is not None:
        paginas.append(
            (
                "programma-overzicht",
                reverse("programma", args=[programma.slug]),
                "beheerder",
                "/admin/stappenplan/traject/",
            )
        )
    rijen = []
    for label, pad, persoon, admin in paginas:
        rijen.append({"label": label, "pad": pad, "cookie": wie[persoon], "soort": "pagina"})
        if admin:
            rijen.append(
                {
                    "label": f"{label} | admin",
                    "pad": admin.format(i=i),
                    "cookie": wie["beheerder"],
                    "soort": "admin",
                    "bij": label,
                }
            )
    rijen.append(
        {
            "label": "statisch bestand (bootstrap.min.css)",
            "pad": staticfiles_storage.url("vendor/bootstrap/bootstrap.min.css"),
            "cookie": "",
            "soort": "statisch",
        }
    )
    rijen.append(
        {
            "label": "gepubliceerde PDF",
            "pad": f"/verwijskaart/{s}.pdf",
            "cookie": "",
            "soort": "pdf",
        }
    )
    pdfs = [
        ("PDF scanresultaten", f"/regio/{s}/ontwikkelscan/{ronde.pk}/resultaten.pdf"),
        ("PDF knelpunten", f"/regio/{s}/knelpunten/export/pdf/"),
    ]
    return rijen, [
        {"label": label, "pad": pad, "cookie": wie["coordinator"], "soort": "pdf-render"}
        for label, pad in pdfs
    ]


def _queries(rijen):
    """Queries per page, counted in this process (the server runs without a query log).
    A page that does not answer 200 here is left out of the run, and reported."""
    from django.db import connection
    from django.test import Client

    aantallen = {}
    for rij in list(rijen):
        if rij["soort"] == "statisch":
            continue
        client = Client(raise_request_exception=False)
        if rij["cookie"]:
            client.cookies["sessionid"] = rij["cookie"].split("=", 1)[1]
        queries = []

        def tel(execute, sql, *args, queries=queries):
            queries.append(sql)
            return execute(sql, *args)

        with connection.execute_wrapper(tel):
            response = client.get(rij["pad"])
        if response.status_code != 200:
            print(f"OVERGESLAGEN: {rij['label']} ({rij['pad']}) gaf {response.status_code}")
            rijen.remove(rij)
            continue
        aantallen[rij["label"]] = len(queries)
    return aantallen


def _vrije_poort() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(poort: int, rij: dict, nummer: int) -> tuple[int, int]:
    conn = HTTPConnection("127.0.0.1", poort, timeout=60)
    headers = {"X-Bench": f"{nummer}", "Host": "127.0.0.1"}
    if rij["cookie"]:
        headers["Cookie"] = rij["cookie"]
    conn.request("GET", rij["pad"], headers=headers)
    response = conn.getresponse()
    inhoud = response.read()
    conn.close()
    return response.status, len(inhoud)


class Server:
    def __init__(self, werkmap: Path):
        self.poort = _vrije_poort()
        self.log = werkmap / "toegang.log"
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.proces = subprocess.Popen(
            [
                str(gunicorn),
                "casemanagement.wsgi",
                "--bind",
                f"127.0.0.1:{self.poort}",
                "--workers",
                str(WORKERS),
                "--access-logfile",
                str(self.log),
                "--access-logformat",
                "%({x-bench}i)s %(s)s %(D)s %(B)s",
                "--error-logfile",
                str(werkmap / "fouten.log"),
                "--timeout",
                "120",
            ],
            cwd=ROOT,
            env={**os.environ, **SERVER_ENV},
        )
        eind = time.monotonic() + 60
        while time.monotonic() < eind:
            try:
                _get(self.poort, {"pad": "/account/inloggen/", "cookie": ""}, 0)
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn start niet; zie " + str(werkmap / "fouten.log"))

    def werkers(self) -> list[int]:
        kinderen = Path(f"/proc/{self.proces.pid}/task/{self.proces.pid}/children")
        return [int(p) for p in kinderen.read_text().split()]

    def piekgeheugen_mb(self) -> list[float]:
        uit = []
        for pid in self.werkers():
            status = Path(f"/proc/{pid}/status").read_text()
            kb = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))
            uit.append(round(kb / 1024, 1))
        return uit

    def tijden(self) -> dict[int, tuple[int, float, int]]:
        """request number -> (status, server time in ms, bytes)"""
        uit = {}
        for regel in self.log.read_text().splitlines():
            delen = regel.split()
            if len(delen) == 4 and delen[0].isdigit():
                uit[int(delen[0])] = (int(delen[1]), int(delen[2]) / 1000, int(delen[3]))
        return uit

    def stop(self):
        self.proces.terminate()
        self.proces.wait(timeout=30)


def _gelijktijdig(server: Server, rijen: list[dict]) -> dict[str, list[float]]:
    taken = [rij for rij in rijen for _ in range(VERZOEKEN)]
    random.Random(13).shuffle(taken)
    volgnummers = iter(range(1, len(taken) + 1))
    slot = threading.Lock()
    eind = time.monotonic() + MAX_SECONDEN
    gestuurd: dict[int, dict] = {}
    fouten = []

    def client():
        while time.monotonic() < eind:
            with slot:
                nummer = next(volgnummers, None)
            if nummer is None:
                return
            rij = taken[nummer - 1]
            gestuurd[nummer] = rij
            status, _ = _get(server.poort, rij, nummer)
            if status != 200:
                fouten.append((rij["pad"], status))

    begin = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    duur = time.monotonic() - begin
    if fouten:
        raise RuntimeError(f"Niet elk verzoek gaf 200: {fouten[:5]}")
    time.sleep(0.5)  # gunicorn writes the access log after the response
    log = server.tijden()
    per_label: dict[str, list[float]] = {}
    for nummer, rij in gestuurd.items():
        if nummer in log:
            per_label.setdefault(rij["label"], []).append(log[nummer][1])
    print(f"{len(gestuurd)} verzoeken in {duur:.0f} s door {CLIENTS} clients")
    return per_label


def _eenvoudig(server: Server, rijen: list[dict], herhaling: int, start: int) -> dict:
    per_label = {}
    nummer = start
    for rij in rijen:
        for _ in range(herhaling):
            nummer += 1
            status, grootte = _get(server.poort, rij, nummer)
            assert status == 200, (rij["pad"], status)
            per_label.setdefault(rij["label"], []).append(nummer)
    time.sleep(0.5)
    log = server.tijden()
    return {label: [log[n][1] for n in nummers] for label, nummers in per_label.items()}


def _publiceren_ms(herhaling: int) -> list[float]:
    """Publishing bench-000's 150-entry draft, PDF with stylesheet included; rolled back."""
    from datetime import timedelta

    from django.db import transaction
    from django.utils import timezone

    from bench import data
    from casemanagement.models import Regio
    from verwijskaart import services

    regio = Regio.objects.get(slug=data.slug(0))
    coordinator = regio.lidmaatschappen.get(rol="coordinator").user
    tijden = []

    class Terugdraaien(Exception):
        pass

    for _ in range(herhaling):
        try:
            with transaction.atomic():
                begin = time.perf_counter()
                versie = services.publiceren(
                    regio=regio,
                    door=coordinator,
                    volgende_herziening=timezone.localdate() + timedelta(days=365),
                    verantwoordelijke=coordinator,
                )
                tijden.append((time.perf_counter() - begin) * 1000)
                assert len(versie.vermeldingen) == data.VERMELDINGEN
                raise Terugdraaien
        except Terugdraaien:
            pass
    return tijden


def _p(waarden: list[float], q: float) -> float:
    if len(waarden) == 1:
        return waarden[0]
    return statistics.quantiles(waarden, n=100, method="inclusive")[int(q) - 1]


def main():
    _database_aanmaken()
    import django

    django.setup()
    from django.core.management import call_command

    from bench import data

    begin = time.monotonic()
    call_command("migrate", verbosity=0)
    _statisch_verzamelen()  # the PDFs rendered while building need the manifest
    if data.aanwezig() < REGIOS:
        print(f"Landelijke gegevens bouwen: {REGIOS} regio's ({data.aanwezig()} zijn er al)")
        data.bouw(regios=REGIOS)
    print(f"Gegevens en statische bestanden klaar in {time.monotonic() - begin:.0f} s")
    if "--alleen-bouwen" in sys.argv:
        return

    rijen, pdf_rijen = _paginas()
    queries = _queries(rijen)
    with tempfile.TemporaryDirectory() as map_:
        server = Server(Path(map_))
        try:
            _eenvoudig(server, rijen, 1, 10**6)  # warm: every worker may serve each page once
            tijden = _gelijktijdig(server, rijen)
            pdf_tijden = _eenvoudig(server, pdf_rijen, PDF_HERHALING, 2 * 10**6)
            geheugen = server.piekgeheugen_mb()
        finally:
            server.stop()
    publiceren = _publiceren_ms(1 if SNEL else 3)
    _rapport(rijen, tijden, queries, pdf_tijden, publiceren, geheugen)


def _rapport(rijen, tijden, queries, pdf_tijden, publiceren, geheugen):
    from bench import data

    regels = []
    stat = tijden.get(next(r["label"] for r in rijen if r["soort"] == "statisch"), [0])
    statisch_p50 = statistics.median(stat)
    for rij in rijen:
        t = tijden.get(rij["label"], [])
        if not t:
            continue
        regels.append(
            {
                "pagina": rij["label"],
                "pad": rij["pad"],
                "soort": rij["soort"],
                "n": len(t),
                "p50_ms": round(statistics.median(t), 1),
                "p95_ms": round(_p(t, 95), 1),
                "max_ms": round(max(t), 1),
                "queries": queries.get(rij["label"]),
                "bij": rij.get("bij"),
            }
        )
    per_label = {r["pagina"]: r for r in regels}
    print()
    print(
        f"{'pagina':<40} {'n':>4} {'p50 ms':>7} {'p95 ms':>7} {'q':>4} {'admin p50':>9} {'x admin':>7} {'doel':>5}"
    )
    for r in regels:
        if r["soort"] == "admin":
            continue
        admin = per_label.get(f"{r['pagina']} | admin")
        verhouding = r["p50_ms"] / admin["p50_ms"] if admin else None
        r["admin_p50_ms"] = admin["p50_ms"] if admin else None
        r["x_admin"] = round(verhouding, 2) if verhouding else None
        if r["soort"] == "pagina":
            r["doel_gehaald"] = (
                r["p50_ms"] <= DOELEN["p50"]
                and r["p95_ms"] <= DOELEN["p95"]
                and (verhouding is None or verhouding <= 1.0)
            )
        elif r["soort"] == "pdf":
            r["x_statisch"] = round(r["p50_ms"] / statisch_p50, 2)
            r["doel_gehaald"] = r["x_statisch"] <= DOELEN["pdf_statisch"]
        else:
            r["doel_gehaald"] = None
        print(
            f"{r['pagina']:<40} {r['n']:>4} {r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f} "
            f"{r['queries'] if r['queries'] is not None else '':>4} "
            f"{admin['p50_ms'] if admin else '':>9} "
            f"{f'{verhouding:.2f}' if verhouding else '':>7} "
            f"{({True: 'ja', False: 'NEE', None: ''})[r['doel_gehaald']]:>5}"
        )
    pdf = []
    print()
    for label, t in pdf_tijden.items():
        pdf.append(
            {
                "pdf": label,
                "n": len(t),
                "p50_ms": round(statistics.median(t), 1),
                "max_ms": round(max(t), 1),
            }
        )
        print(
            f"{label:<40} {len(t):>4} {statistics.median(t):>7.0f} ms  (doel <= {DOELEN['pdf']:.0f} ms)"
        )
    print(
        f"{'publiceren, 150 vermeldingen + PDF':<40} {len(publiceren):>4} "
        f"{statistics.median(publiceren):>7.0f} ms  (doel <= {DOELEN['publiceren']:.0f} ms)"
    )
    print(f"piekgeheugen per worker (MB): {geheugen}  (doel <= {GEHEUGEN_DOEL_MB} MB)")
    print(f"{os.cpu_count()} cores, belasting van de machine (1 min): {os.getloadavg()[0]:.1f}")
    uitkomst = {
        "modus": MODUS,
        "gemeten_op": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "regios": data.aanwezig(),
        "clients": CLIENTS,
        "workers": WORKERS,
        "verzoeken_per_pagina": VERZOEKEN,
        "paginas": regels,
        "pdf": pdf,
        "publiceren_ms": [round(t) for t in publiceren],
        "piekgeheugen_mb": geheugen,
        "cpu": os.cpu_count(),
        "belasting_1min_na_afloop": round(os.getloadavg()[0], 1),
        "doelen": DOELEN | {"geheugen_mb": GEHEUGEN_DOEL_MB},
    }
    pad = ROOT / "bench" / f"meting-{MODUS}.json"
    pad.write_text(json.dumps(uitkomst, indent=2, ensure_ascii=False) + "\n")
    print(f"\nGeschreven: {pad.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
