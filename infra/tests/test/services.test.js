import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serviceBus, keyVault, storage, postgres, appInsightsSecret, secretProviderObjects, runnerWrittenObjects } from '../lib/rules.js';
import { passes, fails, model } from './helpers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { infraDir } from '../lib/config.js';

test('service bus is Premium, keyless, with the jobs queue contract', () => passes(serviceBus));
test('invalid: standard service bus', () => fails(serviceBus, 'servicebus/variables.tf',
  'default = "Premium"', 'default = "Standard"', /Premium/));
test('invalid: service bus with SAS keys', () => fails(serviceBus, 'servicebus/namespace.tf',
  'local_auth_enabled            = false', 'local_auth_enabled            = true', /local_auth_enabled/));
test('invalid: queue without duplicate detection', () => fails(serviceBus, 'servicebus/queue.tf',
  'requires_duplicate_detection            = true', 'requires_duplicate_detection            = false', /duplicate/));

test('key vault has purge protection and RBAC', () => passes(keyVault));
test('invalid: key vault without purge protection', () => fails(keyVault, 'keyvault/vault.tf',
  'purge_protection_enabled      = true', 'purge_protection_enabled      = false', /purge/));

const mounted = secretProviderObjects();
const secret = (m) => appInsightsSecret(m, mounted);
test('k8s mounts appinsights-connection-string and the api\'s certificate from Key Vault', () => assert.deepEqual(mounted, ['appinsights-connection-string', 'api-tls']));
test('Terraform writes every Key Vault secret k8s mounts, gated, after the endpoint and the grant; runner.sh the api\'s certificate', () => passes(secret));
test('invalid: runner.sh no longer imports the api\'s certificate that k8s mounts', () => {
  const runner = readFileSync(path.join(infraDir, '..', 'ops', 'azure', 'runner.sh'), 'utf8').replace('az keyvault certificate import --vault-name', 'az keyvault certificate create --vault-name');
  const v = appInsightsSecret(model(), mounted, runnerWrittenObjects(model(), runner));
  assert.ok(v.some((x) => /k8s mounts Key Vault secret api-tls, which neither Terraform nor ops\/azure\/runner\.sh writes/.test(x)), JSON.stringify(v));
});
test('invalid: secret under another name than k8s mounts', () => fails(secret, 'keyvault/secrets.tf',
  'name         = "appinsights-connection-string"', 'name         = "appinsights"', /k8s mounts Key Vault secret appinsights-connection-string/));
test('invalid: secret gate defaults to a data-plane write on the first apply', () => fails(secret, 'keyvault/variables.tf',
  'type        = bool\n  default     = false', 'type        = bool\n  default     = true', /bool variable defaulting to false/));
test('invalid: secret written before the private endpoint exists', () => fails(secret, 'keyvault/secrets.tf',
  ', azurerm_private_endpoint.this]', ']', /private endpoint/));
test('invalid: secret written without the deployer grant', () => fails(secret, 'keyvault/secrets.tf',
  'role_definition_name = "Key Vault Secrets Officer"', 'role_definition_name = "Key Vault Reader"', /Secrets Officer/));
test('invalid: platform does not pass the App Insights connection string', () => fails(secret, 'platform/keyvault.tf',
  'appinsights_connection_string = module.monitoring.app_insights_connection_string', 'appinsights_connection_string = "x"', /must pass module.monitoring/));

test('storage has shared keys off and ARM-plane containers', () => passes(storage));
test('invalid: storage with shared keys', () => fails(storage, 'storage/account.tf',
  'shared_access_key_enabled        = false', 'shared_access_key_enabled        = true', /shared keys/));
test('invalid: container through the data plane', () => fails(storage, 'storage/containers.tf',
  'storage_account_id    = azurerm_storage_account.this.id', 'storage_account_name  = azurerm_storage_account.this.name', /storage_account_id/));

test('postgres is Entra-only, VNet-integrated, after its DNS link', () => passes(postgres));
test('invalid: postgres with passwords', () => fails(postgres, 'postgres/server.tf',
  'password_auth_enabled         = false', 'password_auth_enabled         = true', /Entra auth only/));
test('invalid: postgres not waiting for the link', () => fails(postgres, 'postgres/server.tf',
  'depends_on = [azurerm_private_dns_zone_virtual_network_link.this]', 'depends_on = []', /VNet link/));
