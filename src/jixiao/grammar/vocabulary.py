"""The grammar's vocabulary: direction words, scale and yes/no words, placeholders, and
the markers that tell a checkable text from a vague one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

from jixiao.grammar.indicator_value import Direction

# --------------------------------------------------------------------------- vocabulary


class _Dir(NamedTuple):
    """A direction word: its direction (None = approximate) and whether it is weak.

    A weak word (达到, 为, 控制在) yields to a suffix without complaint: "达到90%以上".
    """

    direction: Direction | None
    weak: bool = False


_GE, _LE, _EQ, _GT, _LT = Direction.GE, Direction.LE, Direction.EQ, Direction.GT, Direction.LT
_APPROX: Final = _Dir(None)

#: Direction words written before the number (前置方向词).
PREFIX_DIRECTIONS: Final[Mapping[str, _Dir]] = MappingProxyType({
    **dict.fromkeys(
        ("≥", "不低于", "不少于", "不小于", "不下于", "至少", "最少", "最低", "大于等于",
         "大于或等于", "不得低于", "不得少于", "不应低于", "应不低于", "≮"),
        _Dir(_GE),
    ),
    **dict.fromkeys(("达到", "达", "已达", "可达"), _Dir(_GE, weak=True)),
    **dict.fromkeys((">", "大于", "高于", "超过", "多于", "超出"), _Dir(_GT)),
    **dict.fromkeys(
        ("≤", "不超过", "不高于", "不大于", "不多于", "小于等于", "小于或等于", "至多",
         "最多", "最高", "不得超过", "不得高于", "不应超过", "不超", "不突破", "≯"),
        _Dir(_LE),
    ),
    **dict.fromkeys(("控制在", "控制"), _Dir(_LE, weak=True)),
    **dict.fromkeys(("<", "低于", "小于", "少于", "不足", "不到", "不满"), _Dir(_LT)),
    **dict.fromkeys(("=", "等于"), _Dir(_EQ)),
    **dict.fromkeys(("为",), _Dir(_EQ, weak=True)),
    **dict.fromkeys(("约", "大约", "约为", "大概", "≈", "~"), _APPROX),
})  # fmt: skip

#: Direction words written after the number and unit (后置方向词).
SUFFIX_DIRECTIONS: Final[Mapping[str, _Dir]] = MappingProxyType(
    {
        **dict.fromkeys(("以上", "及以上", "或以上", "之上"), _Dir(_GE)),
        **dict.fromkeys(
            ("以下", "及以下", "或以下", "以内", "之内", "内", "以前", "之前", "前"), _Dir(_LE)
        ),
        **dict.fromkeys(("左右", "上下"), _APPROX),
    }
)

INCLUSION: Final[dict[str, bool]] = {"(含)": True, "(不含)": False}


def _words(text: str) -> frozenset[str]:
    """A set of words written space-separated."""
    return frozenset(text.split())


#: Words of graded scales (分级定性档次); tokenised longest-first.
GRADE_WORDS: Final[frozenset[str]] = _words(
    "优秀 优良 优 良好 良 中等 中 及格 不及格 较差 差 很好 非常好 好 较好 一般 高 较高 低 较低 "
    "满意 非常满意 很满意 比较满意 较满意 基本满意 不满意 非常不满意 "
    "达标 基本达标 不达标 未达标 合格 基本合格 不合格 完成 基本完成 未完成 "
    "是 否 有 无 达到 未达到 通过 未通过 不通过 符合 基本符合 不符合 及时 不及时 "
    "正常 异常 不正常"
)

#: Two-level (pass/fail, yes/no) scales: a pair of these is BINARY, not GRADED.
POLAR_PAIRS: Final[frozenset[frozenset[str]]] = frozenset(
    frozenset(p.split("/"))
    for p in _words(
        "是/否 有/无 达标/不达标 达标/未达标 合格/不合格 完成/未完成 达到/未达到 通过/未通过 "
        "通过/不通过 符合/不符合 及时/不及时 满意/不满意 正常/异常 正常/不正常"
    )
)

#: A lone word that is a pole of a yes/no or pass/fail scale (BINARY).
BINARY_SINGLES: Final[frozenset[str]] = _words(
    "是 否 有 无 达标 不达标 未达标 合格 不合格 完成 未完成 通过 未通过 不通过 符合 不符合 未达到"
)

#: A lone word that names one level of a graded scale (GRADED).
GRADE_SINGLES: Final[frozenset[str]] = _words(
    "优秀 优良 优 良好 良 中等 中 及格 较差 差 很好 非常好 好 较好 一般 高 较高 低 较低 "
    "满意 非常满意 很满意 比较满意 较满意 基本满意 基本达标 基本合格 基本完成 基本符合"
)

LEVEL_SEPARATORS: Final = frozenset("/\\、,;|或和")
SINGLE_CHAR_SCALE: Final = frozenset("优良中差")

PLACEHOLDERS: Final[dict[str, str]] = {
    **dict.fromkeys(
        ("/", "\\", "-", "--", "---", "----", "...", "......", "…", "……", "n/a", "na",
         "null", "none", "空", "暂无", "无数据", "x", "×"),
        "指标值为占位符",
    ),
    **dict.fromkeys(("待定", "另行确定", "待确定"), "指标值待定"),
}  # fmt: skip

# TEXT: a checkable anchor (deadline, standard, plan, rule, none of something happening:
# 零事故, 全年0事故, 无安全事故); VAGUE: a praise/comparison word.
TEXT_ANCHOR: Final = re.compile(
    "(?:^|全年|年内)(?:零(?![星散售件碎])|0)[\u4e00-\u9fff]|"
    "^(?:全年|年内)?无[\u4e00-\u9fff]{0,6}(?:事故|事件|投诉|差错)$|"
    "年度|年底|年末|年终|年初|年前|月底|月末|月初|季度|季末|半年|之前|以前|前完成|按时|按期|"
    "如期|准时|按照|依照|依据|根据|遵照|遵守|严格|符合|执行|不超|不得|不可|不突破|未超|无超|"
    "标准|规定|要求|计划|合同|制度|完成"
)
VAGUE_MARKER: Final = re.compile(
    "进一步|有所|逐步|不断|持续|稳步|显著|明显|大幅|较大|有效|良好|提高|提升|改善|增强|加强|"
    "优化|比上年|同比|环比|较上年|更加|积极|努力|力争|尽量|争取"
)
QUESTION: Final = re.compile(r"是否|^(?:有无|能否|可否|是不是)|与否$|^是[/\\、|或]?否")
DATE: Final = re.compile(
    r"(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{4}年[0-9]{1,2}月"
    r"|[0-9]{4}[-./][0-9]{1,2}[-./][0-9]{1,2}"
)
ASCII_DIGIT: Final = re.compile("[0-9]")
CJK: Final = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: Quotes and sentence punctuation absorbed around a value.
ABSORBABLE: Final = frozenset(" ,.;:。、!?“”\"'‘’「」『』")
