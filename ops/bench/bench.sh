#!/usr/bin/env bash
# make bench: embedding throughput (service path vs langchain4j vs a measured GEMM ceiling),
# score-match latency and steady RSS of the scoring service. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${JAVA_HOME:-$(ops/local/java-home.sh)}"
ops/local/prereqs.sh jdk
MVN=(./mvnw -B -q -pl services/scoring)
"${MVN[@]}" package -DskipTests
jar=$(ops/local/scoring-test-jar.sh bench)
JAVA=("$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Dtailor.repo.root=. -cp "$jar" io.tailor.scoring.bench.Bench)

echo "== in-process embedding throughput"
"${JAVA[@]}"

# The service part, once per model: the shipped default (fp32) and the int8 option.
service_bench() { # <label> <model> <tokenizer>
  echo "== scoring service (exec jar), $1 model"
  local port="${BENCH_PORT:-18081}" log pid
  log=$(mktemp)
  PORT=$port MANAGEMENT_PORT=$((port + 10)) TAILOR_SCORING_MODEL=$2 TAILOR_SCORING_TOKENIZER=$3 "$JAVA_HOME/bin/java" -Xmx512m -XX:+UseSerialGC \
    --enable-native-access=ALL-UNNAMED -jar services/scoring/target/scoring-*-exec.jar >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf "http://localhost:$port/readyz" >/dev/null && break
    kill -0 $pid 2>/dev/null || { echo "bench: the scoring service exited; its log:" >&2; cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  "${JAVA[@]}" service "http://localhost:$port" "$pid" || { kill $pid; rm -f "$log"; exit 1; }
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  rm -f "$log"
}
service_bench fp32 all-minilm-l6-v2.onnx all-minilm-l6-v2-tokenizer.json
service_bench int8 all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q-tokenizer.json
