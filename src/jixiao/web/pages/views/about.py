"""关于本系统: the version and the installed packs (扩展包) the results are produced by."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao import __version__, packs
from jixiao.web.pages.guards import member_required


@member_required
def about(request: HttpRequest) -> HttpResponse:
    listed = [
        {**entry, "hooks": [(packs.HOOKS.get(k, "数据文件"), v) for k, v in provides.items() if v]}
        for entry in packs.listing()
        if isinstance(provides := entry["provides"], dict)
    ]
    return render(request, "pages/about.html", {"version": __version__, "packs": listed})
