"""Read a ``jixiao evaluate`` input file (JSON) into an :class:`EvaluationBatch`."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from jixiao.evaluation.model import EvaluationBatch
from jixiao.importers.errors import ImportFailed


def _where(location: tuple[int | str, ...]) -> str:
    """("projects", 0, "indicators", 2, "weight") → 项目1 指标3 weight."""
    parts: list[str] = []
    names = {"projects": "项目", "indicators": "指标"}
    pending = ""
    for item in location:
        if isinstance(item, int):
            parts.append(f"{pending or '第'}{item + 1}")
            pending = ""
        elif item in names:
            pending = names[item]
        else:
            parts.append(str(item))
    return " ".join(parts)


def describe_validation(file: str, error: ValidationError) -> str:
    """The first problems of a validation error, each with its place, on one line each."""
    lines = [f"{_where(e['loc'])}: {e['msg']}" for e in error.errors()[:5]]
    more = error.error_count() - len(lines)
    if more > 0:
        lines.append(f"……另有{more}处错误")
    return "\n".join(lines)


def load_batch(path: Path) -> EvaluationBatch:
    """The batch in ``path``; :class:`ImportFailed` names the file and the faulty field."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ImportFailed(path.name, f"无法读取（{error.strerror}）") from None
    except json.JSONDecodeError as error:
        raise ImportFailed(
            path.name, f"不是有效的 JSON：第{error.lineno}行第{error.colno}列 {error.msg}"
        ) from None
    if isinstance(data, list):
        data = {"projects": data}
    try:
        return EvaluationBatch.model_validate(data)
    except ValidationError as error:
        raise ImportFailed(path.name, describe_validation(path.name, error)) from None
