"""jixiao-web refresh_report_results: queue the recomputation of every 监控 round and 自评
whose stored results are out of date — after an upgrade or a change of the evaluation
profile (JIXIAO_EVALUATION_PROFILE)."""

from __future__ import annotations

from argparse import BooleanOptionalAction
from typing import Any

from django.core.management.base import BaseCommand

from jixiao.web.evaluation.models import SelfEvaluationRecord
from jixiao.web.monitoring.models import MonitoringRoundRecord
from jixiao.web.reportstore.models import EvaluationResult, RoundResult
from jixiao.web.reportstore.revisions import evaluation_key, round_key
from jixiao.web.reportstore.tasks import refresh_evaluation_results, refresh_round_results


class Command(BaseCommand):
    help = "为结果已过时的监控轮次和绩效自评排队重新计算（升级或更换评价方案之后运行）"

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--all", action=BooleanOptionalAction, default=False, help="全部重新计算，不论是否过时"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        everything = options["all"]
        rounds = dict(RoundResult.objects.values_list("round_id", "key"))
        queued_rounds = 0
        for pk in MonitoringRoundRecord.objects.values_list("pk", flat=True).iterator():
            if everything or rounds.get(pk) != round_key(pk):
                refresh_round_results.enqueue(pk)
                queued_rounds += 1
        evaluations = dict(EvaluationResult.objects.values_list("evaluation_id", "key"))
        queued_evaluations = 0
        for pk in SelfEvaluationRecord.objects.values_list("pk", flat=True).iterator():
            if everything or evaluations.get(pk) != evaluation_key(pk):
                refresh_evaluation_results.enqueue(pk)
                queued_evaluations += 1
        self.stdout.write(f"已排队重新计算 {queued_rounds} 轮监控、{queued_evaluations} 个绩效自评")
