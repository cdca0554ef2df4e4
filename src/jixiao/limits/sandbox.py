"""Run one parse in a child process bounded by ``resource.setrlimit``.

The child gets a CPU-time limit (the kernel stops it with SIGXCPU, then SIGKILL) and an
address-space limit on top of what it inherited, so a hostile document ends the child,
never the worker that started it. The parent waits, polling a cancellation callback, and
turns every way the child can end into a result or one Chinese line.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from jixiao.importers.errors import ImportFailed
from jixiao.limits.errors import Cancelled, LimitExceeded
from jixiao.limits.settings import Limits

T = TypeVar("T")
POLL_SECONDS = 0.2


def _address_space() -> int:
    """This process's current virtual size in bytes (what RLIMIT_AS counts)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(
    out: Connection, func: Callable[..., Any], args: tuple[Any, ...], limits: Limits
) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 2))
    ceiling = _address_space() + limits.memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
    try:
        out.send(("ok", func(*args)))
    except MemoryError:
        out.send(("memory", None))
    except ImportFailed as failure:
        out.send(("failed", (failure.file, failure.message)))
    except Exception as error:  # reported to the parent as one line, with the trace kept
        out.send(("error", (f"{type(error).__name__}: {error}", traceback.format_exc())))
    finally:
        out.close()


def _limit_message(limits: Limits, exitcode: int | None) -> str:
    if exitcode in (-signal.SIGXCPU, -signal.SIGKILL):
        return f"超过单个任务的 CPU 时间限制（{limits.cpu_seconds} 秒）"
    return f"处理进程异常退出（可能超过内存限制 {Limits.megabytes(limits.memory_bytes)}）"


def run_bounded(
    func: Callable[..., T],
    *args: Any,
    limits: Limits,
    name: str,
    cancelled: Callable[[], bool] = lambda: False,
) -> T:
    """``func(*args)`` in a bounded child process; ``name`` is the file the errors name.

    Raises :class:`LimitExceeded` (over a limit), :class:`ImportFailed` (the parse's own
    refusal) or :class:`Cancelled`.
    """
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, func, args, limits), daemon=True)
    child.start()
    send.close()
    # A child that sleeps uses no CPU: a wall-clock bound too, generous enough that a busy
    # machine (CPU shared with other work) still reaches the CPU limit first.
    wall_seconds = max(5 * limits.cpu_seconds, limits.cpu_seconds + 60)
    wall_deadline = time.monotonic() + wall_seconds
    try:
        while True:
            if receive.poll(POLL_SECONDS):
                try:
                    kind, payload = receive.recv()
                except EOFError:
                    break  # the child died before it could answer
                result: T = _outcome(kind, payload, name, limits)
                return result
            if not child.is_alive() and not receive.poll(0):
                break
            if cancelled():
                raise Cancelled()
            if time.monotonic() > wall_deadline:
                raise LimitExceeded(name, f"处理时间过长（超过 {wall_seconds} 秒）")
        child.join()
        raise LimitExceeded(name, _limit_message(limits, child.exitcode))
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()


def _outcome(kind: str, payload: Any, name: str, limits: Limits) -> Any:  # the child's T
    if kind == "ok":
        return payload
    if kind == "memory":
        raise LimitExceeded(
            name, f"超过单个任务的内存限制（{Limits.megabytes(limits.memory_bytes)}）"
        )
    if kind == "failed":
        raise ImportFailed(*payload)
    message, trace = payload
    raise RuntimeError(f"{name}: {message}\n{trace}")
