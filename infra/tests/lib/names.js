// Names by use: every host and port a service, a Job, KEDA, the kubelet (images), the Key Vault
// CSI driver, APIM or the deploy runner (lib/runner.js) is configured to call resolves to a
// Service in the overlay or to a private DNS zone (and record) the Terraform creates, and TLS is
// only expected where it is served, and served where it is expected (lib/tls.js).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ofType, infraDir } from './config.js';
import { servesTls } from './tls.js';

/** Azure service suffix -> conventions zone key (each zone the network module creates and links). */
export const PRIVATE_ZONES = {
  'servicebus.windows.net': 'servicebus',
  'blob.core.windows.net': 'blob',
  'openai.azure.com': 'openai',
  'vault.azure.net': 'vault',
  'azurecr.io': 'acr',
};

const localsOf = (model, dir) => Object.assign({}, ...model.parsed
  .filter((p) => path.dirname(p.file).endsWith(dir)).flatMap((p) => p.json.locals ?? []));
const sub = (v, env) => String(v).replaceAll('${var.env}', env);

/** Public names reached through the NAT gateway on purpose, each with the reason. */
export const PUBLIC = {
  'login.microsoftonline.com': 'Entra ID (token exchange, OIDC discovery and keys) has no private endpoint',
};

/** Endpoints the overlay configures: { who, host, port, scheme }. */
export function endpointsOf(objects) {
  const out = [];
  const tf = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs'))?.data ?? {};
  for (const d of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job')) {
    for (const c of d.spec.template.spec.containers) {
      const who = `${d.metadata.name}/${c.name}`;
      out.push(...imageHost(c.image, who));
      const env = {};
      for (const e of c.env ?? []) {
        let v = e.valueFrom?.configMapKeyRef ? tf[e.valueFrom.configMapKeyRef.key] : e.value;
        v = String(v ?? '').replace(/\$\(([A-Z0-9_]+)\)/g, (_, n) => env[n] ?? '');
        env[e.name] = v;
        const url = v.match(/^(?:jdbc:)?(https?|postgresql|amqps):\/\/([^/:?]+)(?::(\d+))?/);
        if (url) out.push({ who: `${who} ${e.name}`, scheme: url[1], host: url[2], port: Number(url[3] ?? defaultPort(url[1])) });
        else if (/_NAMESPACE$/.test(e.name) && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v)) out.push({ who: `${who} ${e.name}`, scheme: 'amqps', host: v, port: 5671 });
        else if (e.name === 'PGHOST') out.push({ who: `${who} ${e.name}`, scheme: 'postgresql', host: v, port: 5432 });
      }
    }
    for (const c of d.spec.template.spec.initContainers ?? []) out.push(...imageHost(c.image, `${d.metadata.name}/${c.name}`));
  }
  for (const ds of objects.filter((o) => o.kind === 'DaemonSet')) {
    for (const c of ds.spec.template.spec.containers) out.push(...imageHost(c.image, `${ds.metadata.name}/${c.name}`));
  }
  for (const s of objects.filter((o) => o.kind === 'ScaledObject')) {
    for (const t of s.spec.triggers.filter((x) => x.type === 'azure-servicebus')) {
      out.push({ who: `ScaledObject ${s.metadata.name}`, scheme: 'https', host: `${t.metadata.namespace}.servicebus.windows.net`, port: 443 });
    }
  }
  for (const s of objects.filter((o) => o.kind === 'SecretProviderClass')) {
    out.push({ who: `SecretProviderClass ${s.metadata.name}`, scheme: 'https', host: `${s.spec.parameters.keyvaultName}.vault.azure.net`, port: 443 });
  }
  return out;
}

const defaultPort = (scheme) => ({ http: 80, https: 443, postgresql: 5432 })[scheme];
function imageHost(image, who) {
  const host = String(image).split('/')[0];
  return host.includes('.') ? [{ who: `${who} image`, scheme: 'https', host, port: 443 }] : [];
}

/**
 * APIM's backend URL for `env`: the backend resource's url, its module variables resolved
 * through the platform's call, then conventions values and the env's tfvars.
 */
export function apimBackend(model, env) {
  const backendRes = ofType(model, 'azurerm_api_management_backend')[0];
  const call = model.parsed.map((p) => p.json.module?.apim?.[0]).find(Boolean) ?? {};
  const backend = localsOf(model, 'modules/conventions').api_backend ?? {};
  const tfvars = readTfvars(env);
  const url = sub(String(backendRes?.body.url ?? '')
    .replace(/\$\{var\.(\w+)\}/g, (_, k) => String(call[k] ?? '').replace(/^"|"$/g, '').replace(/^\$\{(.*)\}$/, '$${$1}'))
    .replace(/\$\{module\.conventions\.api_backend\.(\w+)\}/g, (_, k) => backend[k])
    .replace(/\$\{var\.apim\.(\w+)\}/g, (_, k) => tfvars.match(new RegExp(`\\b${k}\\s*=\\s*"([^"]*)"`))?.[1] ?? ''), env);
  const m = url.match(/^([a-z]+):\/\/([^/:]+)(?::(\d+))?$/);
  return m ? { who: 'APIM backend', scheme: m[1], host: m[2], port: Number(m[3] ?? defaultPort(m[1])), url } : { who: 'APIM backend', url };
}

function readTfvars(env) {
  try { return readFileSync(path.join(infraDir, 'envs', env, `${env}.auto.tfvars`), 'utf8'); } catch { return ''; }
}

/** Violations for one overlay's endpoints plus APIM's (and `extra`, the runner's), against the Terraform's zones and records. */
export function namesByUse(model, objects, env, extra = []) {
  const out = [];
  const zones = Object.fromEntries(Object.entries(localsOf(model, 'modules/conventions').private_dns_zones ?? {}).map(([k, v]) => [k, sub(v, env)]));
  const created = createdZones(model);
  const calls = model.parsed.flatMap((p) => Object.entries(p.json.module ?? {}).map(([name, b]) => ({ name, body: b[0] })));
  for (const e of [...endpointsOf(objects), apimBackend(model, env), ...extra]) {
    if (!e.host) { out.push(`${e.who}: cannot read a host from ${e.url}`); continue; }
    if (!e.host.includes('.')) { out.push(...inCluster(objects, e)); continue; }
    if (PUBLIC[e.host]) continue;
    const suffix = Object.keys(PRIVATE_ZONES).find((s) => e.host.endsWith(`.${s}`));
    if (suffix) {
      const key = PRIVATE_ZONES[suffix];
      if (zones[key] !== `privatelink.${suffix === 'vault.azure.net' ? 'vaultcore.azure.net' : suffix}`) out.push(`${e.who}: ${e.host} needs the private zone for ${suffix}; conventions zone "${key}" is ${zones[key]}`);
      else if (!created.linkedForEach) out.push(`${e.who}: the network module no longer creates and links the conventions zones`);
      else if (!calls.some((c) => c.body.private_dns_zone_id === `\${module.network.private_dns_zone_ids["${key}"]}`)) out.push(`${e.who}: no private endpoint registers ${e.host} in zone ${zones[key]}`);
      continue;
    }
    if (e.host.endsWith('.postgres.database.azure.com')) { out.push(...postgres(model, e)); continue; }
    const zoneKey = Object.keys(zones).find((k) => e.host.endsWith(`.${zones[k]}`) && !zones[k].startsWith('privatelink.'));
    if (zoneKey?.startsWith('apim_')) { out.push(...apimRecord(model, e, zoneKey, zones[zoneKey], created)); continue; }
    if (zoneKey) { out.push(...record(model, objects, e, zoneKey, zones[zoneKey], created)); continue; }
    out.push(`${e.who}: no private zone or record in the Terraform resolves ${e.host}`);
  }
  return out;
}

function createdZones(model) {
  const zone = ofType(model, 'azurerm_private_dns_zone').find((r) => r.module.endsWith('modules/network'));
  const link = ofType(model, 'azurerm_private_dns_zone_virtual_network_link').find((r) => r.module.endsWith('modules/network'));
  return { linkedForEach: zone?.body.for_each === '${var.private_dns_zones}' && link?.body.for_each === '${var.private_dns_zones}' };
}

function inCluster(objects, e) {
  const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === e.host);
  if (!svc) return [`${e.who}: no Service ${e.host} in the overlay`];
  const port = svc.spec.ports.find((p) => p.port === e.port);
  if (!port) return [`${e.who}: Service ${e.host} has no port ${e.port} (${svc.spec.ports.map((p) => p.port).join(', ')})`];
  return tls(e, svc, port, objects);
}

/**
 * https (TLS) is only called on a port named https, and a port named https serves TLS: it reaches
 * a container port named https whose service has an SSL bundle over a mounted certificate
 * (lib/tls.js servesTls); a plain-http name never carries TLS.
 */
function tls(e, svc, port, objects) {
  if (e.scheme === 'https' && port.name !== 'https') return [`${e.who}: calls https://${e.host}:${e.port} but Service ${svc.metadata.name} serves port ${port.port} as ${port.name} (no TLS)`];
  if (e.scheme === 'http' && port.name === 'https') return [`${e.who}: calls http:// on the TLS port of Service ${svc.metadata.name}`];
  if (port.name === 'https') return servesTls(objects, svc, port, e.who);
  return [];
}

function postgres(model, e) {
  const server = ofType(model, 'azurerm_postgresql_flexible_server')[0];
  const zone = ofType(model, 'azurerm_private_dns_zone').find((r) => r.module === server?.module);
  const link = ofType(model, 'azurerm_private_dns_zone_virtual_network_link').find((r) => r.module === server?.module);
  if (!server || server.body.private_dns_zone_id !== '${azurerm_private_dns_zone.this.id}' || !zone || !link) {
    return [`${e.who}: ${e.host} needs the VNet-integrated server's private zone and VNet link`];
  }
  return [];
}

/** APIM (Internal) in its azure-api.net zones: an A record named after the instance, at its private addresses. */
function apimRecord(model, e, zoneKey, zoneName, created) {
  const apim = ofType(model, 'azurerm_api_management')[0];
  const keys = localsOf(model, 'modules/apim').apim_zone_keys ?? [];
  const a = ofType(model, 'azurerm_private_dns_a_record').find((r) => r.module.endsWith('modules/apim'));
  if (!created.linkedForEach) return [`${e.who}: zone ${zoneName} is not created and linked`];
  if (apim?.body.virtual_network_type !== 'Internal') return [`${e.who}: APIM is not Internal, so ${e.host} is not its private address`];
  if (!keys.includes(zoneKey) || a?.body.for_each !== '${toset(local.apim_zone_keys)}' || a?.body.name !== '${var.name}'
    || a?.body.zone_name !== '${var.private_dns_zone_names[each.value]}') return [`${e.who}: no A record for APIM in zone ${zoneName}`];
  if (a.body.records !== '${azurerm_api_management.this.private_ip_addresses}') return [`${e.who}: the APIM record must hold its private addresses`];
  if (e.scheme !== 'https' || e.port !== 443) return [`${e.who}: APIM's gateway serves https on 443, not ${e.scheme}:${e.port}`];
  return [];
}

/** The private API server's name (az aks get-credentials) resolves in the VNet: the cluster registers in the linked zone. */
export function privateApiServer(model) {
  const aks = ofType(model, 'azurerm_kubernetes_cluster')[0];
  const call = model.parsed.map((p) => p.json.module?.aks?.[0]).find(Boolean) ?? {};
  const zone = localsOf(model, 'modules/conventions').private_dns_zones?.aks;
  if (aks?.body.private_cluster_enabled !== true) return [];
  if (aks.body.private_dns_zone_id !== '${var.private_dns_zone_id}' || call.private_dns_zone_id !== '${module.network.private_dns_zone_ids["aks"]}'
    || zone !== 'privatelink.${var.location}.azmk8s.io') {
    return ['runner: the private API server must register in the network module\'s linked zone privatelink.<location>.azmk8s.io (aks private_dns_zone_id)'];
  }
  return [];
}

/** A name in one of our own zones: an A record, fed by the same address the Service takes. */
function record(model, objects, e, zoneKey, zoneName, created) {
  const backend = localsOf(model, 'modules/conventions').api_backend ?? {};
  const a = ofType(model, 'azurerm_private_dns_a_record').find((r) => r.module.endsWith('modules/network')
    && r.body.zone_name === '${azurerm_private_dns_zone.this[var.api_backend.zone_key].name}');
  const label = e.host.slice(0, -(zoneName.length + 1));
  if (!created.linkedForEach) return [`${e.who}: zone ${zoneName} is not created and linked`];
  if (!a || backend.zone_key !== zoneKey || backend.record !== label || a.body.name !== '${var.api_backend.record}') {
    return [`${e.who}: no A record ${label} in zone ${zoneName}`];
  }
  if (JSON.stringify(a.body.records) !== '["${var.api_backend.ip}"]') return [`${e.who}: record ${e.host} must hold var.api_backend.ip`];
  const outputs = Object.assign({}, ...model.parsed.filter((p) => p.file.includes('modules/platform')).map((p) => p.json.output ?? {}));
  if (outputs.api_ilb_ip?.[0].value !== '${module.conventions.api_backend.ip}') return [`${e.who}: output api_ilb_ip must be the record's address`];
  const svc = objects.find((o) => o.kind === 'Service' && o.metadata.name === label);
  if (!svc) return [`${e.who}: no Service ${label} takes the address of ${e.host}`];
  const tfIp = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs'))?.data?.api_ilb_ip;
  const ann = svc.metadata.annotations ?? {};
  if (svc.spec.type !== 'LoadBalancer' || ann['service.beta.kubernetes.io/azure-load-balancer-internal'] !== 'true'
    || ann['service.beta.kubernetes.io/azure-load-balancer-ipv4'] !== tfIp) {
    return [`${e.who}: Service ${label} must be an internal load balancer at tf-outputs api_ilb_ip (${tfIp})`];
  }
  const port = svc.spec.ports.find((p) => p.port === e.port);
  if (!port) return [`${e.who}: Service ${label} has no port ${e.port}`];
  return tls(e, svc, port, objects);
}

