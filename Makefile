# Jembatan: `make demo` to try it, `make test` to check it. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast test-postgres lint messages compilemessages migrate worker serve production production-smoke bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependency pins change.
$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev]"
	touch $(STAMP)

install: $(STAMP) compilemessages

# Each catalogue is compiled when its .po changed, so two suites started side by side (.ci/run)
# never rewrite a .mo file the other is reading.
MO_FILES := $(patsubst %.po,%.mo,$(wildcard jembatan/locale/*/LC_MESSAGES/django.po))
compilemessages: $(MO_FILES)

jembatan/locale/%/LC_MESSAGES/django.mo: jembatan/locale/%/LC_MESSAGES/django.po | $(STAMP)
	$(BIN)/pybabel compile --statistics -d jembatan/locale -D django -l $*

# Extract new strings (needs GNU gettext), then keep the English catalogue complete.
messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l id -l en --no-obsolete --ignore ".venv/*" --ignore "var/*"
	$(BIN)/python scripts/fill_catalogue.py en
	$(BIN)/python scripts/fill_catalogue.py id /dev/null || echo "Translate the strings above in jembatan/locale/id/LC_MESSAGES/django.po"

migrate: install
	$(BIN)/python manage.py migrate --no-input

demo: install
	@HOST=$(HOST) PORT=$(PORT) BIN=$(BIN) ./scripts/demo.sh

worker: install
	$(BIN)/python manage.py db_worker

serve: install
	HOST=$(HOST) PORT=$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# Production in the foreground on PostgreSQL (DATABASE_URL) and Redis (REDIS_URL): migrates, then
# gunicorn (WEB_CONCURRENCY workers on HOST:PORT), WORKERS RQ workers (2) and the scheduler.
# Refuses an unsafe configuration and says what to set. Ctrl-C or SIGTERM stops everything.
production: install
	@exec env BIN=$(BIN) ./scripts/production.sh

# What CI checks of `make production` (a fresh database on this machine's PostgreSQL and Redis).
production-smoke: install
	@BIN=$(BIN) ./scripts/production-smoke.sh

test: install
	@./scripts/test.sh

# Everything but the tests marked slow (the whole demo loaded, worker processes started).
test-fast: install
	@./scripts/test.sh -m "not slow"

test-postgres: install
	@./scripts/test-postgres.sh

lint: $(STAMP)
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/http_baseline.py

clean:
	rm -rf $(VENV) var/static .pytest_cache .ruff_cache
