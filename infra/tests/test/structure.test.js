import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lstatSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
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
test('invalid: terraform_data with a misspelt triggers_replace (it would never re-run)', () => fails(schemaLint, 'observability/grafana.tf',
  'triggers_replace = {', 'trigger_replace = {', /terraform_data\.dashboards: unknown attribute 'trigger_replace'/));

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

// One source of truth: each env root links the shared code in envs/_root; only env.tf,
// <env>.backend.hcl and <env>.auto.tfvars are its own.
const shared = ['main.tf', 'outputs.tf', 'providers.tf', 'variables.tf', 'versions.tf'];
const sharedDir = path.join(infraDir, 'envs', '_root');
function envRootLayout(m) {
  const out = [];
  for (const env of envs) {
    const dir = path.join(infraDir, 'envs', env);
    for (const name of shared) {
      const file = path.join(dir, name);
      const linked = lstatSync(file).isSymbolicLink() && realpathSync(file) === realpathSync(path.join(sharedDir, name));
      if (!linked) out.push(`${env}/${name} must be a symlink to ../_root/${name}`);
    }
    const local = m.parsed.find((p) => p.file === path.join(dir, 'env.tf'))?.json.locals?.[0].env;
    if (local !== env) out.push(`${env}/env.tf must set local.env = "${env}", got ${local}`);
  }
  const call = m.parsed.find((p) => p.file === path.join(sharedDir, 'main.tf'))?.json.module?.platform?.[0];
  if (call?.env !== '${local.env}') out.push('_root/main.tf must pass env = local.env to module.platform');
  return out;
}

test('env roots link the shared code in envs/_root; env.tf names the env', () => passes(envRootLayout));
test('invalid: env.tf names another env', () => fails(envRootLayout, 'envs/prod/env.tf',
  'env = "prod"', 'env = "dev"', /prod\/env.tf must set local.env = "prod"/));
test('invalid: shared main.tf hard-codes the env', () => fails(envRootLayout, 'envs/_root/main.tf',
  'env                       = local.env', 'env                       = "dev"', /must pass env = local.env/));

test('modules pin Terraform >= 1.11 and azurerm ~> 4.46 (the first with every attribute used here); conventions stays provider-free', () => {
  const dirs = [...readdirSync(path.join(infraDir, 'modules')).map((m) => path.join(infraDir, 'modules', m)),
    ...envs.map((e) => path.join(infraDir, 'envs', e))];
  for (const dir of dirs) {
    const t = model().parsed.find((p) => p.file === path.join(dir, 'versions.tf'))?.json.terraform[0];
    assert.ok(t, `${dir} has no versions.tf`);
    assert.equal(t.required_version, '>= 1.11', dir);
    const azurerm = t.required_providers?.[0].azurerm;
    if (dir.endsWith('conventions')) assert.equal(t.required_providers, undefined);
    else if (dir.endsWith('entra-app')) assert.equal(t.required_providers?.[0].azuread?.version, '~> 3.0', dir);
    else assert.equal(azurerm?.version, '~> 4.46', dir);
  }
});

// Every ops/azure script the docs, workflows, Makefile and Terraform descriptions name exists
// (make up's steps are named by file; a renamed script must not leave an operator a dead name).
const repo = path.join(infraDir, '..');
function namedFiles(dir, keep) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', '.terraform', 'local'].includes(e.name) ? [] : namedFiles(full, keep);
    return keep(e.name) ? [full] : [];
  });
}
const opsTexts = () => Object.fromEntries([
  path.join(repo, 'README.md'), path.join(repo, 'Makefile'),
  ...namedFiles(path.join(repo, 'docs'), (n) => n.endsWith('.md')),
  ...namedFiles(path.join(repo, 'ops'), (n) => n.endsWith('.md') || n.endsWith('.sh')),
  ...namedFiles(path.join(repo, '.github', 'workflows'), (n) => n.endsWith('.yml')),
  ...namedFiles(infraDir, (n) => n.endsWith('.tf')),
].map((f) => [path.relative(repo, f), readFileSync(f, 'utf8')]));
function deadScriptNames(texts) {
  const out = [];
  for (const [file, text] of Object.entries(texts)) {
    for (const m of text.matchAll(/\bops\/azure\/[\w./-]*\w\.(?:sh|sql|yaml)\b/g)) {
      try { lstatSync(path.join(repo, m[0])); } catch { out.push(`${file}: names ${m[0]}, which does not exist`); }
    }
  }
  return out;
}
test('every ops/azure script named in docs, workflows and Terraform exists', () => assert.deepEqual(deadScriptNames(opsTexts()), []));
test('invalid: a variable description names a script that is not there', () => {
  const texts = { ...opsTexts(), 'infra/envs/_root/variables.tf': 'description = "ops/azure/bootstrap.sh writes it through ARM"' };
  assert.deepEqual(deadScriptNames(texts), ['infra/envs/_root/variables.tf: names ops/azure/bootstrap.sh, which does not exist']);
});
