#!/usr/bin/env bash
# Run bench/network.py on PostgreSQL: 13,000 districts, 4,000 local unions and 50,000
# members in the database sameside_bench_network. Prints the table recorded in
# docs/performance.md.
#
#   bench/network.sh [--fresh] [bench/network.py options...]
#
# --fresh drops and recreates the database first (needed after changing the generator's
# sizes or seed); otherwise the database is created if missing, migrated, and the network
# generated once and reused. Needs `make install` first; PostgreSQL at PG_URL (default:
# the local server, trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
DB=sameside_bench_network
export DJANGO_SETTINGS_MODULE=network.settings.dev
export DATABASE_URL=$PG_URL/$DB

if [ "${1:-}" = --fresh ]; then
  shift
  psql "$PG_URL/postgres" -q -c "DROP DATABASE IF EXISTS $DB"
fi
if ! psql "$PG_URL/postgres" -Atc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  psql "$PG_URL/postgres" -q -c "CREATE DATABASE $DB"
fi
$PY manage.py migrate --noinput -v0
$PY manage.py load_demo_content >/dev/null
$PY bench/network.py "$@"
psql "$DATABASE_URL" -Atc "SELECT 'database size: ' || pg_size_pretty(pg_database_size('$DB'))"
