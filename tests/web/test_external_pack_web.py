"""An outside pack's scoring used by the web application, with jixiao's code untouched.

The example pack (``tests/fixtures/packs/example_pack``, docs/packs.md) is installed with
pip into a folder outside the repository. A server process — its own fresh database, the
folder on ``PYTHONPATH`` and ``JIXIAO_EVALUATION_PROFILE=example-province`` in its
environment, as a province would configure it — serves a unit that starts the year's 自评
and fills a project through the pages; its page names the pack's 评分办法 and the API
scores with the pack's weights (产出 40 / 效益 40 / 满意度 10). The same walk without the
pack is the control (the built-in 50 / 30 / 10).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import seed_path
from tests.packs.installing import install_example_pack
from tests.web.conftest import OWN_SEED

REPO = Path(__file__).resolve().parents[2]

WALK = """
import json, sys
from jixiao.web.setup import configure
configure()
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client

from jixiao.importers.api import import_file
from jixiao.web.evaluation.records import evaluation_of
from jixiao.web.orgs.models import Membership, Region
from jixiao.web.pages.entryforms import evaluation_values
from jixiao.web.plans.decisions import act
from jixiao.web.plans.storing import department_for, store_plan
from jixiao.workflow import Action, Role

call_command("migrate", verbosity=0)
region = Region.objects.create(name="示例省示例县", bureau="示例县财政局")
plan = store_plan(import_file(sys.argv[1]), department_for(import_file(sys.argv[1]), region))
admin = User.objects.create_user("admin")
Membership.objects.create(user=admin, role=Role.ADMIN.value, region=region)
editor = User.objects.create_user("editor")
Membership.objects.create(
    user=editor, role=Role.UNIT_EDITOR.value, region=region, department=plan.department
)
for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
    act(admin, Role.ADMIN, plan, action)

client = Client()
client.force_login(editor)
assert client.post(f"/plans/{plan.pk}/evaluation/start/").status_code == 302
entry = plan.evaluation.entries.order_by("project__position").first()
stored = evaluation_of(entry)
filled = stored.model_copy(update={
    "executed": stored.budget_total,
    "indicators": [i.model_copy(update={"actual": i.target}) for i in stored.indicators],
})
posted = evaluation_values(filled) | {"lock_version": str(entry.lock_version)}
saved = client.post(f"/evaluation/entries/{entry.pk}/", posted)
assert saved.status_code == 302, saved.content.decode()[:3000]
page = client.get(f"/plans/{plan.pk}/evaluation/")
api = client.get(f"/api/plans/{plan.pk}/evaluation")
print(json.dumps({"page": page.content.decode(), "status": page.status_code, "api": api.json()}))
"""


def _walk(tmp_path: Path, site: Path | None, profile: str | None) -> dict[str, Any]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "JIXIAO_PACKS", "JIXIAO_EVALUATION_PROFILE", "PYTHONPATH")
    }
    env |= {
        "JIXIAO_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "jixiao.web.test_settings",
        "PYTHONPATH": os.pathsep.join(str(p) for p in (site, REPO) if p is not None),
    }
    if profile is not None:
        env["JIXIAO_EVALUATION_PROFILE"] = profile
    done = subprocess.run(
        [sys.executable, "-c", WALK, str(seed_path(OWN_SEED))],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    walked: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    assert walked["status"] == 200
    return walked


def _weights(walked: dict[str, Any]) -> list[float]:
    (project,) = walked["api"]["projects"]  # only the filled project is scored
    return [float(i["weight"]) for i in project["indicators"]]


def test_an_installed_packs_profile_scores_the_self_evaluation_in_the_web(
    tmp_path: Path,
) -> None:
    site = install_example_pack(tmp_path / "pack")
    with_pack = _walk(tmp_path / "with", site, "example-province")
    assert with_pack["api"]["profile"] == "example-province"
    assert "评分办法：示例省" in with_pack["page"]

    built_in = _walk(tmp_path / "without", None, None)
    assert built_in["api"]["profile"] == "hebei-county"
    assert "示例省" not in built_in["page"]

    pools = {"产出指标": 40.0, "效益指标": 40.0, "满意度指标": 10.0}
    (project,) = with_pack["api"]["projects"]
    by_pool: dict[str, float] = {}
    for indicator in project["indicators"]:
        pool = indicator["level1"]
        by_pool[pool] = by_pool.get(pool, 0) + float(indicator["weight"])
    for pool, total in by_pool.items():
        assert abs(total - pools[pool]) < 0.1, (pool, total)
    assert _weights(with_pack) != _weights(built_in)
