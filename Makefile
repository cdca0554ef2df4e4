# jixiao — the two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
DEMO_OUT ?= out/demo

.PHONY: venv demo demo-files test test-postgres bench-web lint typecheck unit bench schema clean \
	venv-compiled test-compiled

# The environment is rebuilt when the dependencies change.
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

# The demo has its own database (var/demo/), made afresh each time; your own data in
# var/jixiao.sqlite3 is never touched by it.
DEMO_DATA ?= var/demo
DEMO_ADDR ?= 127.0.0.1:8000

# The demo keeps its own random SECRET_KEY under var/demo/ (DEBUG is off, as in production).
demo: export JIXIAO_SECRET_KEY_FILE ?= $(abspath $(DEMO_DATA))/secret_key
demo: venv
	rm -f $(DEMO_DATA)/jixiao.sqlite3
	JIXIAO_DATA_DIR=$(DEMO_DATA) $(BIN)/jixiao-web migrate --noinput -v0
	JIXIAO_DATA_DIR=$(DEMO_DATA) $(BIN)/jixiao-web load_demo $(SEEDS) \
		--monitoring tests/fixtures/monitoring/round-2024-07.json \
		--evaluation tests/fixtures/evaluation/self-evaluation-2024.json
	@echo ""
	@echo "jixiao 已启动：http://$(DEMO_ADDR)/  （登录：http://$(DEMO_ADDR)/accounts/login/，公开页面：/public/，API 文档：/api/docs）"
	# DEBUG stays off (Chinese error pages; WhiteNoise serves the static files); any host name
	# may reach the demo, e.g. DEMO_ADDR=0.0.0.0:8000 from another machine of the office.
	# A queue worker runs the uploads, imports, bulk reviews and exports beside the server;
	# it stops with it (Ctrl+C).
	JIXIAO_DATA_DIR=$(DEMO_DATA) $(BIN)/jixiao-web db_worker --no-reload --interval 0.5 -v 0 & \
	worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	JIXIAO_DATA_DIR=$(DEMO_DATA) JIXIAO_ALLOWED_HOSTS="$${JIXIAO_ALLOWED_HOSTS:-*}" \
		$(BIN)/jixiao-web runserver $(DEMO_ADDR) --noreload

lint: venv
	$(BIN)/ruff check src tests bench

typecheck: venv
	$(BIN)/mypy

unit: venv
	$(BIN)/python -m pytest -q

test: lint typecheck unit

# The database tests again on PostgreSQL (.ci/run starts one and sets DATABASE_URL).
test-postgres: venv
	test -n "$(DATABASE_URL)" || (echo "DATABASE_URL is not set" && false)
	$(BIN)/python -m pytest -q tests/web

bench: venv
	$(BIN)/python bench/import_speed.py
	$(BIN)/python bench/review_speed.py
	$(BIN)/python bench/evaluation_speed.py
	$(BIN)/python bench/export_speed.py
	$(BIN)/python bench/province_year.py

# The seed documents as files: JSON, the Excel template, the published PDF/HTML, open data.
demo-files: venv
	$(BIN)/jixiao import $(SEEDS) --out $(DEMO_OUT)
	$(BIN)/jixiao template xlsx -o $(DEMO_OUT)/绩效目标表模板.xlsx
	$(BIN)/jixiao export $(SEEDS) -f pdf -o $(DEMO_OUT)/公开
	$(BIN)/jixiao export $(SEEDS) -f html -o $(DEMO_OUT)/公开
	$(BIN)/jixiao export $(SEEDS) -f csv -o $(DEMO_OUT)/开放数据
	@echo "导入结果（JSON）在 $(DEMO_OUT)/，公开文本（PDF、网页）在 $(DEMO_OUT)/公开/，开放数据在 $(DEMO_OUT)/开放数据/"

# Page latency on PostgreSQL with a province-sized dataset (needs a running PostgreSQL;
# see bench/web_latency.py for the one-time set-up).
bench-web: venv
	$(BIN)/python bench/web_latency.py
	$(BIN)/python bench/export_speed.py
	$(BIN)/python bench/province_year.py

schema: venv
	$(BIN)/jixiao schema > src/jixiao/schema/department-plan.schema.json

# The optional compiled build (docs/deploy.md, 编译版): the modules of mypyc-modules.txt
# compiled by mypyc into a wheel, installed NOT editable into its own environment, so the
# sources under src/ stay plain Python and no .so can shadow an edited .py. The C files
# and objects are kept in build/ between runs (only changed modules are recompiled).
VENV_COMPILED ?= .venv-compiled
WHEELS_COMPILED := dist/compiled

venv-compiled: venv
	# build/lib* would carry a module dropped from the list into the wheel: never reused
	rm -rf $(WHEELS_COMPILED) build/lib.* build/bdist.*
	JIXIAO_MYPYC=1 $(BIN)/python -m pip wheel --quiet --no-build-isolation --no-deps \
		-w $(WHEELS_COMPILED) .
	test -x $(VENV_COMPILED)/bin/python || $(PYTHON) -m venv $(VENV_COMPILED)
	$(VENV_COMPILED)/bin/python -m pip install --quiet --upgrade pip
	wheel=$$(ls $(WHEELS_COMPILED)/jixiao-*.whl) && \
	$(VENV_COMPILED)/bin/python -m pip install --quiet "$$wheel[dev]" && \
	$(VENV_COMPILED)/bin/python -m pip install --quiet --force-reinstall --no-deps "$$wheel"
	$(VENV_COMPILED)/bin/jixiao --version | grep -q "compiled (mypyc)" || \
		(echo "$(VENV_COMPILED) does not run the compiled build" && false)
	$(VENV_COMPILED)/bin/jixiao --version

# The grammar, review and importer tests against the compiled build; .ci/run runs them last
# (a build from nothing takes 6-9 minutes on the 2-core machine). pytest runs from the
# checkout, but `jixiao` is imported from $(VENV_COMPILED)'s site-packages (no path hack
# puts src/ first): the conftest of tests/ checks it when JIXIAO_EXPECT_COMPILED=1.
test-compiled: venv-compiled
	JIXIAO_EXPECT_COMPILED=1 $(VENV_COMPILED)/bin/python -m pytest -q -p no:cacheprovider \
		tests/grammar tests/review tests/importers

clean:
	rm -rf $(VENV) $(VENV_COMPILED) dist build out var artifacts .pytest_cache .mypy_cache .ruff_cache .hypothesis
