"""The limits of jixiao.limits on real files: refusals name the file and the limit, the
bounded child process ends in a one-line error and leaves its parent running."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.errors import ImportFailed
from jixiao.limits import Cancelled, LimitExceeded, Limits, check_file, run_bounded
from tests.conftest import seed_path
from tests.web.hostile_files import many_pages_pdf

MB = 1024 * 1024


def _office(path: Path, expanded: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * expanded)
    return path


def test_each_limit_is_named(tmp_path: Path) -> None:
    small = Limits(upload_bytes=MB, unzipped_bytes=4 * MB, zip_ratio=50, pdf_pages=10)
    big = tmp_path / "大.txt"
    big.write_bytes(b"a" * (MB + 1))
    with pytest.raises(LimitExceeded, match=r"^大.txt: 文件大小超过上传限制（1 MB）$"):
        check_file(big, small)
    bomb = _office(tmp_path / "炸弹.docx", 5 * MB)
    with pytest.raises(LimitExceeded, match=r"解压后大小超过限制（5 MB，上限 4 MB）"):
        check_file(bomb, small)
    dense = _office(tmp_path / "高压缩.xlsx", 3 * MB)
    with pytest.raises(LimitExceeded, match=r"压缩比超过限制（\d+ 倍，上限 50 倍）"):
        check_file(dense, small)
    pdf = many_pages_pdf(tmp_path / "长.pdf", 11)
    with pytest.raises(LimitExceeded, match=r"PDF 页数超过限制（11 页，上限 10 页）"):
        check_file(pdf, small)
    check_file(many_pages_pdf(tmp_path / "短.pdf", 10), small)
    text = tmp_path / "长文.txt"
    text.write_text("指标" * 600, encoding="utf-8")
    with pytest.raises(LimitExceeded, match=r"文本长度超过限制（1,200 字符，上限 1,000 字符）"):
        check_file(text, Limits(text_chars=1000))
    check_file(seed_path("002_9d52ecbd56ee9879"), Limits())  # a real document passes


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4096), st.sampled_from([".docx", ".xlsx", ".pdf", ".txt"]))
def test_any_bytes_pass_or_are_refused_by_a_limit(data: bytes, suffix: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"任意{suffix}"
        path.write_bytes(data)
        try:
            check_file(path, Limits(upload_bytes=2048, text_chars=1024))
        except LimitExceeded as refused:
            assert refused.file == path.name and "限制" in refused.message


def _spin() -> None:
    while True:
        pass


def _hog() -> int:
    return len(bytearray(4 * 1024 * MB))


def test_the_child_is_bounded_and_the_parent_goes_on() -> None:
    limits = Limits(cpu_seconds=1, memory_bytes=256 * MB)
    with pytest.raises(LimitExceeded, match=r"^x.pdf: 超过单个任务的 CPU 时间限制（1 秒）$"):
        run_bounded(_spin, limits=limits, name="x.pdf")
    with pytest.raises(LimitExceeded, match=r"^x.docx: 超过单个任务的内存限制（256 MB）$"):
        run_bounded(_hog, limits=limits, name="x.docx")
    plan = run_bounded(import_file, seed_path("002_9d52ecbd56ee9879"), limits=Limits(), name="seed")
    assert len(plan.projects) == 8 and plan.indicator_count == 81


def test_the_importers_refusal_and_a_cancel_come_through(tmp_path: Path) -> None:
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ImportFailed) as failure:
        run_bounded(import_file, broken, limits=Limits(), name=broken.name)
    assert failure.value.file == "坏.docx" and not isinstance(failure.value, LimitExceeded)
    with pytest.raises(Cancelled):
        run_bounded(_spin, limits=Limits(cpu_seconds=30), name="x", cancelled=lambda: True)
