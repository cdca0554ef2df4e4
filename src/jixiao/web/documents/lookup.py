"""The imported documents a person may read: their departments' (newest first)."""

from __future__ import annotations

from django.db.models import QuerySet

from jixiao.web.documents.models import ImportedDocument
from jixiao.web.orgs.models import Department


def documents_of(departments: QuerySet[Department]) -> QuerySet[ImportedDocument]:
    return ImportedDocument.objects.filter(department__in=departments).select_related("department")


def find_document(document_id: int, departments: QuerySet[Department]) -> ImportedDocument | None:
    found = ImportedDocument.objects.select_related("department", "created_by")
    return found.filter(pk=document_id, department__in=departments).first()
