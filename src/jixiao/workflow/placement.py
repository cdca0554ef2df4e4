"""Where a person of each role belongs (区划 / 部门 / 单位): the checks an administrator's
entry of a person's role must pass. Unchecked, a 单位填报人 without a department saw an empty
工作台, and one tied to another department's 单位 could edit none of his own projects."""

from __future__ import annotations

from jixiao.workflow.states import Role

IN_A_DEPARTMENT = (Role.UNIT_EDITOR, Role.DEPARTMENT_REVIEWER)
"""Roles that work on one department's plans; the others work across their region."""


def placement_refusal(
    role: Role,
    *,
    department: str | None,
    department_in_region: bool = True,
    unit: str | None = None,
    unit_in_department: bool = True,
) -> str | None:
    """Why this placement is wrong, in Chinese (None when it is right). ``department`` and
    ``unit`` are the names chosen, if any."""
    if role in IN_A_DEPARTMENT and not department:
        return f"{role.label}须选择所属部门"
    if role not in IN_A_DEPARTMENT and department:
        return f"{role.label}按区划工作，不属于某个部门：请清空“部门”"
    if department and not department_in_region:
        return f"部门“{department}”不在所选区划内"
    if unit and role is not Role.UNIT_EDITOR:
        return f"只有单位填报人可以限定到单位；{role.label}请清空“单位”"
    if unit and not unit_in_department:
        return f"单位“{unit}”不属于部门“{department}”"
    return None
