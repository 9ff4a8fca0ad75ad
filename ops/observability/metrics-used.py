#!/usr/bin/env python3
"""Every metric name the dashboards (ops/dashboards/*.json) and rules (ops/prometheus/rules/*.yml) read.

  metrics-used.py                         prints them: name, kind, where used
  metrics-used.py --names                 prints the service metric names only, one a line
  metrics-used.py --doc                   fails when a service metric is missing from ops/observability/metrics.md
  metrics-used.py URL...                  fails listing every service metric that none of the
  METRICS_URLS="URL URL" metrics-used.py  /actuator/prometheus endpoints exposes (a renamed metric fails)

Kinds: service (the suite must expose it), recorded (a recording rule of ops/prometheus/rules defines it),
external (Prometheus itself, kube-state-metrics or the DCGM exporter: `up`, kube_*, DCGM_*; not checked
against the services). Exit status 1 on a missing name, 2 on an endpoint that cannot be read.
"""
import glob, json, os, re, sys, urllib.request

import yaml

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from promql_names import metric_names  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
rel = lambda p: os.path.relpath(p, REPO)
EXTERNAL = re.compile(r"^(up|ALERTS|ALERTS_FOR_STATE|kube_.*|DCGM_.*|node_.*|container_.*)$")


def used():
    """{name: set(where)} over the dashboards and the rules."""
    out = {}
    for path in sorted(glob.glob(os.path.join(REPO, "ops/dashboards/*.json"))):
        if path.endswith("workbook.json"):
            continue
        d = json.load(open(path))
        panels = [q for p in d.get("panels", []) for q in [p, *p.get("panels", [])]]
        for p in panels:
            for t in p.get("targets", []):
                for n in metric_names(t.get("expr", "")):
                    out.setdefault(n, set()).add(f"{rel(path)}#{p.get('title')}")
    for path in sorted(glob.glob(os.path.join(REPO, "ops/prometheus/rules/*.yml"))):
        for g in yaml.safe_load(open(path))["groups"]:
            for r in g["rules"]:
                for n in metric_names(r["expr"]):
                    out.setdefault(n, set()).add(f"{rel(path)}:{r.get('alert') or r.get('record')}")
    return out


def kind(name):
    return "recorded" if ":" in name else "external" if EXTERNAL.match(name) else "service"


def exposed(url):
    req = urllib.request.Request(url, headers={"Accept": "text/plain;version=0.0.4"})
    with urllib.request.urlopen(req, timeout=10) as r:
        text = r.read().decode("utf-8", "replace")
    return {re.split(r"[{\s]", line, 1)[0] for line in text.splitlines() if line and not line.startswith("#")}


def main(argv):
    names = used()
    service = sorted(n for n in names if kind(n) == "service")
    args = [a for a in argv[1:] if not a.startswith("--")]
    urls = args or os.environ.get("METRICS_URLS", "").replace(",", " ").split()
    if "--names" in argv:
        print("\n".join(service))
        return 0
    if "--doc" in argv:
        # Only the first column of the tables counts: a name merely mentioned in a note is not documented.
        documented = set()
        for line in open(os.path.join(REPO, "ops/observability/metrics.md")):
            if line.startswith("| `"):
                documented |= set(re.findall(r"`([A-Za-z_:][A-Za-z0-9_:]*)`", line.split("|")[1]))
        missing = [n for n in service if n not in documented and re.sub(r"_(bucket|count|sum|max)$", "", n) not in documented]
        for n in missing:
            print(f"  FAIL {n} is used by {sorted(names[n])[0]} but not listed in ops/observability/metrics.md")
        print(f"metrics.md: {len(service) - len(missing)}/{len(service)} service metrics documented")
        return 1 if missing else 0
    if not urls:
        for n in sorted(names, key=lambda n: (kind(n), n)):
            print(f"{n:55} {kind(n):9} {', '.join(sorted(names[n])[:2])}{' …' if len(names[n]) > 2 else ''}")
        print(f"{len(names)} names: {len(service)} service, "
              f"{sum(kind(n) == 'recorded' for n in names)} recorded, {sum(kind(n) == 'external' for n in names)} external")
        return 0
    have = set()
    for url in urls:
        try:
            got = exposed(url)
        except OSError as e:
            print(f"  FAIL cannot read {url}: {e}")
            return 2
        print(f"{url}: {len(got)} sample names")
        have |= got
    # METRICS_ABSENT_OK: name prefixes a run may lack, e.g. the language-model metrics when only the
    # offline tailor runs (make test); they are listed, not failed
    absent_ok = os.environ.get("METRICS_ABSENT_OK", "").replace(",", " ").split()
    missing = [n for n in service if n not in have]
    excused = [n for n in missing if any(n.startswith(p) for p in absent_ok)]
    for n in missing:
        verdict = "absent (allowed in this run)" if n in excused else "FAIL"
        print(f"  {verdict} {n} is not exposed by any endpoint (used by {', '.join(sorted(names[n])[:3])})")
    print(f"metrics: {len(service) - len(missing)}/{len(service)} service metrics exposed"
          + (f", {len(excused)} absent as allowed" if excused else ""))
    return 1 if len(missing) > len(excused) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
