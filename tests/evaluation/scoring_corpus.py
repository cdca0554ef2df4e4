"""Rescore every real self-evaluation of the corpus by jixiao's method and compare with
the document's own 得分 and 总分.

Each 自评表 of ``tests/fixtures/corpus/self_evaluation`` (and of the real samples, when the
corpus does not already hold it) is imported with ``jixiao import``; every project whose
rows state 分值 and 得分 is rescored on those 分值 (:func:`jixiao.evaluation.stated.
rescore_stated`) under the official profile (hebei-county, 财预〔2020〕10号) and, when one
exists, the province's own profile. Each differing row gets its cause; each stated 总分
is compared with the recomputed one. ``python -m tests.evaluation.scoring_corpus``
rewrites docs/scoring-corpus.md; ``tests/evaluation/test_scoring_corpus.py`` fails when
the page is stale and asserts its figures.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jixiao.evaluation.stated import CAUSE_NAMES, Cause, ProjectRescore, rescore_stated
from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.scoring.profile import (
    DEFAULT_EVALUATION_PROFILE,
    available_evaluation_profiles,
    load_evaluation_profile,
)

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "self_evaluation"
SAMPLES = Path("/work/shared/samples/real")
DOC = ROOT / "docs" / "scoring-corpus.md"


@dataclass
class ProjectResult:
    name: str
    rescore: ProjectRescore
    province_rescore: ProjectRescore | None = None


@dataclass
class DocResult:
    path: Path
    province: str
    projects: list[ProjectResult] = field(default_factory=list)
    error: str | None = None
    transcribed_scores: int = 0  # rows the hand transcription gives 分值 and 得分
    imported_scores: int = 0  # rows the import read with 分值 and 得分
    totals_from_transcription: int = 0  # stated 总分 the import missed, from the transcription
    totals_imported: int = 0  # stated 总分 the import read
    rates_from_transcription: int = 0  # 预算执行率 the import missed, from the transcription

    def causes(self) -> Counter[Cause]:
        return Counter(r.cause for p in self.projects for r in p.rescore.rows)


def _documents() -> list[tuple[Path, Path | None]]:
    """(document, transcription or None) for the corpus and the samples it lacks."""
    pairs: list[tuple[Path, Path | None]] = []
    for expected in sorted(CORPUS.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        docs = [p for p in CORPUS.glob(stem + ".*") if not p.name.endswith(".json")]
        if docs:
            pairs.append((docs[0], expected))
    held = [p.stem.split("_")[1] for p, _ in pairs]
    for sample in sorted(SAMPLES.glob("selfeval_*.txt")) if SAMPLES.is_dir() else []:
        slug = sample.stem.split("_")[2]  # the corpus may add a layout tag to the slug
        if not any(h.startswith(slug) for h in held):
            pairs.append((sample, None))
    return pairs


def _province(document: Path, expected: Path | None) -> str:
    if expected is not None:
        return str(json.loads(expected.read_text(encoding="utf-8")).get("province", "unknown"))
    return document.stem.split("_")[1]


def _transcribed(expected: Path | None) -> int:
    if expected is None:
        return 0
    data = json.loads(expected.read_text(encoding="utf-8"))
    return sum(
        1
        for p in data.get("projects", [])
        for i in p.get("indicators", [])
        if i.get("weight") is not None and i.get("score") is not None
    )


def _key(name: str | None) -> str:
    return "".join((name or "").split())


def _stated(expected: Path | None, key: str) -> dict[object, Decimal]:
    """A transcribed project figure (总分, 预算执行率) by project name, and by position."""
    if expected is None:
        return {}
    data = json.loads(expected.read_text(encoding="utf-8"))
    out: dict[object, Decimal] = {}
    for index, p in enumerate(data.get("projects", [])):
        if p.get(key) is not None:
            figure = Decimal(str(p[key]))
            out[index] = figure
            if p.get("name"):
                out[_key(p["name"])] = figure
    return out


def measure(document: Path, expected: Path | None) -> DocResult:
    province = _province(document, expected)
    result = DocResult(document, province, transcribed_scores=_transcribed(expected))
    official = load_evaluation_profile(DEFAULT_EVALUATION_PROFILE).scoring
    own = (
        load_evaluation_profile(province).scoring
        if province in available_evaluation_profiles() and province != DEFAULT_EVALUATION_PROFILE
        else None
    )
    try:
        plan = import_file(document)
    except ImportFailed as error:
        result.error = str(error)
        return result
    totals = _stated(expected, "total_score")
    rates = _stated(expected, "execution_rate")
    for index, imported in enumerate(plan.projects):
        project = imported
        if project.total_score is None:
            # The import does not read every template's 总分 yet: take the document's own
            # figure from the hand transcription (the rows stay the import's).
            stated = totals.get(_key(project.name), totals.get(index))
            project = imported.model_copy(update={"total_score": stated})
            result.totals_from_transcription += stated is not None
        else:
            result.totals_imported += 1
        if project.execution_rate is None and project.spent is None:
            rate = rates.get(_key(project.name), rates.get(index))
            project = project.model_copy(update={"execution_rate": rate})
            result.rates_from_transcription += rate is not None
        rescore = rescore_stated(project, official)
        if not rescore.rows and project.total_score is None:
            continue
        result.imported_scores += len(rescore.rows)
        other = rescore_stated(project, own) if own is not None else None
        result.projects.append(ProjectResult(project.name, rescore, other))
    return result


def measure_all() -> list[DocResult]:
    return [measure(document, expected) for document, expected in _documents()]


@dataclass
class Figures:
    documents: int = 0
    with_scores: int = 0  # documents whose import gives rows with 分值 and 得分
    totals_stated: int = 0  # projects stating 总分 with recomputable rows
    totals_equal: int = 0
    totals_equal_province: int = 0
    total_arithmetic_wrong: int = 0
    rows: Counter[Cause] = field(default_factory=Counter)
    rows_province: Counter[Cause] = field(default_factory=Counter)
    total_causes: Counter[str] = field(default_factory=Counter)


def total_cause(rescore: ProjectRescore) -> str:
    """Why a stated 总分 differs: the document's own arithmetic first, then another method;
    what is left is jixiao's (to be fixed)."""
    causes = {row.cause for row in rescore.rows}
    if rescore.total_arithmetic_wrong or any(c.is_document_defect for c in causes):
        return "文档自身算术"
    if Cause.OTHER_METHOD in causes:
        return "另一计分方法"
    return "jixiao"


def figures(results: list[DocResult]) -> Figures:
    out = Figures(documents=len(results))
    for r in results:
        out.with_scores += any(p.rescore.rows for p in r.projects)
        for p in r.projects:
            out.rows.update(row.cause for row in p.rescore.rows)
            chosen = p.province_rescore or p.rescore
            out.rows_province.update(row.cause for row in chosen.rows)
            out.total_arithmetic_wrong += p.rescore.total_arithmetic_wrong
            if p.rescore.total_matches is None:
                continue
            out.totals_stated += 1
            out.totals_equal += bool(p.rescore.total_matches)
            if not p.rescore.total_matches:
                out.total_causes[total_cause(p.rescore)] += 1
            out.totals_equal_province += bool(chosen.total_matches)
    return out


def _causes(counts: Counter[str]) -> str:
    return "、".join(f"{cause} {n}" for cause, n in sorted(counts.items())) or "无"


def _num(value: object) -> str:
    return "—" if value is None else str(value)


def _project_line(r: DocResult, p: ProjectResult) -> str:
    s = p.rescore
    causes = Counter(row.cause for row in s.rows if row.cause is not Cause.SAME)
    said = "；".join(f"{CAUSE_NAMES[c]} {n}" for c, n in sorted(causes.items()))
    match = {None: "—", True: "相等", False: "不等"}[s.total_matches]
    cells = [
        f"{r.path.name}｜{p.name[:24]}",
        r.province,
        str(len(s.rows)),
        str(sum(row.cause is Cause.SAME for row in s.rows)),
        _num(s.stated_total),
        _num(s.stated_sum),
        _num(s.recomputed_total),
        match,
        "是" if s.total_arithmetic_wrong else "",
        said,
    ]
    return "| " + " | ".join(cells) + " |"


def _differences(results: list[DocResult]) -> list[str]:
    lines = []
    for r in results:
        for p in r.projects:
            for row in p.rescore.rows:
                if row.cause is Cause.SAME:
                    continue
                i = row.indicator
                lines.append(
                    f"| {r.path.name} | {i.level3[:24]} | {i.value[:16]} | {(i.actual or '')[:16]} "
                    f"| {row.weight} | {row.stated} | {_num(row.recomputed)} "
                    f"| {CAUSE_NAMES[row.cause]} |"
                )
    return lines


def render(results: list[DocResult]) -> str:
    f = figures(results)
    transcribed = sum(r.totals_from_transcription for r in results)
    imported = sum(r.totals_imported for r in results)
    rates = sum(r.rates_from_transcription for r in results)
    lines = [
        "# 自评打分语料测评 (scoring corpus)",
        "",
        "Generated by `python -m tests.evaluation.scoring_corpus`; `tests/evaluation/"
        "test_scoring_corpus.py` fails when this page is stale. Every real 自评表 of",
        "`tests/fixtures/corpus/self_evaluation/` (the real samples are all among them) is",
        "imported; each row stating 分值 and 得分 is rescored on its own 分值 by the official",
        "method (profile `hebei-county`, 财预〔2020〕10号: 正向按 实际/目标,",
        "反向线性扣分, 定性分档，档内得分由评价人定),",
        "the 预算执行率 earning what the 分值 leave of 100 (at most 10). A stated score equals the",
        "recomputed one when the recomputed score, rounded to the stated decimals, is it.",
        "",
        "## 合计",
        "",
        f"- 文档 {f.documents}，其中导入读到分值和得分的 {f.with_scores}。",
        f"- 写明总分且可重算的项目 {f.totals_stated}：按官方方法总分相等 {f.totals_equal}，"
        f"按本省方案（有时）相等 {f.totals_equal_province}。",
        f"- 公布总分由导入读到的 {imported}，导入未读到、取自人工转录的 {transcribed}；"
        f"预算执行率导入未读到、取自人工转录的 {rates}"
        "（各行的分值、得分、目标值和实际值都取自导入）。",
        f"- 总分不等的原因：{_causes(f.total_causes)}。",
        f"- 总分与各项得分合计对不上（文档自身算术错误）的项目 {f.total_arithmetic_wrong}。",
        "",
        "| 指标行 | 官方方法 | 本省方案（有时） |",
        "|---|---|---|",
    ]
    for cause in Cause:
        lines.append(f"| {CAUSE_NAMES[cause]} | {f.rows[cause]} | {f.rows_province[cause]} |")
    lines.append(f"| 合计 | {f.rows.total()} | {f.rows_province.total()} |")
    lines += [
        "",
        "## 逐个项目",
        "",
        "| 文档｜项目 | 省份 | 有分值得分的行 | 一致 | 公布总分 | 得分合计 | 重算总分 "
        "| 总分 | 总分算术错 | 差异原因 |",
        "|---" * 10 + "|",
    ]
    for r in results:
        if r.error is not None:
            lines.append(f"| {r.path.name} | {r.province} | 导入失败：{r.error[:40]} |||||||| ")
        elif not r.projects:
            lines.append(
                f"| {r.path.name} | {r.province} | 0 | 0 | — | — | — | — |  | 导入未读到得分 |"
            )
        for p in r.projects:
            lines.append(_project_line(r, p))
    lines += [
        "",
        "## 不一致的指标行",
        "",
        "| 文档 | 三级指标 | 目标值 | 实际值 | 分值 | 公布得分 | 重算 | 原因 |",
        "|---|---|---|---|---|---|---|---|",
        *_differences(results),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    DOC.write_text(render(measure_all()), encoding="utf-8")
    print(f"wrote {DOC}")
