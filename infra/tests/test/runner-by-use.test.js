// The deploy runner by use: the commands make up runs on the runner VM (ops/azure/runner.sh,
// smoke.sh and remote.sh's here-document, read with mvdan/sh's parser) against its identity's
// permissions, the tf-outputs hosts they call against the VNet's zones and records, and the
// db-grants Job (ops/azure/k8s/db-grants.yaml as runner.sh fills it in) against PostgreSQL's
// Entra-only authentication.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { runnerTable, runnerPermissions, runnerScripts, runnerEndpoints, readEnvFile, dbGrantsManifest } from '../lib/runner.js';
import { namesByUse, privateApiServer } from '../lib/names.js';
import { credentialsByUse } from '../lib/credentials.js';
import { loadTable, repoDir } from '../lib/usage.js';
import { renderOverlays, ENVS } from '../lib/render.js';
import { model, mutated } from './helpers.js';

const rendered = renderOverlays();
const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const tf = (env) => readEnvFile(path.join(repoDir, 'k8s', 'overlays', env, 'tf-outputs.env.example'));
const scriptsWith = (file, from, to) => runnerScripts(loadTable(), (f, t) => {
  if (f !== file) return t;
  assert.ok(t.includes(from), `fixture did not apply: ${file} lacks ${from}`);
  return t.replace(from, to);
});
const job = (env, from, to) => parseAllDocuments(dbGrantsManifest(tf(env), (_f, t) => {
  if (from === undefined) return t;
  assert.ok(t.includes(from), `fixture did not apply: db-grants.yaml lacks ${from}`);
  return t.replace(from, to);
})).map((d) => d.toJS()).filter(Boolean);
const RUNNER = 'ops/azure/runner.sh';

test('the runner table lists exactly the Azure commands its scripts run', () => assert.deepEqual(runnerTable(), []));
test('every command the runner runs is allowed to its identity', () => assert.deepEqual(runnerPermissions(model()), []));
test('the private API server registers in a zone the runner resolves', () => assert.deepEqual(privateApiServer(model()), []));
for (const env of ENVS) {
  test(`${env}: every tf-outputs host the runner calls resolves in the VNet`, () => {
    assert.deepEqual(runnerEndpoints(tf(env)).map((e) => e.who), ['runner $acr_login_server', 'runner $apim_gateway_url', 'runner $key_vault_name', 'runner $postgres_fqdn']);
    assert.deepEqual(namesByUse(model(), rendered[env], env, runnerEndpoints(tf(env))), []);
  });
  test(`${env}: the db-grants Job reaches PostgreSQL and ACR by private names, with a token as the api`, () => {
    const objects = [...rendered[env], ...job(env)];
    assert.ok(objects.some((o) => o.kind === 'Job' && o.metadata.name === 'db-grants'));
    assert.deepEqual(namesByUse(model(), objects, env), []);
    assert.deepEqual(credentialsByUse(model(), objects), []);
  });
}

// Permissions: drop the role.
test('invalid: the runner loses AcrPush and cannot push this commit\'s images', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'acr-push      = { role = "AcrPush", scope = module.acr.id }', '')),
  /^runner: acr:push \(skopeo copy \(ops\/azure\/runner\.sh:\d+\)\) needs Microsoft\.ContainerRegistry\/registries\/push\/write/));
test('invalid: the runner loses Cluster Admin and cannot apply the manifests', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'aks-admin     = { role = "Azure Kubernetes Service RBAC Cluster Admin", scope = module.aks.id }', '')),
  /^runner: aks:kubernetes .* needs Microsoft\.ContainerService\/managedClusters\/namespaces\/write/));
test('invalid: the runner cannot read the bundle remote.sh uploads', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'bundle-reader = {', '# bundle-reader = {')),
  /^runner: bundles:read \(az storage blob download \(ops\/azure\/remote\.sh:\d+\)\)/));
test('invalid: the cluster without Azure RBAC, where the runner\'s roles grant nothing', async () => expectIn(
  runnerPermissions(await mutated('aks/cluster.tf', 'azure_rbac_enabled     = true', 'azure_rbac_enabled     = false')),
  /^runner: aks:kubernetes .*must use Azure RBAC for Kubernetes/));
test('invalid: the runner is no PostgreSQL administrator and cannot create the worker\'s role', async () => expectIn(
  runnerPermissions(await mutated('platform/postgres.tf', 'object_id      = module.runner.principal_id', 'object_id      = var.admin_group_object_id')),
  /^runner: postgres:admin .*not an Entra administrator of PostgreSQL/));
test('invalid: psql logs in under another name than the administrator\'s', () => expectIn(
  runnerPermissions(model(), loadTable(), scriptsWith(RUNNER, 'user=${PG_ADMIN_USER:-id-$runner_vm_name}', 'user=${PG_ADMIN_USER:-$runner_vm_name}')),
  /^runner: postgres:admin .*psql must log in as the runner's identity name id-\$runner_vm_name/));
test('invalid: the runner without the api\'s app role cannot make the smoke request', async () => expectIn(
  runnerPermissions(await mutated('platform/entra.tf', 'concat(var.api_caller_object_ids, [module.runner.principal_id])', 'var.api_caller_object_ids')),
  /^runner: api:call \(curl \(ops\/azure\/smoke\.sh:\d+\)\): the runner's identity does not hold the api's app role/));
test('invalid: a new Azure command on the runner outside the table', () => expectIn(
  runnerTable(loadTable(), scriptsWith(RUNNER, 'kube\nfor phase', 'kube\naz keyvault secret set --vault-name "$key_vault_name" -n x --value y\nfor phase')),
  /^ops\/azure\/runner\.sh:\d+: az keyvault secret set is not in usage\/operations\.json runner\.commands/));
test('invalid: the table keeps a command no script runs', () => {
  const table = loadTable();
  table.runner.commands['az acr import'] = ['acr:push'];
  expectIn(runnerTable(table), /^runner\.commands lists az acr import, which no runner script runs/);
});

// Names: drop the record.
test('invalid names: the APIM gateway record dropped, so the smoke request cannot resolve APIM', async () => expectIn(
  namesByUse(await mutated('apim/dns.tf', 'resource "azurerm_private_dns_a_record" "apim"', 'resource "azurerm_private_dns_cname_record" "apim"'), rendered.dev, 'dev', runnerEndpoints(tf('dev'))),
  /^runner \$apim_gateway_url: no A record for APIM in zone azure-api\.net/));
test('invalid names: APIM\'s records leave out the gateway zone', async () => expectIn(
  namesByUse(await mutated('apim/dns.tf', '["apim_gateway", "apim_portal"', '["apim_portal"'), rendered.staging, 'staging', runnerEndpoints(tf('staging'))),
  /^runner \$apim_gateway_url: no A record for APIM in zone azure-api\.net/));
test('invalid names: the private cluster registers in a zone of its own (System)', async () => expectIn(
  privateApiServer(await mutated('platform/aks.tf', 'private_dns_zone_id        = module.network.private_dns_zone_ids["aks"]', 'private_dns_zone_id        = "System"')),
  /^runner: the private API server must register in the network module's linked zone/));
test('invalid names: no private endpoint for ACR, where the runner pushes and the Job pulls', async () => {
  const broken = await mutated('platform/acr.tf', 'private_dns_zone_ids["acr"]', 'private_dns_zone_ids["blob"]');
  expectIn(namesByUse(broken, rendered.prod, 'prod', runnerEndpoints(tf('prod'))), /^runner \$acr_login_server: no private endpoint registers/);
  expectIn(namesByUse(broken, [...rendered.prod, ...job('prod')], 'prod'), /^db-grants\/psql image: no private endpoint registers/);
});

// Credentials: put a password back.
test('invalid credentials: the db-grants Job gets a password setting back', () => expectIn(
  credentialsByUse(model(), [...rendered.dev, ...job('dev', '- {name: PGSSLMODE, value: require}', '- {name: PGSSLMODE, value: require}\n            - {name: PGPASSWORD, value: tailor}')]),
  /^db-grants\/psql: PGPASSWORD sets a secret, but postgres accepts Entra tokens only/));
test('invalid credentials: the db-grants script logs in with a fixed password', () => expectIn(
  credentialsByUse(model(), [...rendered.dev, ...job('dev', 'PGPASSWORD=$token psql', 'PGPASSWORD=tailor psql')]),
  /^db-grants\/psql: its script sets PGPASSWORD to a fixed value \(tailor\)/));
test('invalid credentials: the db-grants Job under the worker, which owns no table', () => {
  const v = credentialsByUse(model(), [...rendered.staging, ...job('staging', 'serviceAccountName: api', 'serviceAccountName: worker')]);
  expectIn(v, /^db-grants\/psql: PGUSER must be its service account's identity name \(tf-outputs worker_identity_name/);
  expectIn(v, /^db-grants\/psql: logs in as the worker identity, which is not an Entra administrator/);
});
test('invalid credentials: the api is no longer a PostgreSQL administrator', async () => expectIn(
  credentialsByUse(await mutated('platform/postgres.tf', 'object_id      = module.identity.principal_ids["api"]', 'object_id      = module.identity.principal_ids["worker"]'), [...rendered.prod, ...job('prod')]),
  /^db-grants\/psql: logs in as the api identity, which is not an Entra administrator/));
