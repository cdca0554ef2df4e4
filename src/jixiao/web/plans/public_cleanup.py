"""A deleted plan takes its kept public files with it.

:mod:`jixiao.web.plans.public_files` keeps each published plan's downloads under
``public-files/plan-<id>/``; a plan deleted (in the admin, or with its department) left that
folder behind for good — and a later plan given the same id found a stranger's folder. The
folder goes once the deletion is committed (a rolled-back deletion keeps it).
"""

from __future__ import annotations

import shutil
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from jixiao.web.plans.models import PlanRecord
from jixiao.web.plans.public_files import folder


@receiver(post_delete, sender=PlanRecord, dispatch_uid="jixiao-plans-public-files-cleanup")
def remove_public_files(sender: Any, instance: PlanRecord, **kwargs: Any) -> None:
    place = folder(instance)  # now: the id is gone from the instance after the deletion
    transaction.on_commit(lambda: shutil.rmtree(place, ignore_errors=True))
