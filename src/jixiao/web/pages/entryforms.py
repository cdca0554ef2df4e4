"""The 监控 and 自评 entry forms: POST fields → the core models.

Field names: the project's figures by their model names (``spent_to_date``,
``month_7`` …), each indicator row as ``ind-<n>-<field>`` (n from 0, in the grid's
order). The project's identity and the indicator labels and targets come from the stored
entry, not from the form: a unit reports against the approved 绩效目标表, it does not
rewrite it here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from django.http import QueryDict
from pydantic import BaseModel, ValidationError

from jixiao.evaluation import ProjectEvaluation
from jixiao.monitoring import DeviationCause, Likelihood, ProjectProgress
from jixiao.web.pages.fields import FieldErrors, FormReader

Entry = TypeVar("Entry", ProjectProgress, ProjectEvaluation)
LIKELIHOODS = [item.value for item in Likelihood]
CAUSES = [item.value for item in DeviationCause]
EVALUATION_MONEY = (
    ("budget_initial", "年初预算数"),
    ("budget_total", "全年预算数"),
    ("executed", "全年执行数"),
    ("fiscal_current", "其中：本年财政拨款"),
    ("carried_over", "上年结转资金"),
    ("other_funds", "其他资金"),
)


def _choice(form: FormReader, name: str, allowed: list[str], label: str) -> str | None:
    value = form.text(name)
    if not value:
        return None
    if value not in allowed:
        form.errors[name] = f"“{label}”只能是{'、'.join(allowed)}"
        return None
    return value


def _validated(model: type[Entry], data: dict[str, object]) -> Entry:
    try:
        return model.model_validate(data)
    except ValidationError as invalid:
        first = invalid.errors()[0]
        raise FieldErrors({"form": f"填报内容有误：{first['msg']}"}) from None


def _posted_rows(
    stored: Sequence[BaseModel], posted: Callable[[str], dict[str, object]]
) -> list[dict[str, object]]:
    """Each stored indicator row with what was posted for it (``posted`` reads the inputs
    named with the row's prefix, ``ind-<n>-``)."""
    return [item.model_dump() | posted(f"ind-{n}-") for n, item in enumerate(stored)]


def read_progress(post: QueryDict, stored: ProjectProgress) -> ProjectProgress:
    """The unit's 监控填报 of one project."""
    form = FormReader(post)
    data = stored.model_dump()
    data["spent_to_date"] = form.amount("spent_to_date", "1–N月累计支出")
    data["expected_full_year"] = form.amount("expected_full_year", "全年预计执行数")
    monthly = {}
    for month in range(1, 13):
        value = form.amount(f"month_{month}", f"{month}月支出")
        if value is not None:
            monthly[month] = value
    data["monthly"] = monthly
    data["goal_progress"] = form.text("goal_progress")
    data["indicators"] = _posted_rows(
        stored.indicators,
        lambda prefix: {
            "value_to_date": form.text(prefix + "value_to_date"),
            "expected_value": form.text(prefix + "expected_value"),
            "likelihood": _choice(form, prefix + "likelihood", LIKELIHOODS, "完成目标可能性"),
            "cause": _choice(form, prefix + "cause", CAUSES, "偏差原因类型"),
            "cause_text": form.text(prefix + "cause_text"),
            "measures": form.text(prefix + "measures"),
        },
    )
    form.done()
    return _validated(ProjectProgress, data)


def read_evaluation(post: QueryDict, stored: ProjectEvaluation) -> ProjectEvaluation:
    """The unit's 自评填报 of one project."""
    form = FormReader(post)
    data = stored.model_dump()
    for name, label in EVALUATION_MONEY:
        data[name] = form.amount(name, label)
    data["goal_expected"] = form.text("goal_expected") or stored.goal_expected
    data["goal_achieved"] = form.text("goal_achieved")
    data["indicators"] = _posted_rows(
        stored.indicators,
        lambda prefix: {
            "actual": form.text(prefix + "actual"),
            "explanation": form.text(prefix + "explanation"),
        },
    )
    form.done()
    return _validated(ProjectEvaluation, data)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def progress_values(progress: ProjectProgress) -> dict[str, str]:
    """The form's inputs as text, by field name (the inverse of :func:`read_progress`)."""
    values = {
        "spent_to_date": _text(progress.spent_to_date),
        "expected_full_year": _text(progress.expected_full_year),
        "goal_progress": progress.goal_progress,
    }
    values |= {f"month_{m}": _text(v) for m, v in progress.monthly.items()}
    for n, item in enumerate(progress.indicators):
        for field in ("value_to_date", "expected_value", "cause_text", "measures"):
            values[f"ind-{n}-{field}"] = getattr(item, field)
        values[f"ind-{n}-likelihood"] = _text(item.likelihood and item.likelihood.value)
        values[f"ind-{n}-cause"] = _text(item.cause and item.cause.value)
    return values


def evaluation_values(evaluation: ProjectEvaluation) -> dict[str, str]:
    """The form's inputs as text, by field name (the inverse of :func:`read_evaluation`)."""
    values = {name: _text(getattr(evaluation, name)) for name, _ in EVALUATION_MONEY}
    values["goal_expected"] = evaluation.goal_expected
    values["goal_achieved"] = evaluation.goal_achieved
    for n, item in enumerate(evaluation.indicators):
        values[f"ind-{n}-actual"] = item.actual
        values[f"ind-{n}-explanation"] = item.explanation
    return values


def posted_values(post: QueryDict) -> dict[str, str]:
    """What the person typed, to show the form again unchanged after an error."""
    return {key: post.get(key, "") for key in post if key != "csrfmiddlewaretoken"}


def row_values(values: dict[str, str], n: int, fields: tuple[str, ...]) -> dict[str, str]:
    return {field: values.get(f"ind-{n}-{field}", "") for field in fields}
