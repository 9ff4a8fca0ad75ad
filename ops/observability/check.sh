#!/usr/bin/env bash
# Offline checks of the suite's observability as code, no service needed:
#   promtool check rules / test rules   ops/prometheus/rules/*.yml, ops/prometheus/tests/*.test.yml
#   promtool check config               ops/prometheus/local.yml (the make run Prometheus)
#   lint.py                             dashboards (JSON, datasource, exprs parse, unique ids/uids) and
#                                       rules (severity, runbook file exists, for/interval shapes)
#   metrics-used.py --doc               every metric read is in ops/observability/metrics.md
# With METRICS_URLS="http://localhost:8090/actuator/prometheus …" also fails on any metric the running
# services do not expose. --mutations: also breaks a threshold and renames a metric in a scratch copy and
# asserts that the checks then fail.
# Installs the Debian packages it needs (prometheus for promtool, python3-yaml) when absent.
set -euo pipefail
cd "$(dirname "$0")/../.."

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
apt_install() {
  echo "observability: installing $* (apt)"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
missing=()
command -v promtool >/dev/null || missing+=(prometheus)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then apt_install "${missing[@]}"; fi
python3 -c 'import yaml' 2>/dev/null || apt_install python3-yaml
python3 -c 'import yaml' 2>/dev/null || { echo "observability: python3 cannot import yaml (install python3-yaml for $(command -v python3))" >&2; exit 1; }

failed=0
step() { # name command...
  local name=$1; shift
  echo "==> $name"
  if "$@"; then echo "    PASS $name"; else echo "    FAIL $name"; failed=$((failed + 1)); fi
}

step "promtool check rules" promtool check rules ops/prometheus/rules/*.yml
step "promtool test rules" promtool test rules ops/prometheus/tests/*.test.yml
step "promtool check config (local Prometheus)" promtool check config --syntax-only ops/prometheus/local.yml
step "dashboards and rules lint" python3 ops/observability/lint.py
step "every metric documented" python3 ops/observability/metrics-used.py --doc
if [ -n "${METRICS_URLS:-}" ]; then
  step "every metric exposed by the running services" python3 ops/observability/metrics-used.py
fi

if [ "${1:-}" = "--mutations" ]; then
  # Each mutation must make at least one check fail; run on a scratch copy of ops/.
  mutate() { # description file sed-expression check...
    local what=$1 file=$2 expr=$3; shift 3
    local tmp; tmp=$(mktemp -d)
    mkdir -p "$tmp/ops"; cp -r ops/prometheus ops/dashboards ops/observability ops/runbooks "$tmp/ops/"
    sed -i -e "$expr" "$tmp/$file"
    if cmp -s "ops/${file#ops/}" "$tmp/$file"; then echo "    FAIL mutation did not apply: $what"; failed=$((failed + 1)); rm -rf "$tmp"; return; fi
    if (cd "$tmp" && "$@" >"$tmp/out" 2>&1); then
      echo "    FAIL mutation survived: $what"; failed=$((failed + 1))
    else
      echo "    PASS mutation caught: $what"; grep -m3 -E 'FAILED|FAIL |alertname|Error|error' "$tmp/out" | sed 's/^/         /'
    fi
    rm -rf "$tmp"
  }
  echo "==> mutations"
  mutate "queue age threshold 600 s -> 6000 s" ops/prometheus/rules/queue.yml 's/> 600$/> 6000/' \
    promtool test rules ops/prometheus/tests/queue.test.yml
  mutate "fast burn factor 14.4 -> 144" ops/prometheus/rules/slo-api-availability.yml 's/14\.4 \*/144 */g' \
    promtool test rules ops/prometheus/tests/slo-api-availability.test.yml
  mutate "6h/30m burn factor 6 -> 60" ops/prometheus/rules/slo-job-latency.yml 's/> (6 \* /> (60 * /g' \
    promtool test rules ops/prometheus/tests/slo-job-latency.test.yml
  mutate "SLO latency bucket 60 s -> 30 s" ops/prometheus/rules/slo-job-latency.yml 's/le=~"60|60\\\\.0"/le=~"30|30\\\\.0"/g' \
    promtool test rules ops/prometheus/tests/slo-job-latency.test.yml
  mutate "metric renamed in a rule: tailor_queue_dead_lettered -> tailor_queue_deadlettered" ops/prometheus/rules/queue.yml \
    's/tailor_queue_dead_lettered/tailor_queue_deadlettered/' promtool test rules ops/prometheus/tests/queue.test.yml
  mutate "metric renamed in a dashboard: tailor_llm_tokens_total -> tailor_llm_token_total" ops/dashboards/tailor-llm.json \
    's/tailor_llm_tokens_total/tailor_llm_token_total/' python3 ops/observability/metrics-used.py --doc
  mutate "runbook link to a file that does not exist" ops/prometheus/rules/platform.yml \
    's#alert-gpu-idle.md#alert-gpu-idel.md#' python3 ops/observability/lint.py rules
  mutate "dashboard panel without a query" ops/dashboards/tailor-queue.json \
    '0,/"expr": "max(tailor_queue_depth)"/s//"expr": ""/' python3 ops/observability/lint.py dashboards
fi

if [ "$failed" -ne 0 ]; then echo "observability: $failed check(s) failed" >&2; exit 1; fi
echo "observability: all checks passed"
