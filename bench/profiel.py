"""Profile one page of the benchmark data with pyinstrument, in this process.

    .venv/bin/python bench/profiel.py /regio/bench-000/knelpunten/ [--als e-mail] [--keer 20]

Uses the benchmark database and settings of bench/run.py (DEBUG off, production storage);
prints the median time, the number of queries and pyinstrument's call tree of the slowest
part. `pip install pyinstrument` first; it is not a dependency of the product.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import run  # noqa: E402,F401  (sets the environment of the benchmark)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pad")
    parser.add_argument("--als", default="coordinator@bench-000.example")
    parser.add_argument("--keer", type=int, default=20)
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from pyinstrument import Profiler

    client = Client()
    if args.als:
        client.force_login(get_user_model().objects.get(email=args.als))
    response = client.get(args.pad)
    assert response.status_code == 200, response.status_code
    queries = []
    with connection.execute_wrapper(
        lambda execute, sql, *a: queries.append(sql) or execute(sql, *a)
    ):
        client.get(args.pad)
    tijden = []
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(args.keer):
        begin = time.perf_counter()
        response = client.get(args.pad)
        tijden.append((time.perf_counter() - begin) * 1000)
    profiler.stop()
    print(
        f"{args.pad}: mediaan {statistics.median(tijden):.1f} ms, min {min(tijden):.1f} ms, "
        f"{len(queries)} queries, {len(response.content) / 1024:.0f} KB, "
        f"{args.keer} keer"
    )
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
