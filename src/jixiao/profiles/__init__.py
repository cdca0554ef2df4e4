"""Profiles as data: each ``<id><suffix>`` JSON file of a pack is one locality's choices.

This folder is the data of jixiao's built-in pack (:mod:`jixiao.builtin_pack`). A profile is
looked up by id across every installed pack (the last pack that has the file wins, see
:mod:`jixiao.packs`), or read from any file by path; a locality adds a pack, never code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from jixiao import packs

ProfileModel = TypeVar("ProfileModel", bound=BaseModel)


def profile_text(profile: str, suffix: str) -> str | None:
    """The text of profile ``<profile><suffix>`` from the packs, or ``None``."""
    return packs.data_text(f"{profile}{suffix}")


def profile_ids(suffix: str, kind: str | None = None) -> list[str]:
    """Ids of the profiles ``<id><suffix>`` the packs provide (of ``"kind"`` ``kind``)."""
    ids = []
    for name in packs.data_names(suffix):
        if kind is not None and json.loads(packs.data_text(name) or "{}").get("kind") != kind:
            continue
        ids.append(name.removesuffix(suffix))
    return ids


def load_data_profile(
    model: type[ProfileModel], profile: str | Path, suffix: str, what: str
) -> ProfileModel:
    """``profile`` as ``model``: a path to a JSON file, or the id of a pack's ``<id><suffix>``.

    ``what`` names the kind of profile in the Chinese error (e.g. 调查方案)."""
    path = Path(profile)
    if path.suffix == ".json" and path.exists():
        return model.model_validate(json.loads(path.read_text(encoding="utf-8")))
    text = profile_text(str(profile), suffix)
    if text is None:
        raise ValueError(f"找不到{what}“{profile}”")
    return model.model_validate(json.loads(text))
