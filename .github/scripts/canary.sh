#!/usr/bin/env bash
# Canary, verification and rollback for .github/workflows/deploy.yml, on the current kubectl context.
#
#   canary.sh run RENDERED       apply the rendered ConfigMaps and a 1-replica <name>-canary copy of each
#                                app Deployment (label tailor.io/track=canary), wait for it, then watch
#                                it for CANARY_SOAK_SECONDS: readiness through kubectl port-forward every
#                                10 s, container restarts, ERROR log lines
#   canary.sh delete RENDERED    remove the canary Deployments
#   canary.sh record RENDERED    remember each Deployment's current revision (before make deploy)
#   canary.sh verify RENDERED    rollout status of every Deployment, then a readiness smoke test of each
#   canary.sh rollback RENDERED  kubectl rollout undo to the recorded revision, for each that changed
#
# RENDERED is the output of `make -s render ENV=...`. The canary pods carry the stable pods' labels
# plus tailor.io/track=canary, so the api Service and the queue send them real work.
set -euo pipefail

cmd=${1:?usage: canary.sh run|delete|record|verify|rollback RENDERED}
rendered=${2:?rendered manifest}
ns=${NAMESPACE:-tailor}
soak=${CANARY_SOAK_SECONDS:-300}
max_error_lines=${CANARY_MAX_ERROR_LINES:-0}
revisions=${REVISIONS_FILE:-${RUNNER_TEMP:-/tmp}/tailor-revisions.txt}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}

# The workloads that run our images; the collector and the device plugin are not canaried.
apps=$(yq 'select(.kind == "Deployment" and .metadata.name != "otel-collector") | .metadata.name' "$rendered" | grep -v '^---$' || true)
[ -n "$apps" ] || { echo "no app Deployment in $rendered" >&2; exit 1; }

port_of() { yq "select(.kind == \"Deployment\" and .metadata.name == \"$1\") | .spec.template.spec.containers[0].ports[0].containerPort" "$rendered"; }
# The api's first port serves TLS only (named https); the port-forward is local, so its certificate
# (for api.<env>.tailor.internal, from a CA only APIM trusts) is not checked here.
scheme_of() { [ "$(yq "select(.kind == \"Deployment\" and .metadata.name == \"$1\") | .spec.template.spec.containers[0].ports[0].name" "$rendered" | tr -d '"')" = https ] && echo https || echo http; }
timeout_of() { [ "$1" = scoring ] && echo 15m || echo 10m; }   # scoring loads the model; prod waits for a GPU node
note() { echo "$*"; echo "- $*" >> "$summary"; }

# Readiness of one Deployment's pod through a port-forward: prints 0 (ready) or 1.
probe() { # deployment local-port
  local port scheme; port=$(port_of "${1%-canary}"); scheme=$(scheme_of "${1%-canary}")
  kubectl -n "$ns" port-forward "deployment/$1" "$2:$port" >/dev/null 2>&1 &
  local pf=$! ok=1
  for _ in $(seq 1 20); do
    if curl -fsS -k -m 3 "$scheme://127.0.0.1:$2/readyz" >/dev/null 2>&1; then ok=0; break; fi
    sleep 0.5
  done
  kill "$pf" 2>/dev/null || true; wait "$pf" 2>/dev/null || true
  echo "$ok"
}

restarts() { # deployment selector labels
  kubectl -n "$ns" get pods -l "$1" -o jsonpath='{range .items[*]}{range .status.containerStatuses[*]}{.restartCount}{"\n"}{end}{end}' \
    | awk '{s += $1} END {print s + 0}'
}

case $cmd in
run)
  first=1
  for d in $apps; do kubectl -n "$ns" get deployment "$d" >/dev/null 2>&1 && first=0; done
  if [ "$first" = 1 ]; then
    note "canary: no stable Deployment in namespace $ns yet (first deployment); skipped"
    exit 0
  fi
  # New hashed ConfigMaps first: the canary pods reference them; the stable pods keep the old ones.
  yq 'select(.kind == "ConfigMap")' "$rendered" | kubectl -n "$ns" apply -f -
  for d in $apps; do
    yq "select(.kind == \"Deployment\" and .metadata.name == \"$d\")
        | .metadata.name = \"$d-canary\"
        | .metadata.labels[\"tailor.io/track\"] = \"canary\"
        | .spec.replicas = 1
        | .spec.selector.matchLabels[\"tailor.io/track\"] = \"canary\"
        | .spec.template.metadata.labels[\"tailor.io/track\"] = \"canary\"" "$rendered" \
      | kubectl -n "$ns" apply -f -
  done
  for d in $apps; do
    kubectl -n "$ns" rollout status "deployment/$d-canary" --timeout="$(timeout_of "$d")"
  done
  probes=0 failures=0 started=$SECONDS
  while (( SECONDS - started < soak )); do
    i=0
    for d in $apps; do
      i=$((i + 1)); probes=$((probes + 1))
      [ "$(probe "$d-canary" $((18080 + i)))" = 0 ] || { failures=$((failures + 1)); echo "canary $d: readiness failed"; }
    done
    sleep 10
  done
  failed=0
  for d in $apps; do
    r=$(restarts "app.kubernetes.io/name=$d,tailor.io/track=canary")
    e=$(kubectl -n "$ns" logs "deployment/$d-canary" --all-containers --since="$((soak + 600))s" 2>/dev/null \
      | grep -cE '^[0-9T:.+-]+ +ERROR ' || true)
    note "canary $d: $r restarts, $e ERROR log lines (max $max_error_lines)"
    if (( r > 0 || e > max_error_lines )); then failed=1; fi
  done
  note "canary: $failures of $probes readiness probes failed over ${soak}s"
  if (( failures > 0 || failed )); then note "canary: FAILED; the stable Deployments were not touched"; exit 1; fi
  note "canary: passed"
  ;;
delete)
  for d in $apps; do kubectl -n "$ns" delete deployment "$d-canary" --ignore-not-found --wait=false; done
  ;;
record)
  : > "$revisions"
  for d in $apps; do
    rev=$(kubectl -n "$ns" get deployment "$d" -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}' 2>/dev/null || true)
    echo "$d ${rev:-none}" | tee -a "$revisions"
  done
  ;;
verify)
  for d in otel-collector $apps; do
    kubectl -n "$ns" rollout status "deployment/$d" --timeout="$(timeout_of "$d")"
  done
  i=0 failed=0
  for d in $apps; do
    i=$((i + 1))
    if [ "$(probe "$d" $((18180 + i)))" = 0 ]; then note "$d: ready"; else note "$d: readiness FAILED"; failed=1; fi
  done
  kubectl -n "$ns" get pods -o wide
  exit "$failed"
  ;;
rollback)
  [ -s "$revisions" ] || { note "rollback: no recorded revisions"; exit 1; }
  while read -r d rev; do
    now=$(kubectl -n "$ns" get deployment "$d" -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}' 2>/dev/null || true)
    if [ "$rev" = none ] || [ -z "$now" ] || [ "$now" = "$rev" ]; then continue; fi
    kubectl -n "$ns" rollout undo "deployment/$d" --to-revision="$rev"
    kubectl -n "$ns" rollout status "deployment/$d" --timeout="$(timeout_of "$d")"
    note "rolled back $d from revision $now to $rev"
  done < "$revisions"
  note "rollback: done; the job stays failed. Revert the release in Git next (ops/runbooks/rollback.md §2)."
  ;;
*)
  echo "unknown command $cmd" >&2; exit 2
  ;;
esac
