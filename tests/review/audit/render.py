"""The precision audit of the review on real documents that are not seeds.

Every warning and error the review gives on the corpus documents (tests/fixtures/corpus,
plans and self-evaluations from which the import reads at least one indicator) was read
and classified by hand in ``classification.json``: real, defensible, or a false alarm —
of the review itself (``false_alarm_review``) or caused by the import misreading the
document (``false_alarm_import``). ``python -m tests.review.audit.render`` rewrites
docs/rules/audit.md from the classification and a fresh review; the test
``tests/review/test_audit.py`` fails when the review's findings no longer match the
classification, so the audit cannot go stale silently; ``--pending`` lists what to read.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from jixiao.importers.api import import_file
from jixiao.review import review_plan
from tests.review.audit.heldout import (
    heldout_round3_section,
    heldout_round4_section,
    heldout_round5_section,
    heldout_round6_section,
    heldout_round7_section,
    heldout_round8_section,
    heldout_section,
)
from tests.review.audit.heldout_later import (
    heldout_round9_section,
    heldout_round10_section,
    heldout_round11_section,
    heldout_round12_section,
    heldout_round13_section,
    heldout_round14_section,
    heldout_round15_section,
)
from tests.review.audit.heldout_recent import heldout_round16_section, heldout_round17_section

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
CLASSIFICATION = Path(__file__).with_name("classification.json")
PAGE = ROOT / "docs" / "rules" / "audit.md"
KINDS = ("plan", "self_evaluation")
CLASSES = {
    "real": "属实",
    "defensible": "可商榷（有道理）",
    "false_alarm_review": "误报（审核规则）",
    "false_alarm_import": "误报（导入误读）",
}
Key = tuple[str, str, int | None, int | None]


def audited_documents() -> list[str]:
    """Corpus documents from which the import reads at least one indicator."""
    found = []
    for kind in KINDS:
        for path in sorted((CORPUS / kind).glob("*.txt")):
            if import_file(path).indicator_count:
                found.append(f"{kind}/{path.stem}")
    return found


def current_findings(
    documents: list[str], severities: tuple[str, ...] = ("warning", "error")
) -> list[dict[str, Any]]:
    """The findings of ``severities`` (warnings and errors) the review gives on ``documents``."""
    out = []
    for document in documents:
        plan = import_file(CORPUS / f"{document}.txt")
        for f in review_plan(plan).findings:
            if f.severity.value in severities:
                out.append({"document": document, "rule": f.rule, "project": f.project_index,
                            "indicator": f.indicator_index, "message": f.message})  # fmt: skip
    return out


def key(entry: dict[str, Any]) -> Key:
    return (entry["document"], entry["rule"], entry["project"], entry["indicator"])


def classification() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = json.loads(CLASSIFICATION.read_text(encoding="utf-8"))
    return loaded


def render(documents: list[str], entries: list[dict[str, Any]]) -> str:
    counts = Counter(e["class"] for e in entries)
    total = len(entries)
    review_fa = counts["false_alarm_review"]
    import_fa = counts["false_alarm_import"]
    lines = [
        "<!-- 本页由 tests/review/audit/render.py 根据人工分类生成，请勿手工修改。 -->",
        "",
        "# 审核准确性核查（非种子真实文档）",
        "",
        f"核查对象：导入语料（tests/fixtures/corpus）中能读出指标的 {len(documents)} 份其他省份"
        "真实文档（目标表、申报表与自评表），逐条阅读审核给出的每一条“警告”和“错误”，"
        "对照原文分为：属实、可商榷、误报（审核规则）、误报（导入误读）。",
        "",
        "| 分类 | 条数 | 占比 |",
        "|---|---|---|",
    ]
    for cls, label in CLASSES.items():
        share = counts[cls] / total if total else 0.0
        lines.append(f"| {label} | {counts[cls]} | {share:.1%} |")
    lines += [
        f"| 合计 | {total} | 100% |",
        "",
        f"审核规则本身的误报率 {review_fa / total:.1%}（目标 ≤ 5%）；连同导入误读造成的误报，"
        f"误报率 {(review_fa + import_fa) / total:.1%}。导入误读（把依据列、分值或表头读成指标值，"
        "中期与年度资金配错）随导入改进（议题11）减少；本表由测试重新计算，导入或规则一变即需重新核查。",
        "",
        "规则在本批文档上调整过（层级名称后的“(必填)”注释、旧模板把满意度放在效益指标下、"
        "名称括号中的单位、表格自身文字、模板占位的金额、服务时长的“≥”），"
        "所以这是样本内的数字；未见过的文档上的准确性见下节“未见过的文档（第二轮）”。",
        "",
        *heldout_section(entries),
        *heldout_round3_section(entries),
        *heldout_round4_section(entries),
        *heldout_round5_section(entries),
        *heldout_round6_section(entries),
        *heldout_round7_section(entries),
        *heldout_round8_section(entries),
        *heldout_round9_section(entries),
        *heldout_round10_section(entries),
        *heldout_round11_section(entries),
        *heldout_round12_section(entries),
        *heldout_round13_section(entries),
        *heldout_round14_section(entries),
        *heldout_round15_section(entries),
        *heldout_round16_section(entries),
        *heldout_round17_section(entries),
        "## 按规则",
        "",
        "| 规则 | 属实 | 可商榷 | 误报（规则） | 误报（导入） |",
        "|---|---|---|---|---|",
    ]
    by_rule: dict[str, Counter[str]] = {}
    for e in entries:
        by_rule.setdefault(e["rule"], Counter())[e["class"]] += 1
    for rule in sorted(by_rule):
        c = by_rule[rule]
        lines.append(f"| {rule} | {c['real']} | {c['defensible']} | "
                     f"{c['false_alarm_review']} | {c['false_alarm_import']} |")  # fmt: skip
    lines += ["", "## 逐条", "", "| 文档 | 规则 | 项目 | 指标 | 审核说明 | 分类 | 核查意见 |",
              "|---|---|---|---|---|---|---|"]  # fmt: skip
    for e in entries:
        message = str(e["message"]).replace("|", "\\|")
        lines.append(
            f"| {e['document']} | {e['rule']} | {e['project'] or ''} | {e['indicator'] or ''} | "
            f"{message} | {CLASSES[e['class']]} | {e['note']} |"
        )
    lines += ["", "## 核查的文档", ""] + [f"* {d}" for d in documents]
    return "\n".join(lines) + "\n"


def pending(documents: list[str]) -> None:
    """Print the findings to classify and the classified ones the review no longer gives."""
    now = {key(f): f for f in current_findings(documents)}
    old = {key(e) for e in classification()}
    for k, f in now.items():
        if k not in old:
            print("待分类", k, f["message"])
    for k in old - set(now):
        print("已消失", k)


def main() -> None:
    import sys

    documents = audited_documents()
    if "--pending" in sys.argv:
        pending(documents)
        return
    PAGE.write_text(render(documents, classification()), encoding="utf-8")
    print(f"已写出 {PAGE}")


if __name__ == "__main__":
    main()
