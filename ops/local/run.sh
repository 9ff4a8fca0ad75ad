#!/usr/bin/env bash
# Builds and starts api (8080), scoring (8081) and worker (8082) on built-in defaults:
# PostgreSQL queue, blobs under var/blobs, the offline tailor and the local identity.
set -euo pipefail
cd "$(dirname "$0")/../.."
ops/local/prereqs.sh
JAVA_HOME=$(ops/local/java-home.sh); export JAVA_HOME
ops/local/postgres.sh
mkdir -p var/log var/run var/blobs
if [ -z "${SKIP_BUILD:-}" ]; then
  echo "build: ./mvnw package (tests are make test's job)"
  ./mvnw -B -q -DskipTests package -pl services/api,services/worker,services/scoring -am
fi
ops/local/stop.sh >/dev/null 2>&1 || true

start() { # name port jar-module extra-args...
  local name=$1 port=$2 module=$3; shift 3
  local jar; jar=$(ls services/"$module"/target/"$module"-*-exec.jar)
  PORT=$port nohup "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED \
    -jar "$jar" "$@" > "var/log/$name.log" 2>&1 &
  echo $! > "var/run/$name.pid"
  echo "$name: starting on http://localhost:$port (log var/log/$name.log)"
}
await() { # name port
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$2/readyz" >/dev/null 2>&1; then echo "$1: ready"; return 0; fi
    if ! kill -0 "$(cat "var/run/$1.pid")" 2>/dev/null; then echo "$1 exited; see var/log/$1.log" >&2; tail -20 "var/log/$1.log" >&2; return 1; fi
    sleep 1
  done
  echo "$1 did not become ready within 120 s; see var/log/$1.log" >&2; return 1
}
db_args=()
if [ -n "${DATABASE_URL:-}" ]; then db_args=(--spring.datasource.url="$DATABASE_URL"); fi
start scoring 8081 scoring
start api 8080 api --spring.profiles.active=local --tailor.blob.filesystem.root="$PWD/var/blobs" "${db_args[@]}"
await api 8080
start worker 8082 worker --tailor.blob.filesystem.root="$PWD/var/blobs" --tailor.scoring.url=http://localhost:8081 "${db_args[@]}"
await scoring 8081
await worker 8082
ops/local/prometheus.sh || echo "prometheus: not started; the suite runs without it" >&2
cat <<MSG

Tailor is running: API http://localhost:8080 (Swagger UI: http://localhost:8080/swagger-ui.html)
Submit the bundled sample:
  TOKEN=\$(curl -s -X POST 'http://localhost:8080/local/token?user=ada' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -s -H "Authorization: Bearer \$TOKEN" -F resume=@evals/samples/resumes/backend-java-senior.pdf \\
       -F "jobDescription=<evals/samples/jobs/senior-backend-engineer-java-azure.txt" http://localhost:8080/v1/jobs
Stop it with: make stop
MSG
