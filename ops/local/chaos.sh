#!/usr/bin/env bash
# Soak test: JOBS jobs (default 1000) through api, scoring and WORKERS worker processes
# (default 3) while a worker is killed with SIGKILL every 5-15 s; prints the tally.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=$(ops/local/java-home.sh); export JAVA_HOME
ops/local/postgres.sh
./mvnw -B -q install -DskipTests
./mvnw -B test -pl services/e2e -Dtest=ChaosTest -Dtailor.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dchaos.jobs="${JOBS:-1000}" -Dchaos.workers="${WORKERS:-3}"
cat services/e2e/target/chaos/tally.txt
