"""What a unit uploads for a monitoring round: the actuals workbook (sheet 实际支出, one row
per project) or a filled 绩效运行监控表 in any of its formats (.xlsx, .docx, .pdf)."""

from __future__ import annotations

from pathlib import Path

from jixiao.forms import open_workbook
from jixiao.monitoring.actuals import SHEET, read_actuals_xlsx
from jixiao.monitoring.form import read_monitoring_form
from jixiao.monitoring.model import MonitoringRound

WORKBOOKS = (".xlsx", ".xlsm")


def read_monitoring_upload(path: Path) -> MonitoringRound:
    """The round an uploaded file reports; errors name the file and the cell or table."""
    if path.suffix.lower() in WORKBOOKS and SHEET in open_workbook(path).sheetnames:
        return read_actuals_xlsx(path)
    return read_monitoring_form(path)
