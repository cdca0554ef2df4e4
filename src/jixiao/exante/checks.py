"""What an ex-ante assessment can check by itself: the 测算 arithmetic and the draft goals.

The arithmetic: each line's 数量 × 单价 against its 金额, the lines' sum against the amount
requested. The draft goals go through the same review rules as any goal table, so the
assessor sees the same findings the unit will later meet in 审核.
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from jixiao.checks import Finding
from jixiao.exante.profile import ExAnteProfile
from jixiao.exante.proposal import Proposal, draft_plan
from jixiao.review.engine import review_plan


class EstimateProblem(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    line: int | None = None
    """1-based line of the estimate; None for the total."""
    message: str


def _differs(a: Decimal, b: Decimal, tolerance: Decimal) -> bool:
    scale = max(abs(a), abs(b), Decimal("0.01"))
    return abs(a - b) / scale > tolerance


def check_estimate(proposal: Proposal, profile: ExAnteProfile) -> list[EstimateProblem]:
    """测算 arithmetic: line products and the total, quoting the figures."""
    problems: list[EstimateProblem] = []
    tolerance = profile.estimate_tolerance
    for number, line in enumerate(proposal.estimate, start=1):
        if line.quantity is not None and line.unit_price is not None:
            product = line.quantity * line.unit_price
            if _differs(product, line.amount, tolerance):
                problems.append(
                    EstimateProblem(
                        line=number,
                        message=f"“{line.item}”数量{line.quantity}{line.unit}×单价"
                        f"{line.unit_price}万元={product.normalize():f}万元，"
                        f"与所列金额{line.amount}万元不符",
                    )
                )
        elif not line.basis:
            problems.append(
                EstimateProblem(
                    line=number, message=f"“{line.item}”未列数量、单价，也未说明测算依据"
                )
            )
    if not proposal.estimate:
        problems.append(EstimateProblem(message="未提供资金测算明细，无法判断申请金额是否合理"))
    elif _differs(proposal.estimate_total, proposal.requested, tolerance):
        problems.append(
            EstimateProblem(
                message=f"测算明细合计{proposal.estimate_total}万元，"
                f"与申请金额{proposal.requested}万元不符"
            )
        )
    return problems


def review_draft(proposal: Proposal) -> list[Finding]:
    """The review rules' findings on the draft goal table."""
    return list(review_plan(draft_plan(proposal)).findings)
