#!/usr/bin/env bash
# Re-make the pictures of docs/publishing.md from seed 000 (needs poppler-utils,
# libreoffice-writer-nogui, libreoffice-calc-nogui and chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=../shared/seeds/000_6fea33418e000787.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for format in docx pdf xlsx; do
  .venv/bin/jixiao export "$seed" -f "$format" -o "$work/plan-$format.$format" >/dev/null
done
libreoffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/plan-docx.docx" "$work/plan-xlsx.xlsx" >/dev/null 2>&1
pdftoppm -r 90 -png -singlefile -f 5 -l 5 "$work/plan-docx.pdf" docs/img/publish-docx
pdftoppm -r 90 -png -singlefile -f 5 -l 5 "$work/plan-pdf.pdf" docs/img/publish-pdf
pdftoppm -r 90 -png -singlefile -f 2 -l 2 "$work/plan-xlsx.pdf" docs/img/publish-xlsx
.venv/bin/python - "$seed" "$work/project.html" <<'PY'
import sys
from pathlib import Path
from jixiao.exporters.html_page import project_html, stylesheet
from jixiao.importers.api import import_file
plan = import_file(sys.argv[1])
page = (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>{stylesheet()}'
        f'</style></head><body>{project_html(plan.projects[0], 1)}</body></html>')
Path(sys.argv[2]).write_text(page, encoding="utf-8")
PY
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1000 \
  --virtual-time-budget=3000 --screenshot="$PWD/docs/img/publish-html.png" \
  "file://$work/project.html" >/dev/null 2>&1
ls -l docs/img/publish-*.png
