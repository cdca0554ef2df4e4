"""A 自评等级 stated in a report's prose, read into Project.grade with its sentence."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jixiao.importers.api import import_file
from jixiao.importers.mapping.prose_grade import stated_grades
from jixiao.importers.mapping.vocabulary import vocabulary

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus" / "self_evaluation"
QIONGHAI = CORPUS / "hainan_ru4-qionghai-rijian-zhaoliao-zhongxin-prose-baogao_2020.txt"
GRADES = sorted(g for g in vocabulary().stated_grades if not g.isascii())
NOUNS = st.sampled_from(["绩效等级", "自评等级", "评价等级", "综合评定", "评价结果", "等次"])
LINKS = st.sampled_from(["为", "：", ":", "是", "评定为", "定为"])
WRAPS = st.sampled_from([("", ""), ("（", "）"), ("(", ")"), ("【", "】"), ("", "等级")])
ENDS = st.sampled_from(["。", "，", ";", "", " "])


@given(NOUNS, LINKS, st.sampled_from(GRADES), WRAPS, ENDS)
def test_a_grade_after_a_grading_noun_is_read(
    noun: str, link: str, grade: str, wrap: tuple[str, str], end: str
) -> None:
    sentence = f"经自评，本项目{noun}{link}{wrap[0]}{grade}{wrap[1]}{end}"
    assert stated_grades(sentence) == [grade]


@given(st.sampled_from(GRADES), st.sampled_from(GRADES), st.sampled_from(["/", "、"]))
def test_a_list_of_grades_is_no_grade(first: str, second: str, mark: str) -> None:
    # a blank form: '自评等级：优/良/中/差'
    assert stated_grades(f"自评等级：{first}{mark}{second}") == []


@given(st.sampled_from(GRADES))
def test_a_grade_word_going_on_or_another_verdict_is_no_grade(grade: str) -> None:
    assert stated_grades(f"质量鉴定为{grade}。") == []
    assert stated_grades(f"等级为{grade}的项目占比较高") == []


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(GRADES))
def test_the_grade_sentence_of_a_real_report_is_read_as_written(grade: str) -> None:
    text = QIONGHAI.read_text(encoding="utf-8")
    assert "绩效等级为(良)" in text
    with tempfile.TemporaryDirectory() as folder:
        changed = Path(folder) / QIONGHAI.name
        changed.write_text(text.replace("绩效等级为(良)", f"绩效等级为({grade})"), "utf-8")
        project = import_file(changed).projects[0]
    assert project.grade == grade
    assert project.sources["grade"].raw is not None
    assert f"绩效等级为({grade})" in project.sources["grade"].raw


def test_two_different_grades_in_prose_give_none() -> None:
    text = QIONGHAI.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        changed = Path(folder) / QIONGHAI.name
        changed.write_text(text + "\n上年度自评等级为优。\n", "utf-8")
        assert import_file(changed).projects[0].grade is None


def test_real_reports_state_their_grades() -> None:
    qionghai = import_file(QIONGHAI).projects[0]
    assert qionghai.grade == "良"
    assert qionghai.sources["grade"].line == 19
    changning = import_file(next(CORPUS.glob("yunnan_ru6-changning-genga-dongwu-fangyi*.txt")))
    assert changning.projects[0].grade == "优秀"
    # 西平县: '质量鉴定为合格' is the works' acceptance, not the 自评等级
    xiping = import_file(next(CORPUS.glob("henan_xiping-jiaotong-xianjie-zijin*.txt")))
    assert all(p.grade is None for p in xiping.projects)
