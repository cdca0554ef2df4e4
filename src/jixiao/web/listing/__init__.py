"""One list mechanism for every list page: declared columns and filters; the filter bar,
sorting, paging with a page size, 合计 rows and 导出Excel of exactly what is filtered come
from the declaration (:class:`ListSpec`), on a QuerySet or on rows computed in Python."""

from jixiao.web.listing.engine import ListPage, run_list
from jixiao.web.listing.spec import Column, Filter, ListSpec, money, percent

__all__ = ["Column", "Filter", "ListPage", "ListSpec", "money", "percent", "run_list"]
