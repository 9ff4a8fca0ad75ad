// Azure Monitor private link scope: the workspace, App Insights and the Prometheus DCE in one scope,
// one private endpoint registered in the five Azure Monitor zones (blob shared, not duplicated), and
// public ingestion off in prod on every scoped resource.
import { test } from 'node:test';
import path from 'node:path';
import { first, infraDir } from '../lib/config.js';
import { schemaLint } from '../lib/rules.js';
import { passes, fails } from './helpers.js';

const ZONES = {
  monitor: 'privatelink.monitor.azure.com',
  oms: 'privatelink.oms.opinsights.azure.com',
  ods: 'privatelink.ods.opinsights.azure.com',
  agentsvc: 'privatelink.agentsvc.azure-automation.net',
  blob: 'privatelink.blob.core.windows.net',
};
const SCOPED = {
  log_analytics: '${module.monitoring.log_analytics_workspace_id}',
  app_insights: '${module.monitoring.app_insights_id}',
  prometheus_dce: '${module.prometheus.data_collection_endpoint_id}',
};

const inDir = (m, dir) => m.parsed.filter((p) => path.dirname(p.file) === path.join(infraDir, dir));
const localsOf = (m, dir) => Object.assign({}, ...inDir(m, dir).flatMap((p) => p.json.locals ?? []));
const variableOf = (m, dir, name) => inDir(m, dir).map((p) => p.json.variable?.[name]?.[0]).find(Boolean);
const outputOf = (m, dir, name) => inDir(m, dir).map((p) => p.json.output?.[name]?.[0]).find(Boolean);
const callOf = (m, name) => inDir(m, 'modules/platform').map((p) => p.json.module?.[name]?.[0]).find(Boolean);
const conditions = (v) => (v?.validation ?? []).map((x) => String(x.condition)).join('\n');
const resource = (m, type, dir) => m.resources.filter((r) => r.type === type && r.module === path.join(infraDir, dir));

export function monitorPrivateLink(m) {
  const out = [];
  const dir = 'modules/monitor-private-link';
  const scopes = m.resources.filter((r) => r.type === 'azurerm_monitor_private_link_scope');
  if (scopes.length !== 1) return [`expected one azurerm_monitor_private_link_scope, found ${scopes.length}`];
  const scope = scopes[0];
  if (scope.module !== path.join(infraDir, dir)) out.push(`the scope belongs in ${dir}`);
  for (const mode of ['ingestion_access_mode', 'query_access_mode']) {
    if (scope.body[mode] !== `\${var.${mode}}`) out.push(`scope: ${mode} must come from var.${mode}`);
    if (!conditions(variableOf(m, dir, mode)).includes('"PrivateOnly"')) out.push(`var.${mode} must be validated to Open or PrivateOnly`);
  }

  // Scoped services: one per resource of var.scoped_resource_ids, which must name all three kinds.
  const scoped = resource(m, 'azurerm_monitor_private_link_scoped_service', dir)[0];
  if (!scoped) out.push('no azurerm_monitor_private_link_scoped_service');
  else {
    if (scoped.body.for_each !== '${var.scoped_resource_ids}') out.push('scoped services must be for_each var.scoped_resource_ids');
    if (scoped.body.scope_name !== '${azurerm_monitor_private_link_scope.this.name}') out.push('scoped services must join this scope');
    if (scoped.body.linked_resource_id !== '${each.value}') out.push('scoped services must link each.value');
  }
  const kinds = conditions(variableOf(m, dir, 'scoped_resource_ids'));
  for (const k of Object.keys(SCOPED)) if (!kinds.includes(`"${k}"`)) out.push(`var.scoped_resource_ids must require ${k}`);
  const call = callOf(m, 'monitor_private_link');
  if (!call) return [...out, 'module.monitor_private_link is never called from the platform'];
  if (path.resolve(infraDir, 'modules/platform', call.source) !== path.join(infraDir, dir)) out.push(`module.monitor_private_link must use ${dir}`);
  const ids = first(call.scoped_resource_ids) ?? {};
  for (const [k, want] of Object.entries(SCOPED)) if (ids[k] !== want) out.push(`scoped service ${k} must be ${want}, got ${ids[k]}`);
  if (outputOf(m, 'modules/prometheus', 'data_collection_endpoint_id')?.value !== '${azurerm_monitor_data_collection_endpoint.this.id}') {
    out.push('prometheus: output data_collection_endpoint_id must be the DCE the DCR and the cluster use');
  }

  // The private endpoint and its zones.
  const pe = resource(m, 'azurerm_private_endpoint', dir)[0];
  if (!pe) out.push('the scope needs a private endpoint');
  else {
    const psc = first(pe.body.private_service_connection) ?? {};
    if (psc.private_connection_resource_id !== '${azurerm_monitor_private_link_scope.this.id}') out.push('the private endpoint must connect to the scope');
    if (JSON.stringify(psc.subresource_names) !== '["azuremonitor"]') out.push('the private endpoint subresource_names must be ["azuremonitor"]');
    if (psc.is_manual_connection !== false) out.push('the private endpoint must not be a manual connection');
    if (pe.body.subnet_id !== '${var.private_endpoint_subnet_id}') out.push('the private endpoint must sit in var.private_endpoint_subnet_id');
    const group = first(pe.body.private_dns_zone_group);
    if (!group || group.private_dns_zone_ids !== '${values(var.private_dns_zone_ids)}') out.push('the private endpoint needs a zone group of var.private_dns_zone_ids');
    if (!JSON.stringify(pe.body.depends_on ?? []).includes('azurerm_monitor_private_link_scoped_service.this')) {
      out.push('the private endpoint must depend_on the scoped services (their DNS records exist only for resources already in the scope)');
    }
  }
  const zoneVar = conditions(variableOf(m, dir, 'private_dns_zone_ids'));
  for (const k of Object.keys(ZONES)) if (!zoneVar.includes(`"${k}"`)) out.push(`var.private_dns_zone_ids must require zone ${k}`);
  if (call.private_endpoint_subnet_id !== '${module.network.subnet_ids.private_endpoints}') out.push('module.monitor_private_link must use the private-endpoint subnet');
  const zoneIds = String(call.private_dns_zone_ids);
  if (!zoneIds.includes('module.conventions.monitor_private_link_zone_keys') || !zoneIds.includes('module.network.private_dns_zone_ids[key]')) {
    out.push('module.monitor_private_link must pass module.network.private_dns_zone_ids for module.conventions.monitor_private_link_zone_keys');
  }
  const conv = localsOf(m, 'modules/conventions');
  if (JSON.stringify([...(conv.monitor_private_link_zone_keys ?? [])].sort()) !== JSON.stringify(Object.keys(ZONES).sort())) {
    out.push(`conventions: monitor_private_link_zone_keys must be ${Object.keys(ZONES).join(', ')}`);
  }
  const zones = conv.private_dns_zones ?? {};
  for (const [k, name] of Object.entries(ZONES)) if (zones[k] !== name) out.push(`conventions zone "${k}" must be ${name}, got ${zones[k]}`);
  const names = Object.values(zones);
  for (const n of new Set(names.filter((n, i) => names.indexOf(n) !== i))) out.push(`conventions: zone ${n} is declared twice (reuse the key, one zone per name in the VNet)`);
  const zone = resource(m, 'azurerm_private_dns_zone', 'modules/network')[0];
  const link = resource(m, 'azurerm_private_dns_zone_virtual_network_link', 'modules/network')[0];
  if (zone?.body.for_each !== '${var.private_dns_zones}' || link?.body.for_each !== '${var.private_dns_zones}') out.push('network: every conventions zone must be created and linked to the VNet');
  if (callOf(m, 'network')?.private_dns_zones !== '${module.conventions.private_dns_zones}') out.push('network: must create the conventions zones');

  // Access modes: prod ingests only privately; queries stay open (portal workbook, Grafana).
  for (const mode of ['ingestion_access_mode', 'query_access_mode']) {
    if (call[mode] !== `\${local.settings.monitor_${mode}}`) out.push(`module.monitor_private_link: ${mode} must be local.settings.monitor_${mode}`);
  }
  const prod = localsOf(m, 'modules/conventions').matrix?.prod ?? {};
  if (prod.monitor_ingestion_access_mode !== 'PrivateOnly') out.push('conventions: prod monitor_ingestion_access_mode must be PrivateOnly');
  if (prod.monitor_public_ingestion !== false) out.push('conventions: prod monitor_public_ingestion must be false');
  if (prod.monitor_query_access_mode !== 'Open') out.push('conventions: prod monitor_query_access_mode must stay Open (portal workbook, Grafana)');
  return out;
}

/** Public ingestion is one switch: the workspace, App Insights and the DCE all follow it. */
export function publicIngestion(m) {
  const out = [];
  for (const type of ['azurerm_log_analytics_workspace', 'azurerm_application_insights']) {
    for (const r of resource(m, type, 'modules/monitoring')) {
      if (r.body.internet_ingestion_enabled !== '${var.internet_ingestion_enabled}') out.push(`${type}: internet_ingestion_enabled must be var.internet_ingestion_enabled`);
    }
  }
  for (const r of m.resources.filter((x) => x.type === 'azurerm_monitor_data_collection_endpoint')) {
    if (r.body.public_network_access_enabled !== '${var.public_ingestion_enabled}') out.push(`${r.type}.${r.name}: public_network_access_enabled must be var.public_ingestion_enabled`);
  }
  if (callOf(m, 'monitoring')?.internet_ingestion_enabled !== '${local.settings.monitor_public_ingestion}') out.push('module.monitoring must pass internet_ingestion_enabled = local.settings.monitor_public_ingestion');
  if (callOf(m, 'prometheus')?.public_ingestion_enabled !== '${local.settings.monitor_public_ingestion}') out.push('module.prometheus must pass public_ingestion_enabled = local.settings.monitor_public_ingestion');
  return out;
}

test('AMPLS: workspace, App Insights and the Prometheus DCE scoped; one endpoint in the five zones', () => passes(monitorPrivateLink));
test('invalid: App Insights left out of the scope', () => fails(monitorPrivateLink, 'platform/monitor-private-link.tf',
  '    app_insights   = module.monitoring.app_insights_id\n', '', /scoped service app_insights/));
test('invalid: the Prometheus DCE left out of the scope', () => fails(monitorPrivateLink, 'platform/monitor-private-link.tf',
  'prometheus_dce = module.prometheus.data_collection_endpoint_id', 'prometheus_dce = module.monitoring.app_insights_id', /scoped service prometheus_dce/));
test('invalid: scoped_resource_ids no longer requires the workspace', () => fails(monitorPrivateLink, 'monitor-private-link/variables.tf',
  '["log_analytics", "app_insights", "prometheus_dce"]', '["app_insights", "prometheus_dce"]', /must require log_analytics/));
test('invalid: endpoint with the wrong group id', () => fails(monitorPrivateLink, 'monitor-private-link/private-endpoint.tf',
  '["azuremonitor"]', '["monitor"]', /subresource_names/));
test('invalid: endpoint created before the scoped services', () => fails(monitorPrivateLink, 'monitor-private-link/private-endpoint.tf',
  'depends_on = [azurerm_monitor_private_link_scoped_service.this]', '', /depend_on the scoped services/));
test('invalid: the oms zone dropped from the endpoint', () => fails(monitorPrivateLink, 'conventions/dns.tf',
  '["monitor", "oms", "ods", "agentsvc", "blob"]', '["monitor", "ods", "agentsvc", "blob"]', /monitor_private_link_zone_keys/));
test('invalid: a wrong agentsvc zone name', () => fails(monitorPrivateLink, 'conventions/dns.tf',
  '"privatelink.agentsvc.azure-automation.net"', '"privatelink.agentsvc.azure.net"', /zone "agentsvc"/));
test('invalid: a second blob zone instead of reusing it', () => fails(monitorPrivateLink, 'conventions/dns.tf',
  '    agentsvc = "privatelink.agentsvc.azure-automation.net"\n', '    agentsvc = "privatelink.agentsvc.azure-automation.net"\n    ampls_blob = "privatelink.blob.core.windows.net"\n', /declared twice/));
test('invalid: prod scope open for ingestion', () => fails(monitorPrivateLink, 'conventions/matrix.tf',
  'monitor_ingestion_access_mode = "PrivateOnly"', 'monitor_ingestion_access_mode = "Open"', /prod monitor_ingestion_access_mode/));
test('invalid: prod keeps public ingestion', () => fails(monitorPrivateLink, 'conventions/matrix.tf',
  'monitor_public_ingestion      = false', 'monitor_public_ingestion      = true', /prod monitor_public_ingestion/));
test('invalid: access mode hard-coded on the scope', () => fails(monitorPrivateLink, 'monitor-private-link/scope.tf',
  'ingestion_access_mode = var.ingestion_access_mode', 'ingestion_access_mode = "Open"', /ingestion_access_mode must come from var/));

test('public ingestion: workspace, App Insights and DCE follow local.settings.monitor_public_ingestion', () => passes(publicIngestion));
test('invalid: App Insights always accepts public ingestion', () => fails(publicIngestion, 'monitoring/app-insights.tf',
  'internet_ingestion_enabled = var.internet_ingestion_enabled', 'internet_ingestion_enabled = true', /azurerm_application_insights: internet_ingestion_enabled/));
test('invalid: DCE open to the internet', () => fails(publicIngestion, 'prometheus/prometheus.tf',
  'public_network_access_enabled = var.public_ingestion_enabled', 'public_network_access_enabled = true', /public_network_access_enabled must be var.public_ingestion_enabled/));
test('invalid: platform does not pass the switch to monitoring', () => fails(publicIngestion, 'platform/monitoring.tf',
  'internet_ingestion_enabled = local.settings.monitor_public_ingestion', 'internet_ingestion_enabled = true', /module.monitoring must pass/));

test('invalid: a scope attribute azurerm 4.55 does not know', () => fails(schemaLint, 'monitor-private-link/scope.tf',
  'query_access_mode     = var.query_access_mode', 'query_mode            = var.query_access_mode', /unknown attribute 'query_mode'/));
