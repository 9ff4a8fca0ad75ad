// Alerts as code: the managed Prometheus rule groups are the repository's rule files, and every alert
// in them links to a runbook that exists; Grafana and the workbook come from ops/dashboards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { infraDir, first } from '../lib/config.js';
import { passes, fails } from './helpers.js';

const repo = path.resolve(infraDir, '..');
const rulesDir = path.join(repo, 'ops/prometheus/rules');

/** Every alert of ops/prometheus/rules has annotations.runbook_url naming an existing ops/runbooks/ file. */
export function runbooks(files = ruleFiles()) {
  const out = [];
  for (const [file, text] of Object.entries(files)) {
    for (const g of parseYaml(text)?.groups ?? []) {
      for (const r of g.rules ?? []) {
        if (!r.alert) continue;
        const url = r.annotations?.runbook_url ?? '';
        const m = url.match(/(ops\/runbooks\/[A-Za-z0-9_./-]+\.md)(#.*)?$/);
        if (!m) out.push(`${file}: alert ${r.alert} has no runbook_url under ops/runbooks/`);
        else if (!existsSync(path.join(repo, m[1]))) out.push(`${file}: alert ${r.alert}: ${m[1]} does not exist`);
      }
    }
  }
  return out;
}

function ruleFiles() {
  return Object.fromEntries(readdirSync(rulesDir).filter((f) => f.endsWith('.yml'))
    .map((f) => [f, readFileSync(path.join(rulesDir, f), 'utf8')]));
}

/** The rule groups are generated from the rule files, with actions, and Grafana/workbook read ops/dashboards. */
export function observability(m) {
  const out = [];
  const one = (type) => m.resources.find((r) => r.type === type);
  const groups = one('azurerm_monitor_alert_prometheus_rule_group');
  if (!groups) return ['no azurerm_monitor_alert_prometheus_rule_group'];
  if (!/yamldecode\(file\(/.test(JSON.stringify(m.parsed.find((p) => p.file === groups.file)?.json.locals ?? [])))
    out.push('the rule groups must be read with yamldecode(file(...)) from the rule files');
  if (!String(groups.body.for_each).includes('local.rule_groups')) out.push('one rule group per group of the rule files (for_each = local.rule_groups)');
  const scopes = JSON.stringify(groups.body.scopes ?? []);
  if (!scopes.includes('var.monitor_workspace_id')) out.push('the rule groups must be scoped to the Azure Monitor workspace');
  const rule = first(first(groups.body.dynamic)?.rule);
  const content = first(rule?.content);
  if (!first(first(content?.dynamic)?.action)) out.push('alerts need an action (the action group)');
  const call = m.parsed.map((p) => p.json.module?.observability?.[0]).find(Boolean);
  if (!call) return [...out, 'module.observability is not called'];
  if (!String(call.rules_dir).endsWith('/ops/prometheus/rules')) out.push('rules_dir must be ops/prometheus/rules (the files promtool tests)');
  if (!String(call.workbook_path).endsWith('/ops/dashboards/workbook.json')) out.push('workbook_path must be ops/dashboards/workbook.json');
  if (call.monitor_workspace_id !== '${module.prometheus.workspace_id}') out.push('the rule groups and Grafana must use module.prometheus.workspace_id');
  const grafana = one('azurerm_dashboard_grafana');
  if (first(grafana?.body.azure_monitor_workspace_integrations)?.resource_id !== '${var.monitor_workspace_id}')
    out.push('Grafana must be linked to the Azure Monitor workspace');
  const roles = m.resources.filter((r) => r.type === 'azurerm_role_assignment' && r.module === groups.module);
  if (!roles.some((r) => r.body.role_definition_name === 'Monitoring Data Reader' && r.body.scope === '${var.monitor_workspace_id}'))
    out.push("Grafana's identity needs Monitoring Data Reader on the workspace");
  const wb = one('azurerm_application_insights_workbook');
  if (!String(wb?.body.data_json).includes('file(var.workbook_path)')) out.push('the workbook must come from ops/dashboards/workbook.json');
  const pg = m.resources.filter((r) => r.type === 'azurerm_monitor_metric_alert' && r.name === 'postgres');
  if (pg.length === 0) out.push('no PostgreSQL metric alerts');
  return out;
}

test('every Prometheus alert links to a runbook that exists', () => assert.deepEqual(runbooks(), []));
test('invalid: a runbook that does not exist', () => {
  const files = ruleFiles();
  files['queue.yml'] = files['queue.yml'].replace('ops/runbooks/alert-dead-letters.md', 'ops/runbooks/alert-dead-letter.md');
  assert.ok(runbooks(files).some((v) => /QueueDeadLetters: ops\/runbooks\/alert-dead-letter.md does not exist/.test(v)));
});
test('invalid: an alert without runbook_url', () => {
  const files = { 'x.yml': 'groups:\n  - name: x\n    rules:\n      - alert: X\n        expr: up == 0\n        annotations:\n          summary: s\n' };
  assert.deepEqual(runbooks(files), ['x.yml: alert X has no runbook_url under ops/runbooks/']);
});
test('the rule groups, Grafana and the workbook are generated from ops/', () => passes(observability));
test('invalid: rule groups read from somewhere else', () => fails(observability, 'platform/observability.tf',
  '"${path.module}/../../../ops/prometheus/rules"', '"${path.module}/rules"', /rules_dir must be ops\/prometheus\/rules/));
test('invalid: Grafana not linked to the workspace', () => fails(observability, 'observability/grafana.tf',
  'resource_id = var.monitor_workspace_id', 'resource_id = "x"', /linked to the Azure Monitor workspace/));
