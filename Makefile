# SameSide: `make run` sets up and serves the site; `make test` sets up and runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core, at most 4; TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= auto
DEV_SETTINGS := network.settings.dev

.PHONY: run test install install-test migrate demo serve lint format browser-deps clean

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

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

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
