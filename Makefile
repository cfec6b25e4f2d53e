# Haven: two commands on a fresh clone (python3 3.11+ and make only).
#   make run   - install, migrate, load starter content, serve http://127.0.0.1:8000/ and run
#                the task queue consumer beside it
#   make test  - install, lint, run every test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint migrate starter serve bench clean crisis-weights

$(STAMP): requirements.lock requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	@touch $(STAMP)

migrate: $(STAMP)
	$(PY) manage.py migrate --noinput

starter: migrate
	$(PY) manage.py load_starter

run: starter
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Haven is at http://$(HOST):$(PORT)/  (Ctrl+C stops it and the task queue)"
	@# The Huey consumer (e-mail, digests, periodic jobs) runs beside daphne; both stop together.
	@HAVEN_SITE_URL=$${HAVEN_SITE_URL:-http://$(HOST):$(PORT)} $(PY) manage.py run_huey & HUEY_PID=$$!; \
	trap 'kill $$HUEY_PID 2>/dev/null; wait $$HUEY_PID 2>/dev/null' EXIT INT TERM; \
	$(VENV)/bin/daphne -b $(HOST) -p $(PORT) config.asgi:application

lint: $(STAMP)
	$(VENV)/bin/ruff check .

test: lint
	$(PY) -m pytest

# Retrain the crisis detector's weighted-word backstop after changing tests/moderation/data/*.tsv.
crisis-weights: $(STAMP)
	$(PY) bench/train_crisis_weights.py

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
