# Every target builds .venv/ from the lock file first, so each one works on a fresh clone.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds/documents.jsonl
GOLD ?= ../shared/gold/dev/seeds_dev.jsonl
OUT ?= out

.PHONY: setup system-deps demo test lint bench evaluate clean

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

# PostgreSQL + PostGIS from Debian, for the store tests on the team backend (skipped with a reason if absent).
system-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing PostgreSQL and PostGIS (Debian packages) for the store tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-15-postgis-3 >/dev/null; \
	else echo "note: PostgreSQL/PostGIS absent and not root: the PostgreSQL store tests will be skipped"; fi

test: setup system-deps
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	$(BIN)/pytest

evaluate: setup
	$(BIN)/sitreps evaluate --gold $(GOLD) --docs $(SEEDS)

bench: setup
	$(BIN)/sitreps bench

clean:
	rm -rf $(VENV) $(OUT) data/cache
