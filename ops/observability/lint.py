#!/usr/bin/env python3
"""Offline lint of ops/dashboards/*.json and ops/prometheus/rules/*.yml (stdlib + PyYAML).

  lint.py dashboards   every dashboard is valid JSON with a unique uid; panel ids are unique; every panel
                       (rows aside) has a datasource and targets, each with a refId and an expr; the
                       datasource variable the panels name exists; every expr parses (promtool, through
                       a throw-away rule file)
  lint.py rules        every alert has labels.severity (page|ticket), annotations.summary and a
                       runbook_url that names an existing file under ops/runbooks/; `for` is one number and
                       one unit (s, m, h: Terraform turns it into ISO 8601); names are unique; every
                       recording rule used by an alert or a dashboard is defined
Exit status 1 with one line per problem.
"""
import glob, json, os, re, subprocess, sys, tempfile

import yaml

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from promql_names import metric_names  # noqa: E402

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DASHBOARDS = sorted(f for f in glob.glob(os.path.join(REPO, "ops/dashboards/*.json")) if not f.endswith("workbook.json"))
RULES = sorted(glob.glob(os.path.join(REPO, "ops/prometheus/rules/*.yml")))
rel = lambda p: os.path.relpath(p, REPO)


def grafana_to_promql(expr):
    """Replaces Grafana's variables with values promtool accepts."""
    expr = re.sub(r"\$__(rate_)?interval|\$__range", "5m", expr)
    return re.sub(r"\$\{?[a-zA-Z_]+\}?", "x", expr)


def panels_of(dashboard):
    for p in dashboard.get("panels", []):
        yield p
        for inner in p.get("panels", []):  # collapsed rows keep their panels inside
            yield inner


def lint_dashboards():
    problems, uids, exprs = [], {}, []
    for path in DASHBOARDS:
        try:
            d = json.load(open(path))
        except json.JSONDecodeError as e:
            problems.append(f"{rel(path)}: not valid JSON: {e}")
            continue
        for key in ("uid", "title", "panels", "schemaVersion"):
            if key not in d:
                problems.append(f"{rel(path)}: no {key}")
        uid = d.get("uid")
        if uid in uids:
            problems.append(f"{rel(path)}: uid {uid} also used by {uids[uid]}")
        uids[uid] = rel(path)
        if uid and not re.fullmatch(r"[a-zA-Z0-9_-]{1,40}", uid):
            problems.append(f"{rel(path)}: uid {uid!r} is not 1-40 letters, digits, - or _")
        variables = {v.get("name") for v in d.get("templating", {}).get("list", [])}
        ids = set()
        for p in panels_of(d):
            where = f"{rel(path)}: panel {p.get('id')} {p.get('title')!r}"
            if p.get("id") in ids or not isinstance(p.get("id"), int):
                problems.append(f"{where}: id missing or not unique")
            ids.add(p.get("id"))
            if "gridPos" not in p:
                problems.append(f"{where}: no gridPos")
            if p.get("type") in ("row", "text"):
                continue
            ds = p.get("datasource")
            if not isinstance(ds, dict) or not ds.get("uid") or ds.get("type") != "prometheus":
                problems.append(f"{where}: no prometheus datasource with a uid")
            elif ds["uid"].startswith("$") and ds["uid"].strip("${}") not in variables:
                problems.append(f"{where}: datasource variable {ds['uid']} is not defined in templating")
            targets = p.get("targets") or []
            if not targets:
                problems.append(f"{where}: no targets")
            refs = [t.get("refId") for t in targets]
            if len(set(refs)) != len(refs) or None in refs:
                problems.append(f"{where}: refIds missing or repeated")
            for t in targets:
                if not (t.get("expr") or "").strip():
                    problems.append(f"{where}: target {t.get('refId')} has no expr")
                else:
                    exprs.append((where, t["expr"]))
    # Syntax: promtool parses every expression as a recording rule.
    if exprs:
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
            yaml.safe_dump({"groups": [{"name": "dashboards", "rules": [
                {"record": f"dashboard_expr_{i}", "expr": grafana_to_promql(e)} for i, (_, e) in enumerate(exprs)]}]}, f)
        out = subprocess.run(["promtool", "check", "rules", f.name], capture_output=True, text=True)
        os.unlink(f.name)
        if out.returncode != 0:
            for line in (out.stdout + out.stderr).splitlines():
                m = re.search(r"group \"dashboards\", rule (\d+)", line)
                if m:
                    where, e = exprs[int(m.group(1)) - 1]
                    problems.append(f"{where}: expr does not parse: {e}")
            if not any("does not parse" in p for p in problems):
                problems.append("promtool rejected the dashboard expressions:\n" + out.stdout + out.stderr)
    return problems, exprs


def load_rules():
    rules = []
    for path in RULES:
        for g in (yaml.safe_load(open(path)) or {}).get("groups", []):
            for r in g.get("rules", []):
                rules.append((path, g, r))
    return rules


def lint_rules(dashboard_exprs=()):
    problems, names, recorded = [], {}, set()
    rules = load_rules()
    groups = {}
    for path, g, r in rules:
        if g["name"] in groups and groups[g["name"]] != path:
            problems.append(f"{rel(path)}: group {g['name']} also in {rel(groups[g['name']])}")
        groups[g["name"]] = path
        if not re.fullmatch(r"\d+[smh]", str(g.get("interval", "1m"))):
            problems.append(f"{rel(path)}: group {g['name']} interval {g.get('interval')} is not <n>s|m|h")
        if "record" in r:
            recorded.add(r["record"])
    for path, g, r in rules:
        if "alert" not in r:
            continue
        where = f"{rel(path)}: alert {r['alert']}"
        if r["alert"] in names:
            problems.append(f"{where}: also defined in {names[r['alert']]}")
        names[r["alert"]] = rel(path)
        labels, ann = r.get("labels") or {}, r.get("annotations") or {}
        if labels.get("severity") not in ("page", "ticket"):
            problems.append(f"{where}: labels.severity must be page or ticket")
        if not ann.get("summary"):
            problems.append(f"{where}: no annotations.summary")
        url = ann.get("runbook_url", "")
        m = re.search(r"(ops/runbooks/[A-Za-z0-9_./-]+\.md)(#.*)?$", url)
        if not m:
            problems.append(f"{where}: annotations.runbook_url must name a file under ops/runbooks/ (got {url!r})")
        elif not os.path.isfile(os.path.join(REPO, m.group(1))):
            problems.append(f"{where}: runbook {m.group(1)} does not exist")
        if "for" in r and not re.fullmatch(r"\d+[smh]", str(r["for"])):
            problems.append(f"{where}: for {r['for']!r} is not <n>s|m|h")
    used = [(f"{rel(p)}: {r.get('alert') or r.get('record')}", r["expr"]) for p, _, r in rules] + list(dashboard_exprs)
    for where, expr in used:
        for name in metric_names(expr):
            if ":" in name and name not in recorded:
                problems.append(f"{where}: recording rule {name} is not defined in ops/prometheus/rules")
    return problems


def main(argv):
    what = argv[1:] or ["dashboards", "rules"]
    problems, exprs = [], []
    if "dashboards" in what:
        p, exprs = lint_dashboards()
        problems += p
        print(f"dashboards: {len(DASHBOARDS)} files, {len(exprs)} panel queries")
    if "rules" in what:
        if not exprs:
            _, exprs = lint_dashboards()
        problems += lint_rules(exprs)
        print(f"rules: {len(RULES)} files, {sum(1 for _, _, r in load_rules() if 'alert' in r)} alerts")
    for p in problems:
        print(f"  FAIL {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
