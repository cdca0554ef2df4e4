# jixiao — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
DEMO_OUT ?= out/demo

.PHONY: venv demo test lint typecheck unit bench schema clean

# The environment is rebuilt when the dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

demo: venv
	$(BIN)/jixiao import $(SEEDS) --out $(DEMO_OUT)
	$(BIN)/jixiao template xlsx -o $(DEMO_OUT)/绩效目标表模板.xlsx
	$(BIN)/jixiao export $(SEEDS) -f pdf -o $(DEMO_OUT)/公开
	$(BIN)/jixiao export $(SEEDS) -f html -o $(DEMO_OUT)/公开
	$(BIN)/jixiao export $(SEEDS) -f csv -o $(DEMO_OUT)/开放数据
	@echo "导入结果（JSON）在 $(DEMO_OUT)/，公开文本（PDF、网页）在 $(DEMO_OUT)/公开/，开放数据在 $(DEMO_OUT)/开放数据/"

lint: venv
	$(BIN)/ruff check src tests bench

typecheck: venv
	$(BIN)/mypy

unit: venv
	$(BIN)/python -m pytest -q

test: lint typecheck unit

bench: venv
	$(BIN)/python bench/import_speed.py
	$(BIN)/python bench/review_speed.py
	$(BIN)/python bench/export_speed.py

schema: venv
	$(BIN)/jixiao schema > src/jixiao/schema/department-plan.schema.json

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache .hypothesis
