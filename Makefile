# Every target builds .venv/ from the lock file first, so each one works on a fresh clone.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= examples/seeds/documents.jsonl
GOLD ?= ../shared/gold/dev/seeds_dev.jsonl
OUT ?= out

# Other Pythons the package supports: `make test` installs the package with `pip install .` in a fresh venv of each
# and extracts the sample articles (install-and-smoke). Each is taken from PATH, else from pyenv's versions (this
# machine's image has 3.12 and 3.13 there); one that is nowhere is skipped with a note.
OTHER_PYTHONS ?= python3.12 python3.13
LOCK_FLAGS := --universal --python-version 3.11 --generate-hashes

.PHONY: setup system-deps demo test smoke-pythons locks lint bench reliability doctor evaluate quality vendor clean

# requirements-dev.lock = requirements.lock (the runtime with the web, scale and postgres extras) + the dev tools;
# every file checked against its hash. The project itself is installed apart, editable, without dependencies.
$(BIN)/sitreps: pyproject.toml requirements.lock requirements-dev.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(BIN)/sitreps

setup: $(BIN)/sitreps

# Regenerate both locks from pyproject.toml (keeping the pinned versions; `make locks UPGRADE=--upgrade` moves them).
locks: setup
	$(BIN)/uv pip compile pyproject.toml --extra web --extra scale --extra postgres $(LOCK_FLAGS) $(UPGRADE) -o requirements.lock
	$(BIN)/uv pip compile pyproject.toml --all-extras $(LOCK_FLAGS) -c requirements.lock -o requirements-dev.lock

demo: setup
	@mkdir -p $(OUT)
	$(BIN)/sitreps extract $(SEEDS) --format table
	$(BIN)/sitreps extract $(SEEDS) --format jsonl --output $(OUT)/events.jsonl
	@echo "events written to $(OUT)/events.jsonl"
	$(BIN)/sitreps ingest $(SEEDS)
	@echo "open http://127.0.0.1:8000/ (Ctrl-C stops the server)"
	$(BIN)/sitreps serve --host 127.0.0.1 --port 8000

# Debian packages for the tests: PostgreSQL + PostGIS (store tests on the team backend) and chromium (browser
# tests). Installed when missing and root; otherwise those tests are skipped with the reason.
system-deps:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 \
	   && command -v chromium >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing PostgreSQL, PostGIS and chromium (Debian packages) for the tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-15-postgis-3 chromium >/dev/null; \
	else echo "note: PostgreSQL/PostGIS/chromium absent and not root: those tests will be skipped"; fi

test: setup system-deps
	$(BIN)/ruff check src tests
	$(BIN)/mypy
	@$(MAKE) --no-print-directory smoke-pythons
	$(BIN)/pytest

smoke-pythons:
	@for py in $(OTHER_PYTHONS); do \
	  exe=$$py; $$exe -c '' 2>/dev/null || exe=$$(ls $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$${py#python}*/bin/$$py 2>/dev/null | tail -1); \
	  if [ -z "$$exe" ]; then echo "note: $$py is not installed: its install-and-smoke run is skipped"; continue; fi; \
	  dir=$$(mktemp -d) && echo "== $$exe: pip install . in a fresh venv, then sitreps extract $(SEEDS)" \
	  && $$exe -m venv $$dir/venv && $$dir/venv/bin/pip install --quiet . \
	  && SITREPS_CACHE_DIR=$$dir/cache $$dir/venv/bin/sitreps -q extract $(SEEDS) --format jsonl -o $$dir/events.jsonl \
	  && test -s $$dir/events.jsonl && echo "$$py: $$(wc -l < $$dir/events.jsonl) events" && rm -rf $$dir || exit 1; \
	done

evaluate: setup
	$(BIN)/sitreps evaluate --gold $(GOLD) --docs $(SEEDS)

# Every quality figure of the README: the development parts, the held-out thirds, the notes, the blind sets
# (blind3 is held out: scored once, at the end of the session that added it), the villages.
quality: setup
	@for part in dev heldout; do for corpus in realistic realistic_multi; do \
	  echo "== $$corpus $$part"; \
	  $(BIN)/sitreps evaluate --by-lang --gold eval/material/$$corpus/gold_$$part.jsonl \
	    --docs eval/material/$$corpus/documents_$$part.jsonl 2>&1 | grep -E "^[a-z]{2}: |^precision"; \
	done; done
	@for part in dev heldout; do echo "== notes $$part"; $(BIN)/sitreps evaluate --notes \
	  --gold eval/material/notes/gold_$$part.jsonl --docs eval/material/notes/documents_$$part.jsonl 2>&1 \
	  | grep -E "^notes|^precision"; done
	@for set in blind blind2 blind3; do echo "== $$set"; $(BIN)/sitreps evaluate --by-lang --gold eval/material/$$set/gold.jsonl \
	  --docs eval/material/$$set/documents.jsonl 2>&1 | grep -E "^[a-z]{2}: |^precision"; done
	@echo "== villages"; $(BIN)/sitreps evaluate --villages | head -1

bench: setup
	$(BIN)/sitreps bench

# Hostile inputs, 60 s of fuzzing, 20 SIGKILLs of an ingest, 100 API clients for 60 s during an ingest.
reliability: setup
	$(BIN)/sitreps reliability

doctor: setup
	$(BIN)/sitreps doctor

# Refresh the bundled front-end libraries and the Natural Earth basemap from frontend/package.json.
vendor:
	cd frontend && npm ci --no-audit --no-fund
	python3 scripts/build_web_vendor.py

clean:
	rm -rf $(VENV) $(OUT) data/cache build
