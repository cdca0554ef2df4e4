"""Web latency: the plan, project and review pages under concurrent clients, on PostgreSQL,
next to the smallest Django view on the same stack.

    python bench/web_latency.py [--regions 20] [--departments 100] [--skip-load]
                                [--clients 8] [--requests 300] [--workers 4] [--threads 2]
                                [--http-client lean|stdlib]

What it does:

1. loads a province-sized synthetic dataset (:mod:`bench.province`: by default 20 county
   finance bureaus × 100 departments = 2,000 plans, ~43,000 projects, ~400,000 indicators)
   into the database of ``DATABASE_URL`` and prints the load time and rows per second
   (``--skip-load`` reuses the data of an earlier run), then runs VACUUM ANALYZE;
2. starts gunicorn (gthread workers) on 127.0.0.1 with the application's WSGI entry point
   and ``bench.web_settings`` — the application's settings with ``DEBUG`` off plus one extra
   URL, ``/bench/ping/`` (:mod:`bench.web_urls`), which runs ``SELECT 1`` and answers "ok",
   and ``/bench/page/``, the empty layout of the site for a signed-in person;
3. signs in a finance-bureau reviewer (财政局审核人, who sees every plan of the first bureau)
   and lets ``--clients`` threads, each with its own keep-alive connection (a lean HTTP/1.1
   client, :mod:`bench.lean_http`, so the clients take little of the shared CPU) and the
   session cookie, send ``--requests`` requests per endpoint to random plans and projects of that
   bureau: the plan page, the project page, the review report (审核报告 HTML), the findings
   of the JSON API (each its first page: 20 projects, 100 findings), and the baseline
   (and, unless ``--reports 0``, the 监控 and 自评 pages);
   the plan, project, review and findings pages read the findings stored when the plans
   were loaded (:mod:`jixiao.web.findings`), as they do after every save;
4. prints p50/p95/p99 latency and requests per second per endpoint — the four pages with
   their p95 next to the 150 ms goal —, the CPU time per request of the gunicorn processes
   (``CPU ms``, from /proc: the figure a loaded machine disturbs least), of the PostgreSQL
   backends serving the benchmark's database (``PG ms``) and of the clients themselves
   (``cli ms``: they share the two cores), and the peak resident memory of the gunicorn
   processes.

Latency is measured by the client (request sent → body read), so it includes queueing when
all workers are busy. Clients, server and PostgreSQL share the machine.

PostgreSQL (Debian's 15 cluster): ``DATABASE_URL`` defaults to
``postgres://jixiao:jixiao@127.0.0.1:5432/jixiao_bench``. Once, as root::

    pg_ctlcluster 15 main start          # if `pg_lsclusters` shows it down
    su postgres -c "psql -c \\"CREATE ROLE jixiao LOGIN PASSWORD 'jixiao'\\""   # if missing
    su postgres -c "createdb -O jixiao jixiao_bench"
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.client
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.web_clients import (  # noqa: E402
    FINDINGS_API,
    PLAN_PAGE,
    PROJECT_PAGE,
    REVIEW_PAGE,
    LeanClient,
    StdlibClient,
    measure,
    peak_rss_mb,
)

DEFAULT_URL = "postgres://jixiao:jixiao@127.0.0.1:5432/jixiao_bench"
SETTINGS = "bench.web_settings"
REVIEWER = "bench_bureau_reviewer"


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--regions", type=int, default=20, help="county finance bureaus")
    parser.add_argument("--departments", type=int, default=100, help="departments per bureau")
    parser.add_argument("--skip-load", action="store_true", help="reuse the loaded data")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients")
    parser.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    parser.add_argument("--workers", type=int, default=2 * (os.cpu_count() or 1))
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument(
        "--http-client",
        choices=("lean", "stdlib"),
        default="lean",
        help="the clients' HTTP: bench/lean_http.py (default) or http.client",
    )
    parser.add_argument(
        "--reports",
        type=int,
        default=60,
        help="plans of the reviewer with 监控 and 自评 filled (0: leave their pages out)",
    )
    return parser.parse_args()


def setup_django(database_url: str) -> None:
    """Settings for this process and the server: DEBUG off, a scratch data directory."""
    data = Path(tempfile.mkdtemp(prefix="jixiao-bench-"))
    (data / "static").mkdir()
    os.environ |= {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "JIXIAO_DEBUG": "0",
        "JIXIAO_DATA_DIR": str(data),
    }
    import django

    django.setup()


def load_dataset(regions: int, departments: int) -> None:
    from bench.province import load

    print(f"loading {regions} × {departments} plans …", flush=True)
    loaded = load(regions, departments)
    rows = loaded.plans + loaded.projects + loaded.indicators
    print(
        f"loaded {loaded.plans:,} plans, {loaded.projects:,} projects, "
        f"{loaded.indicators:,} indicators in {loaded.seconds:.1f} s "
        f"({rows / loaded.seconds:,.0f} rows/s); "
        f"review of every plan, findings stored, in {loaded.review_seconds:.1f} s "
        f"({loaded.plans / loaded.review_seconds:,.1f} plans/s)"
    )
    settle()


def settle() -> None:
    """VACUUM ANALYZE the loaded tables, so the pages are measured with the planner
    statistics a running database has, not while autovacuum catches up."""
    from django.db import connection

    from jixiao.web.findings.models import PlanReview, StoredFinding
    from jixiao.web.plans.models import IndicatorRecord, PlanRecord, ProjectRecord

    if connection.vendor != "postgresql":
        return
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for model in (PlanRecord, ProjectRecord, IndicatorRecord, PlanReview, StoredFinding):
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")
    print(f"VACUUM ANALYZE in {time.perf_counter() - started:.1f} s")


def reviewer_cookie() -> tuple[str, list[int], list[int]]:
    """The session cookie of a finance-bureau reviewer of the first bureau, and the plan and
    project ids that reviewer sees."""
    from django.contrib.auth.models import User
    from django.test import Client

    from bench.province import region_name
    from jixiao.web.orgs.models import Membership, Region
    from jixiao.web.plans.models import PlanRecord, ProjectRecord
    from jixiao.workflow import Role

    region = Region.objects.get(name=region_name(1))
    user, _ = User.objects.get_or_create(username=REVIEWER, defaults={"first_name": "基准"})
    Membership.objects.update_or_create(
        user=user, defaults={"role": Role.BUREAU_REVIEWER.value, "region": region}
    )
    client = Client()
    client.force_login(user)
    plans = list(PlanRecord.objects.filter(department__region=region).values_list("pk", flat=True))
    projects = list(ProjectRecord.objects.filter(plan__in=plans).values_list("pk", flat=True))
    return client.cookies["sessionid"].value, plans, projects


def open_reports(plans: list[int], count: int) -> tuple[list[int], list[int]]:
    """A 监控 round (31 July, every project's spending reported, some late) and a filled
    自评 on ``count`` plans: the data the monitoring and self-evaluation pages read."""
    from decimal import Decimal

    from django.contrib.auth.models import User

    from jixiao.evaluation import IndicatorResult, ProjectEvaluation
    from jixiao.monitoring import MonitoringRound, ProjectProgress
    from jixiao.web.evaluation.models import SelfEvaluationRecord
    from jixiao.web.evaluation.recording import apply_forms
    from jixiao.web.evaluation.records import open_evaluation
    from jixiao.web.monitoring.models import MonitoringRoundRecord
    from jixiao.web.monitoring.recording import apply_actuals
    from jixiao.web.monitoring.rounds import open_round
    from jixiao.web.plans.models import PlanRecord

    rng = random.Random(7)
    user = User.objects.get(username=REVIEWER)
    started = time.perf_counter()
    chosen = PlanRecord.objects.filter(pk__in=plans[:count]).prefetch_related("projects")
    for plan in chosen:
        if plan.monitoring_rounds.exists():
            continue
        date = dt.date(plan.year, 7, 31)
        round_ = open_round(user, plan, date)
        spending = [
            ProjectProgress(
                code=p.code or None,
                name=p.name,
                monitor_date=date,
                spent_to_date=(p.budget_total or Decimal(0)) * Decimal(rng.randint(10, 70)) / 100,
            )
            for p in plan.projects.all()
        ]
        apply_actuals(user, round_, MonitoringRound(monitor_date=date, projects=spending), "bench")
        evaluation = open_evaluation(user, plan)
        filled = [
            ProjectEvaluation(
                name=p.name,
                code=p.code or None,
                executed=(p.budget_total or Decimal(0)) * Decimal(rng.randint(60, 100)) / 100,
                indicators=[
                    IndicatorResult(level1=i.level1, level3=i.level3, actual=i.value)
                    for i in p.indicators.all()
                ],
            )
            for p in plan.projects.all()
        ]
        apply_forms(user, evaluation, filled, "bench")
    rounds = list(MonitoringRoundRecord.objects.filter(plan__in=plans).values_list("pk", flat=True))
    evaluations = SelfEvaluationRecord.objects.filter(plan__in=plans)
    scored = list(evaluations.values_list("plan", flat=True))
    print(f"监控 and 自评 on {len(rounds)} plans in {time.perf_counter() - started:.1f} s")
    current_results(rounds, list(evaluations.values_list("pk", flat=True)))
    return rounds, scored


def current_results(rounds: list[int], evaluations: list[int]) -> None:
    """Store the lights and scores again of the rounds and self-evaluations whose stored
    results are out of date (data loaded by an earlier version, or the profile changed),
    as the recomputation job would (:mod:`jixiao.web.reportstore`): otherwise the pages
    would be measured marked 正在重新计算 with no worker to recompute them."""
    from jixiao.web.reportstore.tasks import refresh_evaluation_results, refresh_round_results

    started = time.perf_counter()
    outcomes = [refresh_round_results.call(pk) for pk in rounds]
    outcomes += [refresh_evaluation_results.call(pk) for pk in evaluations]
    stale = sum(outcome == "refreshed" for outcome in outcomes)
    if stale:
        print(
            f"监控 and 自评 results stored again for {stale} reports in "
            f"{time.perf_counter() - started:.1f} s"
        )


def current_findings(plans: list[int]) -> None:
    """Store the findings again of the reviewer's plans whose stored review is out of date
    (the rules or profile changed since the data was loaded): otherwise the pages would be
    measured showing 正在重新计算 with no worker to recompute them — and put their pages in the
    cache, as that job does."""
    from jixiao.web.findings.models import PlanReview
    from jixiao.web.findings.storing import wanted_key
    from jixiao.web.plans.models import PlanRecord
    from jixiao.web.plans.reviewing import refresh_review

    started = time.perf_counter()
    reviews = PlanReview.objects.filter(plan__in=plans).values_list(
        "plan", "revision", "fingerprint"
    )
    kept = {pk: f"{revision}|{fingerprint}" for pk, revision, fingerprint in reviews}
    stale = [pk for pk in plans if kept.get(pk) != wanted_key(pk)]
    for record in PlanRecord.objects.select_related("department").filter(pk__in=stale):
        refresh_review(record)
    if stale:
        print(
            f"findings stored again for {len(stale)} stale plans in "
            f"{time.perf_counter() - started:.1f} s"
        )
    # as the recomputation job does after storing findings: the pages are in the shared
    # cache before anyone asks (entries already there are only looked up)
    from jixiao.web.pages.warming import warm_plan_pages

    started = time.perf_counter()
    warmed = sum(warm_plan_pages(record) for record in PlanRecord.objects.filter(pk__in=plans))
    print(
        f"{warmed:,} pages of the reviewer's plans in the cache in "
        f"{time.perf_counter() - started:.1f} s"
    )


def stored_findings(plans: list[int]) -> int:
    """How many stored findings the pages read from (computed when the plans were stored)."""
    from jixiao.web.findings.models import StoredFinding

    return StoredFinding.objects.filter(plan__in=plans).count()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_server(args: argparse.Namespace) -> subprocess.Popen[bytes]:
    # the caller's PYTHONPATH kept after ours (to measure another checkout's code)
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}
    command = [
        *(sys.executable, "-m", "gunicorn", "jixiao.web.wsgi:application"),
        *("--bind", f"127.0.0.1:{args.port}", "--worker-class", "gthread"),
        *("--workers", str(args.workers), "--threads", str(args.threads)),
        *("--keep-alive", "30", "--log-level", "warning"),
    ]
    server = subprocess.Popen(command, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and server.poll() is None:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=5)
            connection.request("GET", "/bench/ping/")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer /bench/ping/ on port {args.port} within 60 s")


def endpoints(
    plans: list[int], projects: list[int], count: int, rounds: list[int], scored: list[int]
) -> dict[str, list[str]]:
    rng = random.Random(5)

    def plan_paths(template: str) -> list[str]:
        return [template.format(rng.choice(plans)) for _ in range(count)]

    core = {
        "baseline /bench/ping/": ["/bench/ping/"] * count,
        "signed-in layout /bench/page/": ["/bench/page/"] * count,
        PLAN_PAGE: plan_paths("/plans/{}/"),
        PROJECT_PAGE: [f"/projects/{rng.choice(projects)}/" for _ in range(count)],
        REVIEW_PAGE: plan_paths("/plans/{}/download/review.html"),
        FINDINGS_API: plan_paths("/api/plans/{}/findings"),
    }
    if not rounds:
        return core
    return core | {
        "monitoring round /monitoring/<id>/": [
            f"/monitoring/{rng.choice(rounds)}/" for _ in range(count)
        ],
        "monitoring dashboard /monitoring/": ["/monitoring/"] * count,
        "self-evaluation /plans/<id>/evaluation/": [
            f"/plans/{rng.choice(scored)}/evaluation/" for _ in range(count)
        ],
        "evaluation dashboard /evaluation/": ["/evaluation/"] * count,
    }


def main() -> None:
    args = arguments()
    args.port = args.port or free_port()
    database_url = os.environ.get("DATABASE_URL", DEFAULT_URL)
    setup_django(database_url)
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    if not args.skip_load:
        load_dataset(args.regions, args.departments)
    cookie, plans, projects = reviewer_cookie()
    rounds, scored = open_reports(plans, args.reports) if args.reports else ([], [])
    current_findings(plans)
    print(f"stored findings of the reviewer's plans: {stored_findings(plans):,}")
    connection.close()
    print(
        f"server: gunicorn gthread {args.workers} workers × {args.threads} threads, "
        f"PostgreSQL {database_url.rsplit('@', 1)[-1]}; {args.clients} clients; "
        f"reviewer sees {len(plans)} plans, {len(projects):,} projects"
    )
    server = start_server(args)
    load_before = os.getloadavg()[0]
    try:
        targets = endpoints(plans, projects, args.requests, rounds, scored)
        warm = args.workers * args.threads * 2
        kind = LeanClient if args.http_client == "lean" else StdlibClient
        connect = functools.partial(kind, args.port, cookie)
        for name, paths in targets.items():
            measure(name, paths[:warm], args.clients, connect, server.pid)
        results = [
            measure(name, paths, args.clients, connect, server.pid)
            for name, paths in targets.items()
        ]
        largest, total = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"{'endpoint':<34}{'reqs':>6}{'errs':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'req/s':>9}"
        f"{'CPU ms':>9}{'PG ms':>7}{'cli ms':>7}"
    )
    for result in results:
        print(result.row())
    print(
        f"load average (1 min) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} "
        f"at the end, on {os.cpu_count()} cores shared with clients and PostgreSQL"
    )
    print(f"peak RSS: largest gunicorn process {largest:.0f} MB, all processes {total:.0f} MB")


if __name__ == "__main__":
    main()
