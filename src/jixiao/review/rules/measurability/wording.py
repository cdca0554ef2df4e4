"""M101–M104: a target written as 是/否, a vague phrase, a text or a deadline in words."""

from __future__ import annotations

from jixiao.review.rule_table import rule_table

TABLE = rule_table(__name__)

# worded rules: their tables' ``hit`` entries are the whole check (rules/worded.py)
M101 = TABLE.rule("M101")
M102 = TABLE.rule("M102")
M103 = TABLE.rule("M103")
M104 = TABLE.rule("M104")
