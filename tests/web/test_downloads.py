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
