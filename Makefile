# SameSide: `make run` sets up and serves the site; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core, at most 4; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto
DEV_SETTINGS := network.settings.dev

.PHONY: run test install install-test install-production install-bench migrate demo serve serve-prod lint format browser-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

$(VENV)/.installed-production: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[production]"
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

install-production: $(VENV)/.installed-production

install-bench: $(VENV)/.installed-bench

migrate: install
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py migrate --noinput

demo: migrate
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py load_demo_content
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py create_dev_users --port $(PORT)

# Links in emails, calendar files and the sitemap follow the default Site: point it here.
serve:
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py set_site_address --hostname 127.0.0.1 --port $(PORT)
	@echo "Serving SameSide at http://127.0.0.1:$(PORT)/ (admin at /admin/)"
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

run: demo serve

# --- Production settings, locally (docs/operations.md) -----------------------------------
# network.settings.production refuses to start without SECRET_KEY, DATABASE_URL, REDIS_URL
# and WAGTAILADMIN_BASE_URL; this target, and only it, fills them in for a trial on this
# machine: a secret key generated once into a file the checkout ignores (unless SECRET_KEY
# is set), a SQLite file of its own (not the development db.sqlite3), Redis database 0 on
# this machine, plain HTTP on 127.0.0.1, tasks run at once and email printed (no worker,
# no mail server). Set any of them to use your own.
PROD_WORKERS ?= 2
PROD_DATABASE_URL ?= $(or $(DATABASE_URL),sqlite:///$(CURDIR)/db-serve-prod.sqlite3)
PROD_REDIS_URL ?= $(or $(REDIS_URL),redis://127.0.0.1:6379/0)
SECRET_KEY_FILE := .serve-prod-secret-key
PROD_ENV = DJANGO_SETTINGS_MODULE=network.settings.production \
	SECRET_KEY="$${SECRET_KEY:-$$(cat $(SECRET_KEY_FILE))}" \
	DATABASE_URL="$(PROD_DATABASE_URL)" REDIS_URL="$(PROD_REDIS_URL)" \
	WAGTAILADMIN_BASE_URL="http://127.0.0.1:$(PORT)" ALLOWED_HOSTS=127.0.0.1,localhost \
	DEBUG=0 SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 \
	TASK_BACKEND="$${TASK_BACKEND:-immediate}" \
	EMAIL_BACKEND="$${EMAIL_BACKEND:-django.core.mail.backends.console.EmailBackend}"

$(SECRET_KEY_FILE): | $(BIN)/python
	umask 077 && $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve-prod: install-production $(SECRET_KEY_FILE)
	$(PROD_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(PROD_ENV) $(BIN)/python manage.py migrate --noinput
	@# The demo content and the local accounts, when the database has no pages yet.
	@if $(PROD_ENV) $(BIN)/python manage.py shell --no-imports -c "from home.models import LoadedPage; raise SystemExit(LoadedPage.objects.exists())"; then \
		$(PROD_ENV) $(BIN)/python manage.py load_demo_content && \
		$(PROD_ENV) $(BIN)/python manage.py create_dev_users --force --port $(PORT); \
	fi
	$(PROD_ENV) $(BIN)/python manage.py set_site_address --hostname 127.0.0.1 --port $(PORT)
	@echo "Serving SameSide with production settings at http://127.0.0.1:$(PORT)/ ($(PROD_WORKERS) workers)"
	$(PROD_ENV) $(BIN)/gunicorn network.wsgi --workers $(PROD_WORKERS) --bind 127.0.0.1:$(PORT) \
		--access-logfile -

# Debian's Chromium drives the browser tests; install it when we can (root with apt).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
		if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "Chromium is not installed: browser tests will be skipped (sudo apt-get install chromium)."; \
		fi; \
	fi

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-test browser-deps lint
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=network.settings.test
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --maxprocesses=4 --dist loadgroup $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .test-media .pytest_cache
