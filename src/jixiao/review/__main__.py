"""``python -m jixiao.review [docs/rules]``: regenerate the rule pages and their index."""

from __future__ import annotations

import sys
from pathlib import Path

from jixiao.review.docs import write_rule_pages

if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")
    for path in write_rule_pages(target):
        print(path)
