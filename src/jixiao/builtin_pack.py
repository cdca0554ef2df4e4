"""jixiao's own support as a pack, registered like any other (entry point ``jixiao.packs``).

Its data are the files of ``jixiao/profiles`` (Hebei and the national defaults); its code
the built-in readers, writers, rule families and scoring methods. A province's pack adds
to or overrides these the same way (docs/packs.md).
"""

from __future__ import annotations

from importlib import metadata, resources

from jixiao.packs import Pack


def _version() -> str:
    try:
        return metadata.version("jixiao")
    except metadata.PackageNotFoundError:  # run from a source tree that is not installed
        return "0+unknown"


PACK = Pack(
    name="jixiao",
    version=_version(),
    title="内置：河北省与全国通用数据",
    data=resources.files("jixiao.profiles"),
    code={
        "readers": ("jixiao.importers.registry:BUILT_IN_READERS",),
        "formats": ("jixiao.exporters.formats:BUILT_IN_FORMATS",),
        "rule_sets": ("jixiao.review.builtin_rules:BUILT_IN_RULES",),
        "scoring_methods": ("jixiao.scoring.methods:METHODS",),
    },
)
