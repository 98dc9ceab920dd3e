# The README's commands. `make run` and `make test` work on a fresh clone with only
# Python 3.11+, git and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev
RUN_STAMP := $(VENV)/.installed-run
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install install-run run serve migrate demo test test-postgres lint format typecheck check messages check-messages bench bench-quick bench-cold bench-scale bench-churn bench-workers soak lighthouse clean cisco-venv scanner-eval scanner-train

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP) $(RUN_STAMP)

# What serving needs (runtime dependencies only): make run, make serve.
$(RUN_STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUN_STAMP)

# Runtime plus the dev extras (tests, linters, type checks): make test, lint, check...
install: $(STAMP)

install-run: $(RUN_STAMP)

migrate: install-run
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py ensure_schedules -v0

demo: migrate
	$(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py load_demo

## Set up everything and serve the demo marketplace at http://$(HOST):$(PORT)
run: demo
	@$(BIN)/python manage.py shell -c "from django.conf import settings as s; print(f'\n  Marketplace: http://$(HOST):$(PORT)/\n  Admin:       http://$(HOST):$(PORT)/admin/  (user {s.ADMIN_USERNAME!r}, password {s.ADMIN_PASSWORD!r})\n')"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Serve as production would (gunicorn + whitenoise); needs `collectstatic`
serve: migrate
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/gunicorn marketplace.wsgi -c gunicorn.conf.py

## Run the whole suite (SQLite unless DATABASE_URL is set)
test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .

format: install
	$(BIN)/ruff format .

## mypy over the pure modules listed in pyproject.toml ([tool.mypy] files)
typecheck: install
	$(BIN)/mypy

check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check
	$(BIN)/python manage.py check_messages

## Update the Korean catalogue from the code and templates, then compile it (GNU gettext).
## The compiled locale/ko/LC_MESSAGES/django.mo is committed: `make run` needs no gettext.
messages: install
	$(BIN)/python manage.py makemessages --locale=ko --no-obsolete \
		--ignore='.venv/*' --ignore='var/*' --ignore='tests/*' --ignore='scripts/*' --ignore='docs/*'
	$(BIN)/python manage.py compilemessages --locale=ko --ignore='.venv/*' --ignore='var/*'

## Fail when a string in code or templates is untranslated or fuzzy in a catalogue
check-messages: install
	$(BIN)/python manage.py check_messages

clean:
	rm -rf $(VENV) var db.sqlite3 db.sqlite3-* test-artifacts

## Benchmarks on PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432):
## seed (or reuse) the `bench` database, serve with gunicorn, drive load, write docs/BENCHMARKS.md
BENCH_ARGS ?=
bench: install
	$(BIN)/python scripts/bench/run.py $(BENCH_ARGS)

## The same on 10,000 skills with ~30 s of load (a few minutes in all)
bench-quick: install
	$(BIN)/python scripts/bench/run.py --quick $(BENCH_ARGS)

## Syncing on Celery workers: 2,000 generated repositories over HTTP on loopback with 1, 2 and 4
## worker processes, and the shared corpus (PostgreSQL at BENCH_PG_URL, Redis); writes docs/BENCHMARKS.md
BENCH_WORKERS_ARGS ?= --repos 2000 --workers 4,2,1 --corpus --write
bench-workers: install
	$(BIN)/python scripts/bench_workers.py $(BENCH_WORKERS_ARGS)

## Caches off (PAGE_CACHE_SECONDS=0 API_LIST_CACHE_SECONDS=0) on 100,000 skills: what a miss costs
bench-cold: install
	$(BIN)/python scripts/bench/run.py --cold $(BENCH_ARGS)

## Caches off at 10,000, 100,000 and 300,000 skills (databases bench_10k...), one table
bench-scale: install
	$(BIN)/python scripts/bench/run.py --scale $(BENCH_ARGS)

## 10 minutes, caches on, a sync changing 50 skills a minute and rankings every 5: hit share
CHURN_SECONDS ?= 600
bench-churn: install
	$(BIN)/python scripts/bench/run.py --quick --churn $(CHURN_SECONDS) $(BENCH_ARGS)

## 10 minutes of mixed traffic with event writes and scheduled jobs running (SOAK_SECONDS)
SOAK_SECONDS ?= 600
soak: install
	$(BIN)/python scripts/bench/run.py --quick --soak $(SOAK_SECONDS) $(BENCH_ARGS)

## Lighthouse (npm lighthouse@12.2.3, Chromium at CHROME_PATH or /usr/bin/chromium) on home, search,
## a skill page, a category and rankings served by gunicorn with ENV=prod: mobile/desktop, light/dark,
## the table into docs/BENCHMARKS.md. LIGHTHOUSE_ARGS=--no-write prints it only.
LIGHTHOUSE_ARGS ?=
lighthouse: install
	$(BIN)/python scripts/lighthouse/run.py $(LIGHTHOUSE_ARGS)

## Cisco's cisco-ai-skill-scanner in its own virtualenv (.venv-cisco), for side-by-side figures
cisco-venv:
	@test -x .venv-cisco/bin/python || $(PYTHON) -m venv .venv-cisco
	.venv-cisco/bin/python -m pip install --quiet 'cisco-ai-skill-scanner>=2.3,<3'

## The scanner's full evaluation: every labelled half (tune, holdout, holdout2 to holdout6; each reported separately), the shared corpus, Cisco beside, speed
scanner-eval: install cisco-venv
	$(BIN)/python scripts/scanner_eval.py --half both --cisco

## Retrain the scanner's learned second opinion on the spent sets and the corpus (scikit-learn, the optional `train` extra): cross-validated figures, then moderation/scanner/learned_model.json
scanner-train: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/scanner_train.py
