"""事前绩效评估 in the web app: proposals, assessors' score sheets and the conclusion."""
