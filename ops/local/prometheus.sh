#!/usr/bin/env bash
# Prometheus for the local suite: the Debian package's binary with ops/prometheus/local.yml (the three
# services' management ports on localhost) and the rule files of ops/prometheus/rules, on port 9090.
#   ops/local/prometheus.sh          start (or restart) it and print its URL
#   ops/local/prometheus.sh stop     stop the one this script started (var/run/prometheus.pid)
# Data under var/prometheus (2 days), log var/log/prometheus.log. PROMETHEUS_PORT, API_MANAGEMENT_PORT,
# SCORING_MANAGEMENT_PORT and WORKER_MANAGEMENT_PORT override the ports.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PROMETHEUS_PORT:-9090}
pidfile=var/run/prometheus.pid

stop() {
  [ -f "$pidfile" ] || return 0
  local pid; pid=$(cat "$pidfile")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    echo "prometheus: stopped"
  fi
  rm -f "$pidfile"
}
if [ "${1:-start}" = "stop" ]; then stop; exit 0; fi

bin=$(command -v prometheus || true)
if [ -z "$bin" ]; then
  echo "prometheus: installing the Debian package (apt)"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends prometheus >/dev/null
  bin=$(command -v prometheus)
fi
stop
if curl -fs "http://localhost:$port/-/ready" >/dev/null 2>&1; then
  echo "prometheus: port $port is taken by another Prometheus (the Debian package's service starts one:" >&2
  echo "  sudo systemctl disable --now prometheus), or set PROMETHEUS_PORT" >&2
  exit 1
fi

mkdir -p var/prometheus/data var/log var/run
sed -e "s#- rules/\*\.yml#- $PWD/ops/prometheus/rules/*.yml#" \
    -e "s#localhost:8090#localhost:${API_MANAGEMENT_PORT:-8090}#" \
    -e "s#localhost:8091#localhost:${SCORING_MANAGEMENT_PORT:-8091}#" \
    -e "s#localhost:8082#localhost:${WORKER_MANAGEMENT_PORT:-8082}#" \
    -e "s#localhost:9090#localhost:$port#" \
    ops/prometheus/local.yml > var/prometheus/prometheus.yml
nohup "$bin" --config.file=var/prometheus/prometheus.yml --storage.tsdb.path=var/prometheus/data \
  --storage.tsdb.retention.time=2d --web.listen-address="127.0.0.1:$port" --web.enable-lifecycle \
  --enable-feature=exemplar-storage > var/log/prometheus.log 2>&1 &
echo $! > "$pidfile"
for _ in $(seq 1 30); do
  if curl -fs "http://localhost:$port/-/ready" >/dev/null 2>&1; then
    q='histogram_quantile(0.95, sum by (le) (rate(tailor_job_duration_seconds_bucket[5m])))'
    echo "prometheus: http://localhost:$port (targets: http://localhost:$port/targets, alerts: http://localhost:$port/alerts)"
    echo "  end-to-end p95: http://localhost:$port/graph?g0.expr=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "$q")&g0.tab=0&g0.range_input=1h"
    exit 0
  fi
  if ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then echo "prometheus exited; see var/log/prometheus.log" >&2; tail -5 var/log/prometheus.log >&2; rm -f "$pidfile"; exit 1; fi
  sleep 0.5
done
echo "prometheus did not become ready within 15 s; see var/log/prometheus.log" >&2; exit 1
