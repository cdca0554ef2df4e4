"""The latency benchmark's clients and what it counts: keep-alive clients in threads, and the
CPU time per request of the gunicorn processes, the PostgreSQL backends and the clients
themselves (from /proc), for :mod:`bench.web_latency`."""

from __future__ import annotations

import http.client
import os
import queue
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bench.lean_http import LeanConnection

GOAL_P95_MS = 150  # issue 15: p95 of these pages with 16 clients on the province dataset
PLAN_PAGE = "plan page /plans/<id>/"
PROJECT_PAGE = "project page /projects/<id>/"
REVIEW_PAGE = "review report …/review.html"
FINDINGS_API = "API /api/plans/<id>/findings"
GOAL_PAGES = (PLAN_PAGE, PROJECT_PAGE, REVIEW_PAGE, FINDINGS_API)


@dataclass
class Result:
    name: str
    latencies: list[float]
    errors: int
    seconds: float
    server_cpu: float = 0.0  # CPU seconds of the gunicorn processes over the run
    client_cpu: float = 0.0  # of this process (the clients' threads)
    database_cpu: float = 0.0  # of the PostgreSQL backends serving the benchmark's database

    def row(self) -> str:
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
        p50, p95, p99 = (cuts[i] * 1000 for i in (49, 94, 98))
        rate = len(self.latencies) / self.seconds
        goal = ""
        if self.name in GOAL_PAGES:
            goal = f"  p95 {'≤' if p95 <= GOAL_P95_MS else '>'} {GOAL_P95_MS} ms goal"
        return (
            f"{self.name:<34}{len(self.latencies):>6}{self.errors:>5}"
            f"{p50:>9.1f}{p95:>9.1f}{p99:>9.1f}{rate:>9.1f}"
            f"{self.server_cpu * 1000 / len(self.latencies):>9.1f}"
            f"{self.database_cpu * 1000 / len(self.latencies):>7.1f}"
            f"{self.client_cpu * 1000 / len(self.latencies):>7.1f}{goal}"
        )


def client_loop(
    connect: Callable[[], Client],
    paths: queue.Queue[str],
    latencies: list[float],
    errors: list[str],
) -> None:
    connection = connect()
    while True:
        try:
            path = paths.get_nowait()
        except queue.Empty:
            break
        started = time.perf_counter()
        try:
            status = connection.get(path)
        except (OSError, http.client.HTTPException) as failed:
            errors.append(f"{path}: {failed}")
            connection.close()
            connection = connect()
            continue
        latencies.append(time.perf_counter() - started)
        if status != 200:
            errors.append(f"{path}: HTTP {status}")
    connection.close()


class Client(Protocol):
    def get(self, path: str) -> int: ...
    def close(self) -> None: ...


class LeanClient:
    """:class:`bench.lean_http.LeanConnection`: the clients' own CPU kept small."""

    def __init__(self, port: int, cookie: str) -> None:
        headers = {"Cookie": f"sessionid={cookie}", "Connection": "keep-alive"}
        self._connection = LeanConnection("127.0.0.1", port, headers, timeout=120)

    def get(self, path: str) -> int:
        return self._connection.get(path)[0]

    def close(self) -> None:
        self._connection.close()


class StdlibClient:
    """``http.client``, as the benchmark used before (``--http-client stdlib``)."""

    def __init__(self, port: int, cookie: str) -> None:
        self._headers = {"Cookie": f"sessionid={cookie}", "Connection": "keep-alive"}
        self._port = port
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path: str) -> int:
        self._connection.request("GET", path, headers=self._headers)
        response = self._connection.getresponse()
        response.read()
        if response.getheader("Connection", "").lower() == "close":
            self._connection.close()
        return response.status

    def close(self) -> None:
        self._connection.close()


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU time of the server and its workers so far (from /proc)."""
    ticks = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(
    name: str, paths: list[str], clients: int, connect: Callable[[], Client], server: int
) -> Result:
    todo: queue.Queue[str] = queue.Queue()
    for path in paths:
        todo.put(path)
    latencies: list[float] = []
    errors: list[str] = []
    threads = [
        threading.Thread(target=client_loop, args=(connect, todo, latencies, errors))
        for _ in range(clients)
    ]
    cpu = tree_cpu_seconds(server)
    database = database_ticks()
    mine = time.process_time()
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    mine = time.process_time() - mine
    cpu = tree_cpu_seconds(server) - cpu
    after = database_ticks()
    database_cpu = sum(n - database.get(pid, 0) for pid, n in after.items())
    if errors:
        print(f"  {name}: {len(errors)} errors, e.g. {errors[0]}", file=sys.stderr)
    clock = os.sysconf("SC_CLK_TCK")
    return Result(name, latencies, len(errors), seconds, cpu, mine, database_cpu / clock)


def database_ticks() -> dict[int, int]:
    """CPU ticks (user + system) so far of each PostgreSQL backend connected to the
    benchmark's database (its process title names the database), from /proc."""
    from django.db import connection

    title = f" {connection.settings_dict['NAME']} "
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if title not in (entry / "cmdline").read_bytes().decode(errors="replace"):
                continue
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        found[int(entry.name)] = int(fields[11]) + int(fields[12])
    return found


def process_tree(pid: int) -> list[int]:
    found = [pid]
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def peak_rss_mb(pid: int) -> tuple[float, float]:
    """(largest process, all processes) peak resident memory (VmHWM) in MB."""
    peaks = []
    for member in process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks), sum(peaks)
