#!/usr/bin/env bash
# Everything CI runs: the Maven build with its format check and every test on the real
# PostgreSQL and Azurite, the scoring evaluation, the web page's tests in Chromium, the image
# tarballs and their checks, then the offline Terraform, Kubernetes and workflow checks.
set -euo pipefail
trap 'echo "make test: FAILED at step: $BASH_COMMAND (exit $?)" >&2' ERR
cd "$(dirname "$0")/../.."
ops/local/prereqs.sh
JAVA_HOME=$(ops/local/java-home.sh); export JAVA_HOME
started=$(date +%s)
ops/local/postgres.sh
npm ci --prefix ops/local --no-audit --no-fund --loglevel=error
./mvnw -B verify
evals/scoring/run.sh
python3 -m unittest discover -s ops/data
ops/observability/check.sh
npm test --prefix services/web
trap 'ops/local/stop.sh >/dev/null' EXIT
SKIP_BUILD=1 ops/local/run.sh >/dev/null
services/web/run-e2e.sh http://localhost:8080
ops/local/check-logs.sh
METRICS_URLS="http://localhost:8090/actuator/prometheus http://localhost:8091/actuator/prometheus http://localhost:8082/actuator/prometheus" \
  METRICS_ABSENT_OK="gen_ai_ resilience4j_ tailor_llm_fallbacks ssl_chain_expiry" python3 ops/observability/metrics-used.py
ops/local/stop.sh
make images
ops/images/check.sh --smoke
bash infra/tests/run.sh
bash k8s/tests/run.sh
bash .github/check-workflows.sh
echo "make test: all green in $(( $(date +%s) - started )) s"
