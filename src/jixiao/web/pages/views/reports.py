"""What the 监控 and 自评 pages share: an entry form's page and its save, 报送 actions,
uploads of many projects at once (as background jobs) and the form downloads."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from jixiao.limits import Limits
from jixiao.web.jobs.running import configured_limits
from jixiao.web.orgs.access import (
    can_fill,
    can_fill_all,
    can_view,
    report_actions_for,
    takes_in_another_state,
)
from jixiao.web.pages.entryforms import posted_values
from jixiao.web.pages.fields import FieldErrors
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import refused, typed
from jixiao.web.plans.editing import EditConflict
from jixiao.web.reporting.decisions import act_on_report
from jixiao.web.reporting.neighbours import next_entry
from jixiao.web.reporting.uploads import ReportUpload
from jixiao.workflow import ReportAction, WorkflowError

if TYPE_CHECKING:
    from jixiao.web.reporting.models import ReportRecord

Report = TypeVar("Report", bound="ReportRecord")
Entry = TypeVar("Entry")
Content = TypeVar("Content")  # the core model an entry stores (ProjectProgress, …)
View = Callable[..., HttpResponse]
MEDIA = {
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".md": "text/markdown; charset=utf-8",
}


def decide(request: HttpRequest, report: ReportRecord, page: str) -> HttpResponse:
    """Apply the posted 报送 action and go back to the report's ``page``; refused, with the
    意见 or 退回理由 typed given back (a redirect lost it)."""
    member = current_member(request)
    try:
        action = ReportAction(request.POST.get("action", ""))
    except ValueError:
        raise PermissionDenied("未知的操作") from None
    kept = typed(request.POST, [("意见（退回理由）", "comment")])
    if action not in report_actions_for(member, report):
        if not (kept[0][1] and takes_in_another_state(member, report, action)):
            raise PermissionDenied(f"您不能在当前状态下{action.label}")
        # the page was out of date: someone else moved the report on while this person
        # wrote the 退回理由 (a 403 lost it)
        now = f"报告已被他人办理，现为“{report.status_enum.label}”，不能{action.label}"
        return refused(request, now, kept, page, conflict=True)
    try:
        comment = request.POST.get("comment", "")
        act_on_report(request.user, member.role_enum, report, action, comment)
    except WorkflowError as error:
        return refused(request, f"未能{action.label}：{error}", kept, page)
    messages.success(request, f"已{action.label}")
    return redirect(page)


def action_choices(request: HttpRequest, report: ReportRecord) -> list[tuple[str, str]]:
    return [(a.value, a.label) for a in report_actions_for(current_member(request), report)]


def file_response(write: Callable[[Path], object], name: str, fallback: str) -> HttpResponse:
    """Write a file with a core writer and send it as ``name`` (``fallback``: its ASCII stem),
    PDF inline, the rest as attachments."""
    suffix = Path(name).suffix
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"out{suffix}"
        write(path)
        content = path.read_bytes()
    response = HttpResponse(content, content_type=MEDIA.get(suffix, "application/octet-stream"))
    as_download(response, name, fallback, inline=suffix == ".pdf")
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


def entry_page(
    request: HttpRequest,
    template: str,
    context_of: Callable[[dict[str, str] | None], dict[str, Any]],
    editable: bool,
    save: Callable[[int], str],
    refused: str,
) -> HttpResponse | None:
    """One project's entry of a 监控 round or a 自评: the form (GET), or the posted form
    saved — None then, the caller redirects — or shown again with its errors."""
    if request.method != "POST":
        return render(request, template, context_of(None))
    if not editable:
        raise PermissionDenied(refused)
    return save_posted_entry(request, template, context_of, save)


def upload_as_job(
    request: HttpRequest, report: Report, upload: ReportUpload[Report, Any], field: str
) -> HttpResponse | None:
    """Keep the uploaded file with a job and show the job's page; None (with a message
    for the report's page) when there is no file or it is over the upload limit."""
    chosen = request.FILES.get(field)  # reading the form fills refused_uploads
    refused = getattr(request, "refused_uploads", [])
    if refused:
        limit = Limits.megabytes(configured_limits().upload_bytes)
        messages.error(request, f"{refused[0]}：文件大小超过上传限制（{limit}），未上传")
        return None
    if chosen is None:
        messages.error(request, f"请选择填好的{upload.what}文件")
        return None
    job = upload.start(request.user, report, chosen.name or "上传文件", chosen.read())
    return redirect("job", job_id=job.pk)


@dataclass(frozen=True)
class ReportPages(Generic[Report, Entry, Content]):
    """What differs between the 监控 and the 自评 pages; the pages themselves — a project's
    entry, the 报送 actions, the upload of many projects — are these methods, and
    :meth:`views` gives them to the URL table signed in."""

    kind: str  # the URL names and templates: {kind}_entry, pages/{kind}_entry.html
    report_name: str  # as the messages name the report (监控, 绩效自评)
    entry_name: str  # and one project's entry in it (监控填报, 自评填报)
    find_entry: Callable[[int], Entry | None]
    report_of: Callable[[Entry], Report]
    stored: Callable[[Entry], Content]  # the entry as the core reads it
    #: the entry page: (entry, stored, editable, the inputs to show after an error)
    entry_context: Callable[[Entry, Content, bool, dict[str, str] | None], dict[str, Any]]
    #: save the posted entry (request, entry, stored, lock version); the message to show
    save: Callable[[HttpRequest, Entry, Content, int], str]
    upload: ReportUpload[Report, Any]  # its report_of finds the report, page_of shows it
    upload_field: str

    def report_or_404(self, request: HttpRequest, report_id: int) -> Report:
        report = self.upload.report_of(report_id)
        if report is None or not can_view(current_member(request), report.plan):  # type: ignore[attr-defined]
            raise Http404(f"没有找到该{self.report_name}")
        return report

    def entry_or_404(self, request: HttpRequest, entry_id: int) -> Entry:
        entry = self.find_entry(entry_id)
        if entry is None or not can_view(current_member(request), self.report_of(entry).plan):  # type: ignore[attr-defined]
            raise Http404(f"没有找到该项目的{self.entry_name}")
        return entry

    def report_page(self, report: Report) -> HttpResponse:
        return redirect(self.upload.page_of(report))

    def entry(self, request: HttpRequest, entry_id: int) -> HttpResponse:
        entry = self.entry_or_404(request, entry_id)
        project = entry.project  # type: ignore[attr-defined]
        editable = can_fill(current_member(request), self.report_of(entry), project)
        stored = self.stored(entry)  # as it was before the save: the form's starting point
        shown = entry_page(
            request,
            f"pages/{self.kind}_entry.html",
            lambda values: self._with_next(
                entry, self.entry_context(entry, stored, editable, values)
            ),
            editable,
            lambda version: self.save(request, entry, stored, version),
            f"当前不能修改该项目的{self.entry_name}",
        )
        return shown or redirect(f"{self.kind}_entry", entry_id=entry_id)

    def _with_next(self, entry: Entry, context: dict[str, Any]) -> dict[str, Any]:
        """The page's context with the link to the next project's entry."""
        following = next_entry(entry, self.report_of(entry))  # type: ignore[arg-type]
        return context | {"next_entry": following, "entry_url": f"{self.kind}_entry"}

    def act(self, request: HttpRequest, report_id: int) -> HttpResponse:
        report = self.report_or_404(request, report_id)
        return decide(request, report, self.upload.page_of(report))

    def upload_file(self, request: HttpRequest, report_id: int) -> HttpResponse:
        report = self.report_or_404(request, report_id)
        if not can_fill_all(current_member(request), report):
            raise PermissionDenied(f"只有本部门的填报人可以在填报期间上传{self.upload.what}")
        job_page = upload_as_job(request, report, self.upload, self.upload_field)
        return job_page or self.report_page(report)

    def views(self) -> tuple[View, View, View]:
        """The entry page, the 报送 action and the upload, for the URL table: signed in,
        the last two by POST only."""
        return (
            member_required(_by_id(self.entry)),
            member_required(require_POST(_by_id(self.act))),
            member_required(require_POST(_by_id(self.upload_file))),
        )


def _by_id(page: Callable[[HttpRequest, int], HttpResponse]) -> View:
    """A view of a page that takes one id, whatever the route calls it (round_id, …)."""

    @wraps(page)
    def view(request: HttpRequest, *args: int, **ids: int) -> HttpResponse:
        (record_id,) = (*args, *ids.values())
        return page(request, record_id)

    return view
