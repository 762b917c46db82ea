# ZIF Portal. `make run` serves the portal on SQLite with all the data; `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEV_ENV := DEBUG=1
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve test lint format messages superuser schema bench clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet ".[test]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the portal and its test tools

run: $(STAMP) ## Migrate, load all data and serve on http://127.0.0.1:$(PORT) (SQLite)
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_zif
	@echo ""
	@echo "  Portal:  http://127.0.0.1:$(PORT)/es/  (English: http://127.0.0.1:$(PORT)/en/)"
	@echo "  API:     http://127.0.0.1:$(PORT)/api/v1/  (docs: /api/v1/docs/)"
	@echo "  Admin:   http://127.0.0.1:$(PORT)/es/admin/  (create an account: make superuser)"
	@echo ""
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

WORKERS ?= 3
serve: $(STAMP) ## Production server: gunicorn, DEBUG off, DATABASE_URL and SECRET_KEY required
	@test -n "$$SECRET_KEY" || { echo "Set SECRET_KEY (see .env.example)"; exit 2; }
	@test -n "$$DATABASE_URL" || { echo "Set DATABASE_URL, e.g. postgres://USER@127.0.0.1:5432/zif"; exit 2; }
	$(BIN)/python manage.py check --deploy --fail-level WARNING
	$(BIN)/python manage.py collectstatic --no-input -v0
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_zif
	$(BIN)/gunicorn zif_portal.wsgi --bind 127.0.0.1:$(PORT) --workers $(WORKERS) \
		--access-logfile - --max-requests 2000 --max-requests-jitter 200

superuser: $(STAMP) ## Create an admin account on the local database
	$(DEV_ENV) $(BIN)/python manage.py createsuperuser

test: $(STAMP) ## Run the whole test suite (DATABASE_URL picks the database)
	$(BIN)/pytest

lint: $(STAMP) ## Ruff, migrations, schema and translations checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(DEV_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(DEV_ENV) $(BIN)/python manage.py check
	$(DEV_ENV) $(BIN)/python manage.py spectacular --validate --fail-on-warn --file /dev/null

format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: $(STAMP) ## Extract interface strings and compile translations (needs GNU gettext)
	$(DEV_ENV) $(BIN)/python manage.py makemessages -l es -l en --ignore=.venv --ignore=staticfiles
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore=.venv

schema: $(STAMP) ## Write the OpenAPI schema to schema.yaml
	$(DEV_ENV) $(BIN)/python manage.py spectacular --file schema.yaml

bench: $(STAMP) ## Benchmark at scale (long tail and cached rows) on PostgreSQL and SQLite; writes bench/results.md (needs wrk)
	$(BIN)/python bench/scale.py

clean: ## Remove the virtual environment and the local database
	rm -rf $(VENV) db.sqlite3 staticfiles
