"""What a current stored result must carry, read in one query per page.

A monitoring round's results depend on its entries (their number, the sum of their lock
versions, the highest id: every save, upload and re-opening changes one of them), on their
projects' 绩效目标表 (the sum of the projects' lock versions: every project save changes it)
and on the evaluation profile with the core's check catalogues (the fingerprint). A
self-evaluation's depend on its entries and the profile only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources

from django.conf import settings
from django.db.models import Count, Max, QuerySet, Sum

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.reporting.profile import evaluation_profile
from jixiao.web.runtime.compiled import CompiledQuery

_FINGERPRINTS: dict[str, str] = {}
_CATALOGUES = (("jixiao.monitoring", "checks.json"), ("jixiao.evaluation", "checks.json"))


def profile_fingerprint() -> str:
    """The evaluation profile's and the check catalogues' fingerprint (cached per profile
    setting: a changed profile is a new setting, or a restart, as for the review's)."""
    name = str(settings.JIXIAO_EVALUATION_PROFILE)
    found = _FINGERPRINTS.get(name)
    if found is None:
        digest = hashlib.sha256(evaluation_profile().model_dump_json().encode())
        for package, file in _CATALOGUES:
            digest.update(resources.files(package).joinpath(file).read_bytes())
        found = _FINGERPRINTS[name] = digest.hexdigest()[:32]
    return found


ROUND_PARTS = ("n", "edits", "last", "targets")
EVALUATION_PARTS = ("n", "edits", "last")


def round_revision_query(round_id: int) -> QuerySet[MonitoringRoundRecord]:
    """The round with the parts of its inputs' revision annotated (:data:`ROUND_PARTS`)."""
    return (
        MonitoringRoundRecord.objects.filter(pk=round_id)
        .annotate(n=Count("entries"), edits=Sum("entries__lock_version"))
        .annotate(last=Max("entries__id"), targets=Sum("entries__project__lock_version"))
        .order_by()  # the model's ordering would join the plan and department
    )


def evaluation_revision_query(evaluation_id: int) -> QuerySet[SelfEvaluationRecord]:
    """The self-evaluation with its entries' revision annotated (:data:`EVALUATION_PARTS`)."""
    return (
        SelfEvaluationRecord.objects.filter(pk=evaluation_id)
        .annotate(n=Count("entries"), edits=Sum("entries__lock_version"))
        .annotate(last=Max("entries__id"))
        .order_by()
    )


def key_of(parts: Sequence[object]) -> str:
    """The key a current result carries: the revision's parts and the fingerprint."""
    return ".".join(str(part or 0) for part in parts) + f"|{profile_fingerprint()}"


# every page asks these: compiled once per process (jixiao.web.runtime.compiled)
_ROUND_REVISION: CompiledQuery[MonitoringRoundRecord] = CompiledQuery(
    lambda pk: round_revision_query(pk).values_list(*ROUND_PARTS), int
)
_EVALUATION_REVISION: CompiledQuery[SelfEvaluationRecord] = CompiledQuery(
    lambda pk: evaluation_revision_query(pk).values_list(*EVALUATION_PARTS), int
)


def round_key(round_id: int) -> str:
    rows = _ROUND_REVISION.rows(round_id)
    return key_of(rows[0] if rows else ())


def evaluation_key(evaluation_id: int) -> str:
    rows = _EVALUATION_REVISION.rows(evaluation_id)
    return key_of(rows[0] if rows else ())
