"""docs/checks.md: the catalogues of monitoring, self-evaluation and import, generated.

``python -m jixiao.cli.checks_docs docs/checks.md`` rewrites the page; a test fails when
the committed page differs from :func:`render_checks_page`. The review's rules have a page
each (``docs/rules``, :mod:`jixiao.review.docs`); this page lists the catalogues whose
entries are one line. It lives in the CLI because it reads every catalogue, and the
``checks`` core must not import the packages that use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from jixiao.checks import IMPORT_CHECKS, catalogue_markdown
from jixiao.evaluation.checks import CHECKS_BY_ID as EVALUATION_CHECKS
from jixiao.monitoring.checks import CHECKS_BY_ID as MONITORING_CHECKS
from jixiao.review.catalogue import RULES_BY_ID

GENERATED = "<!-- 本页由 jixiao.cli.checks_docs 根据检查目录生成，请勿手工修改。 -->"


def render_checks_page() -> str:
    """The markdown of docs/checks.md."""
    parts = [
        GENERATED,
        "",
        "# 检查目录",
        "",
        "审核、监控、自评和导入的每一条发现都是同一种 `Finding`（`jixiao.checks`）：规则编号"
        "（`rule`）、严重程度、审核要点、位置、说明、建议、把握程度和产生它的规则包（`pack`）。"
        "编号来自下列目录之一，目录中的编号唯一且长期不变。",
        "",
        f"审核规则共 {len(RULES_BY_ID)} 条，每条一页：见 [rules/README.md](rules/README.md)。",
        "",
    ]
    for catalogue in (MONITORING_CHECKS, EVALUATION_CHECKS, IMPORT_CHECKS):
        parts += [catalogue_markdown(catalogue)]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "docs/checks.md")
    target.write_text(render_checks_page(), encoding="utf-8")
    print(f"已写入 {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
