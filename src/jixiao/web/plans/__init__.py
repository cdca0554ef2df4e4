"""计划 (plans): persisted department plans, projects, indicators, versions, comments, imports."""
