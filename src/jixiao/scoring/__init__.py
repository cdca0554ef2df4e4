"""评价方案与计分 (scoring): what monitoring, self-evaluation and the department's
self-evaluation share — the :class:`~jixiao.scoring.profile.EvaluationProfile` (lights,
scoring settings, result treatments), the scoring methods, and the comparison of an
indicator's actual with its target."""
