"""``jixiao evaluate`` run as a user runs it, on a self-evaluation built from seed 003."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_import_command import run_jixiao

EXAMPLE = Path(__file__).parent.parent / "fixtures" / "evaluation" / "self-evaluation-2024.json"


def test_json_output_scores_the_example_year() -> None:
    result = run_jixiao("evaluate", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr
    projects = json.loads(result.stdout)["projects"]
    by_name = {p["name"]: p for p in projects}
    audit = by_name["2024年办公用房评估审计费"]
    assert (audit["execution_rate"], audit["total"], audit["grade"]) == (1, 100, "优")
    # Hand computed: 8 + 5 × 50/6 + 50/6 × 0.95 + 30 × 0.7 + 10 × 85/90 = 88.03.
    service = by_name["2024年服务保障运行经费"]
    assert round(service["execution_rate"], 4) == 0.8  # 93.31 / 116.64
    assert service["execution_score"] == 8
    assert (service["total"], service["grade"]) == (88.03, "良")
    assert [i["weight"] for i in service["indicators"]] == [8.33] * 6 + [30, 10]
    assert service["indicators"][6]["band"] == "部分达成"
    # 49.22% executed and most quantities missed: 中.
    cars = by_name["2024年公务用车管理专项经费"]
    assert (cars["total"], cars["grade"]) == (78.63, "中")
    assert round(cars["execution_score"], 2) == 4.92
    for project in projects:
        weights = [i["weight"] for i in project["indicators"]]
        assert abs(sum(weights) - 90) <= 0.005 * len(weights)  # rounded equal shares
        for indicator in project["indicators"]:
            assert 0 <= indicator["score"] <= indicator["weight"]


def test_table_output_and_profile_choice() -> None:
    result = run_jixiao("evaluate", str(EXAMPLE), "--profile", "hubei")
    assert result.returncode == 0, result.stderr
    assert "2024年公务用车管理专项经费" in result.stdout and "E101" in result.stdout


def test_bad_input_names_the_file_and_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "坏.json"
    bad.write_text(
        '{"projects": [{"name": "x", "indicators": [{"level1": "产出指标"}]}]}', encoding="utf-8"
    )
    result = run_jixiao("evaluate", str(bad))
    assert result.returncode == 1
    assert "坏.json" in result.stderr and "项目1 指标1 level3" in result.stderr
    unknown = run_jixiao("evaluate", str(EXAMPLE), "--profile", "nowhere")
    assert unknown.returncode != 0 and "hebei-county" in unknown.stderr


def test_output_files(tmp_path: Path) -> None:
    for name in ("自评表.xlsx", "自评表.docx", "自评表.pdf", "自评表.html", "自评报告.md"):
        target = tmp_path / name
        result = run_jixiao("evaluate", str(EXAMPLE), "-o", str(target))
        assert result.returncode == 0, result.stderr
        assert target.stat().st_size > 0
    assert "项目支出绩效自评报告（草稿）" in (tmp_path / "自评报告.md").read_text(encoding="utf-8")
    assert (tmp_path / "自评表.html").read_text(encoding="utf-8").count("<table") == 3


def test_a_filled_form_is_input_too(tmp_path: Path) -> None:
    """The 自评表 written as Word or PDF, read back as the input, scores the same."""
    expected = json.loads(run_jixiao("evaluate", str(EXAMPLE), "--format", "json").stdout)
    for name in ("自评表.docx", "自评表.pdf"):
        form = tmp_path / name
        assert run_jixiao("evaluate", str(EXAMPLE), "-o", str(form)).returncode == 0
        result = run_jixiao("evaluate", str(form), "--format", "json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == expected
    wrong = run_jixiao("evaluate", str(EXAMPLE), "-o", str(tmp_path / "自评表.txt"))
    assert wrong.returncode == 2 and ".pdf" in wrong.stderr
    (tmp_path / "空.pdf").write_bytes(b"not a pdf")
    broken = run_jixiao("evaluate", str(tmp_path / "空.pdf"))
    assert broken.returncode == 1 and "空.pdf" in broken.stderr


SELF_EVALUATION = """项目支出绩效自评表
(2022年度)
项目名称 科技特派员创业行动经费
主管部门 031-霍邱县科学技术局 实施单位 031001-霍邱县科学技术局
项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额: 25 25 20 10 80.00% 8.00
绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 开展县域结对交流活动 ≥4次 2 45 45 天气原因推迟
满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 45 45
总分 100 98
"""


def test_an_imported_self_evaluation_is_scored_beside_its_published_score(
    tmp_path: Path,
) -> None:
    path = tmp_path / "自评表.txt"
    path.write_text(SELF_EVALUATION, encoding="utf-8")
    result = run_jixiao("evaluate", str(path))
    assert result.returncode == 0, result.stderr
    assert "公布得分与复算得分" in result.stdout
    assert "98" in result.stdout
    # half the 交流活动 were held: the profile gives less than the 45 points published
    assert "“开展县域结对交流活动”公布得分 45" in result.stdout


def test_the_published_grade_is_printed_beside_the_published_total() -> None:
    # 永德 明朗中学: '总分 | 100 | 96 | 优' under the grid
    corpus = Path(__file__).parent.parent / "fixtures" / "corpus" / "self_evaluation"
    path = corpus / "yunnan_yongde-minglang-zhongxue-yingyang-gaishan_2022.txt"
    result = run_jixiao("evaluate", str(path))
    assert result.returncode == 0, result.stderr
    published = result.stdout.split("公布得分与复算得分", 1)[1]
    row = next(line for line in published.splitlines() if "义务教育营养改善" in line)
    cells = [c.strip() for c in row.split("│") if c.strip()]
    assert cells[1:3] == ["96", "优"]
