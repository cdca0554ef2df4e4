"""The NinjaAPI instance mounted at /api/."""

from __future__ import annotations

from ninja import NinjaAPI

from jixiao.web.api import cycle, plans, projects, public, reports, tasks
from jixiao.web.api.auth import AUTH
from jixiao.web.api.errors import install_error_handlers

api = NinjaAPI(
    title="jixiao 预算绩效管理 API",
    version="1",
    description="绩效文本、项目、指标、审核发现、版本与审核意见，监控与自评结果。权限与网页一致。",
    auth=AUTH,
    urls_namespace="api",
)
api.add_router("", plans.router)
api.add_router("", projects.router)
api.add_router("", public.router)
api.add_router("", reports.router)
api.add_router("", tasks.router)
api.add_router("", cycle.router)
install_error_handlers(api)
