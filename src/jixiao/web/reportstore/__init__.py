"""监控 warnings and 自评 scores stored with the revision of what they were computed from.

The computing is the core's (:mod:`jixiao.monitoring`, :mod:`jixiao.evaluation`); this app
runs it when an input changes (a save, an import, a profile change — as a queue job), keeps
the results as rows, and gives pages and dashboards those rows — as
:mod:`jixiao.web.findings` does for the review's findings."""
