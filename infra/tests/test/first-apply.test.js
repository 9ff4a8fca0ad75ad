// Faults that only show on the first apply of an empty subscription.
import { test } from 'node:test';
import path from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { infraDir } from '../lib/config.js';
import { passes, fails } from './helpers.js';

const outputOf = (m, dir, name) => m.parsed
  .filter((p) => path.dirname(p.file) === path.join(infraDir, dir))
  .map((p) => p.json.output?.[name]?.[0]).find(Boolean);

/** AKS and APIM take their subnet ids only after the NAT gateway and NSG are associated. */
export function subnetAssociationsFirst(m) {
  const deps = JSON.stringify(outputOf(m, 'modules/network', 'subnet_ids')?.depends_on ?? []);
  return ['azurerm_subnet_nat_gateway_association.aks_nodes', 'azurerm_subnet_network_security_group_association.apim']
    .filter((want) => !deps.includes(want))
    .map((want) => `network: output subnet_ids must depend_on ${want}`);
}

/** Every resource provider the platform uses is registered by the provider block. */
export function providerRegistrations(m) {
  const wanted = ['Microsoft.PolicyInsights', 'Microsoft.Monitor', 'Microsoft.ContainerService', 'Microsoft.ApiManagement', 'Microsoft.Dashboard'];
  const p = m.parsed.find((x) => x.file === path.join(infraDir, 'envs/_root/providers.tf'))?.json.provider?.azurerm?.[0];
  const have = p?.resource_providers_to_register ?? [];
  return wanted.filter((w) => !have.includes(w)).map((w) => `providers.tf: resource_providers_to_register lacks ${w}`);
}

/** No budget start date in the past: the env roots leave it to the monitoring module's default. */
export function budgetStart(m, tfvars = envTfvars()) {
  const out = Object.entries(tfvars).filter(([, text]) => /^\s*budget_start_date\s*=/m.test(text))
    .map(([file]) => `${file}: sets budget_start_date (a past month is rejected)`);
  const v = m.parsed.filter((p) => p.file.includes('modules/monitoring')).map((p) => p.json.variable?.budget_start_date?.[0]).find(Boolean);
  if (!v || v.default !== null) out.push('monitoring: budget_start_date must default to null (the month of the first plan)');
  return out;
}

function envTfvars() {
  const dir = path.join(infraDir, 'envs');
  return Object.fromEntries(readdirSync(dir).filter((e) => e !== '_root')
    .map((e) => [`envs/${e}/${e}.auto.tfvars`, readFileSync(path.join(dir, e, `${e}.auto.tfvars`), 'utf8')]));
}

test('AKS and APIM subnets are read after their NAT and NSG associations', () => passes(subnetAssociationsFirst));
test('invalid: subnet ids without the NAT association', () => fails(subnetAssociationsFirst, 'network/outputs.tf',
  'depends_on = [azurerm_subnet_nat_gateway_association.aks_nodes, ', 'depends_on = [', /nat_gateway_association/));
test('invalid: subnet ids without the NSG association', () => fails(subnetAssociationsFirst, 'network/outputs.tf',
  ', azurerm_subnet_network_security_group_association.apim,', ',', /network_security_group_association/));

test('PolicyInsights and Monitor are registered', () => passes(providerRegistrations));
test('invalid: PolicyInsights not registered', () => fails(providerRegistrations, 'envs/_root/providers.tf',
  '"Microsoft.PolicyInsights",', '', /lacks Microsoft.PolicyInsights/));

test('the budget starts in the month of the first plan', () => passes(budgetStart));
test('invalid: monitoring budget start without a default', () => fails(budgetStart, 'monitoring/variables.tf',
  'type        = string\n  default     = null\n\n  validation {\n    condition     = var.budget_start_date', 'type        = string\n\n  validation {\n    condition     = var.budget_start_date', /default to null/));
test('invalid: an env pins a budget start date', async () => {
  const { model } = await import('./helpers.js');
  const violations = budgetStart(model(), { 'envs/dev/dev.auto.tfvars': 'budget_start_date  = "2026-01-01T00:00:00Z"\n' });
  if (!violations.some((v) => /dev.auto.tfvars: sets budget_start_date/.test(v))) throw new Error(JSON.stringify(violations));
});

/** Restricted pod security, allowed registries (this ACR only) and internal load balancers, denied on the cluster. */
export function clusterPolicies(m) {
  const out = [];
  const a = m.resources.find((r) => r.type === 'azurerm_resource_policy_assignment' && r.name === 'cluster');
  if (!a) return ['platform: no azurerm_resource_policy_assignment "cluster"'];
  if (a.body.resource_id !== '${module.aks.id}') out.push('policy assignments must target module.aks.id');
  const pol = Object.assign({}, ...m.parsed.filter((p) => p.file.endsWith('platform/policy.tf')).flatMap((p) => p.json.locals ?? [])).cluster_policies ?? {};
  const want = {
    'pod-security-restricted': 'data.azurerm_policy_set_definition.pod_security_restricted.id',
    'allowed-images': 'data.azurerm_policy_definition.allowed_images.id',
    'internal-load-balancers': 'data.azurerm_policy_definition.internal_load_balancers.id',
  };
  for (const [k, def] of Object.entries(want)) {
    if (pol[k]?.definition !== `\${${def}}`) out.push(`policy ${k} must assign ${def}`);
  }
  if (!String(JSON.stringify(pol['allowed-images']?.parameters)).includes('module.acr.login_server')) out.push('allowed-images must allow only module.acr.login_server');
  if (!String(a.body.parameters).includes('"deny"')) out.push('cluster policies must deny, not audit');
  return out;
}

test('the cluster denies non-restricted pods, foreign registries and public load balancers', () => passes(clusterPolicies));
test('invalid: allowed images not limited to this ACR', () => fails(clusterPolicies, 'platform/policy.tf',
  '${replace(module.acr.login_server, ".", "\\\\.")}', '.*', /allowed-images must allow only module.acr.login_server/));
test('invalid: policies only audit', () => fails(clusterPolicies, 'platform/policy.tf',
  'effect             = { value = "deny" }', 'effect             = { value = "audit" }', /must deny/));
test('invalid: internal load balancer policy dropped', () => fails(clusterPolicies, 'platform/policy.tf',
  'definition = data.azurerm_policy_definition.internal_load_balancers.id', 'definition = data.azurerm_policy_definition.allowed_images.id', /internal-load-balancers must assign/));
