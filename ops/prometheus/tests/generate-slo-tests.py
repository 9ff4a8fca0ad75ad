# Writes tests/slo-*.test.yml from the rule files (annotations are read from them). Run from
# ops/prometheus: python3 tests/generate-slo-tests.py; then ops/observability/check.sh.
import yaml
def ann(rulefile, alert):
    for g in yaml.safe_load(open(f'rules/{rulefile}'))['groups']:
        for r in g['rules']:
            if r.get('alert') == alert: return dict(r['annotations']), dict(r['labels'])
    raise KeyError(alert)

def seg(parts):
    """parts: [(per_min, minutes)] -> promtool expanding notation for a counter"""
    out, v = [], 0.0
    first = True
    for per, mins in parts:
        if first:
            out.append(f"{v:g}+{per:g}x{mins}"); v += per*mins; first = False
        else:
            v += per; out.append(f"{v:g}+{per:g}x{mins-1}"); v += per*(mins-1)
    return " ".join(out)

slos = {
 'slo-job-latency': dict(rule='slo-job-latency.yml', prefix='JobLatency', budget=0.01, total=20,
   total_series='tailor_job_duration_excluding_model_seconds_count{application="worker",outcome="SUCCEEDED"}',
   good_series='tailor_job_duration_excluding_model_seconds_bucket{application="worker",outcome="SUCCEEDED",le="60.0"}',
   noise=('tailor_job_duration_excluding_model_seconds_bucket{application="worker",outcome="SUCCEEDED",le="+Inf"}', 'same as _count: buckets above 60 s are ignored')),
 'slo-api-availability': dict(rule='slo-api-availability.yml', prefix='ApiAvailability', budget=0.001, total=100,
   ok_series='http_server_requests_seconds_count{application="api",method="POST",uri="/v1/jobs",status="202",outcome="SUCCESS"}',
   bad_series='http_server_requests_seconds_count{application="api",method="POST",uri="/v1/jobs",status="503",outcome="SERVER_ERROR"}',
   noise=('http_server_requests_seconds_count{application="api",method="GET",uri="/actuator/health/readiness",status="503",outcome="SERVER_ERROR"}', 'failing probes on /actuator are not API requests')),
 'slo-job-loss': dict(rule='slo-job-loss.yml', prefix='JobLoss', budget=0.0001, total=100,
   total_series='tailor_jobs_accepted_total{application="api"}',
   bad_series='tailor_jobs_lost_total{application="api"}'),
}
N = 420
def series_for(s, bad_parts):
    """bad_parts: [(bad fraction, minutes)]; total events per minute constant."""
    T = s['total']
    tot = seg([(T, N)])
    bad = [(T*f, m) for f, m in bad_parts]
    if 'good_series' in s:  # histogram: good = total - bad
        return [(s['total_series'], tot), (s['good_series'], seg([(T - b, m) for b, m in bad]))] + \
               ([(s['noise'][0], tot)] if 'noise' in s else [])
    if 'ok_series' in s:   # counters by status: ok and bad
        return [(s['ok_series'], seg([(T - b, m) for b, m in bad])), (s['bad_series'], seg(bad)),
                (s['noise'][0], seg([(30, N)]))]
    return [(s['total_series'], tot), (s['bad_series'], seg(bad))]

for key, s in slos.items():
    b = s['budget']; F, S = s['prefix'] + 'ErrorBudgetBurnFast', s['prefix'] + 'ErrorBudgetBurnSlow'
    pct = lambda x: f"{x*100:g} %"
    cases = [
      (f"steady {pct(20*b)} bad (20x the {pct(b)} budget): the fast burn pages within the hour", [(20*b, N)], [('70m', F, True)]),
      (f"{pct(20*b)} bad for an hour, then none: the page resolves once the 5m and 30m windows are clean", [(20*b, 60), (0, N-60)], [('60m', F, True), ('95m', F, False)]),
      (f"6 h clean, then 30 min at {pct(20*b)}: the 1h window stays under 14.4x, no page yet", [(0, 360), (20*b, N-360)], [('389m', F, False)]),
      (f"6 h clean, then an hour at {pct(20*b)}: the 1h/5m pair pages alone (the 6h window is at 3.3x)", [(0, 360), (20*b, N-360)], [('7h', F, True)]),
      (f"steady {pct(8*b)} bad (8x, under 14.4x): pages through the 6h/30m pair", [(8*b, N)], [('3h', F, True)]),
      (f"steady {pct(4*b)} bad (4x): no page, a ticket through the 1d/2h pair", [(4*b, N)], [('3h', F, False), ('3h', S, True)]),
      (f"steady {pct(1.5*b)} bad (1.5x): a ticket through the 3d/6h pair only", [(1.5*b, N)], [('6h30m', F, False), ('6h30m', S, True)]),
      (f"steady {pct(0.5*b)} bad (half the budget): nothing fires", [(0.5*b, N)], [('70m', F, False), ('6h30m', F, False), ('6h30m', S, False)]),
    ]
    tests = []
    for name, bad_parts, evals in cases:
        at = []
        for t, alert, fires in evals:
            a, l = ann(s['rule'], alert)
            at.append({'eval_time': t, 'alertname': alert, 'exp_alerts': [{'exp_labels': l, 'exp_annotations': a}] if fires else []})
        tests.append({'name': name, 'interval': '1m', 'input_series': [{'series': x, 'values': v} for x, v in series_for(s, bad_parts)],
                      'alert_rule_test': at})
    if key == 'slo-job-loss':
        a, l = ann(s['rule'], 'JobLost')
        def lost(n): d = dict(a); d['description'] = d['description'].replace('{{ $value | humanize }}', n); return d
        tests.append({'name': 'one job lost at minute 30, none after: JobLost fires for the hour that counts it, then resolves',
            'interval': '1m', 'input_series': [{'series': s['total_series'], 'values': seg([(100, 240)])},
                                               {'series': s['bad_series'], 'values': '0x30 1x210'}],
            'alert_rule_test': [{'eval_time': '45m', 'alertname': 'JobLost', 'exp_alerts': [{'exp_labels': l, 'exp_annotations': lost('1')}]},
                                {'eval_time': '3h', 'alertname': 'JobLost', 'exp_alerts': []}]})
        tests.append({'name': 'nothing lost (the counter exists at zero): JobLost stays quiet',
            'interval': '1m', 'input_series': [{'series': s['total_series'], 'values': seg([(100, 240)])},
                                               {'series': s['bad_series'], 'values': '0x240'}],
            'alert_rule_test': [{'eval_time': '3h', 'alertname': 'JobLost', 'exp_alerts': []},
                                {'eval_time': '3h', 'alertname': F, 'exp_alerts': []}]})
    with open(f'tests/{key}.test.yml', 'w') as f:
        f.write(f"# promtool unit tests for rules/{s['rule']}: each burn-rate pair fires on a steady error ratio\n"
                "# above its factor and stays quiet below it or once the short window is clean.\n"
                "# Generated by tests/generate-slo-tests.py; run: ops/observability/check.sh\n")
        yaml.safe_dump({'rule_files': [f"../rules/{s['rule']}"], 'evaluation_interval': '1m', 'tests': tests}, f, sort_keys=False, width=250)
