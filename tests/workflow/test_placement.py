"""Where a person of each role belongs (jixiao.workflow.placement)."""

from __future__ import annotations

from jixiao.workflow import Role
from jixiao.workflow.placement import placement_refusal


def test_department_roles_need_their_department_and_only_its_units() -> None:
    assert placement_refusal(Role.UNIT_EDITOR, department="县水利局") is None
    assert placement_refusal(Role.UNIT_EDITOR, department="县水利局", unit="县水利局本级") is None
    assert "须选择所属部门" in str(placement_refusal(Role.DEPARTMENT_REVIEWER, department=None))
    assert "不属于部门“县水利局”" in str(
        placement_refusal(
            Role.UNIT_EDITOR, department="县水利局", unit="县教育局本级", unit_in_department=False
        )
    )
    assert "不在所选区划内" in str(
        placement_refusal(Role.UNIT_EDITOR, department="县水利局", department_in_region=False)
    )
    assert "只有单位填报人可以限定到单位" in str(
        placement_refusal(Role.DEPARTMENT_REVIEWER, department="县水利局", unit="县水利局本级")
    )


def test_region_roles_work_without_a_department() -> None:
    for role in (Role.BUREAU_REVIEWER, Role.ADMIN, Role.EXPERT):
        assert placement_refusal(role, department=None) is None
        assert "请清空“部门”" in str(placement_refusal(role, department="县水利局"))
