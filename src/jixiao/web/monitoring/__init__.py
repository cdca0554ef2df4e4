"""绩效运行监控 in the web layer: stored rounds, the units' entries, uploads of actuals and
the bureau's decisions. The computing is :mod:`jixiao.monitoring`'s."""
