"""PDFs are right on a machine without any CJK font (a fresh Debian has none): jixiao brings
its own (Noto Serif SC / Noto Sans SC, OFL) and registers it with WeasyPrint by @font-face.

The test renders a seed's PDF in a process whose fontconfig knows no font directory at all,
then asks poppler which fonts are embedded and what text comes back out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import seed_path
from tests.programs import require

SEED = "002_9d52ecbd56ee9879"
RENDER = """
import sys
from pathlib import Path
from jixiao.exporters.pdf_writer import write_plan_pdf
from jixiao.importers.api import import_file
write_plan_pdf(import_file(Path(sys.argv[1])), Path(sys.argv[2]))
"""
NO_FONTS = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_a_pdf_rendered_without_any_system_font_shows_its_chinese(tmp_path: Path) -> None:
    pdffonts = require("pdffonts")
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS.format(cache=tmp_path / "cache"), encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FONTCONFIG_FILE": str(config)}
    listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True)
    assert listed.stdout.strip() == ""  # fontconfig really sees no font
    pdf = tmp_path / "plan.pdf"
    subprocess.run(
        [sys.executable, "-c", RENDER, str(seed_path(SEED)), str(pdf)],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True).stdout
    assert "Noto-Serif-SC" in fonts and "emb" in fonts, fonts  # embedded, the bundled one
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for words in ("承德县机关事务管理办公室", "部门预算绩效文本", "绩效目标表", "满意度指标"):
        assert words in text, words
