"""导入提示 as findings: the codes the importers raise, in a catalogue like any check.

The plan keeps each :class:`~jixiao.model.plan.ImportIssue` as it was published (``code``,
``message``, ``source``: the plan's JSON schema and the stored plans use that shape);
:func:`import_finding` gives the same issue as a :class:`Finding`, so that pages and
outputs list import problems beside the review's.
"""

from __future__ import annotations

from jixiao.checks.catalogue import Catalogue, Check
from jixiao.checks.finding import Finding
from jixiao.checks.severity import Severity
from jixiao.model.plan import ImportIssue
from jixiao.packs.stamp import built_in_label


def _check(code: str, severity: Severity, title: str, explanation: str, suggestion: str) -> Check:
    return Check(code, severity, title, explanation, suggestion)


_W, _I = Severity.WARNING, Severity.INFO
_CHECK_FILE = "对照原文件核对该处，必要时在原文件中改正后重新导入。"
IMPORT_CHECKS: Catalogue[Check] = Catalogue(
    "导入提示",
    (
        _check("no-structure", _W, "未识别到文档结构",
               "没有读到部门整体绩效目标、项目绩效目标表或公开表，文档可能不是绩效文本。",
               "确认文件内容；其他模板的表格须有可识别的表头。"),
        _check("text-not-understood", _W, "无法归属的文字",
               "绩效目标表中的一段文字不属于任何可识别的栏目，未导入。", _CHECK_FILE),
        _check("row-outside-table", _W, "表格行不属于任何表",
               "一行表格出现在可识别的表之外，未导入。", _CHECK_FILE),
        _check("row-not-understood", _W, "无法识别的表格行",
               "绩效目标表中的一行无法对应到栏目，未导入。", _CHECK_FILE),
        _check("row-shifted", _I, "表格行整体左移",
               "该行缺少首列空单元格，已按右移一列读取。", _CHECK_FILE),
        _check("row-continued", _I, "跨页续行已合并",
               "表格跨页时的续行已并入上一指标行。", _CHECK_FILE),
        _check("continuation-repeated", _I, "跨页续行与上一页重复",
               "跨页续行重复了上一页的内容，未重复拼接。", _CHECK_FILE),
        _check("department-from-unit", _I, "部门名称按预算单位推定",
               "文档未写明部门名称，按首个预算单位推定。", "在文档中写明部门名称。"),
        _check("year-inferred", _I, "预算年度由项目文字推定",
               "文档未写明预算年度，依据项目文字推定。", "在文档标题中写明预算年度。"),
        _check("year-missing", _W, "缺少预算年度",
               "文档未写明预算年度，也无法推定。", "在文档标题中写明预算年度。"),
        _check("indicator-without-value", _W, "指标没有指标值",
               "三级指标没有指标值，未导入。", "补填指标值后重新导入。"),
        _check("amount-unreadable", _W, "金额不是数字",
               "金额栏的内容不是数字，未导入。", "金额栏只填数字（万元）。"),
        _check("spend-plan-unreadable", _W, "资金支出计划不是百分数",
               "资金支出计划栏的内容不是百分数，未导入。", "各时点填写累计支出比例（%）。"),
        _check("spend-plan-misaligned", _I, "资金支出计划与月份列未对齐",
               "资金支出计划的数值与月份列未对齐，已按顺序对应到各月份。", _CHECK_FILE),
        _check("project-without-name", _W, "项目缺少名称",
               "项目绩效目标表没有项目名称。", "填写项目名称。"),
        _check("project-without-indicators", _W, "项目没有绩效指标",
               "项目绩效目标表没有读到绩效指标。", "补充三级绩效指标。"),
    ),
)  # fmt: skip


def import_finding(issue: ImportIssue, source_file: str) -> Finding:
    """``issue`` of the plan read from ``source_file`` as a finding.

    A code the catalogue does not know yet (a reader newer than it) keeps its own words.
    """
    check = IMPORT_CHECKS.get(issue.code)
    return Finding(
        rule=issue.code,
        title=check.title if check else issue.code,
        severity=check.severity if check else Severity.WARNING,
        source=source_file,
        message=issue.message,
        suggestion=check.suggestion if check else _CHECK_FILE,
        location=issue.source,
        pack=(check.pack if check else None) or built_in_label(),
    )
