"""Run one piece of work per file, in worker processes, yielding results in input order.

Results come back in the order of the inputs (not as they finish) so that the output of
``--jobs 4`` is byte for byte the output of ``--jobs 1``: a reviewer diffing two runs, or a
script reading the JSON array, must not see documents shuffled by scheduling. Only a
bounded window of chunks is in flight, so a slow document holds back at most that many
small results, never the whole province's.

The work function runs inside the worker and should return a *small* result (figures,
rendered text, findings); the big objects (plans) are built and released there.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import click

Result = TypeVar("Result")

# Chunks in flight per worker: enough that a worker never waits for the parent, few
# enough that results waiting for their turn stay a handful.
_WINDOW_PER_WORKER = 4
# Documents per chunk at most: larger chunks save inter-process traffic but make the
# progress bar jump; a synthetic document takes ~5 ms, so 8 is ~40 ms of work.
_MAX_CHUNK = 8
# Without an explicit --jobs, fewer files than this are done in this process: starting a
# worker (a fresh interpreter importing jixiao) costs about as much as reading them.
_FILES_WORTH_WORKERS = 8


def default_jobs() -> int:
    """The cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="并行工作进程数（缺省为 CPU 核数，文件少于 8 个时在本进程内；1 表示在本进程内逐个处理）",
)


def _ignore_interrupt() -> None:
    # Ctrl+C reaches the whole process group; the parent alone decides what to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: nothing to protect
        yield
        return
    try:
        yield
    finally:
        restored = previous if previous is not None else signal.default_int_handler
        signal.signal(signal.SIGINT, restored)


def _run_chunk(work: Callable[[Path], Result], paths: list[Path]) -> list[Result]:
    return [work(path) for path in paths]


def _chunk_size(files: int, jobs: int) -> int:
    return max(1, min(_MAX_CHUNK, files // (jobs * _WINDOW_PER_WORKER * 4)))


def map_files(
    work: Callable[[Path], Result], files: Sequence[Path], jobs: int | None
) -> Iterator[Result]:
    """``work(path)`` for every file, in input order; ``jobs`` worker processes
    (``None``: one per core, or this process for a few files; 1: this process).

    ``work`` must be picklable (a module-level function or a ``functools.partial`` of
    one) and should catch the errors of its own file: an exception it lets through stops
    the whole run. On Ctrl+C the workers are terminated at once and
    ``KeyboardInterrupt`` propagates to the caller.
    """
    if jobs is None:
        jobs = default_jobs() if len(files) >= _FILES_WORTH_WORKERS else 1
    workers = min(jobs, len(files))
    if workers <= 1:
        yield from (work(path) for path in files)
        return
    size = _chunk_size(len(files), workers)
    chunks = iter([list(files[i : i + size]) for i in range(0, len(files), size)])
    # spawn, not fork: the progress bar runs a thread, and forking a threaded process can
    # deadlock. Not forkserver either: its workers are the server's children, so their
    # CPU time and memory would escape the caller's getrusage(RUSAGE_CHILDREN).
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_ignore_interrupt)
    pending: deque[Future[list[Result]]] = deque()
    try:
        # The first submissions spawn the workers: a child started while SIGINT is ignored
        # starts ignoring it too, so a Ctrl+C that reaches a worker still starting up
        # cannot print its traceback.
        with _interrupts_ignored():
            for chunk in chunks:
                pending.append(pool.submit(_run_chunk, work, chunk))
                if len(pending) >= workers * _WINDOW_PER_WORKER:
                    break
        while pending:
            results = pending.popleft().result()
            following = next(chunks, None)
            if following is not None:
                pending.append(pool.submit(_run_chunk, work, following))
            yield from results
    except KeyboardInterrupt:
        _terminate_workers(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _terminate_workers(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now, mid-document (Python 3.14 has ``terminate_workers()``)."""
    processes: dict[int, multiprocessing.process.BaseProcess] = getattr(pool, "_processes", {})
    for process in list(processes.values()):
        process.terminate()
    for process in list(processes.values()):
        process.join(timeout=5)
