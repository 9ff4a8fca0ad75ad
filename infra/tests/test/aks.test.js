import { test } from 'node:test';
import { aksCluster, gpuPool, identity } from '../lib/rules.js';
import { passes, fails } from './helpers.js';

test('AKS is private, Entra-only, with workload identity and add-ons', () => passes(aksCluster));
test('invalid: local accounts enabled', () => fails(aksCluster, 'aks/cluster.tf',
  'local_account_disabled              = true', 'local_account_disabled              = false', /local accounts/));
test('invalid: kubenet-style network', () => fails(aksCluster, 'aks/cluster.tf',
  'network_plugin_mode = "overlay"', 'network_plugin_mode = "none"', /overlay/));
test('invalid: workload identity off by default', () => fails(aksCluster, 'aks/variables.tf',
  'variable "workload_identity_enabled" {\n  type    = bool\n  default = true', 'variable "workload_identity_enabled" {\n  type    = bool\n  default = false', /workload identity/));

test('GPU pool is tainted, labelled, scales to zero, installs the driver', () => passes(gpuPool));
test('invalid: GPU pool without a driver setting', () => fails(gpuPool, 'aks/pool-gpu.tf',
  'gpu_driver                  = var.gpu_pool.gpu_driver\n', '', /gpu_driver/));
test('invalid: untainted GPU invariant', () => fails(gpuPool, 'conventions/matrix.tf',
  'gpu_node_taints   = ["sku=gpu:NoSchedule"]', 'gpu_node_taints   = []', /taint/));

test('workload identities federate the contract service accounts', () => passes(identity));
test('invalid: worker federated to the wrong service account', () => fails(identity, 'identity/identities.tf',
  ':worker"', ':jobs-worker"', /subject worker/));
test('invalid: federated credentials not chained', () => fails(identity, 'identity/federation.tf',
  'depends_on = [azurerm_federated_identity_credential.scoring]', '', /chained/));
test('invalid: otel collector federated to the wrong service account', () => fails(identity, 'identity/identities.tf',
  ':otel-collector"', ':otel"', /subject otel-collector/));
test('invalid: otel collector federated on another identity', () => fails(identity, 'identity/federation.tf',
  'parent_id           = azurerm_user_assigned_identity.this["otel-collector"].id', 'parent_id           = azurerm_user_assigned_identity.this["api"].id', /otel_collector must federate the otel-collector identity/));
test('invalid: otel collector without Key Vault access', () => fails(identity, 'identity/roles.tf',
  'identity = "otel-collector", role = "Key Vault Secrets User"', 'identity = "otel-collector", role = "Key Vault Reader"', /otel-collector needs Key Vault Secrets User/));
test('invalid: otel federated credential not chained', () => fails(identity, 'identity/federation.tf',
  'depends_on = [azurerm_federated_identity_credential.keda]', '', /chained/));
