# Two commands do all set-up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= _site

# Dependencies are installed when pyproject.toml changes; the package itself
# (a regular, non-editable install, so tests see what users get) whenever any
# source, template or static file changes.
SOURCES := $(shell find src templates static -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: site test golden eval bench screenshots serve add clean
.DEFAULT_GOAL := site

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet hatchling ".[test,add,dask]"
	touch $@

$(VENV)/.installed: $(VENV)/.deps $(SOURCES)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	touch $@

site: $(VENV)/.installed
	$(BIN)/coverage-site build --out $(OUT)

# What the browser and HTML tests need: Debian's Chromium (driven by Playwright,
# never a downloaded browser), Java and the Nu HTML Checker from npm.
CHECKERS := /usr/bin/chromium node_modules/vnu-jar/build/dist/vnu.jar .java-ok

/usr/bin/chromium:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

.java-ok:
	java -version >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless)
	java -version 2>&1 | head -1 > $@

node_modules/vnu-jar/build/dist/vnu.jar: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	touch $@

test: $(VENV)/.installed $(CHECKERS)
	$(BIN)/python -m pytest -q

# The golden site (tests/output/seeds/): regenerate it when a change to the pages is intended.
golden: $(VENV)/.installed
	$(BIN)/python -m tests.test_golden

# Quality on the shared ECB+ corpus: reader precision/recall, story grouping,
# and the verdicts against the hand-labelled facts of ../shared/gold/facts/.
eval: $(VENV)/.installed
	$(BIN)/python bench/eval.py
	$(BIN)/python bench/facts_eval.py
	$(BIN)/python bench/margins.py

# Speed (never timed in unit tests).
$(VENV)/.bench: pyproject.toml | $(VENV)/.deps
	$(BIN)/python -m pip install --quiet ".[bench]"
	touch $@

bench: $(VENV)/.installed $(VENV)/.bench
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/robustness.py
	$(BIN)/python bench/incremental.py
	$(BIN)/python bench/dask_engine.py
	$(BIN)/python bench/blocking.py ecb seeds gen1k gen10k gen100k
	$(BIN)/python bench/peers.py
	$(BIN)/python bench/profiling.py >/dev/null

# The author's loop: preview with live reload on http://127.0.0.1:8000/
serve: $(VENV)/.installed
	$(BIN)/coverage-site serve

# Add an article: make add FILE=saved-page.html ARGS='--source "Example Wire" --published 2025-09-15'
add: $(VENV)/.installed
	@test -n "$(FILE)" || (echo "usage: make add FILE=path/to/article [ARGS='--source NAME ...']" >&2; exit 2)
	$(BIN)/coverage-site add "$(FILE)" $(ARGS)

screenshots: $(VENV)/.installed /usr/bin/chromium
	$(BIN)/python bench/screenshots.py

clean:
	rm -rf $(VENV) $(OUT) .cache build dist node_modules .java-ok
