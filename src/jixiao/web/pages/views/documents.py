"""导入的文档: the department's imported documents by kind, and one document's page — where
it went, what could not be matched, and its 公开表 / 决算表 tables as published."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from jixiao.web.documents.lookup import documents_of, find_document
from jixiao.web.documents.presenting import table_view
from jixiao.web.orgs.access import departments_of
from jixiao.web.pages.guards import current_member, member_required


@member_required
def document_list(request: HttpRequest) -> HttpResponse:
    visible = departments_of(current_member(request))
    documents = documents_of(visible)
    return render(request, "pages/imported_documents.html", {"documents": documents[:200]})


@member_required
def document_page(request: HttpRequest, document_id: int) -> HttpResponse:
    visible = departments_of(current_member(request))
    document = find_document(document_id, visible)
    if document is None:
        raise Http404("没有找到该导入文档")
    return render(
        request,
        "pages/imported_document.html",
        {
            "document": document,
            "projects": document.document.get("projects") or [],
            "tables": [table_view(t) for t in document.tables],
        },
    )
