# The README's two set-up commands live here: `make run` and `make test`. Both bootstrap the environment.
SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON_PREFERENCE := only-system
UV_VERSION := 0.13.9
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
PYTEST_ARGS ?=
MYPY_PACKAGES := mentor_contracts mentor_kit mentor_gateway mentor_journeys mentor_web $(patsubst services/%,mentor_%,$(wildcard services/*))

.PHONY: help bootstrap run demo test test-fast lint bench asyncapi schemas deidentifier-model clean

help:
	@echo "make run      the platform in one process with demo data (embedded defaults)"
	@echo "make demo     walk journey 1 against a running \`make run\`, printing each step"
	@echo "make test     the whole test suite (needs PostgreSQL and RabbitMQ on localhost)"
	@echo "make lint     ruff + mypy (strict) on every package: contracts, kit, gateway, services"
	@echo "make bench    benchmarks (numbers printed, not asserted)"
	@echo "make asyncapi regenerate docs/asyncapi.yaml;  make schemas  refresh event schema snapshots"
	@echo "make deidentifier-model  retrain the de-identifier's span model on the labelled set (about a minute)"

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

.venv/.synced: uv.lock pyproject.toml $(wildcard */pyproject.toml shared/*/pyproject.toml services/*/pyproject.toml tests/*/pyproject.toml) | $(UV)
	$(UV) sync --all-packages --frozen
	@touch $@

bootstrap: .venv/.synced

run: bootstrap
	.venv/bin/mentor dev

demo: bootstrap  ## walk journey 1 against `make run` (start that first, in another terminal)
	.venv/bin/mentor demo

test: bootstrap
	.venv/bin/pytest $(PYTEST_ARGS)

test-fast: bootstrap
	.venv/bin/pytest -m "not chaos" $(PYTEST_ARGS)

lint: bootstrap
	.venv/bin/ruff check .
	.venv/bin/mypy $(addprefix -p ,$(MYPY_PACKAGES))
	.venv/bin/mypy examples

bench: export BENCH_SUMMARY := $(CURDIR)/.bench-summary.jsonl
bench: bootstrap
	rm -f $(BENCH_SUMMARY)
	.venv/bin/python bench/matching_rank.py
	.venv/bin/python bench/library_search.py
	.venv/bin/python bench/outbox_pipeline.py
	.venv/bin/python bench/notifications_delivery.py
	.venv/bin/python bench/lists_and_stats.py
	.venv/bin/python bench/matching_handler.py
	.venv/bin/python bench/read_overhead.py
	.venv/bin/python bench/forum.py
	.venv/bin/python bench/first_response.py
	.venv/bin/python bench/deidentify.py
	.venv/bin/python bench/web_pages.py
	.venv/bin/python bench/soak.py  # 10 minutes: 50 people walking journeys, memory and backlog
	.venv/bin/python bench/summary.py

asyncapi: bootstrap
	.venv/bin/mentor-contracts asyncapi

schemas: bootstrap
	.venv/bin/mentor-contracts snapshot

deidentifier-model: bootstrap
	cd shared/kit && ../../.venv/bin/python -m tests.unit.privacy.train_span_model

clean:
	rm -rf .venv .tools data
