"""How the packs' copies of one data file are combined (the order is the packs' order).

* objects merge key by key, recursively;
* lists: the later pack's items come first, then the earlier packs' items it does not
  repeat — so a province's synonym extends the list and its entry wins where the first
  match decides (header roles, template families);
* anything else: the later pack's value replaces the earlier one.
"""

from __future__ import annotations

from typing import Any


def merge_data(earlier: Any, later: Any) -> Any:
    if isinstance(earlier, dict) and isinstance(later, dict):
        merged = dict(earlier)
        for key, value in later.items():
            merged[key] = merge_data(earlier[key], value) if key in earlier else value
        return merged
    if isinstance(earlier, list) and isinstance(later, list):
        return [*later, *(item for item in earlier if item not in later)]
    return later
