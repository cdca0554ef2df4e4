"""审核方案 (Profile): which rules run, how severe, with which thresholds and framework.

Profiles are data: ``src/jixiao/profiles/<id>.json`` (``"kind": "profile"``). A locality
changes a threshold, a severity or the indicator framework by editing or adding a file,
never code. :func:`load_profile` reads one by id or by path.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from jixiao import packs
from jixiao.checks import Severity
from jixiao.profiles import profile_ids, profile_text

DEFAULT_PROFILE = "hebei-county"


_LEVEL_NOTE = re.compile(r"[（(][^（()）]*[）)]分?$")


def level_key(name: str) -> str:
    """Normalised level name: spaces dropped, a template's note after it dropped
    (“数量指标(必填硬性指标)”, “成本指标(0-20)分”), a trailing 指标 removed (→ “数量”)."""
    key = _LEVEL_NOTE.sub("", "".join(name.split()))
    if key.endswith("指标") and len(key) > 2:
        key = key[:-2]
    return key


class FrameworkSpec(BaseModel):
    """一个指标体系版本: its levels, the required ones, and what counts as cost."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    levels: dict[str, list[str]] = Field(description="一级指标 → 二级指标 as written")
    aliases: dict[str, str] = Field(
        default_factory=dict, description="Other spellings of a level → its name in ``levels``"
    )
    required_first: list[str]
    required_second: list[str]
    cost_levels: list[str] = Field(description="Levels (first or second) whose items are costs")
    money_cost_levels: list[str] = Field(description="Cost levels that must be in money")
    numeric_levels: list[str] = Field(
        description="Second levels where a number is expected (a graded value is not enough)"
    )

    def keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """Normalised first- and second-level keys."""
        first = frozenset(level_key(k) for k in self.levels)
        second = frozenset(level_key(v) for vs in self.levels.values() for v in vs)
        return first, second


class StatedGrade(BaseModel):
    """A 自评等级 band as the self-evaluation rules read a 自评表's stated grade: the grade,
    the lowest 总分 it takes, and the words a table writes it with (优 / 优秀 …)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    grade: Literal["优", "良", "中", "差"]
    min_score: float
    words: list[str]


def _stated_grades() -> list[StatedGrade]:
    """财预〔2020〕10号 practice: 优 ≥90, 良 80–89, 中 60–79, 差 <60."""
    return [
        StatedGrade(grade="优", min_score=90, words=["优", "优秀", "A"]),
        StatedGrade(grade="良", min_score=80, words=["良", "良好", "较好", "B"]),
        StatedGrade(grade="中", min_score=60, words=["中", "合格", "一般", "及格", "C"]),
        StatedGrade(
            grade="差", min_score=float("-inf"), words=["差", "不合格", "较差", "不及格", "D"]
        ),
    ]


class Thresholds(BaseModel):
    """阈值."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    money_tolerance_wan: Decimal = Field(
        default=Decimal("0.01"), description="金额比较容差（万元）: sums, identities, narrative"
    )
    cost_overshoot: Decimal = Field(
        default=Decimal("0"), description="成本上限可超出预算数的比例 (0 = not at all)"
    )
    spend_plan_final: Decimal = Field(
        default=Decimal("100"), description="资金支出计划最终应达到的累计百分比"
    )
    satisfaction_ceiling: Decimal = Field(
        default=Decimal("100"), description="满意度目标达到此值即视为难以实现 (N109)"
    )
    satisfaction_floor: Decimal = Field(
        default=Decimal("80"), description="满意度目标低于此百分数视为设置偏低 (N225)"
    )
    completion_floor: Decimal = Field(
        default=Decimal("70"), description="完成率、发放率等目标低于此百分数视为设置偏低 (N226)"
    )
    long_name_chars: int = Field(default=30, description="三级指标名称超过此字数视为过长")
    overshoot_ratio: Decimal = Field(
        default=Decimal("1.3"),
        description="自评实际完成值达到目标值的此倍数须说明原因 (N213; 一省的做法是130%)",
    )
    selfeval_grades: list[StatedGrade] = Field(
        default_factory=_stated_grades,
        description="自评等级的分档及其写法 (N220): 自评表所写等级与总分对照",
    )
    execution_cap: Decimal = Field(
        default=Decimal("1"), description="预算执行率计分上限 (N221; 1 = 超支不加分)"
    )


class Band(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    grade: Literal["优", "良", "中", "差"]
    min_score: float


class Grading(BaseModel):
    """评分: start, minus weight[severity] × confidence per finding, each rule capped."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: float = 100.0
    weights: dict[Severity, float] = Field(
        default_factory=lambda: {Severity.ERROR: 10.0, Severity.WARNING: 4.0, Severity.INFO: 1.0}
    )
    cap_per_rule: float = Field(default=20.0, description="一条规则在一个项目内最多扣的分")
    rule_caps: dict[str, float] = Field(
        default_factory=dict,
        description=(
            "Caps by rule id overriding cap_per_rule: a defect reported on every row it "
            "concerns (one finding per place) may weigh like one defect of the project"
        ),
    )
    bands: list[Band] = Field(
        default_factory=lambda: [
            Band(grade="优", min_score=90),
            Band(grade="良", min_score=80),
            Band(grade="中", min_score=60),
            Band(grade="差", min_score=float("-inf")),
        ]
    )

    def ordered_bands(self) -> list[Band]:
        """The bands, highest minimum first."""
        return _ordered(self.bands)


def _ordered(bands: list[Band]) -> list[Band]:
    return sorted(bands, key=lambda b: b.min_score, reverse=True)


class Profile(BaseModel):
    """审核方案."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["profile"] = "profile"
    id: str
    title: str
    description: str = ""
    framework: str = Field(
        default="auto", description="Framework version id, or 'auto' to detect per document"
    )
    default_framework: str = Field(default="88号", description="Used by 'auto' when unsure")
    frameworks: dict[str, FrameworkSpec]
    lexicon: str = Field(default="lexicon-levels.json", description="术语表 data file")
    disabled_rules: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(
        default_factory=dict, description="Severity overrides by rule id"
    )
    thresholds: Thresholds = Field(default_factory=Thresholds)
    grading: Grading = Field(default_factory=Grading)

    def framework_for(self, level1_keys: set[str]) -> tuple[str, FrameworkSpec]:
        """The framework version of a document, detected from its first levels under 'auto'.

        The 2021 layout is recognised by 成本 written as a first level.
        """
        name = self.framework
        if name == "auto":
            name = self.default_framework
            for candidate, spec in self.frameworks.items():
                first, _ = spec.keys()
                cost_first = {level_key(c) for c in spec.cost_levels} & first
                if cost_first and cost_first & level1_keys:
                    name = candidate
                    break
        return name, self.frameworks[name]

    def __hash__(self) -> int:  # profiles key caches (active rules per profile)
        return hash(self.id)


def available_profiles() -> list[str]:
    """Ids of the review profiles the installed packs provide."""
    return profile_ids(".json", kind="profile")


@cache
def _load_bundled(name: str) -> Profile:
    text = profile_text(name, ".json")
    if text is None or name not in available_profiles():
        known = "、".join(available_profiles())
        raise ValueError(f"未知的审核方案“{name}”；可用：{known}")
    return Profile.model_validate_json(text)


def load_profile(name_or_path: str | Path = DEFAULT_PROFILE) -> Profile:
    """A bundled profile by id (``"hebei-county"``) or a profile file by path."""
    path = Path(name_or_path)
    if path.suffix == ".json" and path.exists():
        return Profile.model_validate_json(path.read_text(encoding="utf-8"))
    return _load_bundled(str(name_or_path))


def load_data_file(name: str) -> dict[str, object]:
    """A data file (e.g. the lexicon) merged over the installed packs (:mod:`jixiao.packs`)."""
    loaded: dict[str, object] = packs.merged_data(name)
    return loaded
