"""预算公开表 (disclosure tables): the identities of domain §8, and prose vs tables.

Identities checked (each within the money tolerance of the profile):

* 收入总计 = 支出总计; 本年收入合计 + 上年结转 = 收入总计; 本年支出合计 + 年终结转 = 支出总计;
* 合计栏 = 各分栏之和 (支出 = 基本支出 + 项目支出 …; 收入合计 = 本年收入 + 上年结转);
* 基本支出 = 人员经费 + 公用经费;
* “三公” = 因公出国(境) + 公务用车购置及运行维护 + 公务接待, 公务用车 = 购置 + 运行维护;
* a 功能分类/经济分类 parent row = the sum of its children (codes of 3, 5 and 7 digits);
* a table's 合计 row = the sum of its top rows; the same total in two tables agrees;
* a figure in the 情况说明 agrees with the tables (:mod:`.narrative`).
"""

from __future__ import annotations

from jixiao.review.rules.disclosure.balances import D101, D102
from jixiao.review.rules.disclosure.columns import D103, D104
from jixiao.review.rules.disclosure.consistency import D109, D110
from jixiao.review.rules.disclosure.three_public import D105
from jixiao.review.rules.disclosure.totals import D106, D107

RULES = (D101, D102, D103, D104, D105, D106, D107, D109, D110)

__all__ = ["RULES"]
