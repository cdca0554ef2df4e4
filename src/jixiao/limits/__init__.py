"""Bounds on what one upload or one job may cost: file checks before parsing, and a child
process with CPU-time and memory limits for the parse itself (framework-free)."""

from jixiao.limits.checks import check_file
from jixiao.limits.errors import Cancelled, LimitExceeded
from jixiao.limits.sandbox import run_bounded
from jixiao.limits.settings import Limits

__all__ = ["Cancelled", "LimitExceeded", "Limits", "check_file", "run_bounded"]
