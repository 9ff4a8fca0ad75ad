import { test } from 'node:test';
import { serviceBus, keyVault, storage, postgres } from '../lib/rules.js';
import { passes, fails } from './helpers.js';

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
