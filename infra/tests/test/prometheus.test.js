// Managed Prometheus is wired end to end: cluster add-on -> DCE/DCR associations -> workspace.
import { test } from 'node:test';
import { first } from '../lib/config.js';
import { passes, fails } from './helpers.js';

export function prometheus(m) {
  const out = [];
  const one = (type, name) => m.resources.find((r) => r.type === type && (!name || r.name === name));
  const cluster = one('azurerm_kubernetes_cluster');
  if (!cluster?.body.monitor_metrics) out.push('the cluster needs monitor_metrics {} (the metrics add-on)');
  const dcr = one('azurerm_monitor_data_collection_rule');
  const account = first(first(dcr?.body.destinations)?.monitor_account);
  if (account?.monitor_account_id !== '${azurerm_monitor_workspace.this.id}') out.push('the DCR must send to the Azure Monitor workspace');
  if (dcr?.body.data_collection_endpoint_id !== '${azurerm_monitor_data_collection_endpoint.this.id}') out.push('the DCR must use the DCE');
  if (first(first(dcr?.body.data_sources)?.prometheus_forwarder)?.streams?.[0] !== 'Microsoft-PrometheusMetrics') out.push('the DCR needs a prometheus_forwarder source');
  const rule = one('azurerm_monitor_data_collection_rule_association', 'rule');
  const endpoint = one('azurerm_monitor_data_collection_rule_association', 'endpoint');
  if (rule?.body.data_collection_rule_id !== '${azurerm_monitor_data_collection_rule.this.id}') out.push('no DCRA binds the DCR to the cluster');
  if (endpoint?.body.name !== 'configurationAccessEndpoint') out.push('the DCE association must be named configurationAccessEndpoint');
  const call = m.parsed.map((p) => p.json.module?.prometheus?.[0]).find(Boolean);
  if (call?.cluster_id !== '${module.aks.id}') out.push('module.prometheus must target module.aks.id');
  return out;
}

test('managed Prometheus: workspace, DCE, DCR and both associations on the cluster', () => passes(prometheus));
test('invalid: DCE association under another name', () => fails(prometheus, 'prometheus/prometheus.tf',
  'name                        = "configurationAccessEndpoint"', 'name                        = "dce"', /configurationAccessEndpoint/));
test('invalid: DCR without the workspace destination', () => fails(prometheus, 'prometheus/prometheus.tf',
  'monitor_account_id = azurerm_monitor_workspace.this.id', 'monitor_account_id = "x"', /send to the Azure Monitor workspace/));
