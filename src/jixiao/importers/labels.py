"""Label vocabulary of the 绩效目标表: the words that name fields in every layout."""

from __future__ import annotations

import re

# Each label a tuple[str, ...]: the goal table tells labels apart by identity, and mypyc
# keeps a fixed-length tuple unboxed, a new object at every read (compiled build).
PROJECT_CODE: tuple[str, ...] = ("项目编码", "项目代码")
PROJECT_NAME: tuple[str, ...] = ("项目名称",)
BUDGET_TOTAL: tuple[str, ...] = (
    "预算数", "年度资金总额", "资金总额", "项目资金总额", "预算金额", "项目总金额"
)  # fmt: skip
BUDGET_FISCAL: tuple[str, ...] = ("其中：财政资金", "财政资金", "其中：财政拨款", "财政拨款")
BUDGET_OTHER: tuple[str, ...] = ("其他资金",)
PURPOSE: tuple[str, ...] = ("资金用途", "资金用途说明")
GOALS: tuple[str, ...] = ("绩效目标", "年度绩效目标", "年度总体目标", "年度目标")
UNIT: tuple[str, ...] = ("单位名称", "实施单位", "预算单位")
SPEND_PLAN: tuple[str, ...] = ("资金支出计划（%）", "资金支出计划(%)", "资金支出计划")

# Each label text -> the tuple above naming its field: one look-up per cell (a label in two
# tuples keeps the first, in the order the goal table once tested them).
FIELD_LABELS: dict[str, tuple[str, ...]] = {}
for _names in (
    PROJECT_CODE, PROJECT_NAME, BUDGET_TOTAL, BUDGET_FISCAL, BUDGET_OTHER, PURPOSE, UNIT, GOALS,
):  # fmt: skip
    for _name in _names:
        FIELD_LABELS.setdefault(_name, _names)

# Columns of the indicator grid, each with the header words that name it.
GRID_COLUMNS: dict[str, tuple[str, ...]] = {
    "level1": ("一级指标",),
    "level2": ("二级指标",),
    "level3": ("三级指标", "指标名称", "绩效指标"),
    "description": ("绩效指标描述", "指标描述", "指标内容", "指标解释"),
    "value": ("指标值", "目标值", "年度指标值", "指标目标值"),
    "basis": ("指标值确定依据", "确定依据", "指标值依据", "依据"),
}

LEVEL1_NAMES = frozenset({"产出指标", "效益指标", "满意度指标", "成本指标"})
LEVEL2_NAMES = frozenset(
    {
        "数量指标",
        "质量指标",
        "时效指标",
        "成本指标",
        "经济效益指标",
        "社会效益指标",
        "生态效益指标",
        "可持续影响指标",
        "服务对象满意度指标",
        "经济成本指标",
        "社会成本指标",
        "生态环境成本指标",
    }
)

_CHECKPOINT = re.compile(r"^(3|6|10|12)月(?:底|末)?$")


# each text asked about -> its checkpoint or None: every 资金支出计划 header repeats them
_CHECKPOINTS: dict[str, str | None] = {}
_CHECKPOINTS_KEPT = 4096


def checkpoint_of(text: str) -> str | None:
    """'3 月底' / '3月末' -> '3月底'; None for other text (remembered per text)."""
    found = _CHECKPOINTS.get(text, text)
    if found is text:  # (unseen: no remembered answer is the text asked about itself)
        if len(_CHECKPOINTS) >= _CHECKPOINTS_KEPT:
            _CHECKPOINTS.clear()
        match = _CHECKPOINT.match(text.replace(" ", ""))
        found = _CHECKPOINTS[text] = f"{match.group(1)}月底" if match else None
    return found


def matches(text: str, labels: tuple[str, ...]) -> bool:
    return text in labels


# each header word -> the first grid field it names: one look-up per header cell
_GRID_FIELD_OF: dict[str, str] = {}
for _field, _names in GRID_COLUMNS.items():
    for _name in _names:
        _GRID_FIELD_OF.setdefault(_name, _field)


def grid_column(text: str) -> str | None:
    """The grid field a header cell names, or None."""
    return _GRID_FIELD_OF.get(text)
