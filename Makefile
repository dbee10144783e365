# Two commands: `make run` and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup lint bench clean

$(VENV)/.geinstalleerd: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 of nieuwer is nodig.")'
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $@

.env:
	@printf 'DEBUG=true\n' > .env
	@echo ".env aangemaakt (DEBUG=true, voor lokaal gebruik)."

setup: $(VENV)/.geinstalleerd .env
	@bash scripts/systeempakketten.sh run

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py laad_programmas
	$(PY) manage.py laad_demo
	@echo ""
	@echo "Open http://$(HOST):$(PORT) en log in met een van de accounts hierboven."
	$(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	@bash scripts/systeempakketten.sh test
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) manage.py check
	DEBUG=false SECRET_KEY=controle-alleen-voor-check-deploy-niet-geheim-0123456789 \
	  ALLOWED_HOSTS=casemanagement.example.nl $(PY) manage.py check --deploy --fail-level WARNING

bench: setup
	BENCH=$(if $(QUICK),quick,$(BENCH)) $(PY) bench/run.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache
