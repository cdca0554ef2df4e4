"""指标库 (indicator library): the indicators real plans use, and suggestions for a project.

>>> from jixiao.library import build_library, suggest
>>> library = build_library(plans)                      # doctest: +SKIP
>>> suggest(library, "办公楼物业管理", limit=5)            # doctest: +SKIP
"""

from jixiao.library.build import build_library
from jixiao.library.keys import IndicatorKey, indicator_key, name_key
from jixiao.library.models import (
    IndicatorLibrary,
    LibraryEntry,
    QuantitativeSummary,
    Suggestion,
    ValueCount,
)
from jixiao.library.suggest import suggest

__all__ = [
    "IndicatorKey",
    "IndicatorLibrary",
    "LibraryEntry",
    "QuantitativeSummary",
    "Suggestion",
    "ValueCount",
    "build_library",
    "indicator_key",
    "name_key",
    "suggest",
]
