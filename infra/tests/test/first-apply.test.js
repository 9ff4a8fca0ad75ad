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
  const wanted = ['Microsoft.PolicyInsights', 'Microsoft.Monitor', 'Microsoft.ContainerService', 'Microsoft.ApiManagement'];
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
