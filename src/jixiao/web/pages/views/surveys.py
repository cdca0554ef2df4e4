"""满意度调查 pages: a plan's surveys, one survey's link, QR code and results, the public
questionnaire (no sign-in, phone-sized), and the downloads."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from jixiao.surveys import is_satisfaction_indicator, load_survey_profile
from jixiao.surveys.export import result_bytes
from jixiao.surveys.poster import poster_pdf, qr_png, qr_svg
from jixiao.web.orgs.access import can_open_report, can_view
from jixiao.web.pages import charting
from jixiao.web.pages.filenames import as_download
from jixiao.web.pages.guards import current_member, member_required
from jixiao.web.pages.kept import refused, typed
from jixiao.web.pages.views.plan import plan_or_404
from jixiao.web.plans.convert import plan_to_domain
from jixiao.web.surveys.applying import apply_to_evaluation, apply_to_monitoring
from jixiao.web.surveys.collecting import (
    SurveyRefused,
    find_survey,
    open_survey,
    questionnaire_of,
    results,
    set_open,
    submit_answer,
    survey_by_token,
)

if TYPE_CHECKING:
    from jixiao.web.surveys.models import SurveyRecord

DEVICE_COOKIE = "jx_device"
RESULT_FORMATS = {"xlsx", "docx", "pdf"}


def survey_or_404(request: HttpRequest, survey_id: int) -> SurveyRecord:
    survey = find_survey(survey_id)
    if survey is None or not can_view(current_member(request), survey.plan):
        raise Http404("没有找到该满意度调查")
    return survey


def public_link(request: HttpRequest, survey: SurveyRecord) -> str:
    return request.build_absolute_uri(reverse("survey_public", args=[survey.token]))


@member_required
def plan_surveys(request: HttpRequest, plan_id: int) -> HttpResponse:
    """The plan's surveys; the department's editors open a new one here."""
    plan = plan_or_404(request, plan_id)
    member = current_member(request)
    may_open = can_open_report(member, plan)
    if request.method == "POST":
        if not may_open:
            raise Http404("没有找到该计划")
        chosen = set(request.POST.getlist("projects")) or None
        try:
            survey = open_survey(request.user, plan, chosen, request.POST.get("access_code", ""))
        except SurveyRefused as error:
            # the projects chosen and the 访问码 typed given back: the redirect lost them
            kept = typed(request.POST, [("所选项目", "projects"), ("访问码", "access_code")])
            return refused(request, str(error), kept, reverse("plan_surveys", args=[plan.pk]))
        messages.success(request, "问卷已生成，可以发送链接或打印二维码。")
        return redirect("survey", survey_id=survey.pk)
    projects = [
        (project.name, sum(is_satisfaction_indicator(i) for i in project.indicators))
        for project in plan_to_domain(plan).projects
    ]
    surveys = [(s, s.answers.count()) for s in plan.surveys.order_by("-created_at")]
    return render(
        request,
        "pages/surveys.html",
        {"plan": plan, "surveys": surveys, "projects": projects, "may_open": may_open},
    )


@member_required
def survey_page(request: HttpRequest, survey_id: int) -> HttpResponse:
    survey = survey_or_404(request, survey_id)
    result = results(survey)
    link = public_link(request, survey)
    return render(
        request,
        "pages/survey.html",
        {
            "survey": survey,
            "plan": survey.plan,
            "result": result,
            "rows": list(zip(result.questions, questionnaire_of(survey).questions, strict=True)),
            "chart": charting.satisfaction(result.questions),
            "link": link,
            "qr": qr_svg(link, scale=5),
            "may_manage": can_open_report(current_member(request), survey.plan),
        },
    )


@member_required
@require_POST
def survey_action(request: HttpRequest, survey_id: int) -> HttpResponse:
    survey = survey_or_404(request, survey_id)
    if not can_open_report(current_member(request), survey.plan):
        raise Http404("没有找到该满意度调查")
    action = request.POST.get("action", "")
    try:
        if action in ("close", "reopen"):
            set_open(request.user, survey, action == "reopen")
            messages.success(request, "已停止收集。" if action == "close" else "已重新开放。")
        elif action in ("evaluation", "monitoring"):
            apply = apply_to_evaluation if action == "evaluation" else apply_to_monitoring
            applied = apply(request.user, survey)
            where = "自评" if action == "evaluation" else "监控"
            messages.success(
                request,
                f"已将{len(applied.written)}项满意率填入{where}的实际完成值"
                + (f"；{len(applied.kept)}项已有填报，未覆盖" if applied.kept else ""),
            )
        else:
            messages.error(request, "未知的操作")
    except SurveyRefused as refused:
        messages.error(request, str(refused))
    return redirect("survey", survey_id=survey.pk)


SAVED_AS = {"qr": "二维码", "poster": "海报", "results": "结果"}
"""What each download of a survey is saved as, after the survey's title."""


@member_required
def survey_download(request: HttpRequest, survey_id: int, what: str) -> HttpResponse:
    survey = survey_or_404(request, survey_id)
    link = public_link(request, survey)
    if what == "qr.png":
        response = HttpResponse(qr_png(link), content_type="image/png")
    elif what == "poster.pdf":
        note = f"{survey.plan.department.name} · {survey.plan.year}年度"
        body = poster_pdf(survey.title, link, survey.access_code, note)
        response = HttpResponse(body, content_type="application/pdf")
    else:
        kind, _, fmt = what.partition(".")
        if kind != "results" or fmt not in RESULT_FORMATS:
            raise Http404("没有这种下载")
        from jixiao.forms.files import MEDIA_TYPES

        body = result_bytes(results(survey), load_survey_profile(survey.profile), fmt)
        response = HttpResponse(body, content_type=MEDIA_TYPES[fmt])
    stem, _, suffix = what.partition(".")
    name = f"{survey.title}{SAVED_AS[stem]}.{suffix}"
    as_download(response, name, f"survey-{survey.pk}-{stem}")
    return response


def public_survey(request: HttpRequest, token: str) -> HttpResponse:
    """The questionnaire for respondents: no sign-in, one answer per device."""
    survey = survey_by_token(token)
    if survey is None:
        raise Http404("没有找到该满意度调查")
    profile = load_survey_profile(survey.profile)
    questionnaire = questionnaire_of(survey)
    device = request.COOKIES.get(DEVICE_COOKIE, "")
    context = {
        "survey": survey,
        "questionnaire": questionnaire,
        "levels": profile.levels,
        "chosen": {},
        "error": "",
    }
    if request.method == "POST":
        answers = {q.key: request.POST.get(q.key, "") for q in questionnaire.questions}
        address = request.META.get("REMOTE_ADDR", "")
        admission = submit_answer(survey, answers, device, address, request.POST.get("code", ""))
        if admission.admitted:
            return render(request, "public/survey_thanks.html", {"survey": survey})
        context |= {"chosen": answers, "error": admission.reason}
    response = render(request, "public/survey.html", context)
    if not device:
        response.set_cookie(
            DEVICE_COOKIE, secrets.token_urlsafe(16), max_age=365 * 24 * 3600, samesite="Lax"
        )
    return response
