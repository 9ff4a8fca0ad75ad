// Grafana with its dashboards from terraform apply: terraform_data in infra/modules/observability runs
// ops/azure/grafana-dashboards.sh (lib/deployer.js) whenever the instance, a dashboard the script
// imports or the script changes, after the role that lets the deploying identity write dashboards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInfra } from '../lib/config.js';
import { loadTable } from '../lib/usage.js';
import { dashboardsImport, deployerScripts, deployerTable } from '../lib/deployer.js';
import { model, mutated } from './helpers.js';

const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const GRAFANA = 'observability/grafana.tf';
const SCRIPT = 'ops/azure/grafana-dashboards.sh';

/** The real config without the block that starts with `head` (up to its closing brace at column 0). */
async function without(suffix, head) {
  let hit = false;
  const m = await loadInfra((file, text) => {
    if (!file.endsWith(suffix)) return text;
    const start = text.indexOf(head);
    if (start < 0) return text;
    hit = true;
    return text.slice(0, start) + text.slice(text.indexOf('\n}\n', start) + 3);
  });
  assert.ok(hit, `fixture did not apply: ${suffix} lacks ${head}`);
  return m;
}
const scriptWith = (from, to) => deployerScripts(loadTable(), (f, t) => {
  if (f !== SCRIPT) return t;
  assert.ok(t.includes(from), `fixture did not apply: ${SCRIPT} lacks ${from}`);
  return t.replace(from, to);
});

test('the deployer table lists exactly the Azure commands the dashboards import runs', () => assert.deepEqual(deployerTable(), []));
test('terraform apply imports every dashboard, on every change, with the role it needs', () => assert.deepEqual(dashboardsImport(model()), []));

// The resource.
test('invalid: no terraform_data imports the dashboards', async () => expectIn(
  dashboardsImport(await without(GRAFANA, 'resource "terraform_data" "dashboards"')),
  /^observability: no terraform_data with a local-exec provisioner imports the Grafana dashboards/));
test('invalid: the provisioner runs another script', async () => expectIn(
  dashboardsImport(await mutated('platform/observability.tf', '/ops/azure/grafana-dashboards.sh"', '/ops/azure/import-images.sh"')),
  /terraform_data\.dashboards: its local-exec does not run ops\/azure\/grafana-dashboards\.sh/));

// The triggers.
test('invalid: a dashboard file left out of the triggers', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, 'fileset(var.dashboards_dir, "tailor-*.json")', 'fileset(var.dashboards_dir, "tailor-[hjl]*.json")')),
  /triggers_replace does not hash tailor-queue\.json, which ops\/azure\/grafana-dashboards\.sh imports/));
test('invalid: the triggers hash no dashboard at all', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, '    dashboards = local.dashboards\n', '')),
  /triggers_replace does not hash tailor-http\.json/));
test('invalid: the script imports a file the triggers do not hash', () => expectIn(
  dashboardsImport(model(), loadTable(), scriptWith('"$dir"/tailor-*.json', '"$dir"/*.json')),
  /triggers_replace does not hash workbook\.json/));
test('invalid: a new Grafana instance does not re-run the import', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, '    grafana    = azurerm_dashboard_grafana.this.id\n', '')),
  /triggers_replace must include azurerm_dashboard_grafana\.this\.id/));
test('invalid: a changed script does not re-run the import', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, '    script     = filesha256(var.dashboards_script)\n', '')),
  /triggers_replace must include filesha256\(var\.dashboards_script\)/));

// The role.
test('invalid: the deploying identity gets no Grafana role', async () => expectIn(
  dashboardsImport(await without(GRAFANA, 'resource "azurerm_role_assignment" "grafana_dashboards_writer"')),
  /^deployer: grafana:dashboards \(az grafana folder list \(ops\/azure\/grafana-dashboards\.sh:\d+\)\) needs Microsoft\.Dashboard\/grafana\/ActAsGrafanaEditor\/action on \$\{azurerm_dashboard_grafana\.this\.id\}; the identity running terraform apply .* has: none/));
test('invalid: Grafana Viewer, which cannot write dashboards', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, 'role_definition_name = "Grafana Editor"', 'role_definition_name = "Grafana Viewer"')),
  /^deployer: grafana:dashboards .* has: Grafana Viewer on/));
test('invalid: the role goes to the operators\' group, not to the identity running terraform apply', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, 'principal_id         = local.dashboards_writer', 'principal_id         = var.grafana_admin_object_id')),
  /^deployer: grafana:dashboards .* needs Microsoft\.Dashboard\/grafana\/ActAsGrafanaEditor\/action/));
test('invalid: the import does not wait for the role', async () => expectIn(
  dashboardsImport(await mutated(GRAFANA, 'depends_on = [azurerm_role_assignment.grafana_dashboards_writer]', 'depends_on = []')),
  /must depend_on azurerm_role_assignment\.grafana_dashboards_writer/));

// The table.
test('invalid: the script runs a command the table does not list', () => expectIn(
  deployerTable(loadTable(), scriptWith('az grafana show -g', 'az grafana dashboard delete -g "$group" -n "$grafana" --dashboard x; az grafana show -g')),
  /^ops\/azure\/grafana-dashboards\.sh:\d+: az grafana dashboard delete is not in usage\/operations\.json deployer\.commands/));
test('invalid: the table keeps a command the script no longer runs', () => {
  const table = loadTable();
  table.deployer.commands['az grafana dashboard import'] = ['grafana:dashboards'];
  expectIn(deployerTable(table), /^deployer\.commands lists az grafana dashboard import, which no deployer script runs/);
});
