# Terrascope Explorer: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
TERRASCOPE ?= sandbox
PORT ?= 0
HEADLESS ?=
export QT_QPA_PLATFORM ?= offscreen
PYTEST_ARGS ?=

.PHONY: help deps run sandbox test test-ltr test-sid lint bench translations package screenshots clean

help:
	@echo "make run        QGIS with the plugin in a dedicated profile, on the local sandbox"
	@echo "                (TERRASCOPE=production for the real service, HEADLESS=1 for a screenshot)"
	@echo "make test       the whole test suite on the host QGIS"
	@echo "make test-ltr   the same suite in a Debian trixie chroot with QGIS 3.40 LTR"
	@echo "make lint       ruff, flake8-qgis, bandit"
	@echo "make sandbox    the local Terrascope sandbox in the foreground (PORT=N to fix the port)"
	@echo "make bench      benchmarks (figures printed, nothing asserted)"
	@echo "make translations  extract the texts into i18n/*.ts (nl, fr, de) and compile them (.qm)"
	@echo "make package   dist/terrascope_explorer-<version>.zip for QGIS's \"Install from ZIP\""
	@echo "make screenshots  the README's screenshots, taken in the real QGIS from the installed zip"

deps:
	@bash .ci/deps.sh $(VENV)

run: deps
	@TERRASCOPE=$(TERRASCOPE) HEADLESS=$(HEADLESS) PORT=$(PORT) QT_QPA_PLATFORM= $(PY) -m tests.real_qgis.run

sandbox: deps
	@$(PY) -m sandbox --port $(PORT)

test: deps
	@$(PY) -m pytest $(PYTEST_ARGS)

test-ltr:
	@bash .ci/chroot.sh trixie

test-sid:
	@bash .ci/chroot.sh sid

lint: deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	# QGS201/202 are experimental guesses about ignored return values (addParameter, appendRow...)
	$(VENV)/bin/flake8 --select=QGS --extend-ignore=QGS201,QGS202 --exclude=.venv*,.cache,.build,ext_libs,sandbox,tests .
	$(VENV)/bin/bandit -q -r -c pyproject.toml .

bench: deps
	@$(PY) -m tests.bench

translations: deps
	@$(PY) .ci/translations.py

package: deps
	@$(PY) .ci/package.py

screenshots: deps
	@$(PY) -m pytest tests/test_package.py -k fresh_profile -q
	@mkdir -p docs/images
	cp artifacts/package/tour/tour-search.png docs/images/quickstart-dock.png
	cp artifacts/package/tour/tour-map.png docs/images/quickstart-map.png
	cp artifacts/package/tour/tour-timeseries.png docs/images/quickstart-timeseries.png

clean:
	rm -rf .build artifacts dist
