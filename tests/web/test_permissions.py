"""The permission matrix: every role × every page and API endpoint × own and other department.

Every URL the application routes is listed in ``ENDPOINTS`` with the kind of access it
needs; the test fails if a route is added without an entry, so nothing escapes the
matrix. Each request runs inside a rolled-back savepoint, so allowed writes do not
disturb the next request, and denied writes are checked to have changed nothing.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from jixiao.tasks import Stage
from jixiao.web.api.site import api
from jixiao.web.audit.models import AuditEntry
from jixiao.web.department.models import DepartmentRoundRecord, DepartmentSelfEvaluation
from jixiao.web.department.recording import open_department_evaluation
from jixiao.web.dispositions.handling import ordered_keys
from jixiao.web.dispositions.models import FindingDisposition
from jixiao.web.documents.models import ImportedDocument
from jixiao.web.evaluation.models import EvaluationEntryRecord, SelfEvaluationRecord
from jixiao.web.evaluation.records import evaluation_of, open_evaluation
from jixiao.web.exante.example import example_assessment
from jixiao.web.exante.models import ProposalRecord, SheetRecord
from jixiao.web.findings.reading import stored
from jixiao.web.jobs.models import Job, JobFile
from jixiao.web.monitoring.models import MonitoringRoundRecord, ProgressRecord
from jixiao.web.monitoring.rounds import open_round, progress_of
from jixiao.web.pages.entryforms import evaluation_values, progress_values
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.plans.decisions import act
from jixiao.web.plans.models import Comment, ImportBatch, IndicatorRecord, PlanRecord
from jixiao.web.rectification.models import RectificationRecord
from jixiao.web.rectification.tracking import add_key_evaluation
from jixiao.web.surveys.collecting import open_survey
from jixiao.web.surveys.models import SurveyAnswer, SurveyRecord
from jixiao.web.tasks.actions import open_task
from jixiao.web.tasks.models import Message, Reminder, Task
from jixiao.workflow import Action, Role
from tests.web.conftest import World

OK, DENIED, LOGIN = "ok", "denied", "login"
ROLES = ("editor", "reviewer", "bureau", "admin", "expert")
SCOPES = ("own", "other")


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # with {plan}, {project}, {indicator}, {batch}, {published}
    kind: str
    body: Callable[[dict[str, Any]], Any] | None = None
    json: bool = False


def _upload(name: str) -> io.BytesIO:
    """A file that is not a workbook: allowed uploads answer with an error message."""
    upload = io.BytesIO(b"not a workbook")
    upload.name = name
    return upload


def _current_revision(plan_id: int) -> str:
    from jixiao.web.findings.storing import plan_revision

    return plan_revision(plan_id)


def _goals(ids: dict[str, Any]) -> dict[str, Any]:
    return {"lock_version": ids["plan_version"], "overall_goal": "新的总体目标"}


def _project(ids: dict[str, Any]) -> dict[str, Any]:
    return {"lock_version": ids["project_version"], "name": "改名的项目", "indicators": []}


def _disposition(status: str, note: str) -> Callable[[dict[str, Any]], dict[str, str]]:
    """A POST setting the plan's first finding to ``status``."""

    def body(ids: dict[str, Any]) -> dict[str, str]:
        plan = PlanRecord.objects.get(pk=ids["plan"])
        return {"finding": ordered_keys(stored(plan))[0], "status": status, "note": note}

    return body


ENDPOINTS: dict[str, list[Endpoint]] = {
    # pages
    "dashboard": [Endpoint("get", "/", "member")],
    "about": [Endpoint("get", "/about/", "member")],
    "plan": [Endpoint("get", "/plans/{plan}/", "read")],
    "plan_goals": [
        Endpoint(
            "post",
            "/plans/{plan}/goals/",
            "edit",
            lambda ids: {"lock_version": ids["plan_version"], "overall_goal": "改"},
        )
    ],
    "plan_action": [
        Endpoint("post", "/plans/{plan}/action/", "submit", lambda ids: {"action": "submit"})
    ],
    "plan_comment": [
        Endpoint("post", "/plans/{plan}/comments/", "comment", lambda ids: {"text": "请修改"})
    ],
    "plan_new_project": [
        Endpoint("post", "/plans/{plan}/projects/new/", "edit", lambda ids: {"name": "新项目"})
    ],
    "plan_versions": [Endpoint("get", "/plans/{plan}/versions/", "read")],
    "plan_version_restore": [
        Endpoint(
            "post",
            "/plans/{plan}/versions/{version}/restore/",
            "edit",
            lambda ids: {"revision": _current_revision(ids["plan"])},  # the page opened now
        )
    ],
    "plan_download": [
        Endpoint("get", "/plans/{plan}/download/" + fmt, "read")
        for fmt in ("json", "docx", "xlsx", "html", "csv", "review.html")
    ],
    "project": [Endpoint("get", "/projects/{project}/", "read")],
    "import": [
        Endpoint("get", "/import/", "import_page"),
        # a region's administrator imports for a department from its plan page
        Endpoint("get", "/import/?department={department}", "import"),
    ],
    "import_preview": [Endpoint("get", "/import/{batch}/", "import")],
    "import_decide": [
        Endpoint("post", "/import/{batch}/decide/", "import", lambda ids: {"decision": "discard"})
    ],
    "import_kind": [
        Endpoint(
            "post", "/import/{batch}/kind/", "import", lambda ids: {"document": "0", "kind": "plan"}
        )
    ],
    "imported_documents": [Endpoint("get", "/imported/", "member")],
    "imported_document": [Endpoint("get", "/imported/{document}/", "read")],
    "audit": [Endpoint("get", "/audit/", "audit")],
    "public": [Endpoint("get", "/public/", "public")],
    "public_open_data": [Endpoint("get", "/public/open-data.zip", "public")],
    "public_plan": [
        Endpoint("get", "/public/plans/{published}/", "public"),
        Endpoint("get", "/public/plans/{plan}/", "nobody"),
    ],
    "public_download": [
        Endpoint("get", "/public/plans/{published}/download/json", "public"),
        Endpoint("get", "/public/plans/{plan}/download/docx", "nobody"),
    ],
    # API (keys are "METHOD /api/path" as in the OpenAPI document)
    "GET /api/plans": [Endpoint("get", "/api/plans", "api_list")],
    "GET /api/plans/{plan_id}": [Endpoint("get", "/api/plans/{plan}", "read")],
    "PUT /api/plans/{plan_id}/goals": [
        Endpoint("put", "/api/plans/{plan}/goals", "edit", _goals, json=True)
    ],
    "GET /api/plans/{plan_id}/projects": [Endpoint("get", "/api/plans/{plan}/projects", "read")],
    "POST /api/plans/{plan_id}/projects": [
        Endpoint("post", "/api/plans/{plan}/projects", "edit", lambda ids: {"name": "新"}, True)
    ],
    "GET /api/plans/{plan_id}/findings": [Endpoint("get", "/api/plans/{plan}/findings", "read")],
    "POST /api/plans/{plan_id}/actions": [
        Endpoint(
            "post", "/api/plans/{plan}/actions", "submit", lambda ids: {"action": "submit"}, True
        )
    ],
    "GET /api/plans/{plan_id}/versions": [Endpoint("get", "/api/plans/{plan}/versions", "read")],
    "GET /api/plans/{plan_id}/versions/{number}": [
        Endpoint("get", "/api/plans/{plan}/versions/{version}", "read")
    ],
    "GET /api/plans/{plan_id}/diff": [
        Endpoint("get", "/api/plans/{plan}/diff?old={version}", "read")
    ],
    "GET /api/plans/{plan_id}/comments": [Endpoint("get", "/api/plans/{plan}/comments", "read")],
    "POST /api/plans/{plan_id}/comments": [
        Endpoint(
            "post",
            "/api/plans/{plan}/comments",
            "comment",
            lambda ids: {"text": "意见", "indicator_id": ids["indicator"]},
            True,
        )
    ],
    "GET /api/projects/{project_id}": [Endpoint("get", "/api/projects/{project}", "read")],
    "PUT /api/projects/{project_id}": [
        Endpoint("put", "/api/projects/{project}", "edit", _project, json=True)
    ],
    "DELETE /api/projects/{project_id}": [Endpoint("delete", "/api/projects/{project}", "edit")],
    "GET /api/projects/{project_id}/indicators": [
        Endpoint("get", "/api/projects/{project}/indicators", "read")
    ],
    "GET /api/projects/{project_id}/findings": [
        Endpoint("get", "/api/projects/{project}/findings", "read")
    ],
    "POST /api/projects/{project_id}/check": [
        Endpoint("post", "/api/projects/{project}/check", "read", _project, json=True)
    ],
    "GET /api/projects/{project_id}/suggestions": [
        Endpoint("get", "/api/projects/{project}/suggestions", "read")
    ],
    "GET /api/suggestions": [
        Endpoint("get", "/api/suggestions?name=%E5%85%AC%E8%BD%A6%E6%94%B9%E9%9D%A9", "member")
    ],
    "GET /api/public/plans": [Endpoint("get", "/api/public/plans", "public")],
    "GET /api/public/plans/{plan_id}": [
        Endpoint("get", "/api/public/plans/{published}", "public"),
        Endpoint("get", "/api/public/plans/{plan}", "nobody"),
    ],
    "GET /api/grammar": [Endpoint("get", "/api/grammar?value=≥90%25", "public")],
    # 监控 and 自评 (on an approved plan of each department)
    "GET /api/plans/{plan_id}/monitoring": [
        Endpoint("get", "/api/plans/{approved}/monitoring", "read")
    ],
    "GET /api/monitoring/{round_id}": [Endpoint("get", "/api/monitoring/{round}", "read")],
    "GET /api/plans/{plan_id}/evaluation": [
        Endpoint("get", "/api/plans/{approved}/evaluation", "read")
    ],
    "monitoring_overview": [Endpoint("get", "/monitoring/", "member")],
    "evaluation_overview": [Endpoint("get", "/evaluation/", "member")],
    "plan_monitoring": [Endpoint("get", "/plans/{approved}/monitoring/", "read")],
    "plan_monitoring_open": [
        Endpoint(
            "post",
            "/plans/{approved}/monitoring/new/",
            "fill",
            lambda ids: {"monitor_date": "2030-09-30"},
        )
    ],
    "monitoring_round": [Endpoint("get", "/monitoring/{round}/", "read")],
    "monitoring_action": [
        Endpoint("post", "/monitoring/{round}/action/", "submit", lambda ids: {"action": "submit"})
    ],
    "monitoring_upload": [
        Endpoint(
            "post",
            "/monitoring/{round}/upload/",
            "fill",
            lambda ids: {"actuals": _upload("实际支出.xlsx")},
        )
    ],
    "monitoring_download": [
        Endpoint("get", "/monitoring/{round}/download/" + fmt, "read")
        for fmt in ("xlsx", "docx", "pdf", "actuals.xlsx")
    ],
    "monitoring_entry": [
        Endpoint("get", "/monitoring/entries/{progress}/", "read"),
        Endpoint(
            "post", "/monitoring/entries/{progress}/", "fill", lambda ids: ids["progress_form"]
        ),
    ],
    "plan_evaluation": [Endpoint("get", "/plans/{approved}/evaluation/", "read")],
    "plan_evaluation_start": [Endpoint("post", "/plans/{approved}/evaluation/start/", "fill")],
    "evaluation_action": [
        Endpoint(
            "post", "/evaluation/{evaluation}/action/", "submit", lambda ids: {"action": "submit"}
        )
    ],
    "evaluation_upload": [
        Endpoint(
            "post",
            "/evaluation/{evaluation}/upload/",
            "fill",
            lambda ids: {"forms": _upload("自评表.xlsx")},
        )
    ],
    "evaluation_download": [
        Endpoint("get", "/evaluation/{evaluation}/download/" + fmt, "read")
        for fmt in ("xlsx", "docx", "pdf", "report.md")
    ],
    "evaluation_carry_over": [Endpoint("post", "/evaluation/{evaluation}/carry-over/", "import")],
    "evaluation_entry": [
        Endpoint("get", "/evaluation/entries/{scored}/", "read"),
        Endpoint("post", "/evaluation/entries/{scored}/", "fill", lambda ids: ids["scored_form"]),
    ],
    # 任务下发与催报, 站内消息 (a task per department; each editor has a message)
    "tasks": [Endpoint("get", "/tasks/", "member")],
    "task_new": [
        Endpoint(
            "post",
            "/tasks/new/",
            "comment",
            lambda ids: {
                "year": "2030",
                "stage": "declare",
                "deadline": "2030-03-31",
                "departments": [ids["department"]],
            },
        )
    ],
    "task": [Endpoint("get", "/tasks/{task}/", "read")],
    "task_remind": [Endpoint("post", "/tasks/{task}/remind/", "comment")],
    "task_deadline": [
        Endpoint(
            "post", "/tasks/{task}/deadline/", "comment", lambda ids: {"deadline": "2030-04-01"}
        )
    ],
    "messages": [Endpoint("get", "/messages/", "member")],
    "message_read": [Endpoint("post", "/messages/{message}/read/", "recipient")],
    "messages_read_all": [Endpoint("post", "/messages/read/", "member")],
    "GET /api/tasks": [Endpoint("get", "/api/tasks", "api_list")],
    "POST /api/tasks": [
        Endpoint(
            "post",
            "/api/tasks",
            "comment",
            lambda ids: {
                "year": 2030,
                "stage": "evaluate",
                "deadline": "2031-03-31",
                "department_ids": [ids["department"]],
            },
            True,
        )
    ],
    "GET /api/tasks/{task_id}": [Endpoint("get", "/api/tasks/{task}", "read")],
    "POST /api/tasks/{task_id}/reminders": [
        Endpoint("post", "/api/tasks/{task}/reminders", "comment", lambda ids: {}, True)
    ],
    "GET /api/messages": [Endpoint("get", "/api/messages", "api_list")],
    "POST /api/messages/{message_id}/read": [
        Endpoint("post", "/api/messages/{message}/read", "recipient")
    ],
    # 清单 and 批量通过/退回
    "list_plans": [Endpoint("get", "/lists/plans/?year=2023&sort=-budget&export=xlsx", "member")],
    "list_projects": [Endpoint("get", "/lists/plans/{plan}/projects/", "read")],
    "list_rounds": [Endpoint("get", "/lists/monitoring/", "member")],
    "list_evaluations": [Endpoint("get", "/lists/evaluation/", "member")],
    "list_off_track": [Endpoint("get", "/lists/off-track/", "member")],
    "list_budget": [Endpoint("get", "/lists/budget/", "member")],
    "batch_confirm": [
        Endpoint(
            "post",
            "/lists/plans/batch/",
            "comment",
            lambda ids: {"ids": ids["plan"], "action": "return"},
        ),
        Endpoint(
            "post",
            "/lists/monitoring/batch/",
            "comment",
            lambda ids: {"ids": ids["round"], "action": "accept"},
        ),
    ],
    "batch_apply": [
        Endpoint(
            "post",
            "/lists/plans/batch/apply/",
            "comment",
            lambda ids: {"ids": ids["plan"], "action": "return", "comment": "请修改"},
        ),
        Endpoint(
            "post",
            "/lists/evaluation/batch/apply/",
            "comment",
            lambda ids: {"ids": ids["evaluation"], "action": "accept"},
        ),
    ],
    # 后台任务: a job is seen by the person who started it (and the region's administrators)
    "jobs": [
        Endpoint("get", "/jobs/", "member"),
        Endpoint("post", "/jobs/", "member", lambda ids: {"action": "export", "format": "json"}),
    ],
    "job": [Endpoint("get", "/jobs/{job}/", "import")],
    "job_status": [Endpoint("get", "/jobs/{job}/status", "import")],
    "job_cancel": [Endpoint("post", "/jobs/{job}/cancel/", "import")],
    "job_download": [Endpoint("get", "/jobs/{job}/download/", "import")],
    # 满意度调查 (on the approved plan of each department)
    "plan_surveys": [
        Endpoint("get", "/plans/{approved}/surveys/", "read"),
        Endpoint("post", "/plans/{approved}/surveys/", "fill", lambda ids: {"projects": []}),
    ],
    "survey": [Endpoint("get", "/surveys/{survey}/", "read")],
    "survey_action": [
        Endpoint("post", "/surveys/{survey}/action/", "fill", lambda ids: {"action": "close"})
    ],
    "survey_download": [
        Endpoint("get", "/surveys/{survey}/download/" + what, "read")
        for what in ("qr.png", "poster.pdf", "results.xlsx")
    ],
    "survey_public": [Endpoint("get", "/s/{survey_token}/", "public")],
    # 整改
    "rectification_board": [Endpoint("get", "/rectification/", "member")],
    "rectification_ledger": [Endpoint("get", "/rectification/ledger.xlsx", "member")],
    "rectification_item": [
        Endpoint("get", "/rectification/{rectification}/", "read"),
        Endpoint(
            "post",
            "/rectification/{rectification}/",
            "submit",
            lambda ids: {"action": "start", "lock_version": "1"},
        ),
    ],
    "rectification_file": [
        Endpoint("get", "/rectification/{rectification}/files/{rectification_file}", "read")
    ],
    "plan_rectification": [Endpoint("get", "/plans/{plan}/rectification/", "read")],
    "plan_rectification_mark": [
        Endpoint(
            "post",
            "/plans/{plan}/rectification/mark/",
            "comment",
            lambda ids: {"findings": [], "deadline": "2030-06-30"},
        )
    ],
    # 事前绩效评估 (a concluded proposal of each department; the admin was its assessor)
    "exante_list": [Endpoint("get", "/exante/", "member")],
    "exante_new": [
        Endpoint("get", "/exante/new/", "import_page"),
        Endpoint("post", "/exante/new/", "import_page", lambda ids: {"name": ""}),
    ],
    "exante_proposal": [
        Endpoint("get", "/exante/{proposal}/", "proposal"),
        Endpoint("post", "/exante/{proposal}/", "edit", lambda ids: {"name": "改", "year": "2030"}),
    ],
    "exante_action": [
        Endpoint("post", "/exante/{proposal}/action/", "submit", lambda ids: {"action": "submit"}),
        Endpoint(
            "post", "/exante/{proposal}/action/", "decide", lambda ids: {"action": "conclude"}
        ),
    ],
    "exante_sheet": [
        Endpoint("get", "/exante/{proposal}/sheet/", "assessor"),
        Endpoint("post", "/exante/{proposal}/sheet/", "assessor", lambda ids: {"remarks": "x"}),
    ],
    "exante_download": [
        Endpoint("get", "/exante/{proposal}/download/" + fmt, "proposal")
        for fmt in ("xlsx", "docx", "pdf")
    ],
    # 部门整体自评 (opened on the approved plan of each department)
    "plan_department": [
        Endpoint("get", "/plans/{approved}/department/", "read"),
        Endpoint(
            "post", "/plans/{approved}/department/", "fill", lambda ids: {"lock_version": "1"}
        ),
    ],
    "plan_department_start": [Endpoint("post", "/plans/{approved}/department/start/", "fill")],
    "department_action": [
        Endpoint(
            "post",
            "/department/{department_evaluation}/action/",
            "submit",
            lambda ids: {"action": "submit"},
        )
    ],
    "department_judge": [
        Endpoint(
            "post",
            "/department/{department_evaluation}/judge/",
            "decide",
            lambda ids: {"judged-management": "5", "lock_version": "1"},
        )
    ],
    "department_upload": [
        Endpoint(
            "post",
            "/department/{department_evaluation}/upload/",
            "fill",
            lambda ids: {"form": _upload("部门整体自评表.xlsx")},
        )
    ],
    "monitoring_department": [
        Endpoint(
            "post", "/monitoring/{round}/department/", "fill", lambda ids: {"lock_version": "1"}
        )
    ],
    "GET /api/exante": [Endpoint("get", "/api/exante", "api_list")],
    "GET /api/exante/{proposal_id}": [Endpoint("get", "/api/exante/{proposal}", "proposal")],
    "GET /api/plans/{plan_id}/department": [
        Endpoint("get", "/api/plans/{approved}/department", "read")
    ],
    "department_download": [
        Endpoint("get", "/department/{department_evaluation}/download/" + fmt, "read")
        for fmt in ("xlsx", "docx", "pdf")
    ],
    "department_report": [
        Endpoint("get", "/department/{department_evaluation}/report/" + fmt, "read")
        for fmt in ("docx", "pdf")
    ],
    # 审核发现处理: the unit answers 已修改, reviewers set any status (不予采纳 with a reason)
    "plan_findings": [Endpoint("get", "/plans/{plan}/findings/", "read")],
    "plan_findings_mark": [
        Endpoint("post", "/plans/{plan}/findings/mark/", "dispose", _disposition("modified", "")),
        Endpoint(
            "post", "/plans/{plan}/findings/mark/", "comment", _disposition("rejected", "有依据")
        ),
    ],
}
# Routes outside the matrix, with the reason.
UNCHECKED = {
    "login": "the sign-in form itself",
    "logout": "signing out",
    "api-root": "the API's own index",
    "openapi-json": "the API description is public",
    "openapi-view": "the API documentation page is public",
}


def expected(kind: str, role: str | None, scope: str) -> str:
    """What the rules say: see jixiao.web.orgs.access."""
    if kind == "public":
        return OK
    if kind == "nobody":  # an unpublished plan on the public site
        return DENIED
    if role is None:
        return LOGIN
    sees = role in ("bureau", "admin") or (scope == "own" and role != "expert")
    rules = {
        "member": True,
        "api_list": True,
        "read": sees,
        "edit": sees and role in ("editor", "admin"),
        "submit": sees and role in ("editor", "admin"),
        "fill": sees and role in ("editor", "admin"),
        "comment": sees and role != "editor",
        "import": role == "admin" or (role == "editor" and scope == "own"),
        "import_page": role == "editor",
        "audit": role not in ("editor", "expert"),
        "recipient": role == "editor" and scope == "own",  # the message's addressee only
        "decide": sees and role in ("bureau", "admin"),
        "assessor": role == "expert",  # the assessor the matrix world assigned
        "proposal": sees or role == "expert",  # an expert reads the proposals assigned
        "dispose": sees,  # 已修改: the unit and the reviewers of the plan
    }
    return OK if rules[kind] else DENIED


def outcome(response: Any) -> str:
    if response.status_code == 401:
        return LOGIN
    if response.status_code == 302 and "/accounts/login/" in response.get("Location", ""):
        return LOGIN
    if response.status_code in (403, 404):
        return DENIED
    assert response.status_code < 400, (response.status_code, response.content[:300])
    return OK


def route_names() -> set[str]:
    names: set[str] = set()

    def walk(patterns: list[Any], namespace: str = "") -> None:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                if pattern.namespace in ("admin", "api"):
                    continue
                walk(pattern.url_patterns, namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(pattern.name)

    walk(get_resolver().url_patterns)
    for path, operations in api.get_openapi_schema()["paths"].items():
        for method in operations:
            names.add(f"{method.upper()} {path}")
    return names


def test_every_route_is_in_the_matrix(db: Any) -> None:
    listed = set(ENDPOINTS) | set(UNCHECKED)
    missing = route_names() - listed
    assert not missing, f"routes without a permission entry: {sorted(missing)}"
    stale = set(ENDPOINTS) - route_names()
    assert not stale, f"entries for routes that no longer exist: {sorted(stale)}"


def _ids(world: World, scope: str) -> dict[str, Any]:
    plan = world.own_plan if scope == "own" else world.other_plan
    plan.refresh_from_db()
    project = plan.projects.order_by("position").first()
    assert project is not None
    indicator = IndicatorRecord.objects.filter(project=project).first()
    batch = ImportBatch.objects.get(department=plan.department)
    version = plan.versions.order_by("-number").first()
    approved = world.approved[scope]  # type: ignore[attr-defined]
    round_ = MonitoringRoundRecord.objects.get(plan=approved)
    progress = round_.entries.order_by("pk").first()
    evaluation = SelfEvaluationRecord.objects.get(plan=approved)
    scored = evaluation.entries.order_by("pk").first()
    survey = SurveyRecord.objects.get(plan=approved)
    rectification = RectificationRecord.objects.get(plan=plan)
    assert progress is not None and scored is not None
    addressee = "editor" if scope == "own" else "other_editor"
    return {
        "plan": plan.pk,
        "plan_version": plan.lock_version,
        "project": project.pk,
        "project_version": project.lock_version,
        "indicator": indicator.pk if indicator else None,
        "batch": batch.pk,
        "document": ImportedDocument.objects.get(department=plan.department).pk,
        "version": version.number if version else 1,
        "published": world.published.pk,
        "approved": approved.pk,
        "round": round_.pk,
        "progress": progress.pk,
        "progress_form": progress_values(progress_of(progress))
        | {"lock_version": str(progress.lock_version)},
        "evaluation": evaluation.pk,
        "scored": scored.pk,
        "job": Job.objects.get(department=plan.department).pk,
        "scored_form": evaluation_values(evaluation_of(scored))
        | {"lock_version": str(scored.lock_version)},
        "department": plan.department_id,
        "task": Task.objects.get(departments=plan.department).pk,
        "message": Message.objects.filter(recipient=world.users[addressee]).first().pk,  # type: ignore[union-attr]
        "survey": survey.pk,
        "rectification": rectification.pk,
        "rectification_file": rectification.files.get().pk,
        "survey_token": survey.token,
        "proposal": ProposalRecord.objects.get(department=plan.department).pk,
        "department_evaluation": DepartmentSelfEvaluation.objects.get(plan=approved).pk,
    }


def _fingerprint() -> tuple[Any, ...]:
    """Everything a denied request must leave untouched."""
    return (
        tuple(PlanRecord.objects.order_by("pk").values_list("pk", "status", "lock_version")),
        IndicatorRecord.objects.count(),
        Comment.objects.count(),
        AuditEntry.objects.count(),
        tuple(ImportBatch.objects.order_by("pk").values_list("state", flat=True)),
        tuple(MonitoringRoundRecord.objects.order_by("pk").values_list("pk", "status")),
        tuple(ProgressRecord.objects.order_by("pk").values_list("pk", "lock_version")),
        tuple(SelfEvaluationRecord.objects.order_by("pk").values_list("pk", "status")),
        tuple(EvaluationEntryRecord.objects.order_by("pk").values_list("pk", "lock_version")),
        tuple(Task.objects.order_by("pk").values_list("pk", "deadline")),
        Reminder.objects.count(),
        tuple(Message.objects.order_by("pk").values_list("pk", "read_at")),
        tuple(SurveyRecord.objects.order_by("pk").values_list("pk", "is_open")),
        SurveyAnswer.objects.count(),
        tuple(RectificationRecord.objects.order_by("pk").values_list("pk", "status")),
        tuple(ProposalRecord.objects.order_by("pk").values_list("pk", "status", "lock_version")),
        tuple(SheetRecord.objects.order_by("pk").values_list("pk", "lock_version")),
        tuple(
            DepartmentSelfEvaluation.objects.order_by("pk").values_list(
                "pk", "status", "lock_version"
            )
        ),
        tuple(DepartmentRoundRecord.objects.order_by("pk").values_list("pk", "lock_version")),
        tuple(FindingDisposition.objects.order_by("pk").values_list("pk", "status")),
    )


def _call(client: Client, endpoint: Endpoint, ids: dict[str, Any]) -> Any:
    path = endpoint.path.format(**ids)
    method = getattr(client, endpoint.method)
    if endpoint.body is None:
        return method(path)
    if endpoint.json:
        return method(path, endpoint.body(ids), content_type="application/json")
    return method(path, endpoint.body(ids))


@pytest.fixture
def matrix_world(world: World, settings: Any, tmp_path: Any) -> World:
    """The world plus a published plan, a version of each plan and a staged import each."""
    from jixiao.importers.api import import_file
    from jixiao.web.orgs.models import Department
    from jixiao.web.plans.storing import store_plan
    from tests.conftest import seed_path

    settings.MEDIA_ROOT = tmp_path
    published_doc = import_file(seed_path("001_a168ace21779f849"))
    department = Department.objects.create(region=world.region, name="已公开部门")
    published = store_plan(published_doc, department, year=2024, force=True)
    admin = world.users["admin"]
    for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
        act(admin, Role.ADMIN, published, action)
    for plan in (world.own_plan, world.other_plan):
        # a frozen version to compare against, while the plan stays with the unit
        act(admin, Role.ADMIN, plan, Action.SUBMIT)
        act(admin, Role.ADMIN, plan, Action.RETURN, "请补充")
        ImportBatch.objects.create(department=plan.department, documents=[])
        ImportedDocument.objects.create(
            department=plan.department, year=plan.year, source_file="公开表.txt", document={}
        )
        editor = world.users["editor" if plan == world.own_plan else "other_editor"]
        job = Job.objects.create(
            kind=Job.Kind.EXPORT_PLANS,
            title="导出",
            state=Job.State.SUCCEEDED,
            department=plan.department,
            created_by=editor,
        )
        JobFile.objects.create(job=job, role="output", name="导出.zip", size=2, content=b"PK")
    world.published = published  # type: ignore[attr-defined]
    # an approved plan per department (a later year), with a 监控 round and a 自评 open
    world.approved = {}  # type: ignore[attr-defined]
    for scope, plan in (("own", world.own_plan), ("other", world.other_plan)):
        later = plan_to_domain(plan).model_copy(update={"year": 2030})
        approved = store_plan(later, plan.department, force=True)
        for action in (Action.SUBMIT, Action.FORWARD, Action.APPROVE):
            act(admin, Role.ADMIN, approved, action)
        approved.refresh_from_db()
        open_round(admin, approved, dt.date(2030, 6, 30))
        open_evaluation(admin, approved)
        open_survey(admin, approved)
        open_department_evaluation(admin, approved)
        record = add_key_evaluation(admin, plan, "重点评价问题", "说明", "", dt.date(2030, 6, 30))
        record.files.create(file=SimpleUploadedFile("证明.txt", b"proof"), name="证明.txt")
        world.approved[scope] = approved  # type: ignore[attr-defined]
        # a task for the department (which writes each editor a message)
        open_task(admin, world.region, 2030, Stage.DECLARE, dt.date(2030, 3, 1), [plan.department])
        example_assessment(
            plan.department, 2030, admin, admin, [world.users["expert"]], share=Decimal("0.5")
        )  # 不予支持: no project added
    return world


@pytest.mark.django_db
def test_permission_matrix_has_no_leak(matrix_world: World) -> None:
    failures = []
    checked = 0
    for name, endpoints in ENDPOINTS.items():
        for endpoint in endpoints:
            for role in (None, *ROLES):
                for scope in SCOPES:
                    client = matrix_world.client(role)
                    ids = _ids(matrix_world, scope)
                    before = _fingerprint()
                    with transaction.atomic():
                        response = _call(client, endpoint, ids)
                        after = _fingerprint()
                        transaction.set_rollback(True)
                    want = expected(endpoint.kind, role, scope)
                    got = outcome(response)
                    checked += 1
                    if got != want:
                        failures.append(
                            f"{name} {endpoint.method.upper()} {endpoint.path} "
                            f"role={role} scope={scope}: expected {want}, got {got} "
                            f"({response.status_code})"
                        )
                    if got != OK and after != before:
                        failures.append(f"{name} role={role} scope={scope}: denied but changed")
    assert not failures, "\n".join(failures)
    assert checked > 250


@pytest.mark.django_db
def test_a_unit_restricted_editor_changes_only_that_units_projects(world: World) -> None:
    client = world.client("unit_editor")  # 张家口: unit 430004 only
    projects = list(world.other_plan.projects.order_by("position"))
    own_unit = next(p for p in projects if p.unit_code == "430004")
    other_unit = next(p for p in projects if p.unit_code != "430004")
    for project, status in ((own_unit, 200), (other_unit, 403)):
        body = {"lock_version": project.lock_version, "name": project.name + "（改）"}
        response = client.put(f"/api/projects/{project.pk}", body, content_type="application/json")
        assert response.status_code == status, response.content
    # and the department goals are not theirs to change
    response = client.put(
        f"/api/plans/{world.other_plan.pk}/goals",
        {"lock_version": world.other_plan.lock_version, "overall_goal": "x"},
        content_type="application/json",
    )
    assert response.status_code == 403


@pytest.mark.django_db
def test_django_admin_is_for_staff_only(world: World) -> None:
    for who in ("editor", "reviewer", "bureau", "admin"):
        response = world.client(who).get("/admin/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    world.users["admin"].is_staff = world.users["admin"].is_superuser = True
    world.users["admin"].save()
    assert world.client("admin").get("/admin/").status_code == 200
