#!/usr/bin/env bash
# Soak test: JOBS jobs (default 1000) through api, scoring and WORKERS worker processes
# (default 3) while a worker is killed with SIGKILL every 5-15 s and the local PostgreSQL cluster is
# restarted PG_RESTARTS times (default 2: 5-10 s in, then every 20-40 s; 0 with DATABASE_URL); prints the tally.
set -euo pipefail
cd "$(dirname "$0")/../.."
ops/local/prereqs.sh jdk postgres
JAVA_HOME=$(ops/local/java-home.sh); export JAVA_HOME
ops/local/postgres.sh
./mvnw -B -q package -DskipTests
# The run restarts workers from copies, so a rebuild meanwhile cannot swap jars under it.
jars=services/e2e/target/chaos-jars
rm -rf "$jars" && mkdir -p "$jars"
cp services/api/target/api-*-exec.jar services/worker/target/worker-*-exec.jar services/scoring/target/scoring-*-exec.jar "$jars"/
./mvnw -B test -pl services/e2e -am -Dtest=ChaosTest -Dtailor.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchaos.jobs="${JOBS:-1000}" -Dchaos.workers="${WORKERS:-3}" -Dtailor.jars="$PWD/$jars" \
  -Dchaos.pgRestarts="$([ -n "${DATABASE_URL:-}" ] && echo 0 || echo "${PG_RESTARTS:-2}")"
cat services/e2e/target/chaos/tally.txt
