# parley: `make run` builds the warehouse, `make test` runs the tests. Nothing needs installing by hand:
# the first target that needs the virtualenv creates it (.venv) and installs the project into it.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
VENV := $(ROOT)/.venv
PYTHON ?= python3
STAMP := $(VENV)/.parley-installed

# dagster-dbt's DbtCliResource looks for `dbt` on PATH: the venv's comes first.
export PATH := $(VENV)/bin:$(PATH)

# Input folder and warehouse file, as absolute paths (dbt runs from dbt/, so a relative path would break).
PARLEY_RAW_DIR ?= seeds
PARLEY_WAREHOUSE ?= warehouse/parley.duckdb
export PARLEY_RAW_DIR := $(abspath $(PARLEY_RAW_DIR))
export PARLEY_WAREHOUSE := $(abspath $(PARLEY_WAREHOUSE))

# Dagster's instance (run history, schedules, sensors) lives in the repository, gitignored.
export DAGSTER_HOME := $(ROOT)/.dagster_home
DOCS_PORT ?= 8080
# The docs get their own dbt target folder: dbt/target holds the parse the runs start from (marts_next), which
# a docs build (marts) would overwrite, and every run would then parse the whole project again.
DOCS_TARGET := target/docs
DAGIT_PORT ?= 3000

.PHONY: install run test dev docs lint bench clean

install: $(STAMP)

# Reinstall only when pyproject.toml changes.
$(STAMP): pyproject.toml
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet -e '.[dev]'
	@touch $@

# The Dagster instance (dagster_project/instance_config.py): a run queue of one (the warehouse has a single
# writer), no telemetry, and an event log that keeps its SQLite connections open (instance_storage.py).
$(DAGSTER_HOME)/dagster.yaml: dagster_project/instance_config.py $(STAMP)
	$(VENV)/bin/python -m dagster_project.instance_config $(DAGSTER_HOME)

run: install $(DAGSTER_HOME)/dagster.yaml
	@mkdir -p $(dir $(PARLEY_WAREHOUSE))
	$(VENV)/bin/python -m dagster_project.run
	cd dbt && $(VENV)/bin/dbt docs generate --quiet --profiles-dir . --project-dir . --target-path $(DOCS_TARGET)
	@echo "dbt docs generated in dbt/$(DOCS_TARGET) (make docs serves them)"

test: install
	$(VENV)/bin/python -m pytest

dev: install $(DAGSTER_HOME)/dagster.yaml
	$(VENV)/bin/dagster dev -w workspace.yaml -h 127.0.0.1 -p $(DAGIT_PORT)

docs: install
	@test -f dbt/$(DOCS_TARGET)/catalog.json || (cd dbt && $(VENV)/bin/dbt docs generate --quiet --profiles-dir . --project-dir . --target-path $(DOCS_TARGET))
	cd dbt && $(VENV)/bin/dbt docs serve --no-browser --profiles-dir . --project-dir . --target-path $(DOCS_TARGET) --host 127.0.0.1 --port $(DOCS_PORT)

lint: install
	$(VENV)/bin/ruff check pipelines dagster_project tests

# Scale benchmark (bench/scale.py, docs/benchmarks.md): BENCH_SIZES=1000,10000 for a shorter run; corpora and
# warehouses go to BENCH_DIR (default /tmp/parley-bench), results to $(BENCH_DIR)/results.md and .json.
BENCH_SIZES ?= 1000,10000,100000
BENCH_DIR ?= /tmp/parley-bench
bench: install
	BENCH_SIZES=$(BENCH_SIZES) BENCH_DIR=$(BENCH_DIR) $(VENV)/bin/python -m bench

clean:
	rm -rf dbt/target dbt/logs .pytest_cache .ruff_cache
