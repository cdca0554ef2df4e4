"""Reports (报告): the review report as terminal table, JSON, HTML and Excel."""

from jixiao.reports.review_html import render_review_html
from jixiao.reports.review_json import findings_json
from jixiao.reports.review_table import print_review_table
from jixiao.reports.review_xlsx import write_review_xlsx

__all__ = ["findings_json", "print_review_table", "render_review_html", "write_review_xlsx"]
