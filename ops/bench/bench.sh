#!/usr/bin/env bash
# make bench: embedding throughput (service path vs langchain4j vs a measured GEMM ceiling),
# score-match latency and steady RSS of the scoring service. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-$(ops/local/java-home.sh)}"
MVN=(./mvnw -B -q -o -pl services/scoring)
"${MVN[@]}" package -DskipTests
"${MVN[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# A manifest-only jar carries the classpath: onnxruntime 1.29 crashes at start-up when the
# java.class.path property is long (the same reason surefire uses one).
T=services/scoring/target
{ printf 'Manifest-Version: 1.0\nClass-Path:'
  for entry in "$PWD/$T/test-classes/" "$PWD/$T/classes/" $(tr ':' ' ' < $T/bench.classpath); do printf ' file://%s' "$entry"; done \
    | fold -w 68 | sed '2,$s/^/ /'
  printf '\n'; } > $T/bench.mf
rm -f $T/bench.jar && "$JAVA_HOME/bin/jar" --create --file $T/bench.jar --manifest $T/bench.mf
JAVA=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dtailor.repo.root=. -cp $T/bench.jar io.tailor.scoring.bench.Bench)

echo "== in-process embedding throughput"
"${JAVA[@]}" 2>/dev/null

echo "== scoring service (exec jar)"
PORT="${BENCH_PORT:-18081}"
LOG=$(mktemp)
PORT=$PORT "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED \
  -jar services/scoring/target/scoring-*-exec.jar >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null && break
  kill -0 $PID 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.5
done
"${JAVA[@]}" service "http://localhost:$PORT" "$PID" 2>/dev/null
