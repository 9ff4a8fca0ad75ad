import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@cdktf/hcl2json';
import { no3xNames, schemaLint } from '../lib/rules.js';
import { infraDir } from '../lib/config.js';
import { model, passes, fails } from './helpers.js';

test('no azurerm 3.x attribute names', () => passes(no3xNames));
test('invalid: 3.x enable_auto_scaling', () => fails(no3xNames, 'aks/pool-user.tf',
  'auto_scaling_enabled        = true', 'enable_auto_scaling         = true', /3\.x name/));

test('every attribute and block is known to azurerm 4.55', () => passes(schemaLint));
test('invalid: unknown nested attribute', () => fails(schemaLint, 'aks/cluster.tf',
  'network_plugin_mode = "overlay"', 'network_plugin_modes = "overlay"', /unknown attribute 'network_plugin_modes'/));
test('invalid: cognitive deployment with the 3.x scale block', () => fails(schemaLint, 'openai/deployment.tf',
  '  sku {\n    name', '  scale {\n    name', /unknown attribute 'scale'/));

const envs = ['dev', 'staging', 'prod'];
for (const env of envs) {
  const dir = path.join(infraDir, 'envs', env);
  const tf = (name) => model().parsed.find((p) => p.file === path.join(dir, name)).json;

  test(`${env}: azurerm backend with Entra auth`, async () => {
    assert.deepEqual(tf('versions.tf').terraform[0].backend.azurerm, [{}]);
    const hcl = await parse(`${env}.backend.hcl`, readFileSync(path.join(dir, `${env}.backend.hcl`), 'utf8'));
    assert.equal(hcl.use_azuread_auth, true);
    assert.equal(hcl.key, `${env}/platform.tfstate`);
  });

  test(`${env}: provider is keyless and skips the data plane`, () => {
    const p = tf('providers.tf').provider.azurerm[0];
    assert.equal(p.storage_use_azuread, true);
    assert.equal(p.resource_provider_registrations, 'none');
    assert.equal(p.features[0].storage[0].data_plane_available, false);
    assert.equal(p.features[0].key_vault[0].purge_soft_delete_on_destroy, false);
  });

  test(`${env}: every variable is validated or typed for a module that validates it`, () => {
    const vars = tf('variables.tf').variable;
    // A bool needs no validation beyond its type.
    const unvalidated = Object.entries(vars).filter(([, v]) => !v[0].validation && v[0].type !== '${bool}').map(([k]) => k);
    assert.deepEqual(unvalidated.sort(), ['admin_group_name', 'openai_deployment', 'settings_overrides']);
  });
}

test('modules pin Terraform >= 1.11 and azurerm ~> 4.40; conventions stays provider-free', () => {
  const dirs = [...readdirSync(path.join(infraDir, 'modules')).map((m) => path.join(infraDir, 'modules', m)),
    ...envs.map((e) => path.join(infraDir, 'envs', e))];
  for (const dir of dirs) {
    const t = model().parsed.find((p) => p.file === path.join(dir, 'versions.tf'))?.json.terraform[0];
    assert.ok(t, `${dir} has no versions.tf`);
    assert.equal(t.required_version, '>= 1.11', dir);
    const azurerm = t.required_providers?.[0].azurerm;
    if (dir.endsWith('conventions')) assert.equal(t.required_providers, undefined);
    else assert.equal(azurerm?.version, '~> 4.40', dir);
  }
});
