#!/usr/bin/env bash
# Stops the services that ops/local/run.sh started, and the local Prometheus (ops/local/prometheus.sh).
set -uo pipefail
cd "$(dirname "$0")/../.."
ops/local/prometheus.sh stop
for name in worker api scoring; do
  pidfile="var/run/$name.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "$name: stopped"
  fi
  rm -f "$pidfile"
done
