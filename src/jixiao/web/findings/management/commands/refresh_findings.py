"""jixiao-web refresh_findings: queue the recomputation of every plan whose stored findings
are out of date — after an upgrade or a change of the review profile (JIXIAO_PROFILE)."""

from __future__ import annotations

from argparse import BooleanOptionalAction
from typing import Any

from django.core.management.base import BaseCommand

from jixiao.web.findings.models import PlanReview
from jixiao.web.findings.storing import wanted_key
from jixiao.web.findings.tasks import refresh_findings
from jixiao.web.plans.models import PlanRecord


class Command(BaseCommand):
    help = "为审核发现已过时的绩效文本排队重新审核（升级或更换审核方案之后运行）"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--all", action=BooleanOptionalAction, default=False, help="全部重新审核，不论是否过时"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stored = {
            plan: f"{revision}|{fingerprint}"
            for plan, revision, fingerprint in PlanReview.objects.values_list(
                "plan", "revision", "fingerprint"
            )
        }
        queued = 0
        plans = PlanRecord.objects.values_list("pk", flat=True)
        for pk in plans.iterator():
            if options["all"] or stored.get(pk) != wanted_key(pk):
                refresh_findings.enqueue(pk)
                queued += 1
        self.stdout.write(f"已排队重新审核 {queued} 个绩效文本（共 {plans.count()} 个）")
