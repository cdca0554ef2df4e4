"""单位成本基准 (unit-cost benchmarks): budget ÷ quantity against a table and against peers.

Framework-free: the review (rule C106, C107), the web layer (cached distributions) and
``bench/unit_cost_benchmarks.py`` call it.

* :func:`unit_costs` — the unit costs a plan states implicitly: a project whose name says
  物业费 and whose 数量指标 says 2.6万平方米 costs budget ÷ area 元/平方米·年;
* :class:`BenchmarkTable` — reference ranges kept as data, each row citing its source;
* :class:`Distribution` / :class:`DistributionStore` — the same unit cost in every other
  project of a database (median, P10, P90), and a store interface with an in-memory one;
* :func:`peer_outlier` and :func:`table_outlier` — the outlier tests.
"""

from jixiao.benchmarks.distribution import Distribution, DistributionStore, MemoryStore
from jixiao.benchmarks.extract import UnitCost, project_unit_costs, unit_costs
from jixiao.benchmarks.outliers import Outlier, peer_outlier, table_outlier
from jixiao.benchmarks.table import BenchmarkTable, Category, load_benchmarks

__all__ = [
    "BenchmarkTable",
    "Category",
    "Distribution",
    "DistributionStore",
    "MemoryStore",
    "Outlier",
    "UnitCost",
    "load_benchmarks",
    "peer_outlier",
    "project_unit_costs",
    "table_outlier",
    "unit_costs",
]
