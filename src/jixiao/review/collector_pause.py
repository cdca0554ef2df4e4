"""The cyclic garbage collector held off while a document is reviewed.

A review allocates many short-lived, acyclic objects (views, hits, findings): reference
counting frees them, yet every 700 allocations the collector scans the young ones, which
took about a seventh of a warm review (``bench/review_costs.py``). It is paused for the
duration of one review and resumed after, so what one document allocates bounds the
garbage it can leave waiting; cycles, if any, are collected once it runs again.

Reviews in several threads share one counter: the first to start pauses the collector
(only if it was running), the last to finish resumes it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_active = 0
_paused_by_us = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic collector paused (nested and threaded uses are safe)."""
    global _active, _paused_by_us
    with _lock:
        if _active == 0 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _paused_by_us:
                _paused_by_us = False
                gc.enable()
