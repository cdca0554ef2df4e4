"""审核报告 (the review report): the review's findings and grades as terminal table, JSON,
HTML and Excel."""

from jixiao.review_report.review_html import render_review_html
from jixiao.review_report.review_json import findings_json
from jixiao.review_report.review_table import print_review_table
from jixiao.review_report.review_xlsx import write_review_xlsx

__all__ = ["findings_json", "print_review_table", "render_review_html", "write_review_xlsx"]
