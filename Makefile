# Every target builds .venv/ from the lock file first, so each one works on a fresh clone.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds/documents.jsonl
GOLD ?= ../shared/gold/dev/seeds_dev.jsonl
OUT ?= out

.PHONY: setup demo test lint bench evaluate clean

$(BIN)/sitreps: pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/sitreps

setup: $(BIN)/sitreps

demo: setup
	@mkdir -p $(OUT)
	$(BIN)/sitreps extract $(SEEDS) --format table
	$(BIN)/sitreps extract $(SEEDS) --format jsonl --output $(OUT)/events.jsonl
	@echo "events written to $(OUT)/events.jsonl"

test: setup
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

evaluate: setup
	$(BIN)/sitreps evaluate --gold $(GOLD) --docs $(SEEDS)

bench: setup
	$(BIN)/sitreps bench

clean:
	rm -rf $(VENV) $(OUT) data/cache
