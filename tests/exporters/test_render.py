"""Render checks: the exports as a reader sees them, drawn by real programs.

PDF pages are rasterised with pdftoppm (poppler-utils); Word and Excel files are laid
out by LibreOffice (``--headless --convert-to pdf``). Each program is needed: when
one is missing the test is skipped locally, and fails when JIXIAO_REQUIRE_RENDER=1
(CI sets it, after installing them).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from jixiao.importers.api import import_file
from jixiao.model.plan import DepartmentPlan
from tests.conftest import assert_same_fields, published_fields
from tests.exporters.conftest import Exported, Reimported
from tests.programs import require

RENDERED_SEEDS = ("000_6fea33418e000787", "004_c52ee38ce6c6c3d2")
_TOC_LINE = re.compile(r"^(?P<title>\S.*?)\s*\.{3,}\s*(?P<page>\d+)$")


def office_pdf(office: str, sources: list[Path], outdir: Path) -> None:
    """Print documents to PDF with LibreOffice headless, in its own profile (so it runs
    beside a user's office), into ``outdir``."""
    profile = (outdir / "profile").as_uri()
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def page_texts(pdf_path: Path) -> list[str]:
    """Each page's text, by poppler's pdftotext (pages end with a form feed)."""
    result = subprocess.run(
        [require("pdftotext"), "-enc", "UTF-8", str(pdf_path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout.split("\f")[:-1]


def rasterise(pdf_path: Path, folder: Path, pages: tuple[int, int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    first, last = pages
    subprocess.run(
        [
            require("pdftoppm"),
            "-r",
            "40",
            "-png",
            "-f",
            str(first),
            "-l",
            str(last),
            str(pdf_path),
            str(folder / "page"),
        ],
        check=True,
        timeout=120,
    )
    return sorted(folder.glob("page-*.png"))


def ink(png: Path) -> float:
    """Share of the page's pixels that are not white."""
    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


def check_toc(texts: list[str]) -> int:
    """Every 目录 entry names a page whose text holds that heading; returns the count."""
    first = next(i for i, text in enumerate(texts) if text.lstrip().startswith("目录"))
    entries: list[re.Match[str]] = []
    for text in texts[first:]:  # the 目录 may run over several pages
        found = [m for line in text.splitlines() if (m := _TOC_LINE.match(line.strip()))]
        if not found:
            break
        entries += found
    for entry in entries:
        page = int(entry.group("page"))
        title = re.sub(r"\s", "", entry.group("title"))
        assert title in re.sub(r"\s", "", texts[page - 1]), (title, page)  # headings wrap
    return len(entries)


@pytest.fixture(scope="session")
def libreoffice_pdfs(exported: Exported, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Word exports of two seeds and the Excel export of one, laid out by LibreOffice."""
    office = require("libreoffice")
    folder = tmp_path_factory.mktemp("libreoffice")
    sources = [exported(stem, "docx") for stem in RENDERED_SEEDS]
    sources.append(exported("001_a168ace21779f849", "xlsx"))
    office_pdf(office, sources, folder)
    return folder


@pytest.mark.parametrize("stem", RENDERED_SEEDS)
def test_pdf_pages_render_with_chinese_fonts_and_numbers(
    stem: str,
    exported: Exported,
    reimported: Reimported,
    seed_plan: Callable[[str], DepartmentPlan],
    tmp_path: Path,
) -> None:
    pdf_path = exported(stem, "pdf")
    plan = seed_plan(stem)
    texts = page_texts(pdf_path)
    # cover, 目录, part 1, one page or more per project, the disclosure part
    assert len(plan.projects) + 3 <= len(texts) <= 4 * (len(plan.projects) + 3) + 20
    numbers = [text.replace(" ", "") for text in texts[:2]]
    assert "第2页" in numbers[1] and "第1页" not in numbers[0]  # no number on the cover
    assert check_toc(texts) >= len(plan.projects) + 1
    with pdfplumber.open(pdf_path) as pdf:
        fonts = {char["fontname"] for char in pdf.pages[4].chars}
    assert any("Noto-Serif-SC" in font for font in fonts), fonts  # the font jixiao brings
    pngs = rasterise(pdf_path, tmp_path, (1, 5))
    assert len(pngs) == 5 and all(ink(png) > 0.003 for png in pngs)
    # No table row was cut by a page break: reading back joins none.
    assert "row-continued" not in {w.code for w in reimported(stem, "pdf").warnings}


def test_word_export_laid_out_by_libreoffice(
    libreoffice_pdfs: Path, seed_plan: Callable[[str], DepartmentPlan], tmp_path: Path
) -> None:
    for stem in RENDERED_SEEDS:
        plan = seed_plan(stem)
        pdf_path = libreoffice_pdfs / f"{stem}.pdf"
        texts = page_texts(pdf_path)
        assert len(plan.projects) + 3 <= len(texts) <= 4 * (len(plan.projects) + 3) + 20
        # The 目录's page numbers are PAGEREF fields LibreOffice filled in.
        assert check_toc(texts) == len(plan.projects) + 2 + (
            0
            if plan.disclosure is None
            else 1 + len(plan.disclosure.tables) + len(plan.disclosure.sections)
        )
        with pdfplumber.open(pdf_path) as pdf:
            grids = [
                table
                for page in pdf.pages
                for table in page.extract_tables()
                if any(row and row[0] == "一级指标" for row in table)
            ]
        assert len(grids) >= len(plan.projects)
    pngs = rasterise(libreoffice_pdfs / f"{RENDERED_SEEDS[0]}.pdf", tmp_path, (1, 5))
    assert all(ink(png) > 0.003 for png in pngs)


def test_excel_export_laid_out_by_libreoffice(
    libreoffice_pdfs: Path, seed_plan: Callable[[str], DepartmentPlan]
) -> None:
    plan = seed_plan("001_a168ace21779f849")
    texts = page_texts(libreoffice_pdfs / "001_a168ace21779f849.pdf")
    assert len(texts) >= len(plan.projects) + 1  # a sheet per project, one per page
    joined = "".join(texts).replace(" ", "").replace("\n", "")
    for project in plan.projects:
        assert f"{project.name}绩效目标表" in joined
        assert project.indicators[0].level3.replace(" ", "") in joined


def test_pdf_printed_by_libreoffice_reads_back(
    libreoffice_pdfs: Path, seed_plan: Callable[[str], DepartmentPlan]
) -> None:
    """PDFs laid out by another program — LibreOffice printing our Word files and our
    Excel workbook: other fonts, line breaks, page breaks inside tables, framed
    paragraphs, the unit line and 单位：万元 on one line — import to the same plan."""
    for stem in (*RENDERED_SEEDS, "001_a168ace21779f849"):
        back = import_file(libreoffice_pdfs / f"{stem}.pdf")
        assert_same_fields(published_fields(back), published_fields(seed_plan(stem)))
