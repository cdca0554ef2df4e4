"""The record of which packs produced a result, kept in every import, review and score."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from jixiao.packs.pack import Pack
from jixiao.packs.registry import BUILT_IN, installed


class PackVersion(BaseModel):
    """One pack in effect when a result was produced."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(description="扩展包名称（jixiao 为内置包）")
    version: str = Field(description="扩展包版本")


def produced_by() -> list[PackVersion]:
    """The packs in effect now, in merge order: enough to reproduce the result later."""
    return [PackVersion(name=p.name, version=p.version) for p in installed()]


def label(pack: Pack) -> str:
    """How a finding names the pack that produced it: ``name@version``."""
    return f"{pack.name}@{pack.version}"


def built_in_label() -> str:
    """The label of jixiao's built-in pack: the producer of the checks jixiao's own code
    declares (monitoring, self-evaluation, import)."""
    return next(label(p) for p in installed() if p.name == BUILT_IN)
