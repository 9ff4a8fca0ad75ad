import { test } from 'node:test';
import { publicAccessOff, privateEndpoints } from '../lib/rules.js';
import { passes, fails } from './helpers.js';

test('public network access is off on every PaaS resource', () => passes(publicAccessOff));
test('invalid: key vault with public access', () => fails(publicAccessOff, 'keyvault/vault.tf',
  'public_network_access_enabled = false', 'public_network_access_enabled = true', /public_network_access_enabled/));
test('invalid: storage firewall that allows', () => fails(publicAccessOff, 'storage/account.tf',
  'default_action = "Deny"', 'default_action = "Allow"', /default_action/));

test('every PaaS resource has a private endpoint with the right group and zone', () => passes(privateEndpoints));
test('invalid: service bus endpoint with the blob group id', () => fails(privateEndpoints, 'servicebus/private-endpoint.tf',
  '["namespace"]', '["blob"]', /subresource_names/));
test('invalid: openai wired to the blob zone', () => fails(privateEndpoints, 'platform/openai.tf',
  'private_dns_zone_ids["openai"]', 'private_dns_zone_ids["blob"]', /must pass/));
test('invalid: wrong zone name in conventions', () => fails(privateEndpoints, 'conventions/dns.tf',
  '"privatelink.vaultcore.azure.net"', '"privatelink.vault.azure.net"', /conventions zone "vault"/));
test('invalid: registry without a private endpoint', () => fails(privateEndpoints, 'acr/private-endpoint.tf',
  'azurerm_container_registry.this.id', 'var.registry_id', /needs a private endpoint/));
test('invalid: endpoint without zone group', () => fails(privateEndpoints, 'keyvault/private-endpoint.tf',
  'private_dns_zone_group {', 'ip_configuration {', /zone group/));
