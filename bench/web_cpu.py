"""Server CPU per request of the pages `bench/web_latency.py` times, without the noise of a
shared machine: each page is requested in this process through Django's test client (the
whole middleware stack, the same settings and database as the latency benchmark) and the
process CPU time per request is printed — the figure that decides how many requests two
cores can serve, whatever the load average.

    python bench/web_cpu.py [--requests 100] [--profile "plan page"] [--top 30]

Uses the province dataset an earlier ``bench/web_latency.py`` loaded into ``DATABASE_URL``
(default ``jixiao_bench``) and its reviewer. The CPU of PostgreSQL itself is not in the
figure (another process); the round trips' client side is. Requests go to random plans and
projects of the reviewer, each page's paths drawn with a fixed seed, so two runs (before and
after a change) ask for the same pages. ``--profile NAME`` runs cProfile over that page's
requests and prints the ``--top`` functions by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.web_latency import (  # noqa: E402
    DEFAULT_URL,
    current_findings,
    endpoints,
    open_reports,
    reviewer_cookie,
    setup_django,
)


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100, help="requests per page")
    parser.add_argument("--profile", default="", help="cProfile the page whose name has this")
    parser.add_argument("--top", type=int, default=30, help="functions listed by --profile")
    parser.add_argument("--dump", default="", help="write --profile's statistics to this file")
    parser.add_argument("--cold", action="store_true", help="clear the cache before each page")
    parser.add_argument(
        "--reports",
        type=int,
        default=0,
        help="plans with 监控 and 自评 filled as bench/web_latency.py fills them (0: none)",
    )
    return parser.parse_args()


def counted(queries: list[str], execute: Any, sql: str, *rest: Any) -> Any:
    """A database execute wrapper that notes each query."""
    queries.append(sql)
    return execute(sql, *rest)


def main() -> None:
    args = arguments()
    setup_django(os.environ.get("DATABASE_URL", DEFAULT_URL))
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    cookie, plans, projects = reviewer_cookie()
    current_findings(plans)
    client = Client()
    client.cookies["sessionid"] = cookie
    rounds, scored = open_reports(plans, args.reports) if args.reports else ([], [])
    targets = endpoints(plans, projects, args.requests, rounds, scored)
    print(
        f"{'page':<34}{'reqs':>6}{'CPU ms/req':>12}{'p50 wall':>10}{'queries':>9}"
        f"  (cache: {type(cache).__name__})"
    )
    for name, paths in targets.items():
        if args.cold:
            cache.clear()
        client.get(paths[0])  # imports, template compilation, connection
        # CPU time, not wall time: waits for PostgreSQL and for the other processes of a
        # loaded machine would otherwise fill the profile
        chosen = args.profile and args.profile in name
        profiler = cProfile.Profile(time.process_time) if chosen else None
        walls: list[float] = []
        queries: list[str] = []

        with connection.execute_wrapper(functools.partial(counted, queries)):
            cpu = time.process_time()
            if profiler:
                profiler.enable()
            for path in paths:
                started = time.perf_counter()
                response = client.get(path)
                walls.append(time.perf_counter() - started)
                if response.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {response.status_code}")
            if profiler:
                profiler.disable()
            cpu = time.process_time() - cpu
        print(
            f"{name:<34}{len(paths):>6}{cpu * 1000 / len(paths):>12.1f}"
            f"{statistics.median(walls) * 1000:>10.1f}{len(queries) / len(paths):>9.1f}"
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.top)
            if args.dump:
                profiler.dump_stats(args.dump)


if __name__ == "__main__":
    main()
