#!/usr/bin/env bash
# The smoke request through APIM, from inside the VNet (APIM is Internal): submit the sample
# résumé and job description, require a token-less call to be refused, follow the job's
# event stream for a moment, and wait for SUCCEEDED. Needs an Entra token for the api in TOKEN,
# or runs as a managed identity that holds the api's app role (the runner's does).
# usage: smoke.sh <apim_gateway_url> <api client id> [timeout seconds]
set -euo pipefail
gateway=${1:?apim gateway url}; audience=${2:?api client id}; timeout=${3:-900}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
resume=${SMOKE_RESUME:-$here/../../evals/samples/resumes/backend-java-senior.md}
job=${SMOKE_JOB:-$here/../../evals/samples/jobs/senior-backend-engineer-java-azure.txt}
base="${gateway%/}/tailor/v1/jobs"
token=${TOKEN:-$(az account get-access-token --resource "$audience" --query accessToken -o tsv)}

code=$(curl -s -o /dev/null -w '%{http_code}' "$base")
[[ $code == 401 ]] || { echo "smoke: GET without a token answered $code, want 401" >&2; exit 1; }

body=$(curl -sS --fail-with-body -H "Authorization: Bearer $token" -H "Idempotency-Key: smoke-$(date +%s)-$$" \
  -F "resume=@$resume" -F "jobDescription=<$job" "$base")
id=$(jq -r .id <<<"$body")
[[ $id =~ ^[0-9a-f-]{36}$ ]] || { echo "smoke: no job id in $body" >&2; exit 1; }
echo "smoke: job $id submitted"

# Server-sent events must arrive unbuffered through APIM: expect a first event within 20 s
# (curl ends with a timeout on the open stream; what arrived until then is in the file).
events=$(mktemp); trap 'rm -f "$events"' EXIT
curl -sSN --max-time 20 -H "Authorization: Bearer $token" -H 'Accept: text/event-stream' "$base/$id/events" -o "$events" || true
grep -q '^data:' "$events" || { echo "smoke: no event from $base/$id/events within 20 s (APIM buffering?)" >&2; exit 1; }

deadline=$((SECONDS + timeout))
while ((SECONDS < deadline)); do
  status=$(curl -sS --fail-with-body -H "Authorization: Bearer $token" "$base/$id" | jq -r .status)
  case $status in
    SUCCEEDED) echo "smoke: job $id SUCCEEDED"; exit 0 ;;
    FAILED | CANCELLED) echo "smoke: job $id ended $status" >&2; curl -sS -H "Authorization: Bearer $token" "$base/$id" >&2; exit 1 ;;
  esac
  sleep 10
done
echo "smoke: job $id still $status after ${timeout}s" >&2
exit 1
