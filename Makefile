# Two commands on a fresh machine: `make demo` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINTED = custom tests scripts examples bench

.PHONY: setup generate check-generated check-additive lint typecheck test demo demo-faults bench wheel docs clean record-walk

WHEELHOUSE := $(VENV)/wheelhouse/.complete

setup: $(STAMP) $(WHEELHOUSE)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

# What the tests that install the SDK as users do (fresh environments) install from: the
# `testing` extra's wheels, downloaded once here, so that `make test` needs no network.
$(WHEELHOUSE): pyproject.toml $(STAMP)
	rm -rf $(VENV)/wheelhouse
	$(BIN)/python -m pip download --quiet --dest $(VENV)/wheelhouse '.[testing]'
	touch $(WHEELHOUSE)

generate: $(STAMP)
	$(BIN)/python scripts/generate.py

# Fails when roundtable/ is not exactly what generation makes now (compared with the
# working tree: right after `make generate` it passes; on a clean clone it checks what
# was committed). `make test` runs the same check once, as a test.
check-generated: $(STAMP)
	$(BIN)/python scripts/generate.py --check

# The whole of `make test`, in a temporary clone, after each additive spec change in turn
# (an optional field, an enum value, an endpoint): minutes, so not part of `make test`.
check-additive: $(STAMP) $(WHEELHOUSE)
	$(BIN)/python scripts/suite_after_additive_changes.py

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

# mypy's cache is kept per set of modules: a module removed and restored (a spec change
# tried and undone) cannot meet a cache written while it was gone.
MYPY_CACHE = .mypy_cache/$(shell find roundtable -name '*.py' | sort | cksum | cut -d' ' -f1)

# The whole package, generated code included, under plain --strict: as a host project's
# mypy sees a vendored copy.
typecheck: $(STAMP)
	$(BIN)/mypy --strict --cache-dir $(MYPY_CACHE) -p roundtable
	# The examples as users write scripts: functions may go unannotated, calls are checked.
	cd examples && ../$(BIN)/mypy --strict --allow-untyped-defs --allow-untyped-calls \
		--check-untyped-defs *.py

# Generation is checked once, by tests/test_generation.py (a fresh generation compared
# with roundtable/), not here a second time.
# Over every core (a test file stays on one worker, so its module fixtures are made
# once): the subprocess-heavy tests (generation, mypy, the demo) overlap the rest.
test: $(STAMP) $(WHEELHOUSE)
	$(MAKE) --no-print-directory lint typecheck
	$(BIN)/pytest -n auto --dist loadfile

# The demo's own environment: the SDK and its `testing` extra (the server, pytest for the
# testing example), no dev tool.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed

$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DEMO_VENV)/bin/python -m pip install --quiet -e '.[testing]'
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python scripts/demo.py

# The demo against a server that fails 20% of requests: the output must not change. On the
# documented server, which honours Idempotency-Key: today's cannot have a POST retried.
demo-faults: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/python scripts/demo.py --fault-rate 0.2 --profile documented

# The API reference site, into site/: fails on a public method without its docstring
# sections, on a broken internal link, or on any other warning.
docs: $(STAMP)
	$(BIN)/python scripts/check_docstrings.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

# Contributors, by hand, never from `make test`: walk a running Round Table server (e.g.
# ../shared/tools/todays-server.sh) and write tests/fixtures/wire-walk.jsonl for the replay.
record-walk: $(STAMP)
	@test -n "$(BASE_URL)" || { echo "usage: make record-walk BASE_URL=http://127.0.0.1:18777/api/v1"; exit 2; }
	$(BIN)/python scripts/wire_walk.py --base-url "$(BASE_URL)"

bench: $(STAMP)
	$(BIN)/python bench/run.py

wheel: $(STAMP)
	$(BIN)/python -m build --wheel --outdir dist .

clean:
	rm -rf $(VENV) $(DEMO_VENV) dist build site .mypy_cache .ruff_cache
