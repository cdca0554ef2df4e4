"""Profiles as data: each ``<id><suffix>`` JSON file here is one locality's choices.

:func:`load_data_profile` reads a bundled profile by id, or any profile file by path, into
its pydantic model; a locality adds or edits a file, never code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

ProfileModel = TypeVar("ProfileModel", bound=BaseModel)


@cache
def _bundled_text(name: str) -> str:
    return resources.files("jixiao.profiles").joinpath(name).read_text(encoding="utf-8")


def load_data_profile(
    model: type[ProfileModel], profile: str | Path, suffix: str, what: str
) -> ProfileModel:
    """``profile`` as ``model``: a path to a JSON file, or the id of a bundled ``<id><suffix>``.

    ``what`` names the kind of profile in the Chinese error (e.g. 调查方案)."""
    path = Path(profile)
    if path.suffix == ".json" and path.exists():
        return model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    try:
        text = _bundled_text(f"{profile}{suffix}")
    except FileNotFoundError:
        raise ValueError(f"找不到{what}“{profile}”") from None
    return model.model_validate(json.loads(text))
