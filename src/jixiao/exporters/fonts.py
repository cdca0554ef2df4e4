"""The CJK fonts jixiao brings along, so a PDF shows its Chinese on any machine.

A fresh Debian has no CJK font: WeasyPrint would draw empty boxes (or, with no font at all,
Pango crashes). The fonts come from the ``pylopdf-fonts-zh-cn`` wheel — Noto Serif SC and
Noto Sans SC, SIL Open Font License 1.1, the same design as Debian's fonts-noto-cjk — and
are registered with WeasyPrint by ``@font-face`` from their installed path. WeasyPrint
embeds only the glyphs a document uses.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pylopdf_fonts_zh_cn

SERIF_FAMILY = "jixiao Noto Serif SC"
SANS_FAMILY = "jixiao Noto Sans SC"


def serif_path() -> Path:
    return Path(pylopdf_fonts_zh_cn.serif_path())


def sans_path() -> Path:
    return Path(pylopdf_fonts_zh_cn.sans_path())


@cache
def font_face_css() -> str:
    """``@font-face`` rules naming the bundled fonts (regular; bold is synthesised)."""
    rules = []
    for family, path in ((SERIF_FAMILY, serif_path()), (SANS_FAMILY, sans_path())):
        rules.append(f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}"); }}')
    return "\n".join(rules)
