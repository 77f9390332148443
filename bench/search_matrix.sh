#!/usr/bin/env bash
# Run bench/search.py at 1k, 10k and 100k generated entries on SQLite and on PostgreSQL,
# each size in a fresh database. Prints the tables recorded in docs/performance.md.
#
#   bench/search_matrix.sh [sqlite|postgres|both] [sizes...]
#
# Needs `make install` first; PostgreSQL at PG_URL (default: the local server, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
shift || true
sizes=${*:-1000 10000 100000}
PY=.venv/bin/python
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
export DJANGO_SETTINGS_MODULE=network.settings.dev

run_size() {
  local n=$1 requests=50
  [ "$n" -ge 100000 ] && requests=20
  $PY manage.py migrate --noinput -v0
  $PY manage.py load_demo_content >/dev/null
  $PY manage.py generate_bench_content --items "$n" --seed 1 --clear | tail -1
  $PY bench/search.py --requests "$requests"
  $PY bench/search.py --requests "$requests" --engine-only
}

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  db=/tmp/sameside_bench_sqlite.db
  export DATABASE_URL=sqlite:///$db
  for n in $sizes; do
    rm -f "$db"
    run_size "$n"
    echo "database file: $(du -h "$db" | cut -f1)"
  done
fi

if [ "$which" = postgres ] || [ "$which" = both ]; then
  export DATABASE_URL=$PG_URL/sameside_bench_pg
  for n in $sizes; do
    psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS sameside_bench_pg" \
      -c "CREATE DATABASE sameside_bench_pg"
    run_size "$n"
    psql "$DATABASE_URL" -Atc "SELECT 'database size: ' || pg_size_pretty(pg_database_size('sameside_bench_pg'))"
  done
fi
