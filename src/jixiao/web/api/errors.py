"""Every API error as JSON with a Chinese ``detail``: the pages show it as it is.

django-ninja answers 404 with "Not Found", a validation error with pydantic's English list,
and a server error with Django's HTML page (or a plain-text traceback under DEBUG), which
the pages cannot parse. These handlers replace its defaults.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, AuthorizationError, HttpError, ValidationError

from jixiao.web.api.field_labels import field_label

logger = logging.getLogger("django.request")

NOT_FOUND = "没有找到所请求的内容"
# django-ninja's words when a session request's CSRF token is missing or stale — the token
# changes at each sign-in, so a page left open across a new sign-in sends an old one.
CSRF_FAILED_NINJA = "CSRF check Failed"
CSRF_FAILED = "安全校验未通过：登录已过期或已在其他窗口重新登录。请重新登录后再提交。"
SERVER_ERROR = "服务器内部错误，操作未完成。请稍后重试；如仍出错，请联系系统管理员（错误已记录）。"

# pydantic's error types in words a unit's finance staff read (the rest: 格式不正确).
_MESSAGES = {
    "missing": "必须填写",
    "string_too_short": "不能为空或过短",
    "string_too_long": "过长",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "float_parsing": "应为数字",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "greater_than_equal": "数值过小",
    "greater_than": "数值过小",
    "less_than_equal": "数值过大",
    "less_than": "数值过大",
    "decimal_max_places": "小数位数过多",
    "string_type": "应为文字",
    "bool_parsing": "应为是或否",
    "enum": "不是允许的取值",
    "literal_error": "不是允许的取值",
    "json_invalid": "不是有效的 JSON",
    "extra_forbidden": "不是可接受的字段",
    "value_error": "取值不正确",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_attributes_type": "应为对象",
}


def _message(error: dict[str, Any]) -> str:
    said = _MESSAGES.get(str(error.get("type")), "格式不正确")
    if error.get("type") == "value_error":  # our own validators speak Chinese already
        said = str(error.get("msg", said)).removeprefix("Value error, ")
    return f"{field_label(error.get('loc'))}：{said}"


def validation_detail(errors: list[dict[str, Any]]) -> str:
    """One line naming each refused field, in Chinese."""
    return "提交的数据未通过校验——" + "；".join(_message(e) for e in errors[:10])


def _json(api: NinjaAPI, request: HttpRequest, detail: str, status: int, **extra: Any) -> Any:
    return api.create_response(request, {"detail": detail, **extra}, status=status)


def _not_found(request: HttpRequest, exc: Exception, api: NinjaAPI) -> HttpResponse:
    text = str(exc)
    # Our own Http404s say what was not found in Chinese; Django's own say it in English.
    detail = text if any("\u4e00" <= ch <= "\u9fff" for ch in text) else NOT_FOUND
    return _json(api, request, detail, 404)  # type: ignore[no-any-return]


def _http_error(request: HttpRequest, exc: HttpError, api: NinjaAPI) -> HttpResponse:
    detail = str(exc)
    if isinstance(exc, AuthenticationError) and detail == "Unauthorized":
        detail = "未登录或 API 令牌无效，请先登录"
    elif detail == CSRF_FAILED_NINJA:
        detail = CSRF_FAILED
    elif isinstance(exc, AuthorizationError) and detail == "Forbidden":
        detail = "您没有权限进行该操作"
    return _json(api, request, detail, exc.status_code)  # type: ignore[no-any-return]


def _forbidden(request: HttpRequest, exc: Exception, api: NinjaAPI) -> HttpResponse:
    return _json(api, request, "您没有权限进行该操作", 403)  # type: ignore[no-any-return]


def _invalid(request: HttpRequest, exc: ValidationError, api: NinjaAPI) -> HttpResponse:
    errors = list(exc.errors)
    return _json(  # type: ignore[no-any-return]
        api, request, validation_detail(errors), 422, errors=errors
    )


def _server_error(request: HttpRequest, exc: Exception, api: NinjaAPI) -> HttpResponse:
    logger.error(
        "API 服务器错误：%s %s",
        request.method,
        request.path,
        exc_info=(type(exc), exc, exc.__traceback__),
    )
    return _json(api, request, SERVER_ERROR, 500)  # type: ignore[no-any-return]


def install_error_handlers(api: NinjaAPI) -> None:
    api.add_exception_handler(Exception, partial(_server_error, api=api))
    api.add_exception_handler(Http404, partial(_not_found, api=api))
    api.add_exception_handler(PermissionDenied, partial(_forbidden, api=api))
    api.add_exception_handler(HttpError, partial(_http_error, api=api))
    api.add_exception_handler(ValidationError, partial(_invalid, api=api))


def unknown_api_route(request: HttpRequest, rest: str = "") -> JsonResponse:
    """/api/… that names no operation: JSON too, not the site's HTML 404 page."""
    return JsonResponse({"detail": f"没有该 API 地址：{request.path}"}, status=404)
