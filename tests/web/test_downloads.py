"""Downloads: every published format of a stored plan, produced by the core's exporters."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest

from jixiao.importers.api import import_file
from jixiao.web.plans.convert import plan_to_domain
from tests.web.conftest import World


@pytest.mark.django_db
def test_every_format_downloads_and_reads_as_the_plan(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client = world.client("editor")
    plan = world.own_plan
    name = world.own.name
    base = f"/plans/{plan.pk}/download/"

    pdf = client.get(base + "pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    (tmp_path / "plan.pdf").write_bytes(pdf.content)
    # read back through the PDF importer: the same projects and indicators
    back = import_file(tmp_path / "plan.pdf")
    stored = plan_to_domain(plan)
    assert [p.name for p in back.projects] == [p.name for p in stored.projects]
    assert back.indicator_count == stored.indicator_count == 81

    docx = client.get(base + "docx")
    assert "attachment" in docx["Content-Disposition"]
    assert zipfile.ZipFile(io.BytesIO(docx.content)).read("word/document.xml").count(name.encode())

    html = client.get(base + "html").content.decode()
    assert name in html and "绩效目标表" in html

    bundle = zipfile.ZipFile(io.BytesIO(client.get(base + "csv").content))
    assert {"indicators.csv", "datapackage.json"} <= set(bundle.namelist())
    rows = list(csv.DictReader(io.StringIO(bundle.read("indicators.csv").decode("utf-8-sig"))))
    assert len(rows) == 81

    assert world.client("other_editor").get(base + "pdf").status_code == 404
    assert world.client(None).get(f"/public/plans/{plan.pk}/download/pdf").status_code == 404


@pytest.mark.django_db
def test_the_html_documents_are_styled_under_the_sites_content_security_policy(
    world: World,
) -> None:
    """The walkthrough: 审核报告 and the 网页 export opened unstyled, the browser refusing their
    <style> block (style-src 'self'). Each block is now allowed by its hash, nothing more."""
    import base64
    import hashlib
    import re

    plan = world.own_plan
    client = world.client("editor")
    for path in (f"/plans/{plan.pk}/download/html", f"/plans/{plan.pk}/download/review.html"):
        response = client.get(path)
        blocks = re.findall(rb"<style[^>]*>(.*?)</style>", response.content, re.DOTALL)
        assert blocks, path
        policy = {
            part.split()[0]: part.split()[1:]
            for part in response["Content-Security-Policy"].split(";")
        }
        for block in blocks:
            digest = base64.b64encode(hashlib.sha256(block).digest()).decode()
            assert f"'sha256-{digest}'" in policy["style-src"], path
        assert "'unsafe-inline'" not in policy["style-src"] and policy["script-src"] == ["'self'"]
