#!/usr/bin/env bash
# After an end-to-end run: the services' logs (var/log/{api,scoring,worker}.log, or the folder given)
# are JSON lines, the worker's name the job and the trace they belong to, and no line carries the
# personal data of the résumé the run submitted (its name, e-mail addresses and phone numbers, read
# from evals/samples/resumes/backend-java-senior.md, the text of the PDF the page test uploads).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-var/log}
python3 - "$dir" evals/samples/resumes/backend-java-senior.md <<'PY'
import json, re, sys, pathlib
folder, resume = pathlib.Path(sys.argv[1]), open(sys.argv[2], encoding="utf-8").read()
name = resume.splitlines()[0].lstrip("# ").strip()
secrets = [name] + re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", resume) + re.findall(r"\+?\d[\d ()-]{7,}\d", resume)
failures, lines, jobs = [], 0, 0
for svc in ("api", "scoring", "worker"):
    path = folder / f"{svc}.log"
    if not path.exists():
        failures.append(f"{path}: missing")
        continue
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        for secret in secrets:
            if secret.lower() in line.lower():
                failures.append(f"{path}:{n}: carries personal data of the résumé ({secret[:3]}…)")
        if not line.startswith("{"):
            continue
        lines += 1
        try:
            entry = json.loads(line)
        except ValueError:
            failures.append(f"{path}:{n}: not JSON")
            continue
        job = entry.get("job.id") or (entry.get("job") or {}).get("id")
        trace = entry.get("traceId") or entry.get("trace.id") or (entry.get("trace") or {}).get("id")
        if svc == "worker" and job and trace:
            jobs += 1
if lines == 0:
    failures.append("no JSON log lines at all")
if jobs == 0:
    failures.append("no worker log line names its job.id and trace.id")
for f in failures:
    print("logs:", f, file=sys.stderr)
print(f"logs: {lines} JSON lines, {jobs} worker lines with job.id and trace.id, "
      f"{len(secrets)} personal data strings looked for" + (": FAILED" if failures else ", none found"))
sys.exit(1 if failures else 0)
PY
