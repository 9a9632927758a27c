# Two commands do all set-up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= _site

# Dependencies are installed when pyproject.toml changes; the package itself
# (a regular, non-editable install, so tests see what users get) whenever any
# source, template or static file changes.
SOURCES := $(shell find src templates static -type f -not -path '*/__pycache__/*' 2>/dev/null)

.PHONY: site test eval bench serve clean
.DEFAULT_GOAL := site

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet hatchling ".[test]"
	touch $@

$(VENV)/.installed: $(VENV)/.deps $(SOURCES)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --force-reinstall .
	touch $@

site: $(VENV)/.installed
	$(BIN)/coverage-site build --out $(OUT)

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q

# Quality on the shared ECB+ corpus: reader precision/recall, story grouping.
eval: $(VENV)/.installed
	$(BIN)/python bench/eval.py

# Speed (never timed in unit tests).
bench: $(VENV)/.installed
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/robustness.py

clean:
	rm -rf $(VENV) $(OUT) .cache build dist
