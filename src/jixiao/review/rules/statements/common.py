"""What the statement rules share: the family, sample labels and thresholds."""

from __future__ import annotations

FAMILY = "words"
NINGJIN = "河北宁晋县教育局2019年高中助学金项目绩效评价指标表（samples/real）"
CITY = "城市管理委员会2020年抗疫特别国债项目绩效目标表（samples/real）"
YUEYANG = "湖南岳阳楼区价格认证鉴定中心2023年部门整体绩效目标表（monopolymediamarketing.com 转载）"
FENGJIE = "重庆奉节县云雾乡2023年加工园配套设施建设项目绩效目标审批表（samples/real）"
EZHOU = "鄂州市2022年办公大楼运行保障项目支出绩效目标表（desk33.com）"
RONGCHANG = "重庆荣昌区林业局2022年大青冈村绿化美化项目绩效目标表（samples/real）"
NEAR = 88.0  # rapidfuzz ratio from which two names are near-duplicates
OVERLAP = 0.6  # share of indicator names two projects have in common
