#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers and has the tailor role and databases.
# With DATABASE_URL set, that database is used as it is and nothing is started.
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then
  echo "postgres: using DATABASE_URL"; exit 0
fi
cluster_version=${PG_CLUSTER_VERSION:-15}
if ! pg_isready -q -h localhost -p 5432; then
  echo "postgres: starting cluster $cluster_version/main"
  pg_ctlcluster "$cluster_version" main start
  for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
fi
as_postgres() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(as_postgres -c "select 1 from pg_roles where rolname = 'tailor'")" != "1" ]; then
  as_postgres -c "create role tailor login password 'tailor' createdb"
fi
for db in tailor tailor_test; do
  if [ "$(as_postgres -c "select 1 from pg_database where datname = '$db'")" != "1" ]; then
    as_postgres -c "create database $db owner tailor"
  fi
done
echo "postgres: ready on localhost:5432 (databases tailor, tailor_test)"
