"""绩效运行监控 (双监控): models, spending curve, engine, forms and the actuals upload.

The web layer and the CLI call:

* :func:`monitor_round` / :func:`monitor_project` — execution rates, forecast, traffic
  lights and P1xx warnings under an :class:`~jixiao.scoring.profile.EvaluationProfile`;
* :func:`~jixiao.monitoring.form.write_monitoring_form` /
  :func:`~jixiao.monitoring.form.read_monitoring_form` (and one per format: xlsx, docx,
  pdf), :func:`~jixiao.monitoring.form.monitoring_form_bytes` — the 绩效运行监控表;
* :func:`spending_series` / :func:`~jixiao.monitoring.chart_series.department_series` — the
  data of the 预算执行进度 charts (:mod:`jixiao.charts`);
* :func:`~jixiao.monitoring.actuals.read_actuals_xlsx` /
  :func:`~jixiao.monitoring.actuals.write_actuals_template` — the upload of actuals for
  many projects at once.
"""

from jixiao.monitoring.chart_series import spending_series
from jixiao.monitoring.engine import (
    IndicatorOutlook,
    MonitoringResult,
    ProjectMonitoring,
    elapsed_months,
    forecast_rate,
    monitor_project,
    monitor_round,
)
from jixiao.monitoring.model import (
    DeviationCause,
    IndicatorProgress,
    Likelihood,
    MonitoringRound,
    ProjectProgress,
)
from jixiao.monitoring.spend_curve import SpendCurve, spend_curve

__all__ = [
    "DeviationCause",
    "IndicatorOutlook",
    "IndicatorProgress",
    "Likelihood",
    "MonitoringResult",
    "MonitoringRound",
    "ProjectMonitoring",
    "ProjectProgress",
    "SpendCurve",
    "elapsed_months",
    "forecast_rate",
    "monitor_project",
    "monitor_round",
    "spend_curve",
    "spending_series",
]
