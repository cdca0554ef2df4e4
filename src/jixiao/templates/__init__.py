"""Templates (模板): fillable workbooks in the layout the importers read back."""

from jixiao.templates.xlsx_template import write_plan_xlsx, write_template_xlsx

__all__ = ["write_plan_xlsx", "write_template_xlsx"]
