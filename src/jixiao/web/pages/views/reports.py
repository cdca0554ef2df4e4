"""What the 监控 and 自评 pages share: saving an entry form, 报送 actions, uploads of many
projects at once and the form downloads."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.encoding import escape_uri_path

from jixiao.importers.errors import ImportFailed
from jixiao.web.orgs.access import report_actions_for
from jixiao.web.pages.entryforms import posted_values
from jixiao.web.pages.fields import FieldErrors
from jixiao.web.pages.guards import current_member
from jixiao.web.plans.editing import EditConflict
from jixiao.web.reporting.decisions import act_on_report
from jixiao.web.reporting.entries import UploadRejected
from jixiao.web.reporting.models import ReportRecord
from jixiao.workflow import ReportAction, WorkflowError

T = TypeVar("T")
MEDIA = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".md": "text/markdown; charset=utf-8",
}


def decide(request: HttpRequest, report: ReportRecord) -> None:
    """Apply the posted 报送 action, with a message either way."""
    member = current_member(request)
    try:
        action = ReportAction(request.POST.get("action", ""))
    except ValueError:
        raise PermissionDenied("未知的操作") from None
    if action not in report_actions_for(member, report):
        raise PermissionDenied(f"您不能在当前状态下{action.label}")
    try:
        comment = request.POST.get("comment", "")
        act_on_report(request.user, member.role_enum, report, action, comment)
    except WorkflowError as refused:
        messages.error(request, str(refused))
        return
    messages.success(request, f"已{action.label}")


def action_choices(request: HttpRequest, report: ReportRecord) -> list[tuple[str, str]]:
    return [(a.value, a.label) for a in report_actions_for(current_member(request), report)]


def with_upload(upload: UploadedFile[Any], read: Callable[[Path], T]) -> T:
    """Read an uploaded file through a core reader that wants a path (and its suffix)."""
    # the person's file name, so that errors name the file they chose
    name = Path(upload.name or "upload.xlsx").name
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return read(path)


def file_response(write: Callable[[Path], object], name: str) -> HttpResponse:
    """Write a file with a core writer and send it (PDF inline, the rest as attachments)."""
    suffix = Path(name).suffix
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"out{suffix}"
        write(path)
        content = path.read_bytes()
    response = HttpResponse(content, content_type=MEDIA.get(suffix, "application/octet-stream"))
    disposition = "inline" if suffix == ".pdf" else "attachment"
    response["Content-Disposition"] = f"{disposition}; filename*=UTF-8''{escape_uri_path(name)}"
    return response


def save_posted_entry(
    request: HttpRequest,
    template: str,
    context_of: Callable[[dict[str, str] | None], dict[str, Any]],
    save: Callable[[int], str],
) -> HttpResponse | None:
    """Save a posted entry form: None when saved (with ``save``'s message), else the form
    again with every input kept — the errors beside it (400) or the conflict (409)."""
    try:
        version = int(request.POST.get("lock_version", "0") or 0)
        messages.success(request, save(version))
    except FieldErrors as wrong:
        context = context_of(posted_values(request.POST)) | {"errors": wrong.errors}
        return render(request, template, context, status=400)
    except EditConflict as conflict:
        context = context_of(posted_values(request.POST)) | {
            "conflict": str(conflict),
            "entry_version": conflict.current_version,
        }
        return render(request, template, context, status=409)
    return None


def upload_many(
    request: HttpRequest,
    field: str,
    read: Callable[[Path], T],
    apply: Callable[[T, str], int],
    what: str,
) -> None:
    """Read an uploaded workbook and apply it to every project it names, all or nothing."""
    upload = request.FILES.get(field)
    if upload is None:
        messages.error(request, f"请选择填好的{what}文件")
        return
    name = upload.name or "上传文件"
    try:
        count = apply(with_upload(upload, read), name)
    except ImportFailed as wrong:  # the file or a cell, named by the reader
        messages.error(request, f"{wrong}（未作任何修改）")
    except UploadRejected as rejected:
        messages.error(request, f"未作任何修改：{rejected}")
    else:
        messages.success(request, f"已从“{name}”更新{count}个项目的{what}")
