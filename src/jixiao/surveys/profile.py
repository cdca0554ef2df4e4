"""调查方案 (SurveyProfile): the answer scale and the counting rule, as data.

``src/jixiao/profiles/<id>.survey.json`` (``"kind": "survey-profile"``). Localities count
"satisfied" differently (top two levels, or a weighted score); they change the file, not code.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jixiao.profiles import load_data_profile

DEFAULT_SURVEY_PROFILE = "survey-default"
_SUFFIX = ".survey.json"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScaleLevel(_Frozen):
    """One answer level (非常满意 … 非常不满意)."""

    key: str = Field(description="What the form submits, e.g. '5'")
    label: str
    score: int = Field(ge=0, le=100, description="加权满意度得分中的分值")
    satisfied: bool = Field(description="是否计为“满意”")


class GuardSettings(_Frozen):
    """防刷票设置."""

    one_answer_per_device: bool = True
    max_answers_per_address_per_hour: int = Field(default=20, ge=1)
    access_code_required: bool = False


class SurveyProfile(_Frozen):
    kind: str = "survey-profile"
    id: str
    title: str
    description: str = ""
    levels: tuple[ScaleLevel, ...]
    rate_definition: str
    minimum_sample: int = Field(default=30, ge=1, description="样本量低于此数时提示代表性不足")
    guard: GuardSettings = GuardSettings()
    respondent_groups: tuple[str, ...] = ()
    not_respondents: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _levels_sound(self) -> SurveyProfile:
        keys = [level.key for level in self.levels]
        if len(set(keys)) != len(keys):
            raise ValueError("levels 的 key 不能重复")
        if len(self.levels) < 2 or not any(level.satisfied for level in self.levels):
            raise ValueError("量表至少两级，且至少一级计为满意")
        return self

    def level(self, key: str) -> ScaleLevel | None:
        return next((level for level in self.levels if level.key == key), None)


def load_survey_profile(profile: str | Path = DEFAULT_SURVEY_PROFILE) -> SurveyProfile:
    """A bundled profile by id, or a profile file by path."""
    return load_data_profile(SurveyProfile, profile, _SUFFIX, "调查方案")
