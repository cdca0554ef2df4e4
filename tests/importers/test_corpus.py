"""The import measured on the hand-transcribed corpus of real documents.

The thresholds are what the importer reaches today on the whole corpus (they only
go up); the issue's targets are recall ≥ 90 %, every kind right, no invented rows.
"""

from __future__ import annotations

import pytest

from tests.importers.corpus_fields import FIELDS
from tests.importers.corpus_metrics import DOC, DocResult, Totals, measure_all, render, totals


@pytest.fixture(scope="module")
def results() -> list[DocResult]:
    return measure_all()


def _total(results: list[DocResult]) -> Totals:
    return totals(results)["全部"]


def test_corpus_is_large_enough(results: list[DocResult]) -> None:
    assert len(results) >= 60
    assert len({r.province for r in results}) >= 10


def test_indicator_recall(results: list[DocResult]) -> None:
    total = _total(results)
    assert total.found / total.expected >= FLOORS["recall"], total.cells()


def test_actual_recall_on_self_evaluations(results: list[DocResult]) -> None:
    total = _total(results)
    assert total.actual_found / total.actual_expected >= FLOORS["actual"], total.cells()


def test_self_evaluations(results: list[DocResult]) -> None:
    self_evaluations = totals(results, "kind")["self_evaluation"]
    found = self_evaluations.found / self_evaluations.expected
    assert found >= FLOORS["self_evaluation_recall"], self_evaluations.cells()
    actual = self_evaluations.actual_found / self_evaluations.actual_expected
    assert actual >= FLOORS["actual"], self_evaluations.cells()


def test_plan_recall(results: list[DocResult]) -> None:
    """Goal tables (目标表, 申报表, 批复表) of other provinces, held-out ones included."""
    plans = totals(results, "kind")["plan"]
    assert plans.found / plans.expected >= FLOORS["plan_recall"], plans.cells()


def test_kind_and_year(results: list[DocResult]) -> None:
    total = _total(results)
    assert total.kind_ok / total.documents >= FLOORS["kind"], total.cells()
    assert total.years_ok / total.years_stated >= FLOORS["year"], total.cells()


def test_disclosure_rows(results: list[DocResult]) -> None:
    total = _total(results)
    assert total.rows_found / total.rows_expected >= FLOORS["rows"], total.cells()


def test_monitoring_documents_import_as_rounds(results: list[DocResult]) -> None:
    """Each 监控表's 1-N月执行数 lands in the round dated at the end of month N (its
    indicator progress is measured too, once transcribed rows exist; the layouts are
    tested on built files in tests/monitoring/test_monitoring_layouts.py)."""
    monitoring = totals(results, "kind")["monitoring"]
    # stated by the tables and by the reports that reach their figures, once per 专项 (the
    # round-2 reports are cut before them: their transcriptions state none)
    assert monitoring.execution_expected >= 5
    found = monitoring.execution_found / monitoring.execution_expected
    assert found >= FLOORS["monitoring_execution"], monitoring.cells()


def test_invented_rows(results: list[DocResult]) -> None:
    assert _total(results).invented <= FLOORS["invented"]


def test_project_figures(results: list[DocResult]) -> None:
    """预算数, 预算执行率 and 自评总分 of every transcribed project stating them: found
    within rounding, and few wrong (a wrong figure is worse than a missing one)."""
    fields = _total(results).fields
    for name in FIELDS:
        assert fields.found[name] / fields.stated[name] >= FLOORS[name], (name, fields.misses)
    assert fields.wrong_total <= FLOORS["field_wrong"], fields.misses


def test_docs_table_is_current(results: list[DocResult]) -> None:
    assert DOC.read_text(encoding="utf-8") == render(results), (
        "docs/import-corpus.md is stale: run `python -m tests.importers.corpus_metrics`"
    )


# What the importer reaches on today's corpus; raise these as it improves.
# Measured on the whole corpus. The 12 held-out documents of import-unseen (never
# seen by the rules before they were transcribed; see docs/import-corpus.md) entered
# with 0 of 38 indicators read and lowered the shares although no earlier document
# lost anything (docs/import-corpus.md pins every document's figures): recall 0.91 ->
# 0.90, plan 0.95 -> 0.92, self-evaluation 0.89 -> 0.87, actual 0.90 -> 0.87.
# The 10 documents of the second held-out round (import-unseen-2, docs/import-unseen.md)
# entered with 3 of 34 indicators and 1 of 17 actual values read; after its rules 17/34
# and 1/17 (the 衡山 glued preview, 16 rows with their actual values, is still unread),
# while the first round's misses (a), (c), (d) and an earlier 永兴 row were read too:
# recall back to 0.90, plan 0.92 -> 0.93, self-evaluation 0.87 -> 0.85, actual 0.87 -> 0.84.
# The 10 held-out documents of review-unseen (the review's precision round 2; notes say
# "held-out (review-unseen)") entered with 35 of 66 indicators read and lowered them
# again, no earlier document losing anything: a traditional-script glued self-evaluation
# (蔡甸, 0 of 11), a 实施进度 report page and a central 样例 read as the wrong kind, Anhui
# ★ heading rows read as indicators, the next table's 项目责任人 read as one (1 invented row), signs
# written as words (大于等于) dropped. recall 0.90 -> 0.85, plan 0.92 -> 0.89,
# self-evaluation 0.87 -> 0.82, actual 0.87 -> 0.78, kind 1.0 -> 0.97, invented 0 -> 1.
# Both rounds together (merged): recall 86%, plan 91%, self-evaluation 81%, actual 77%.
# The 12 documents of the third held-out round (import-unseen-3, docs/import-unseen.md)
# entered with 42/43 indicators, 15/22 actual values, kind 10/12, 1 invented row; after
# its rules (short rows' unit figures are no 分值, a points-only heading row has no
# target, form labels are no indicators, 决算 titles, an indicator grid over a 公开 word
# in a cell, guide titles, values written twice in a glued preview) 42/43, 22/22, 12/12,
# none invented, and earlier documents gained (衡山 0 -> 14 of 16, 杨楼 9 actual values
# and its kind, the 样例's kind, the 金安 项目责任人 row gone), none lost: recall 0.89
# (596/669), plan 0.91, self-evaluation 0.86, actual 0.87 (231/265), kind 1.0 (the 样例 and
# the 大英 实施进度 page too), invented 0.
# The 7 documents of the review's third held-out round (review-unseen-3, notes "held-out
# round 3 (review-unseen-3)"), merged with the above: four of them read no indicator (a
# garbled document-site preview, wrapped cells) and 5 rows are invented (a preview's
# fragments); no earlier document lost anything: recall 0.86 (605/705), plan 0.86,
# self-evaluation 0.85, actual 0.85 (240/281), kind 1.0, invented 5.
# The 9 documents of the review's fourth held-out round (review-unseen-4, files "ru4-", notes
# "held-out round 4"): five read no indicator (区域自评表 rows with 二级/三级/值/完成值 on one
# line, an xlsx text, an OCR preview, a 2017 投入/管理 table, a prose report), the 安居 table's
# rows are shifted by its score column and a .doc text lists cells before their labels (7
# invented rows, two years missed); earlier documents unchanged: recall 0.807 (629/779), plan
# 0.83, self-evaluation 0.78, actual 0.776 (264/340), year 0.964 (135/140), kind 1.0,
# invented 12.
# The import misreads the review audit traced (branch import-misreads: a glued header
# cut by stray spaces, scored heading rows, a cell-per-line grid restating its labels,
# a goal cell introducing its items): the 新洲 preview's 5 invented rows became its 2
# indicators with their actual values and 1 invented (a garbled name, '演出设备成本件/件'),
# nothing lost elsewhere: recall 0.86 (607/705), actual 0.86 (242/281), invented 1.
# Then a table with a bar before each cell (大英 双心 实施进度 report, 0 -> 6 of 6 rows
# with their 实施进度 as actual values): recall 0.86 (613/705), self-evaluation 0.87
# (285/325), actual 0.88 (248/281). Then the 兵团 last row (a whole figure left
# unclosed by the page's end) and the 广水 goal table's year from its 填报日期: recall
# 614/705, plan 329/380, year 0.98 (129/131).
# The 12 documents of the fourth held-out round (import-unseen-4) entered with 6/9
# indicators, 5/9 actual values, kind 12/12, year 11/12, 1 invented row (whole corpus:
# actual 0.84, invented 6); after its rules (a bare figure twice before the points, a
# date's figure in a glued name, a whole label inside a glued name, '…491米,已完成', a
# year alone under a form's title) 9/9, 9/9, 12/12, 12/12, none invented, no earlier
# document changed: recall 0.86 (614/714), plan 0.86, self-evaluation 0.86, actual 0.86
# (249/290), kind 1.0, year 0.98 (140/143), invented 5. Its second batch (历城 自评表 in
# space rows cut into groups, 丰台 决算) entered with 0/5 and after the lone-row rule reads
# 5/5: recall 0.86 (619/719), actual 0.86 (254/295), year 0.98 (142/145), invented 5.
# Their import (import-ru4): a grid header alone on a spaced line, a stream's unnamed points
# column, a stream cut after each row's points with wrapped names joined, budget figures
# after their own labels: 遂宁经开 0 -> 16/16, 安居 4 -> 9/9, 商务局 0 -> 5/8, invented 12 ->
# 5 (none in round 4), no earlier document lost anything: recall 0.840 (655/779),
# self-evaluation 0.849 (327/385), actual 0.853 (290/340), plan and year unchanged.
# Merged (import-misreads, import-unseen-4, review-unseen-4 and import-ru4): recall 0.855
# (678/793), plan 0.835 (329/394), self-evaluation 0.875 (349/399), actual 0.881 (312/354),
# kind 1.0, year 0.974 (150/154), rows 0.99, invented 1.
# import-unread: the older 评价指标 | 标准值 framework (食品药品 2017 表-2 0 -> 14/14), a
# prose report's 绩效目标: / 成效指标: sentences (琼海 0 -> 2/2), an OCR'd glued table's points
# before its doubled value (原州 0 -> 2/4), a notice's level headings on lines of their own
# with each indicator below (同心 设施农业 0 -> 9/9): recall 0.889 (705/793), plan 0.893
# (352/394), self-evaluation 0.885 (353/399), actual 0.887 (314/354); nothing else moved.
# import-unread-2: bracketed level headings with 'name(value)' items (黄山 公安局 0 -> 9/9),
# glued self-evaluation rows closed by their verdict (蔡甸 森林防火 0 -> 11/11, actuals
# 11/11), a row running a grid's header and rows on (蒙城 0 -> 2/2), a flattened sheet's
# words as a tree (永济 0 -> 5/6), a fragment's headerless rows restating both labels
# (大英 0 -> 5/5, actuals 5/5): recall 0.929 (737/793), plan 0.934 (368/394),
# self-evaluation 0.925 (369/399), actual 0.932 (330/354); nothing else moved.
# The 8 documents of the review's fifth held-out round (review-unseen-5, file names ru5-;
# no importer change) entered with 9/32 indicators and 8/29 actual values read, kind 6/8,
# year 6/8: 吕梁's OCR table (continuation rows opening with empty cells) is read as a goal
# table with 9 shifted rows invented, a 广西 prose report as a plan; five prose reports read
# nothing. Whole corpus: recall 0.879 (725/825), plan 0.896 (363/405), self-evaluation
# 0.862 (362/420), actual 0.861 (322/374), kind 0.988 (169/171), year 0.963 (156/162),
# invented 10; no earlier document changed.
# Merged (import-unread-2 with review-unseen-5): recall 0.924 (762/825), plan 0.936
# (379/405), self-evaluation 0.912 (383/420), actual 0.920 (344/374), kind 0.988 (169/171),
# year 0.963 (156/162), invented 4.
# The 12 documents of the fifth held-out round (import-unseen-5) entered with 0/3
# indicators, 0/3 actual values, kind 9/12, year 12/12, none invented; after its rules
# (outcome sentences glued one after another, '<name>指标为…实际完成值为…'; a level heading
# closed by '。' or glued before a name; 自评分数 / 自评等级 and 自评工作 / 自评结果 headings
# name a self-evaluation) 3/3, 3/3, 12/12, 12/12, and no earlier document changed
# (bench/import_identical.py): recall 0.889 (708/796), self-evaluation 0.886 (356/402),
# actual 0.888 (317/357), kind 1.0 (175/175), year 0.976 (162/166), invented 1.
# Its second batch (丽水, 东阳, 彭水, 承德 绩效文本) entered with kind 3/4 (东阳's title
# '2020年度绩效评价' unread); after the title-ending rule 4/4: kind 1.0 (179/179), year 0.976
# (166/170), the indicator figures unchanged.
# Merged with import-unseen-5 too (186 documents: both fifth rounds had collected the same
# 临河 优抚 report, one copy kept): recall 0.927 (765/825), plan 0.936 (379/405),
# self-evaluation 0.919 (386/420), actual 0.928 (347/374), kind 0.989 (184/186), year 0.966
# (171/177), invented 4. Then an untitled grid with an actual-value column (完成值) is a
# self-evaluation: 吕梁 read as one, kind 0.995 (185/186). Then pipe rows opening with an
# empty merged cell as wide as the whole rows above them are rows of their own (吕梁's
# 满意度 row 0 -> 1): recall 0.928 (766/825), self-evaluation 0.921 (387/420), actual 0.930
# (348/374), invented 3. Then an indicator grid ends at a wider header-like row (the next
# table's 序号 … 备注): 吕梁's subsidy table no longer read as two indicators, invented 1,
# every other figure unchanged (import-unread-3). Then '绩效目标分解下达情况' (the 中央转移
# 支付 report template's first section) names a self-evaluation and a level label opening a
# sentence opens a run of prose items: 广西 县域商业 kind right and 0/1 -> 1/1; recall 0.929
# (767/825), self-evaluation 0.923 (388/420), kind 1.0 (186/186), invented 1.
# Review round 6 (review-unseen-6) adds eight held-out documents, no
# importer change: recall 0.916 (787/859), plan 0.933 (380/407), self-evaluation 0.900
# (407/452), actual 0.907 (361/398), kind 193/194, year 179/185, invented 5 (忠县's side label
# shifts its first row; 抚远's doubled '≥≥' puts a sign in a name). Then a side label (绩效指标)
# printed in a grid's first data row is not its 一级 (忠县 1 -> 2/2): recall 0.917 (788/859),
# plan 0.936 (381/407), invented 4. Then numbered outcome sentences with a comma before
# 年初目标值 and a sign for a link ('…免疫密度,年初目标值≥90%,实际完成值≥90%'; 更戛 0 -> 4/5):
# recall 0.922 (792/859), self-evaluation 0.909 (411/452), actual 0.917 (365/398). Then a
# sign written twice stays in the value ('供水率≥≥98%', 抚远 7 -> 8/8): recall 0.923
# (793/859), self-evaluation 0.911 (412/452), invented 3.
# (348/374), invented 3.
# Held-out round 6 (import-unseen-6, 13 documents; two pages the review's round 6 had also
# collected were dropped from this branch, their copies kept there) entered with 指标 0/8,
# 实际值 0/7, kind 9/13, year 12/13 (main's importer). After its rules (outcome sentences
# without a link, a letter's tasks, a preview's file name, a 决算 listing a 自评表, a glued
# target table with weight and direction columns): 8/8, 7/7, kind 13/13. Whole corpus (199):
# recall 0.929 (774/833), plan 0.935 (380/406), self-evaluation 0.922 (394/427), actual 0.931
# (355/381), kind 0.994 (198/199), year 0.963 (183/190: 海南's letter year), rows 0.979
# (194/198: 大足's two label-only rows), invented 3. Then a money line with no amounts whose
# label holds a title word ('一般公共预算拨款 | ||||||') stays a row of its table: rows 0.989
# (196/198).
# Merged (import-unread-3, review-unseen-6, review-defects-unseen, selfeval-stated,
# import-unseen-6; 207 documents, both sixth rounds' shared pages kept once): recall 0.925
# (802/867), plan 0.936 (382/408), self-evaluation 0.915 (420/459), actual 0.918 (372/405),
# kind 1.0 (207/207), year 0.964 (191/198), rows 0.989 (196/198), invented 1.
# (348/374), invented 3. Then number cells glued in a row (glued_numbers: 梁平's
# '%901010010' cut by its header into 90 | 10 | 100 | 10 when one cut is consistent) 0 -> 3/3:
# recall 0.932 (769/825), self-evaluation 0.928 (390/420), actual 0.938 (351/374).
# Merged with import-glued-numbers too (梁平's glued number columns, 0 -> 3/3):
# recall 0.928 (805/867), plan 0.936 (382/408), self-evaluation 0.921 (423/459),
# actual 0.925 (375/405), kind 1.0 (207/207), year 0.964 (191/198), rows 0.989
# (196/198), invented 1.
# Then a self-evaluation grid glued inside each row, one row a line (line_outcomes: 宁夏福彩's
# OCR 自评表, 0 -> 4/6): recall 0.933 (809/867), self-evaluation 0.930 (427/459), actual
# 0.935 (379/405); plan, kind, year, rows and invented unchanged.
# Then a one-value grid glued into a paragraph, several rows under one label, each unit read
# off what its name counts (figure_chain: the 国家林业局 申报表 样例, 0 -> 10/12): recall 0.944
# (819/867), plan 0.960 (392/408); the rest unchanged, invented 1.
# Then a glued 自评 grid whose 分值 | 年度指标值 | 全年实际值 run together before the
# 得分计算方法 text and the 得分 (glued_scored: 海淀区学院路街道, 0 -> 1/1): recall 0.945
# (820/867), self-evaluation 0.932 (428/459), actual 0.938 (380/405); the rest unchanged.
# Review round 7 (review-unseen-7) adds eight held-out self-evaluations, no importer change:
# recall 0.942 (833/884), self-evaluation 0.926 (441/476), actual 0.931 (392/421), year 0.966
# (197/204), invented 4 (黄冈's glued traditional-script preview: a page break inside a name
# and the second block's heading read as rows).
# Held-out round 7 (import-unseen-7, 15 documents): before any rule, main's importer on the
# 222 documents read recall 830/883, actual 379/410, kind 219/222, invented 13; the round's
# rules (signed prose outcomes, a stream ending at a section heading, a 部门预算 listing its
# 目标表 is its disclosure) give recall 0.942 (832/883), plan 0.961 (403/419),
# self-evaluation 0.924 (429/464), actual 0.929 (381/410), kind 1.0 (222/222), year 0.967
# (206/213), rows 0.989 (196/198), invented 10 (南岳's prose 二级 lines 3, 原州's glued
# figures 6, as before 1): floors set to them.
# Merged (session 14: import-unread-5, review-unseen-7, import-unseen-7): 230 documents,
# recall 0.941 (847/900), plan 0.961 (403/419), self-evaluation 0.923 (444/481), actual
# 0.927 (395/426), kind 1.0, year 0.968 (212/219), rows 0.989 (196/198), invented 13 (黄冈's
# glued preview 3 besides import-unseen-7's 10): floors set to them.
# Then rows that are no indicator dropped or repaired (importers/invented_rows: a name opening
# with a template's note or with a number's unit, a value that is a date's fragment, a heading
# read as a row, a 二级 label glued before the name; prose_indicators: a figure inside a
# sentence): 原州 6 -> 0, 黄冈 3 -> 0 (its two '进度指标…' names split, 3/5 -> 5/5), 南岳 3 -> 2;
# no other document's import changed (bench/import_identical.py): recall 0.943 (849/900),
# self-evaluation 0.927 (446/481), actual 0.932 (397/426), invented 3.
# Held-out round 8 (import-unseen-8, 12 documents): before any rule, cand's importer on the
# 242 documents read recall 862/916, actual 397/426, kind 240/242, year 224/231, rows 196/235,
# invented 3; the round's rules (pipe rows padded to one width are rows; a numbered entry of
# another kind yields to the document's own 决算 or 部门预算 title; a part heading's 第N部分
# is no department) give kind 1.0 (242/242) and rows 0.991 (233/235), the indicator figures
# unchanged: recall 0.941 (862/916), plan 0.956 (416/435) — the round's 2021 form with
# prefilled 投入/过程 rows is read 0/3 — self-evaluation 0.927, actual 0.932, year 0.970
# (224/231), invented 3: floors set to them.
# Review round 8 (review-unseen-8) adds eight held-out self-evaluations, no importer change:
# recall 0.934 (875/936), self-evaluation 0.912 (472/517), actual 0.916 (417/455), kind 0.995
# (237/238: 宜兴's old-framework 目标完成情况表 starts inside the table and reads as a plan with
# no row, 0/9), year 0.969 (219/226), invented 3; plan, rows unchanged: floors set to them.
# import-unread-6 (merged with rounds 8): glued_points (宁晋 0/6 -> 6/6), two 符号 columns
# (巴彦淖尔 2/4 -> 4/4), budget_gaps (execution figures only), a 计量单位 glued after a name
# cut off (新洲's invented '演出设备成本件/件'): recall 0.941 (896/952), plan 0.970 (422/435),
# self-evaluation 0.916 (474/517), actual 0.916 (417/455), kind 0.996 (249/250), year 0.970
# (231/238), invented 2 (南岳's two prose rows left): floors set to them.
# Self-evaluation figures (import-selfeval-8, measured before merging import-unread-6): cand
# then measured 250 documents, recall 888/952 (0.933, under the 0.934 floor above),
# self-evaluation 472/517, actual 417/455, kind 249/250, year 231/238, invented 3. A report's
# prose budget execution (prose_budget) changes no indicator; a 满意度 named by its own 二级
# (own_level_name) reads 施甸's ≥80%: recall 0.933 (889/952), self-evaluation 0.914
# (473/517), actual 0.916, kind 0.996, year 0.970, invented 3.
# Merged with cand (import-unread-6 in): recall 0.942 (897/952, cand 896), self-evaluation
# 0.918 (475/517, cand 474), the rest as cand's: floors set to them.
# import-unseen-9 (ten held-out pages, 260 documents; python -m tests.importers.corpus_metrics):
# recall 0.943 (904/959; 临海's class-named grid 0/7 -> 7/7), plan 0.971 (429/442), year 0.972
# (240/247; 马坪 项目开始年度), invented 2 (临海's 2 gone, 南岳's 2 left); self-evaluation,
# actual, kind and rows unchanged: floors set to them.
# import-unread-7: cells closed by bars of their own read as empty cells and cut at the
# header's width where section rows prove it, the older framework's completion table's
# columns by the pack's standard_family (宜兴 0/9 -> 9/9, actuals 0/9 -> 9/9, kind plan ->
# self_evaluation); rows opened by a bare bar, short rows under the header's last columns,
# header words' form notes cut off (the 2021 申报表 0/3 -> 3/3): recall 0.955 (909/952), plan
# 0.977 (425/435), self-evaluation 0.936 (484/517), actual 0.936 (426/455), kind 1.0
# (250/250), year 0.970 (231/238), rows 0.991, invented 2: floors set to them.
# Review round 9 (review-unseen-9) adds ten held-out self-evaluations, no importer change yet:
# 260 documents, recall 0.931 (902/968), self-evaluation 0.900 (480/533), actual 0.905
# (422/466), kind 0.988 (257/260: 大英's 决算 fragment read as a disclosure, 海口's
# 评价报告 as a plan), year 0.971 (240/247), invented 3 (保山's '总分(100分)' row). A 总分 label
# with its full marks ('总分(100分)') is then a placeholder row and the total's label: 保山
# reads its total 100 and grade 优, invented 2 (bench/import_identical.py: only 保山 differs).
# Merged with import-unseen-9b (round 9b, twelve 公开/决算 pages; recomputed below):
# Held-out round 9b (import-unseen-9b, 262 documents): rows 233/235 -> 257/261 with cand's
# code (a label alone on a line of a table's run dropped), 259/261 with lone_label_rows
# (0.992); kind 261/262 (0.996), year 243/250 (0.972), the rest unchanged: floors set to them.
# A report's completions restated by name sections after its targets (prose_restated): 琼海
# 0/2 -> 2/2, actual 417/455 -> 419/455 (0.920).
# Merged (cand ad4ae2a + import-unseen-9b, 282 documents): recall 0.944 (921/975), plan 0.977
# (432/442), self-evaluation 0.917 (489/533), actual 0.929 (433/466), kind 0.996 (281/282), year
# 0.973 (261/268), rows 0.992 (259/261), invented 2: floors set to them.
# import-misses-9: an older target table of sentences read by its header lines (海口 0/5 ->
# 5/5; bench/import_identical.py against its base: only 海口 differs). Merged with cand
# (920705d, 282 documents): recall 0.949 (926/975), self-evaluation 0.926 (494/533), the rest
# as above: floors set to them.
# Review round 10 (review-unseen-10) adds eight held-out documents, no importer change: 290
# documents, recall 0.949 (928/977), plan 0.977 (434/444), kind 0.996 (289/290), year 0.967
# (267/276: 宣城 文旅局 read 2024 from the next year's 资助项目, 苏州 灾备 none), the rest
# unchanged.
# Held-out round 10 (import-unseen-10, 293 documents) entered with cand 7c168f3's code at
# recall 0.943 (937/994), kind 290/293, year 269/278, 监控执行数 1/5 (two 监控 reports: a
# 镇's, its spent in prose; one with three 专项 and no year, whose round cannot be dated).
# After its rules (a 监控报告 title over a 自评-like section outline, '财政拨款' alone no
# title, '2022年1月—12月', a page's 发文日期, a level's clause list in one cell): recall
# 0.951 (945/994), plan 0.978 (440/450), kind 0.997 (292/293), year 0.975 (271/278), the
# rest unchanged; monitoring execution 0.2 (1/5): floors set to them.
# import-unread-8 (282 documents, python -m tests.importers.corpus_metrics): a glued doubled
# table read on past a line break (原州 马铃薯 2 -> 3/4), a deadline naming a 时效 row (南岳
# 忠烈祠 4 -> 5/5), a year looked ahead to ('建议2024年度…') not the document's (梓潼): recall
# 0.952 (928/975), self-evaluation 0.931 (496/533), actual 0.933 (435/466), year 0.978
# (262/268); a closed sentence about a figure is no target (实验中学's '学校绿化覆盖达70%,
# 优化校园生态环境。'): invented 2 -> 1; the rest unchanged: floors set to them.
# Merged (cand: import-unseen-10, review-unseen-10, import-unread-8, scoring-unseen, 300
# documents): recall 0.952 (949/996), plan 0.977 (442/452), self-evaluation 0.930 (496/533),
# actual 0.933 (435/466), kind 0.996 (299/300), year 0.971 (277/285), rows 0.992 (259/261),
# invented 1, monitoring execution 0.2 (1/5): floors set to them.
# import-fields-measured: the project figures measured first (tests/importers/corpus_fields.py):
# 预算数 0.377 (72/191), 预算执行率 0.6 (42/70), 自评总分 0.686 (24/35), 1 wrong (临翔's
# 收容所 32.4 read where 31.69 is stated).
# The wrong one was the transcription's (31.69 is that table's 执行数, 31.69 / 32.4 the stated
# 97.80%): corrected. Budget labels naming their unit ('项目预算金额(万元)'), '项目金额',
# '预算金额', '年度预算资金总额' and the year's budget beside the whole term's
# (mapping/term_budget.py): 预算数 0.408 (78/191), 0 wrong; the rest unchanged.
# import-prose-reports (304 documents; 4 held-out prose reports, ru11p-, entered with 0/3
# budgets and 0/1 score read): a report told wholly in prose gets its one project when its
# prose states a figure (mapping/prose_report.py); budgets stated in prose by tiered labels
# and allocation verbs, a rate computed from a stated budget and 执行数
# (mapping/prose_stated_budget.py); '年初任务数 … 全年完成值' sentences: recall 0.955
# (951/996), self-evaluation 0.934 (498/533), actual 0.938 (437/466), 预算数 0.510 (99/194),
# 预算执行率 0.7 (49/70), 自评总分 0.75 (27/36), 0 wrong; held-out 2/3 budgets, 0/1 score
# (docs/import-unseen.md).
# import-unseen-11: fourteen held-out documents (314 in all). Their rules: recall 0.952
# (953/1001), plan 0.978 (445/455), kind 0.997 (313/314), year 0.973 (291/299), rows 0.993
# (299/301), invented 1, 预算数 0.417 (81/194), 0 wrong: floors raised to them. Four floors
# fall with the new documents, not with the code (no earlier document changed): 乐亭's 自评表
# preview skips its grid header (one 三级 and two actuals unread: self-evaluation 0.928
# (497/535), actual 0.929 (435/468), 执行率 0.591 (42/71)) and 武山's 自评整改报告 states its
# 部门整体 score in prose with no project to hold it (自评总分 0.648 (24/37)): set to them.
# Review round 11 (review-unseen-11) adds ten held-out documents (310), with a header label
# wrapped above a spaced header joined to it (金安 0/3 -> 3/3): recall 0.947 (959/1012),
# self-evaluation 0.921 (503/546), actual 0.921 (435/472), kind 0.994 (308/310: 宝坻's
# 评价报告 read as a plan), year 0.973 (286/294), invented 6 (稷山's xlsx text, cells out of
# order: five rows whose names are a name's last characters or a 分值), 预算数 0.4 (80/200),
# 执行率 0.592 (42/71), 自评总分 0.667 (24/36): floors set to them.
# import-budget-fields (causes per miss in docs/import-fields.md): a priced label on its own
# row, a glued 自评 budget line's 预算数 as budget_total where its 其中 parts fit it
# (budget_parts), funds tables read by their sums (合计 over 小计, (一)(二) sources), a
# notice's amount after the project's name, five template labels, '执行率(%)', a bare 0 rate
# beside 0 spent, a glued 合计 line after its source lines: 预算数 0.487 (93/191), 执行率
# 0.657 (46/70), 0 wrong; 自评总分 24/35 and
# 监控执行数 1/5 unchanged (list tables of 专项债 projects; prose 监控 reports, one undated).
# Merged (session 18: import-unseen-11, review-unseen-11, import-prose-reports,
# import-budget-fields; the one 金安 page both rounds transcribed kept once; 芦山's allotted
# 500万元 that is a part of its 立项 525.39 no budget): 327 documents, recall 0.948
# (962/1014), plan 0.978 (445/455), self-evaluation 0.923 (506/548), actual 0.921 (437/474),
# kind 0.993 (325/327), year 0.974 (302/310), rows 0.993 (299/301), invented 6 (稷山's xlsx
# text, 1 older), 预算数 0.585 (120/205), 执行率 0.75 (54/72), 自评总分 0.717 (28/39), 0 wrong.
# import-round11-leftovers: 稷山's five invented rows gone (a bare-figure name, the tail of a
# numbered name cut by a space), 乐亭's two forms split, 宝坻's 评价报告 a self-evaluation: kind
# 0.996 (326/327), invented 1, 执行率 0.763 (55/72), 自评总分 0.743 (29/39).
# import-unseen-12 adds thirteen held-out pages (340; no earlier document changed): a report's
# own title over its 附件's 决算 name, a 财政项目公开 a plan, '评价结果为98分', a budget summed
# from its labelled parts, a 、 inside an allocation's gap, a glued 项目名称 cell: kind 0.997
# (339/340), year 0.975 (315/323), 预算数 0.593 (124/209), 执行率 0.767 (56/73), 自评总分 0.75
# (30/40), 0 wrong; recall, actual, rows and invented unchanged.
# Held-out review round 12 (review-unseen-12, eight ru12r- documents, no importer change): 335
# documents, recall 0.936 (986/1053), plan 0.949 (468/493) — 扎赉特's flattened 项目绩效目标表
# reads 2 of its 15 rows —, self-evaluation 0.923 (507/549), actual 0.922 (438/475), kind
# 0.997 (334/335), year 0.975 (308/316), 预算数 0.590 (125/212), 执行率 0.770 (57/74).
# Merged (cand, session 19): both rounds together, 348 documents: recall 0.936 (986/1053),
# plan 0.949, self-evaluation 0.923, actual 0.922 (438/475), kind 0.997 (347/348), year 0.975
# (321/329), 预算数 0.597 (129/216), 执行率 0.773 (58/75), 自评总分 0.75 (30/40), 0 wrong.
# import-fields-2 (causes per miss in docs/import-fields.md): a list table of 专项债
# projects with a 自评分数 column read one cell per line (score_list), a bare total whose
# parts add up ('共计239万元,其中…'), glued 预算数 its splits agree on, a flattened sheet's
# budget line after its heads, a 资金总额 in its label's cell confirmed by its parts, a
# prose 监控 report's 专项 confirmed by its 项目支出 total, the older 计划安排资金 row, a
# plan's labelled prose budget: 预算数 0.668 (137/205), 执行率 0.777 (56/72), 自评总分
# 0.846 (33/39), 0 wrong; 监控执行数 1/5 unchanged (the prose report's 专项 are read but it
# states no year, so its round cannot be dated). No document lost anything.
# Merged with rounds 12 (cand, session 19, 348 documents): 预算数 0.675 (146/216), 执行率 0.786
# (59/75), 自评总分 0.85 (34/40), 0 wrong.
# import-flattened-targets: a grid listing its projects (项目名称 | … | 一级指标 header) opens a
# project per filled row, a 年度 half restating its 中期 half is read once: recall 0.947
# (998/1053), plan 0.973 (480/493), 预算数 0.615 (133/216: 井研 2/2); nothing else changed.
# Then a 定性 row's target wrapped below it (扎赉特 15/15): recall 0.950 (1001/1053), plan
# 0.979 (483/493).
# Merged (cand): 预算数 0.694 (150/216), the rest as above.
# Held-out review round 13 (review-unseen-13, nine ru13r- documents): 357 documents. A
# numbered list (序号 | 三级指标 | 年度指标值, one cell a line) is cut at its header's width
# (湖北省残联 14/14) and a title ending in 绩效评价表 is a 自评表 (名山); no earlier document
# changed. The new pages are mostly prose reports, an old-framework preview (文昌 0/5) and a
# money grid numbered by 行次 / 列次 (名山's 58.33% unread): recall 0.946 (1016/1073), plan
# 0.979 (484/494), self-evaluation 0.917 (521/568), kind 0.994 (355/357), year 0.976
# (330/338), 预算数 0.688 (155/225), 执行率 0.782 (61/78), 自评总分 0.853 (35/41); one wrong
# figure: 青山统计局's '资金总额 2800000.0000' has no unit (元: 280万元) and is read as 万元.
# import-unseen-13: twelve held-out pages (360 documents; a 目录's '(二)…' entry, a form
# label's plan with an 实际完成值 column, a name restated before the 完成值, a grid without
# level columns, 定性 under 计量单位, '2022年,…'): recall 0.951 (1013/1065), self-evaluation
# 0.925 (519/561), actual 0.923 (443/480), kind 0.997 (359/360), year 0.977 (333/341),
# 预算数 0.700 (156/223), 执行率 0.797 (63/79); no earlier document changed.
# Merged (cand, session 20: review-unseen-13 and import-unseen-13, 369 documents): recall
# 0.947 (1028/1085), plan 0.979 (484/494), self-evaluation 0.918 (533/580), actual 0.922
# (443/480), kind 0.994 (367/369), year 0.977 (342/350), 预算数 0.693 (161/232), 执行率 0.792
# (65/82), 自评总分 0.853 (35/41); the one wrong figure is 青山's unit-less 资金总额.
# import-fields-3 (each miss and its cause in docs/import-fields.md): a score word right
# after the grade its sentence states ('等级为“优”,分数为97分'), a 总投资 the next words say is
# wholly the year's fund, a plan or monitoring report told in prose taking its labelled
# budget (the plan its own project), the 年度 label beside a 中期 one, a bare rate closing a
# budget line under '预算执行进度(%)' confirmed by 执行数/预算数, the split of a glued budget
# line that the part glued after it states (零陵), budget heads wrapped over two cells of a
# cell-per-line table joined back (廊坊 '年初 / 预算数'): 预算数 0.727 (157/216),
# 执行率 0.813 (61/75), 自评总分 0.875 (35/40), 0 wrong; 监控执行数 1/5 unchanged (one report
# writes its year '20xx', the other states no amount spent). No document lost anything.
# Merged with import-fields-3 (cand, 369 documents): 预算数 0.724 (168/232), 执行率 0.817
# (67/82), 自评总分 0.878 (36/41); the rest as above, still the one wrong 青山 figure.
# Then a huge header amount with no money unit stated is left unread (青山 2800000.0000 is
# 元): 字段错值 0 again.
# import-fields-4: a 行次/列次 money grid's budget line read where its own percentages
# confirm it (名山 林草 评价表 52.8, 58.33%): 预算数 0.728 (169/232), 执行率 0.829 (68/82).
# Held-out review round 14 (review-unseen-14, nine ru14r- documents): 378 documents. Seven
# are prose reports or pages cut before their tables; 阆中's 自评表 has each row's cells glued
# ('质量指标建设符合验收要求2020', the points in the 指标值 / 实际完成值 cells) and is read for one
# row (0/7), and 福田 states no 自评 word (kind unread). A report heading '…指标完成情况分析'
# now opens its 一级 (福田, 红河: levels only), and the first clause of the paragraph under a
# level heading of its own is read when it is the target (福田 3/3; nothing else changed).
# recall 0.941 (1031/1095), plan 0.979 (484/494), self-evaluation 0.908 (536/590), actual
# 0.909 (443/487), kind 0.992 (375/378), year 0.977 (351/359), 预算数 0.714 (168/235:
# 阆中 glued, 福田's 71 after a cut, 承德 in prose), 执行率 0.797 (67/84), 自评总分 0.857
# (36/42: 潼南's 90分 in prose); no earlier document lost anything.
# 0.909 (443/487), kind 0.992 (375/378), year 0.977 (351/359), 预算数 0.714 (168/235: 阆中
# glued, 福田's 71 after a cut, 承德 in prose), 执行率 0.797 (67/84), 自评总分 0.857 (36/42:
# 潼南's 90分 in prose); no earlier document lost anything.
# Merged with import-fields-4 and review-unseen-14 (378 documents): set from the 合计 row.
# The 13 documents of the fourteenth held-out round (import-unseen-14, file names ru14-)
# entered with 0/10 indicators, 0/10 actuals, kind 12/13, 10 invented rows (莆田's names
# keeping their '(项)' unit brackets), 预算数 2/3, 执行率 1/2, 自评总分 1/2; after its rules
# (a unit bracket closing an outcome sentence's name joins its bare figures, '分值 / 得分'
# after the sentence are the row's points, '评分100分,自评为优', 支出率, '部门预决算情况' opens a
# 部门整体 评价, '调整预算') all found, none invented; no earlier document changed (382
# documents): recall 0.948 (1038/1095), self-evaluation 0.920 (543/590), actual 0.924
# (453/490), kind 0.995 (380/382), year 0.978 (355/363), 预算数 0.728 (171/235), 执行率
# 0.821 (69/84), 自评总分 0.884 (38/43), 0 wrong.
# Merged with import-unseen-14 (391 documents): set from the 合计 row.
# Import-monitoring round 2 (399 documents): eight 监控 reports (file names rm2-) entered
# with 0/7 indicators, kind 8/8, year 3/3, 预算数 0/11, no 1-N月执行数 stated per project
# (all cut before them); after the rules (a total and the parts after its '其中:' that add
# up to it are the projects; '主要指标是' opens a run of targets) indicators 7/7 and 预算数
# 6/11, nothing invented, no earlier document changed. 预算数 goes from 0.723 (172/238) to
# 0.715 (178/249): the five left are 长沙 城建档案馆's parts, one written '15元' so they do
# not make their 84万元, and a 州本级 report whose '预算安排\n183万元' the page breaks
# (read as it stands, prose_stated_budget takes the part's 30万元: no rule was added).
# Merged with import-monitoring-2 (399 documents): set from the 合计 row.
# import-prose-reports-2: four held-out prose reports (rp2-) entered with 预算数 2/3,
# 执行率 1/1, 自评总分 1/1, kind and year 4/4. After its rules ('评分结果为90分,绩效评价等级为
# “优”', a report's outline making a 自评, a counted projects' total where spent / budget is
# the stated rate, a fund '全额拨付到位' as the budget): 潼南 总分, 福田 kind and 71, 承德
# 3267.28 and 87.43%, 沅江 92.4 found; the held-out four unchanged (临城's 批复总投资 unread);
# no document lost anything (395 documents): kind 0.995 (393/395), year 0.979 (368/376),
# 预算数 0.734 (177/241), 执行率 0.828 (72/87), 自评总分 0.889 (40/45), 0 wrong.
# Merged with import-prose-reports-2 (403 documents): set from the 合计 row.
# Import-unseen round 15 (411 documents): twelve held-out pages (file names ru15-; 西藏 ×2,
# 黑龙江, 湖北 ×3, 湖南 ×2, 云南 ×2, 重庆, a township's 2019 评价报告), ten cut before any
# table. Before the rule: kind 12/12, year 12/12, indicators 3/4, 预算数 0/1, 自评总分 0/1,
# nothing invented; after it ('经自评,我委得分98分' is the total) 自评总分 1/1; no earlier
# document changed. The 寺下鎮 report's fourth target ('…人口數≥23人改善村基礎設施', no
# separator) and its '項目總投資19萬元' (a 总投资 is no budget alone) stay unread, so recall
# 0.942 (1048/1112) -> 0.941 (1051/1116), self-evaluation 0.910 -> 0.908 (549/604) and
# 预算数 0.715 -> 0.712 (178/250) go down by the new documents only; 自评总分 0.867 (39/45),
# year 0.979 (379/387), kind 0.993 (408/411).
# Merged with import-unseen-15 (415 documents): set from the 合计 row.
# publish-leftovers: 预算数 0.723 -> 0.727 (184/253): a goal table's 预算数 under a notice
# (莆田 文旅) is read by the generic reading where the Hebei one read a title alone.
# Merged with publish-leftovers (415 documents): set from the 合计 row.
# Import-unseen round 16 (427 documents): twelve held-out pages (file names ru16-; 上海 ×2,
# 河南, 新疆, 内蒙古, 甘肃, 江西, 浙江, 湖北 ×2, 云南 ×2), two holding a table's head, the rest
# cut in prose or a 目录. Before the rules: kind 11/12, year 12/12, 预算数 1/12, 执行率 1/1,
# nothing invented (the whole corpus: kind 424/427, 预算数 185/265). After them ('评价机构' on
# a cover names an evaluation; '下达…补助1400万元' allots; a numbered list of projects and
# amounts the prose counts or sums): kind 12/12, 预算数 12/12, and 文昌 林业局's round-13
# report gains its kind and budget; no earlier document lost anything. kind 0.997
# (426/427), year 0.980 (395/403), 预算数 0.743 (197/265), 执行率 0.829 (73/88).
# Held-out review round 15 (review-unseen-15, eight ru15r- documents): 423 documents. Five are
# prose reports or tables cut before their indicators; 衡阳 福利院's 整体 目标表 glues each
# row's cells (0/6); 零陵 林业局's 自评表 is read 10/10 with one invented row (the header
# '偏差原因 / 分析及 / 改进措施' broken over lines read as '分析及 | 改进措施'); 开州's table, cut
# inside a bar-opened row, no longer raises (350, 97.73% read); 许昌's two amounts are in
# prose. recall 0.937 (1061/1132), plan 0.968 (484/500), self-evaluation 0.910 (559/614),
# actual 0.913 (463/507), kind 0.995 (421/423), year 0.980 (391/399), invented 2, 预算数
# 0.723 (188/260), 执行率 0.833 (75/90), 自评总分 0.891 (41/46); no earlier document changed.
# Merged with review-unseen-15 (435 documents): set from the 合计 row.
# import-leftovers-13: 阆中's glued rows cut as points and score (glued_pairs) 0/7 -> 7/7
# indicators and actuals, 罗湖's 预算数 under its 下达额度 head, budget heads alone on their
# line over the glued figures (阆中 4000 and 100%, 宁夏 福彩 100%), a second table glued after
# the first's rows opening the next project (新洲 40 and 100%): recall 0.948 (1058/1116),
# self-evaluation 0.920 (556/604), actual 0.925 (460/497), 预算数 0.739 (187/253), 执行率
# 0.862 (75/87); no document lost anything.
# Merged with import-unseen-16, review-unseen-15 and import-leftovers-13 (435 documents):
# set from the 合计 row.
# review-leftovers-5: 零陵's head broken over three lines ('偏差原因 / 分析及 / 改进措施') is
# joined back, no longer an invented row: invented 2 -> 1; 零陵's 一般公共预算 read as 财政资金
# and its whole goal block read (fields not counted here); no other figure moved.
# import-unseen-17 (445 documents, ten held-out pages added): 岳阳楼 and 湘阴 (ru8) 申报表's
# 本年度申请资金 column read as the 预算数 (207 -> 209/277), 儋州 法院's unlabelled
# '100.00 | 94.04 | 优' result row as the 总分 and 六安's '自评' score column (总分 42 -> 43/48,
# recall 1078 -> 1079/1146); no earlier document moved. Recall (0.9415), self-evaluation
# recall (0.919) and disclosure rows (299/306) are below the old floors only because the new
# pages add rows nothing reads yet (路灯's glued scores of a cut 得分表, 開遠's two-year 三公
# table one cell a line): the floors are set to the new figures.
# import-leftovers-14: 新田镇's '项目资金共157万元,已全部拨付完成' in its 1-12月 report is its
# 执行数 and its title names the project: 监控执行数 1/5 -> 2/5 (the other three are stated in
# a report dated '20xx', no round to date); 上海 审计局 and 文昌 林业局 named by their glued
# cover labels (names not counted here); 保山 档案局's two projects, one per numbered section
# with the budget its section states; 嘉峪关's two 目标表, each opened by its title before its
# glued labels (一级 / 二级项目名称, 预算申报数), the second after the first's rows: the first's
# 20; 许昌's whole (803.74 = 基本支出 + 项目支出) and its one listed project (46.00):
# 预算数 204 -> 209/272 (0.768); no other figure moved.
# (floors after import-unseen-17 and import-leftovers-14 merged)
# Held-out review round 16 (review-unseen-16, eight ru16r- documents): 443 documents. 南岳's
# 申报表 7/7 and 霍山's 自评表 10/10 (its closing '分总 100 100', 总分 with its characters
# swapped, now a total row: 总分 100 read); 湘西's 目标表 and 普惠金融's 自评表 glue each row's
# cells (0/10 with two invented rows, 0/9 with one), 炎陵's 部门整体 目标表 lumps each 一级's
# rows into one cell (0/10); three are cut before their indicators. Set from the 合计 row:
# recall 0.921 (1085/1178), plan 0.931 (491/527), self-evaluation 0.910 (576/633), actual 0.912
# (480/526), kind 0.995 (441/443), year 0.981 (410/418), invented 4, 预算数 0.736 (206/280),
# 执行率 0.860 (80/93), 自评总分 0.875 (42/48); no earlier document changed.
# (floors after review-unseen-16 merged: 453 documents)
# Held-out review round 17 (review-unseen-17, eight ru17r- documents): 461 documents. 舒城's
# 发改委 中央预算内投资 目标表 10/10 once 过程管理指标 and its four 二级 are in the header
# vocabulary; 南华's 自评表 5/5 (a row short of its actual cell reads the 分值 as its actual);
# 大英's 自评表 8/9 (its last row lost); five are cut before their rows or are prose. Set from
# the 合计 row: recall 0.920 (1119/1216), plan 0.933 (501/537), self-evaluation 0.908
# (600/661), actual 0.914 (502/549), kind 0.996 (459/461), year 0.982 (427/435), 预算数
# 0.757 (221/292: 舒城's 本次下达中央预算内投资 853 and 德化's 12 not read), 执行率 0.865
# (83/96), 自评总分 0.88 (44/50); no earlier document changed.
# (floors after review-unseen-17: 461 documents)
# import-unseen-18 (461 documents, eight held-out pages added): no earlier document moved.
# Its rules read 大英 信访's 决算 kind (its '…部门决算中反映…' sentence) and its four 综述
# projects' budgets and rates, 永善 红十字会's page as the 决算 set its 目录 lists, and 宁德
# 地震局's circled budget heads (小计 188.61, 支出实现率 99.92%): 预算数 216 -> 221/291, 执行率
# 81 -> 86/100, kind 455 -> 458/461 of the new count. Still unread: 梧州 医保's 决算 page (no kind
# word; its '满意度指标:…达到99.99%' read as a target, one invented row) and 宁德 原方志委's
# heads one a line with 元 under a 万元 head. kind 0.993 and invented 5 are below the old floors
# only by 梧州; 预算数 0.759 and disclosure rows 0.978 (312/319) raised; 执行率 0.86 (86/100).
# (floors after import-unseen-18 and review-unseen-17 merged: 469 documents)
# Leftovers round 15 (import-leftovers-15): glued cells cut where certain — 路灯's 得分表 by its
# groups' stated points (3/3), 普惠金融's percent 权重 (9/9, its invented row gone), 湘西's
# header running on past its value read value-first (8/10, its two invented rows gone);
# 炎陵's lumped 一级 cells split at their numbers (9/10, 预算数 183.58): recall 1096 -> 1125
# (0.943), plan 491 -> 508 (0.963), self-evaluation 587 -> 599 (0.925), actual 490 -> 499
# (0.930), invented 4 -> 1, 预算数 216 -> 217 (0.761); no document lost anything.
# (floors after import-leftovers-15 merged with rounds 17-18: 469 documents)
# web-walkthrough-11: 稷山 翟店卫生院's 自评表 flattened out of order prints 年初预算数 before the
# line's label, its 0 first in the row ('年初预算 数 0 … 年度资金总额 … 全年预算数 … 得分 0 207.4538
# 10 100% 10'), and a 年初预算数 of 0 with a 全年预算数 is a project funded during the year:
# 预算数 216 -> 217/285 (0.761), 执行率 81 -> 82/94 (0.872); no other document changed.
# (floors after web-walkthrough-11 merged: 469 documents, 预算数 228/298, 执行率 89/102)
FLOORS = {
    "recall": 0.944,
    "plan_recall": 0.964,
    "self_evaluation_recall": 0.926,
    "actual": 0.931,
    "kind": 0.993,
    "year": 0.981,
    "rows": 0.978,
    "invented": 2,
    "monitoring_execution": 0.4,
    "budget_total": 0.765,
    "execution_rate": 0.872,
    "total_score": 0.88,
    "field_wrong": 0,
}
