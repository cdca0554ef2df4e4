"""``python -m tests.review.defects``: print the recall per defect class, write recall.md."""

from __future__ import annotations

from tests.review.defects import PAGE, ClassResult, corpus_plans, measure, overall
from tests.review.defects.monitoring_kind import MONITORING


def _mark(r: ClassResult) -> str:
    if r.source == "opinions":
        return "（审核意见，留出）"
    if r.source == "opinions2":
        return "（审核意见第二轮，留出）"
    if r.source == "opinions3":
        return "（审核意见第三轮，留出）"
    if r.source == "opinions4":
        return "（审核意见第四轮，留出）"
    if r.source == "opinions5":
        return "（审核意见第五轮，留出）"
    if r.source == "opinions6":
        return "（审核要点第六轮，留出）"
    if r.source == "opinions7":
        return "（两处对照第七轮，留出）"
    if r.source == "opinions8":
        return "（自评各栏与中期目标第八轮，留出）"
    if r.source == "monitoring9":
        return "（监控表第九轮，留出）"
    if r.source == "opinions9":
        return "（完成情况、中期指标值与期限第九轮，留出）"
    if r.source == "opinions10":
        return "（两栏对照与模板占位第十轮，留出）"
    if r.source == "opinions11":
        return "（监控表、定性计分与中期资金第十一轮，留出）"
    if r.source == "opinions12":
        return "（监控预计与偏差、自评资金与目标时限第十二轮，留出）"
    if r.source == "domain":
        return "（参考§5，留出）"
    if r.vocabulary == "held_out":
        return "（留出词）"
    if r.vocabulary == "seen":
        return "（规则见过的词）"
    return "（留出）" if r.held_out else ""


def render(results: list[ClassResult], documents: int) -> str:
    lines = [
        "<!-- 本页由 python -m tests.review.defects 生成，请勿手工修改。 -->",
        "",
        "# 审核召回率（缺陷注入，非种子真实文档）",
        "",
        f"在导入语料 tests/fixtures/corpus/plan 中能读出指标的 {documents} 份其他省份真实目标表上，"
        "每次只向一个指标或一个项目注入一类审核人员会指出的缺陷（tests/review/defects/"
        "catalogue.json），重新审核；出现一条原文档没有的、指向被改项目（指标）、且属于该类"
        "对应规则的发现，即算“查出”。文档中没有可注入位置的类别不计。标“（自评表）”的类别"
        "注入的是导入语料 tests/fixtures/corpus/self_evaluation 中能读出指标的自评表。",
        "",
        "注意：前 23 类中有几类在本基准首次运行时漏检，随后推广了相应规则（F108、W109、"
        "M115、R103、R107，新增 N113），这些类别的数字是改进后的；标“留出”的类别是在规则改进"
        "之后才编写、未据以调整规则的，更能说明审核在没见过的缺陷上的表现。",
        "",
        "词表留出：W109、M115、R107 的词表恰好含有这三类注入所用的词（情况、律、承建单位），"
        "因此每类另写一个“留出词”版本（tests/review/defects/held_out.py），用规则数据从未"
        "出现过的说法：其他赘词（状况、水平、成效…）、拼音输入法的其他同音错字（合格绿、覆概率、"
        "完城率…）、其他承包方和本单位（中标企业、施工队伍、本局干部职工…）；测试保证这些词不在"
        "规则数据中。“首次”一栏是该类第一次测量时（规则推广前）的结果：之后推广的是模式"
        "（与常用比率名称同音且只错一字、名称只多一个不表示计量的词、承包角色＋机构词），"
        "没有把留出词加进词表。“新增”类别是按审核人员的日常检查补充的，其中首次有漏检的"
        "（设备购置尾款）随后在词表中补了“养护”“维修维护”，已不再是留出。",
        "",
        "标“审核意见”的八类取自真实审核意见、评审意见和第三方复核意见中常见而前几批没有注入的"
        "问题（出处见 tests/review/defects/opinions.py 与 docs/rules/coverage.md 第14节）："
        "先写注入、在未改任何规则的 main 上测量（“首次”一栏，171 处全部漏检），再新增 N225–N229、"
        "R117、W116 并让 N206 把“无”“/”视同未填。N226 首次按规则测量为 10/15，随后把项目自身"
        "工作的覆盖率（巡查、保洁覆盖率）也算作完成份额、满意度按所在层级认定，未把注入用词加进词表；"
        "仍漏检的是达标率（规则有意不提示：空气质量达标率等存量比率）。",
        "",
        "标“审核意见第二轮”的八类是又一批真实审核、评审和第三方复核意见中的问题（出处见 "
        "tests/review/defects/opinions_round2.py 与 docs/rules/coverage.md 第15节）：目标只写“无”、"
        "目标只复述项目名称、效益写“有所提高”、产出数量列在效益下、成本写成文字、满意度写成问卷"
        "份数、自评未达标却称“已完成”、比例的实际值超过100%。同样先写注入、在未改规则的 main 上"
        "测量（“首次”一栏，102 处查出 36 处），再新增 W118、R119、N230、N231，并让 S104 把“无”"
        "“/”视同未填、N206 把只称已完成的偏差原因视同未说明。",
        "",
        "标“审核意见第三轮”的八类是自评复核和审核意见中又一批此前没有注入的问题（出处见 "
        "tests/review/defects/opinions_round3.py 与 docs/rules/coverage.md 第16节）：得分超过分值、"
        "分值合计不是100、总分与得分合计不符、未达目标却得满分、已达目标却扣分、可持续影响写成"
        "一年以内的期限、目标中的数量与指标值不一致（目标表和自评表各一类）。先写注入、在未改规则"
        "的 cand 上测量（“首次”一栏，123 处查出 72 处），再新增 R121、R122，并让 N222 在表中没写"
        "执行率得分时按全年执行数与预算数算出执行率得分。分值合计、总分两类首次的漏检多是导入只读出"
        "部分指标、分值本来就不足100的表，随后这两类只注入分值读全的表（总分偏离表内数字所能给出"
        "的总分），与“参考§5”前两类的收窄同理。",
        "",
        "标“审核意见第四轮”的五类是审核意见和第三方复核中又一批此前没有注入的问题（出处见 "
        "tests/review/defects/opinions_round4.py 与 docs/rules/coverage.md 第17节）："
        "数量目标低于依据所写的上年实际完成值、绩效目标写的资金额与预算数不一致（目标表和自评表各一类）、绩效目标"
        "写着三年前的年度、时效指标晚于期限完成却得满分。先写注入、在未改规则的 cand 上测量"
        "（“首次”一栏，60 处查出 1 处），再新增 B107、F112、R124、N233；N233 首次按规则测量为 4/5，"
        "随后把不写“前”“底”的单个日期（“2023年12月”）也视为期限、期间（“1-12月”）除外，"
        "未把注入用词加进词表；R124 随后不再提示往年的结转资金、欠款、尾款和期间，"
        "一处注入（“2019年度到2022年底”，读作期间）因此漏检。",
        "",
        "标“审核意见第五轮”的六类是审核意见和第三方复核中又一批此前没有注入的问题（出处见 "
        "tests/review/defects/opinions_round5.py 与 docs/rules/coverage.md 第18节）："
        "指标值写成区间、产出没有数量指标、项目期限在预算年度之前结束、"
        "自评年度目标完成情况称全部完成而有指标未达到、超额完成却扣分、未达目标而偏差原因空着。"
        "先写注入、在未改规则的 cand 上测量（“首次”一栏，105 处查出 57 处），"
        "再新增 N234、N235、R126；产出没有数量指标首次按规则有4处漏检（一级指标栏空着的表，"
        "S102 看不出产出一级），随后 S102 只在导入把整张表按表格读全（项目名称读自表头、"
        "每行二级读自单元格、没有未导入的行）时按二级推定一级并在发现中注明，文字报告和片段"
        "不推定；仍漏检的1处（鄂州）是文档预览粘成一行、在成本指标处截断的表。",
        "",
        "标“审核要点第六轮”的十三类按财政审核的四项要点（完整性、相关性、适当性、可行性）和自评"
        "计分规则补充（出处见 tests/review/defects/opinions_round6.py 与 "
        "docs/rules/coverage.md 第19节）："
        "时效期限在预算年度之前、人数写成小数、比率写成件数、删去满意度指标、产出指标放到效益下、"
        "三级指标名称空着、同一指标两行目标不同、按年计的天数超过365天（自评表），"
        "自评分值空着、得分填扣分、成本超支却得满分、只完成一半却得八成分、执行数和执行率空着"
        "却有执行率得分。先写注入、在未改规则的 main 上测量（“首次”一栏，287 处查出 203 处），"
        "再新增 N238、N239、N240、N241、F113；N238 首次按规则测量为 28/29，随后把“每年”"
        "“每月”等期间从平均数中除去（“每年慰问32人”是年度数量），未把注入用词加进词表。"
        "删去满意度指标首次漏检2处（一级、二级栏都空着的表，满意度放在质量指标下的表），"
        "随后 S101、S111 把名称衡量满意度的指标（放错层级的也算）视为满意度层级已设置；"
        "分值空着首次漏检1处（全表只有一行写了分值），随后 N239 按表头有无分值栏（导入定位到"
        "该行的分值单元格）判断，不再数其他行写了几个分值。",
        "",
        "标“两处对照第七轮”的六类是审核人员把同一张表的两处对照才看得出的问题（出处见 "
        "tests/review/defects/opinions_round7.py 与 docs/rules/coverage.md 第20节）："
        "绩效目标写的比率低于指标值、自评完成情况写的数量与实际完成值不符、完成情况写的执行率"
        "与执行数÷预算数不符、成本实际完成值高于全年执行数、时效时限晚于项目期限、立项依据"
        "引用预算年度之后的文号。先写注入、在未改规则的 main 上测量（“首次”一栏，50 处全部"
        "漏检；成本一类有5处被 N204、N206 按超出成本目标提示，不是与执行数对照），再新增 "
        "R130、N242、N243、N244、N245、R131；R130 随后也提示目标对同一比率写了两个数、其一与"
        "指标不同的，N243 不再把“到位”读作时间段，比较名称时去掉模板编号（“指标2:”），"
        "未把注入用词加进词表。指标名称本身带逗号或顿号的（“服务周期内,市民对……满意程度”"
        "“缴纳及时、足额的满意度”）按目标的分句方式切开后再找。",
        "",
        "标“自评各栏与中期目标第八轮”的七类是审核人员对照自评表各栏、完成情况与资金栏、"
        "中期目标与年度指标才看得出的问题（出处见 tests/review/defects/opinions_round8.py 与 "
        "docs/rules/coverage.md 第21节）：已达到目标的指标偏差原因却称未完成、定量指标的实际"
        "完成值写成“良好”等评价、各指标都达到目标而完成情况称未完成、完成情况写的支出金额与"
        "全年执行数不符、同一指标填两行重复计分、中期目标的数量低于年度指标值、中期目标的期间"
        "在预算年度之前结束。先写注入、在未改规则的 main 上测量（“首次”一栏，192 处查出 29 处，"
        "全是 W103 查出的重复计分一类），再新增 N246、N247、M120、F114、R134、R135。N247 首次"
        "按规则测量为 39/46（“未能全部完成”不是词表中的说法），随后称未完成的说法改为否定词、"
        "修饰（能、全部、如期、按期、按时）与动词的组合（数据；“全部”来自这处漏检，测试用"
        "注入之外的说法）。M120 不查时限、单位标准（元/辆）和上限，是非回答（“有”）另作判断。",
        "",
        "标“完成情况、中期指标值与期限第九轮”的六类是审核人员读自评表“年度目标实际完成情况”、"
        "中期与年度两栏指标值、项目期限才看得出的问题（出处见 tests/review/defects/"
        "opinions_round9.py 与 docs/rules/coverage.md 第22节）：中期指标值低于同一行的年度指标值、"
        "项目期限的结束早于开始、完成情况只写“无”“/”而表已打分、完成情况照抄年度目标、完成情况"
        "写的是往年、完成情况称资金已全部支付而执行数远低于预算数。先写注入、在未改规则的 main 上"
        "测量（“首次”一栏，77 处全部漏检，没有一条已有规则在被改项目上新增发现），再新增 R136、"
        "R137、N248、N249、N250、F115。N250 首次按规则测量为 7/11（完成情况后文写到评价年度的，"
        "规则原把往年读作比较），随后以往年开头（“2020年度，”“截至2020年底，”）的完成情况不论后文"
        "都提示；照抄年度目标一类不注入原文已照抄的两份自评表（N249 在原文上就提示它们）；"
        "称资金已全部支付一类注入执行数低于预算93%的8份自评表，"
        "其中6份没有读出完成情况，注入的说法即完成情况。",
        "",
        "标“两栏对照与模板占位第十轮”的六类是审核人员对照同一行的两栏、或看到模板占位才指出的问题"
        "（出处见 tests/review/defects/opinions_round10.py 与 docs/rules/coverage.md 第23节）："
        "中期指标值与年度指标值方向相反、计量单位不同，自评实际完成值与指标值计数单位不同、"
        "写成区间，指标值和实际完成值留着模板的占位（“XX”“××”）。先写注入、在未改规则的 cand 上"
        "测量（“首次”一栏）：前四类 159 处全部漏检（实际值区间一类起初也注入比率，"
        "N231 因上端超过100%而提示，随后只注入非百分比的值），指标值占位已由 M102、M113 查出，"
        "实际值占位由 M120 查出27/31（目标是金额的漏检）。再新增 R138、R139、N251、N252、M123；"
        "方向相反一类首次注入中有3处"
        "注在不带符号的金额、复合单位（“28.8万元”“470人/天”）上，那是预算上限，中期写“≤”不矛盾，"
        "随后注入跳过这些行（R138 同样不把它们读作下限）。",
        "",
        "标“监控表、定性计分与中期资金第十一轮”的七类是审核人员对照监控表各栏、对照监控表与"
        "目标表、对照自评得分与定性完成档次、对照中期目标与年度预算才看得出的问题（出处见 "
        "tests/review/defects/opinions_round11.py 与 docs/rules/coverage.md 第24节）："
        "自评实际完成值写“部分达成”“基本完成”却得满分、写“未完成”却得九成分值，中期目标写的实施期资金总额少于"
        "本年度预算数；监控表的四类见下节。先写注入、在未改规则的 cand 上测量（“首次”一栏，"
        "218 处全部漏检；被改的行上已有规则另说了别的：M120 在两类自评中各有26处指出实际完成值"
        "没有数值，N210 在“未完成”一类有11处读作进度），再新增 N256、F117 与监控表的 F116、N253、"
        "N254、N257；规则用的说法另在测试中以注入之外的写法检验（tests/review/"
        "test_opinions_round11.py）。",
        "",
        "标“参考§5”的四类是领域参考第5节列出、此前没有注入的检查（生态效益、经济效益下放了"
        "无关的指标，没有指标衡量的目标，财政资金与其他资金之和不等于预算数），规则未改，"
        "数字即 main 的召回率。R106 把一个项目所有无指标衡量的目标列在一条发现里，所以对"
        "整个项目的缺陷，一条所属规则的项目级发现说出了原文档没有说的话，也算查出（此前只比"
        "位置；这一改动也让“删去全部效益指标”多查出一处：S111 的发现多列了效益指标）。",
        "",
        "| 缺陷类别 | 对应规则 | 注入 | 查出 | 召回率 | 首次 | 未查出的文档 |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    monitoring = [r for r in results if r.corpus == MONITORING]
    results = [r for r in results if r.corpus != MONITORING]
    lines += _rows(results)
    injected = sum(len(r.injected) for r in results)
    found = sum(len(r.found) for r in results)
    held = [r for r in results if r.held_out]
    seen_words = [r for r in results if r.vocabulary == "seen"]
    new_words = [r for r in results if r.vocabulary == "held_out"]
    lines += [
        "",
        f"合计：注入 {injected} 处，查出 {found} 处，召回率 {overall(results):.1%}；"
        f"其中留出类别 {sum(len(r.injected) for r in held)} 处，召回率 {overall(held):.1%}。"
        f"词表相关的三类：规则见过的词 {sum(len(r.injected) for r in seen_words)} 处，"
        f"召回率 {overall(seen_words):.1%}；留出词 {sum(len(r.injected) for r in new_words)} 处，"
        f"召回率 {overall(new_words):.1%}。",
        "",
    ]
    return "\n".join(lines + _monitoring_section(monitoring))


def _rows(results: list[ClassResult]) -> list[str]:
    rows = []
    for r in results:
        missed = "、".join(r.missed[:3]) + ("…" if len(r.missed) > 3 else "")
        title = r.title + _mark(r)
        rows.append(
            f"| {title} | {' '.join(r.rules)} | {len(r.injected)} | {len(r.found)} "
            f"| {r.recall:.0%} | {r.first_run} | {missed} |"
        )
    return rows


def _monitoring_section(results: list[ClassResult]) -> list[str]:
    """The 监控表 classes apart: another kind of document, judged by the monitoring engine."""
    if not results:
        return []
    documents = max(len(r.injected) for r in results)
    found, injected = sum(len(r.found) for r in results), sum(len(r.injected) for r in results)
    return [
        "## 监控表（第二种文档）",
        "",
        "监控语料只有3份，不够注入；于是把上表所用的外省真实目标表各按本单位6月底应报的监控表"
        f"填好（{documents} 份：1–6月执行数按资金支出计划、至少预算的一半，全年预计执行数等于"
        "预算数，各指标全年预计完成值等于年度指标值、完成可能性“确定能”，与导入的监控表同一"
        "形状，tests/review/defects/monitoring_kind.py），每次注入一类监控审核人员会指出的问题，"
        "由监控引擎（jixiao.monitoring，预警 P101–P111）和审核判断；出现一条原表没有的、"
        "指向被改项目（指标）且属于该类预警的，即算查出。第九轮的五类按参考§6写成，"
        "在未改任何规则的 main 上测量"
        "（“首次”一栏），监控引擎已有的预警全部查出，未新增规则。第十一轮的四类是各栏相互矛盾"
        "（全年预计执行数低于已执行数、完成可能性“确定能”而偏差原因称无法完成）和监控栏对目标表"
        "（全年预计完成值与年度指标值单位不同、比例的预计值超过100%）：监控引擎和审核都不指出"
        "（首次 0/141），新增审核规则 F116、N253、N254、N257（只在监控表上运行），监控表上的"
        "审核发现也计入（jixiao review 审核导入的监控表时同样给出）。",
        "",
        "| 缺陷类别 | 对应预警 | 注入 | 查出 | 召回率 | 首次 | 未查出的文档 |",
        "|---|---|---:|---:|---:|---:|---|",
        *_rows(results),
        "",
        f"合计：注入 {injected} 处，查出 {found} 处，召回率 {overall(results):.1%}。",
        "",
    ]


def main() -> None:
    plans = corpus_plans()
    results = measure(plans)
    for r in results:
        print(f"{r.id:28} {len(r.found):3}/{len(r.injected):3}  {r.recall:6.1%}")
    print(f"{'overall':28} {overall(results):6.1%}")
    PAGE.write_text(render(results, len(plans)), encoding="utf-8")
    print(f"已写出 {PAGE}")


if __name__ == "__main__":
    main()
