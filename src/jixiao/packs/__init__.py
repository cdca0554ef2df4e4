"""扩展包 (packs): named, versioned bundles of a province's or a template family's data and
code — header synonyms, template families, profiles, weights, benchmark tables, readers,
writers, rule families, scoring methods. jixiao's own support is the built-in pack
``jixiao``; see docs/packs.md.

Every loader of profile data asks this package (:func:`data_text`, :func:`merged_data`,
:func:`contributed`) instead of opening bundled files.
"""

from jixiao.packs.pack import HOOKS, MANIFEST, Pack, PackError, folder_pack
from jixiao.packs.registry import (
    contributed,
    contributed_by,
    data_names,
    data_source,
    data_text,
    installed,
    listing,
    merged_data,
    provides,
)
from jixiao.packs.stamp import PackVersion, built_in_label, label, produced_by

__all__ = [
    "HOOKS",
    "MANIFEST",
    "Pack",
    "PackError",
    "PackVersion",
    "built_in_label",
    "contributed",
    "contributed_by",
    "data_names",
    "data_source",
    "data_text",
    "folder_pack",
    "installed",
    "label",
    "listing",
    "merged_data",
    "produced_by",
    "provides",
]
