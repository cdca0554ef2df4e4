"""What the yearly reports — 监控 rounds and 自评 — share in the web layer: the stored
report with its 报送 status (:mod:`.models`), the per-project entry with its lock version,
and the actions on a report (:mod:`.decisions`). The rules of the flow are in
:mod:`jixiao.workflow.reports`."""
