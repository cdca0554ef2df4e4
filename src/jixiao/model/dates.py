"""A date as Chinese prose writes it: 2024年7月31日, 7月31日 — never 07月31日.

``strftime("%m月%d日")`` pads with zeros; a task read 「截至07月31日」 and the audit log
「开始2024年07月31日的绩效运行监控」. Every date written into a sentence goes through here.
"""

from __future__ import annotations

import datetime as dt


def chinese_date(day: dt.date, *, year: bool = True) -> str:
    """2024-07-31 → "2024年7月31日" (``year=False``: "7月31日")."""
    month_day = f"{day.month}月{day.day}日"
    return f"{day.year}年{month_day}" if year else month_day
