"""What a pack is: a name, a version, a folder of data files and references to code.

A pack's code is named, not imported, when packs are discovered (``"module:attribute"``,
as entry points name objects): listing the packs stays cheap and loads no PDF or Office
library, and a pack's modules may themselves read pack data without an import cycle.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path

MANIFEST = "pack.json"

HOOKS: dict[str, str] = {
    "readers": "导入格式（读取器）",
    "formats": "导出格式",
    "rule_sets": "审核规则族",
    "scoring_methods": "计分方法",
}
"""The code hooks a pack may provide, with their Chinese names (see docs/packs.md)."""


class PackError(ValueError):
    """A pack that cannot be used; the message names the pack and what is wrong."""


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    version: str
    title: str = ""
    data: Traversable | None = None  # the folder of data files (JSON), if any
    code: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # hook -> references
    origin: str = ""  # where it was found, for `jixiao packs`

    def data_files(self) -> list[str]:
        """The names of this pack's data files (its manifest excluded)."""
        if self.data is None or not self.data.is_dir():
            return []
        return sorted(
            entry.name
            for entry in self.data.iterdir()
            if entry.is_file() and entry.name.endswith(".json") and entry.name != MANIFEST
        )

    def data_file(self, name: str) -> Traversable | None:
        if self.data is None:
            return None
        entry = self.data.joinpath(name)
        return entry if entry.is_file() else None


def _strings(manifest: Path | Traversable, raw: object, key: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise PackError(f"{manifest}：“{key}”应为字符串列表")
    return tuple(raw)


def folder_pack(folder: Path | Traversable, origin: str = "") -> Pack:
    """The pack described by ``folder/pack.json``; its data files are the folder's JSON files.

    The manifest: ``{"name": …, "version": …, "title": …, "code": {hook: ["module:attr"]}}``
    (``code`` optional: a folder pack is usually data only)."""
    manifest = folder.joinpath(MANIFEST)
    if not manifest.is_file():
        raise PackError(f"扩展包目录“{folder}”中没有 {MANIFEST}")
    try:
        raw = json.loads(manifest.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise PackError(f"{manifest} 第 {error.lineno} 行不是有效的 JSON：{error.msg}") from None
    if not isinstance(raw, dict):
        raise PackError(f"{manifest}：应为一个 JSON 对象")
    for key in ("name", "version"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise PackError(f"{manifest}：缺少“{key}”")
    code = raw.get("code", {})
    if not isinstance(code, dict):
        raise PackError(f"{manifest}：“code”应为对象")
    unknown = sorted(set(code) - set(HOOKS))
    if unknown:
        raise PackError(f"{manifest}：未知的扩展点“{'、'.join(unknown)}”；可用：{'、'.join(HOOKS)}")
    return Pack(
        name=raw["name"],
        version=raw["version"],
        title=str(raw.get("title", "")),
        data=folder,
        code={hook: _strings(manifest, refs, f"code.{hook}") for hook, refs in code.items()},
        origin=origin or str(folder),
    )
