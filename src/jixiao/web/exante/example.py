"""An example assessment, through the same services as the pages: for the demo (and the
permission matrix's world)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jixiao.exante import EstimateLine, Proposal
from jixiao.model.plan import Indicator
from jixiao.web.exante.assessing import (
    assign,
    conclude,
    create_proposal,
    profile,
    save_sheet,
    submit,
)
from jixiao.web.exante.models import ProposalRecord
from jixiao.web.orgs.models import Department


def example_proposal(department: str, year: int) -> Proposal:
    return Proposal(
        name="机关食堂油烟净化改造",
        department=department,
        year=year,
        requested=Decimal(36),
        basis="《饮食业油烟排放标准》（GB 18483）；县生态环境局限期整改通知",
        plan="公开招标采购，6月前完成设备安装，9月组织验收。",
        estimate=(
            EstimateLine(
                item="油烟净化设备",
                quantity=Decimal(2),
                unit="台",
                unit_price=Decimal(12),
                amount=Decimal(24),
                basis="市场询价三家取中间价",
            ),
            EstimateLine(item="排烟管道改造", amount=Decimal(12), basis="设计概算"),
        ),
        goals=("完成机关食堂油烟净化改造，油烟排放达标",),
        indicators=(
            Indicator(
                level1="产出指标", level2="数量指标", level3="安装油烟净化设备数量", value="2台"
            ),
            Indicator(level1="产出指标", level2="时效指标", level3="完成安装时间", value="6月底前"),
            Indicator(
                level1="效益指标",
                level2="生态效益指标",
                level3="油烟排放浓度",
                value="≤1.0mg/m³",
            ),
            Indicator(
                level1="满意度指标",
                level2="服务对象满意度指标",
                level3="就餐职工满意度",
                value="≥90%",
            ),
        ),
    )


def example_assessment(
    department: Department,
    year: int,
    unit_user: Any,
    bureau_user: Any,
    experts: list[Any],
    share: Decimal = Decimal("0.9"),
) -> ProposalRecord:
    """Proposed by ``unit_user``, scored by each expert at ``share`` of every sub-item's
    maximum (the first a little lower on 资金测算), concluded by ``bureau_user``."""
    record = create_proposal(unit_user, department, example_proposal(department.name, year))
    submit(unit_user, record, record.lock_version)
    for n, expert in enumerate(experts):
        sheet = assign(bureau_user, record, expert.membership, record.lock_version)
        points = {
            item.id: (item.max * share).quantize(Decimal("0.1"))
            - (Decimal(1) if n == 0 and item.id == "estimate" else Decimal(0))
            for dimension in profile().dimensions
            for item in dimension.items
        }
        remarks = "测算依据充分，建议按询价最低价控制" if n == 0 else "目标明确，方案可行"
        save_sheet(expert, sheet, points, [], remarks, sheet.lock_version)
        record.refresh_from_db()
    return conclude(bureau_user, record, "按询价最低价控制设备单价", record.lock_version)
