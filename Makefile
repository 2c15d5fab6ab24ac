# Two commands for a newcomer: `make demo` and `make test`. Everything else is set up on the way.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NEO4J_PORT ?= 7687
export NEO4J_PORT

.PHONY: demo test lint install browser neo4j neo4j-stop clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf out/demo-store
	$(BIN)/diplograph demo --store out/demo-store -o out/demo.html

# Debian's Chromium for the browser tests of the network pages (Playwright drives it, never downloads one).
browser:
	@if [ ! -x /usr/bin/chromium ]; then apt-get update -qq && apt-get install -y -qq chromium; fi

# Lint, format check and type check (settings: pyproject.toml [tool.ruff], setup.cfg [mypy]);
# `make test` runs them first, so a lint or type error fails it.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Starts a local Neo4j unless NEO4J_URI points at one, runs every test, stops what it started.
test: $(STAMP) browser lint
	@if [ -n "$$NEO4J_URI" ]; then \
		$(BIN)/python -m pytest; \
	else \
		PYTHON=$(BIN)/python neo4j-server/server.sh start || exit $$?; \
		NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) $(BIN)/python -m pytest; rc=$$?; \
		neo4j-server/server.sh stop; exit $$rc; \
	fi

neo4j: $(STAMP)
	PYTHON=$(BIN)/python neo4j-server/server.sh start

neo4j-stop:
	neo4j-server/server.sh stop

clean:
	rm -rf out build *.egg-info .pytest_cache .mypy_cache .ruff_cache
