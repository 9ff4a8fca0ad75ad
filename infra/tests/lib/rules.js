// Checklist rules over the parsed config. Each returns a list of violations (empty = pass).
import path from 'node:path';
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { ofType, first, infraDir } from './config.js';
import { schemaOf, blockTable } from './schema.js';

const id = (r) => `${path.relative(process.cwd(), r.file)}: ${r.type}.${r.name}`;
const check = (out, ok, r, msg) => { if (!ok) out.push(`${id(r)}: ${msg}`); };
const ref = (r) => `${r.type}.${r.name}`;

/** Value of an attribute, following `${var.x}` to the module variable's default. */
function resolve(model, r, value) {
  const m = typeof value === 'string' && value.match(/^\$\{var\.([a-z0-9_]+)\}$/);
  if (!m) return value;
  const v = variable(model, r.module, m[1]);
  return v && 'default' in v ? v.default : value;
}

function variable(model, dir, name) {
  for (const p of model.parsed) {
    if (path.dirname(p.file) === dir && p.json.variable?.[name]) return p.json.variable[name][0];
  }
  return null;
}

function validationText(model, r, value) {
  const m = typeof value === 'string' && value.match(/^\$\{var\.([a-z0-9_.]+)\}$/);
  const v = m && variable(model, r.module, m[1].split('.')[0]);
  return JSON.stringify(v?.validation ?? []);
}

function locals(model, dirSuffix) {
  return Object.assign({}, ...model.parsed
    .filter((p) => path.dirname(p.file).endsWith(dirSuffix))
    .flatMap((p) => p.json.locals ?? []));
}

export const PUBLIC = [
  'azurerm_servicebus_namespace', 'azurerm_storage_account', 'azurerm_key_vault',
  'azurerm_cognitive_account', 'azurerm_container_registry', 'azurerm_postgresql_flexible_server',
];

export function publicAccessOff(model) {
  const out = [];
  for (const r of model.resources.filter((x) => PUBLIC.includes(x.type))) {
    check(out, r.body.public_network_access_enabled === false, r, 'public_network_access_enabled must be false');
    const acl = first(r.body.network_acls ?? r.body.network_rules);
    if (acl) check(out, acl.default_action === 'Deny', r, 'network ACL default_action must be Deny');
  }
  return out;
}

export const PRIVATE_LINK = {
  azurerm_servicebus_namespace: { subresource: 'namespace', key: 'servicebus', zone: 'privatelink.servicebus.windows.net' },
  azurerm_storage_account: { subresource: 'blob', key: 'blob', zone: 'privatelink.blob.core.windows.net' },
  azurerm_key_vault: { subresource: 'vault', key: 'vault', zone: 'privatelink.vaultcore.azure.net' },
  azurerm_cognitive_account: { subresource: 'account', key: 'openai', zone: 'privatelink.openai.azure.com' },
  azurerm_container_registry: { subresource: 'registry', key: 'acr', zone: 'privatelink.azurecr.io' },
};

function moduleCallsOf(model, dir) {
  const calls = [];
  for (const p of model.parsed) {
    for (const [name, bodies] of Object.entries(p.json.module ?? {})) {
      if (path.resolve(path.dirname(p.file), bodies[0].source) === dir) calls.push({ name, body: bodies[0], file: p.file });
    }
  }
  return calls;
}

export function privateEndpoints(model) {
  const out = [];
  const zones = locals(model, 'conventions').private_dns_zones ?? {};
  for (const [type, want] of Object.entries(PRIVATE_LINK)) {
    for (const r of ofType(model, type)) {
      const pes = ofType(model, 'azurerm_private_endpoint').filter((pe) =>
        pe.module === r.module
        && first(pe.body.private_service_connection)?.private_connection_resource_id === `\${${ref(r)}.id}`);
      check(out, pes.length > 0, r, 'needs a private endpoint in its module');
      for (const pe of pes) {
        const psc = first(pe.body.private_service_connection);
        check(out, JSON.stringify(psc.subresource_names) === JSON.stringify([want.subresource]), pe, `subresource_names must be ["${want.subresource}"]`);
        check(out, psc.is_manual_connection === false, pe, 'is_manual_connection must be false');
        const group = first(pe.body.private_dns_zone_group);
        check(out, !!group && JSON.stringify(group.private_dns_zone_ids) === '["${var.private_dns_zone_id}"]', pe, 'needs a zone group fed by var.private_dns_zone_id');
      }
      const calls = moduleCallsOf(model, r.module);
      check(out, calls.length > 0, r, 'module is never called');
      for (const c of calls) {
        const wanted = `\${module.network.private_dns_zone_ids["${want.key}"]}`;
        check(out, c.body.private_dns_zone_id === wanted, r, `module.${c.name} must pass ${wanted}`);
      }
      check(out, zones[want.key] === want.zone, r, `conventions zone "${want.key}" must be ${want.zone}`);
    }
  }
  return out;
}

export function serviceBus(model) {
  const out = [];
  for (const r of ofType(model, 'azurerm_servicebus_namespace')) {
    const sku = resolve(model, r, r.body.sku);
    check(out, sku === 'Premium' && validationText(model, r, r.body.sku).includes('Premium'), r, 'sku must be Premium and validated');
    check(out, r.body.local_auth_enabled === false, r, 'local_auth_enabled must be false');
    check(out, r.body.minimum_tls_version === '1.2', r, 'minimum_tls_version must be 1.2');
    check(out, !r.body.network_rule_set, r, 'no network_rule_set (second public-access flag)');
  }
  for (const r of ofType(model, 'azurerm_servicebus_queue')) {
    check(out, resolve(model, r, r.body.name) === 'jobs', r, 'queue must be named "jobs" (k8s contract)');
    check(out, resolve(model, r, r.body.max_delivery_count) === 10, r, 'max_delivery_count must be 10');
    check(out, r.body.lock_duration === 'PT1M', r, 'lock_duration must be PT1M');
    check(out, r.body.dead_lettering_on_message_expiration === true, r, 'dead-letter on expiration');
    check(out, r.body.requires_duplicate_detection === true, r, 'duplicate detection required');
  }
  return out;
}

export function gpuPool(model) {
  const out = [];
  const inv = locals(model, 'conventions').invariants ?? {};
  const pools = ofType(model, 'azurerm_kubernetes_cluster_node_pool').filter((r) => r.name === 'gpu');
  if (pools.length === 0) out.push('no azurerm_kubernetes_cluster_node_pool.gpu');
  for (const r of pools) {
    for (const attr of ['node_taints', 'node_labels', 'gpu_driver', 'min_count', 'temporary_name_for_rotation']) {
      check(out, attr in r.body, r, `${attr} must be set`);
    }
    check(out, r.body.auto_scaling_enabled === true, r, 'auto_scaling_enabled must be true');
    const rules = validationText(model, r, '${var.gpu_pool}');
    check(out, rules.includes('sku=gpu:NoSchedule') && rules.includes('min_count == 0'), r, 'var.gpu_pool must validate the taint and min_count 0');
    check(out, JSON.stringify(inv.gpu_node_taints) === '["sku=gpu:NoSchedule"]', r, 'conventions taint must be sku=gpu:NoSchedule');
    check(out, inv.gpu_min_count === 0 && inv.gpu_driver === 'Install', r, 'conventions: gpu min 0, driver Install');
    check(out, inv.gpu_node_labels?.workload === 'gpu-inference', r, 'conventions label workload=gpu-inference');
  }
  return out;
}

export function aksCluster(model) {
  const out = [];
  for (const r of ofType(model, 'azurerm_kubernetes_cluster')) {
    const b = r.body;
    check(out, b.private_cluster_enabled === true && b.private_cluster_public_fqdn_enabled === false, r, 'private cluster without public FQDN');
    check(out, b.local_account_disabled === true, r, 'local accounts disabled');
    check(out, resolve(model, r, b.oidc_issuer_enabled) === true && resolve(model, r, b.workload_identity_enabled) === true, r, 'OIDC issuer and workload identity on');
    check(out, first(b.azure_active_directory_role_based_access_control)?.azure_rbac_enabled === true, r, 'Azure RBAC on');
    const net = first(b.network_profile) ?? {};
    check(out, net.network_plugin_mode === 'overlay' && !!net.network_policy, r, 'CNI overlay with a network policy engine');
    check(out, first(b.workload_autoscaler_profile)?.keda_enabled === true, r, 'KEDA on');
    check(out, !!b.key_vault_secrets_provider && !!b.oms_agent, r, 'key_vault_secrets_provider and oms_agent');
    check(out, first(b.default_node_pool)?.only_critical_addons_enabled === true, r, 'system pool only_critical_addons_enabled');
    check(out, !!b.automatic_upgrade_channel && !!b.maintenance_window_auto_upgrade && !!b.maintenance_window_node_os, r, 'upgrade channel and maintenance windows');
    check(out, JSON.stringify(b.depends_on ?? []).includes('azurerm_role_assignment.dns_zone'), r, 'depends_on the private DNS zone role assignment');
    const diag = ofType(model, 'azurerm_monitor_diagnostic_setting').some((d) => d.body.target_resource_id === `\${${ref(r)}.id}`);
    check(out, diag, r, 'needs a diagnostic setting');
  }
  return out;
}

export function keyVault(model) {
  const out = [];
  for (const r of ofType(model, 'azurerm_key_vault')) {
    check(out, r.body.purge_protection_enabled === true, r, 'purge protection on');
    check(out, r.body.rbac_authorization_enabled === true, r, 'RBAC authorization on (rbac_authorization_enabled)');
  }
  return out;
}

export function storage(model) {
  const out = [];
  for (const r of ofType(model, 'azurerm_storage_account')) {
    check(out, r.body.shared_access_key_enabled === false, r, 'shared keys off');
    check(out, r.body.allow_nested_items_to_be_public === false, r, 'no public blobs');
  }
  for (const r of ofType(model, 'azurerm_storage_container')) {
    check(out, 'storage_account_id' in r.body && !('storage_account_name' in r.body), r, 'use storage_account_id (ARM plane)');
  }
  return out;
}

export function postgres(model) {
  const out = [];
  for (const r of ofType(model, 'azurerm_postgresql_flexible_server')) {
    const auth = first(r.body.authentication) ?? {};
    check(out, auth.active_directory_auth_enabled === true && auth.password_auth_enabled === false, r, 'Entra auth only');
    check(out, !!r.body.delegated_subnet_id && !!r.body.private_dns_zone_id, r, 'delegated subnet and private DNS zone');
    check(out, JSON.stringify(r.body.depends_on ?? []).includes('azurerm_private_dns_zone_virtual_network_link'), r, 'depends_on the VNet link');
    check(out, JSON.stringify(variable(model, r.module, 'dns_zone_name')?.validation ?? []).includes('.postgres.database.azure.com'), r, 'zone name validated to end in .postgres.database.azure.com');
  }
  return out;
}

const RENAMED = {
  enable_auto_scaling: 'auto_scaling_enabled', automatic_channel_upgrade: 'automatic_upgrade_channel',
  enable_rbac_authorization: 'rbac_authorization_enabled', enable_node_public_ip: 'node_public_ip_enabled',
  enable_host_encryption: 'host_encryption_enabled', scale: 'sku', metric: 'enabled_metric',
};

function walkKeys(node, visit, trail = []) {
  if (Array.isArray(node)) return node.forEach((n) => walkKeys(n, visit, trail));
  if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) { visit(k, trail); walkKeys(v, visit, [...trail, k]); }
  }
}

export function no3xNames(model) {
  const out = [];
  for (const r of model.resources) {
    walkKeys(r.body, (k, trail) => {
      if (k in RENAMED && !trail.includes('lifecycle')) out.push(`${id(r)}: '${[...trail, k].join('.')}' is a 3.x name; use ${RENAMED[k]}`);
    });
  }
  return out;
}

const META = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection']);
const TERRAFORM_DATA = new Set(['input', 'triggers_replace']);

function lintBody(schema, table, body, where, out) {
  for (const [key, value] of Object.entries(body)) {
    if (META.has(key) && table === schema.root) continue;
    if (key === 'dynamic') {
      for (const [name, defs] of Object.entries(value)) lintEntry(schema, table, name, first(defs).content, where, out);
      continue;
    }
    lintEntry(schema, table, key, value, where, out);
  }
}

function lintEntry(schema, table, key, value, where, out) {
  const entry = table[key];
  if (!entry) return out.push(`${where}: unknown attribute '${key}'`);
  const nested = entry.isBlock ? blockTable(schema, entry) : null;
  if (!nested) return;
  for (const item of [].concat(value)) if (item && typeof item === 'object') lintBody(schema, nested, first(item), `${where}.${key}`, out);
}

export function schemaLint(model) {
  const out = [];
  for (const r of model.resources) {
    // Only azurerm has offline bindings; azuread resources stay unvalidated here (ops/infra.md).
    if (r.type.startsWith('azuread_')) continue;
    // Terraform's built-in terraform_data (the dashboards import): its two arguments and meta-arguments.
    if (r.type === 'terraform_data') {
      for (const k of Object.keys(r.body)) if (!META.has(k) && !TERRAFORM_DATA.has(k)) out.push(`${id(r)}: unknown attribute '${k}'`);
      continue;
    }
    const schema = schemaOf(r.type);
    if (!schema) { out.push(`${id(r)}: unknown resource type`); continue; }
    lintBody(schema, schema.root, r.body, id(r), out);
  }
  return out;
}

export function apim(model) {
  const out = [];
  const matrix = locals(model, 'conventions').matrix ?? {};
  for (const r of ofType(model, 'azurerm_api_management')) {
    check(out, r.body.virtual_network_type === 'Internal', r, 'virtual_network_type must be Internal');
    check(out, !!r.body.virtual_network_configuration, r, 'needs virtual_network_configuration');
    const units = Number(String(matrix.prod?.apim_sku).match(/^Premium_(\d+)$/)?.[1] ?? 0);
    const zones = matrix.prod?.apim_zones ?? [];
    check(out, units > 0, r, 'prod APIM must be Premium_<units>');
    check(out, zones.length >= 2 && units % zones.length === 0, r, `prod APIM must span at least two zones with its units a multiple of them (${matrix.prod?.apim_sku} in ${JSON.stringify(zones)})`);
    check(out, ['dev', 'staging'].every((e) => matrix[e]?.apim_sku === 'Developer_1'), r, 'dev/staging APIM must be Developer_1');
    check(out, ['dev', 'staging'].every((e) => JSON.stringify(matrix[e]?.apim_zones) === '[]'), r, 'dev/staging APIM has no zones (Developer has none)');
    check(out, r.body.zones === '${length(var.zones) > 0 ? var.zones : null}', r, 'zones must come from var.zones');
    const pip = ofType(model, 'azurerm_public_ip').find((p) => p.module === r.module && r.body.public_ip_address_id === `\${${ref(p)}.id}`);
    check(out, pip?.body.zones === '${length(var.zones) > 0 ? ["1", "2", "3"] : null}', r, 'a zonal APIM needs a zone-redundant public IP (all three zones)');
    const rules = validationText(model, r, '${var.zones}');
    check(out, rules.includes('Premium_') && rules.includes('% length(var.zones) == 0'), r, 'var.zones must be validated: Premium only, units a multiple of the zones');
    for (const c of moduleCallsOf(model, r.module)) {
      check(out, c.body.zones === '${local.settings.apim_zones}' && c.body.sku_name === '${local.settings.apim_sku}', r, `module.${c.name} must pass local.settings.apim_sku and apim_zones`);
    }
  }
  for (const r of ofType(model, 'azurerm_api_management_api')) {
    const imp = first(r.body.import) ?? {};
    check(out, imp.content_format === 'openapi+json' && imp.content_value === '${file(var.openapi_path)}', r, 'import the OpenAPI document from var.openapi_path');
  }
  for (const r of ofType(model, 'azurerm_api_management_backend')) {
    // TLS to the api, its chain validated (against the private CA in the Root store: lib/tls.js).
    const tls = first(r.body.tls);
    check(out, tls?.validate_certificate_chain === true, r, 'validate_certificate_chain must be true');
    check(out, tls?.validate_certificate_name === true, r, 'validate_certificate_name must be true');
    check(out, r.body.url === '${var.backend_url}', r, 'url must be var.backend_url');
  }
  return out;
}

/** The api policy and its fragments, as files, with what they must contain. */
export function policies(model, policyDir = null) {
  const out = [];
  for (const r of ofType(model, 'azurerm_api_management_api_policy')) {
    const dir = policyDir ?? path.join(r.module, 'policies');
    check(out, String(r.body.xml_content).includes('/policies/api.xml'), r, 'xml_content must come from policies/api.xml');
    const api = readFileSync(path.join(dir, 'api.xml'), 'utf8');
    const ids = [...api.matchAll(/<include-fragment fragment-id="tailor-([a-z-]+)"/g)].map((m) => m[1]);
    for (const f of ids) check(out, existsSync(path.join(dir, 'fragments', `${f}.xml`)), r, `fragment ${f}.xml missing`);
    const all = api + ids.filter((f) => existsSync(path.join(dir, 'fragments', `${f}.xml`)))
      .map((f) => readFileSync(path.join(dir, 'fragments', `${f}.xml`), 'utf8')).join('');
    const must = {
      'validate-jwt': /<validate-jwt[^>]*clock-skew=/, issuers: /<issuers>/, audiences: /<audiences>/,
      'scope or app role check (403)': /claims\[&quot;scp&quot;\][\s\S]*claims\[&quot;roles&quot;\][\s\S]*code="403"/, 'rate-limit-by-key per subject': /<rate-limit-by-key[^>]*Subject/,
      'quota-by-key': /<quota-by-key/, cors: /<cors[\s\S]*<origin>/, 'request size limit (413)': /code="413"/,
      'set-backend-service': /<set-backend-service backend-id=/,
    };
    for (const [what, re] of Object.entries(must)) check(out, re.test(all), r, `policy lacks ${what}`);
    for (const section of ['outbound', 'on-error']) {
      const body = api.match(new RegExp(`<${section}>([\\s\\S]*?)</${section}>`))?.[1] ?? '';
      check(out, body.includes('fragment-id="tailor-security-headers"'), r, `${section} must include the security headers`);
    }
    const headers = path.join(dir, 'fragments', 'security-headers.xml');
    const set = existsSync(headers) ? readFileSync(headers, 'utf8') : '';
    const value = (name) => set.match(new RegExp(`<set-header name="${name}"[^>]*>\\s*<value>([^<]*)</value>`))?.[1];
    const expected = apiSecurityHeaders();
    check(out, value('Content-Security-Policy') === expected.csp, r,
      `APIM's Content-Security-Policy must be the api's: ${expected.csp}`);
    check(out, value('Referrer-Policy') === expected.referrer, r, `APIM's Referrer-Policy must be the api's: ${expected.referrer}`);
  }
  return out;
}

/** The CSP and Referrer-Policy the api sets (services/api SecurityConfiguration). */
export function apiSecurityHeaders(source = path.join(infraDir, '..', 'services/api/src/main/java/io/tailor/api/identity/SecurityConfiguration.java')) {
  const java = readFileSync(source, 'utf8');
  const constant = java.match(/CONTENT_SECURITY_POLICY\s*=\s*([\s\S]*?);\n/)?.[1] ?? '';
  const csp = [...constant.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  const policy = java.match(/ReferrerPolicy\.([A-Z_]+)/)?.[1] ?? '';
  return { csp, referrer: policy.toLowerCase().replaceAll('_', '-') };
}

export function identity(model) {
  const out = [];
  const subjects = locals(model, 'identity').subjects ?? {};
  const want = {
    api: 'tailor:api', worker: 'tailor:worker', scoring: 'tailor:scoring', keda: 'kube-system:keda-operator',
    'otel-collector': 'tailor:otel-collector',
  };
  for (const [k, sa] of Object.entries(want)) {
    const s = String(subjects[k]).replace('${var.namespace}', 'tailor');
    if (s !== `system:serviceaccount:${sa}`) out.push(`identity: subject ${k} must be system:serviceaccount:${sa}, got ${s}`);
  }
  const fics = ofType(model, 'azurerm_federated_identity_credential');
  const chained = fics.filter((f) => (f.body.depends_on ?? []).length > 0).length;
  const n = Object.keys(want).length;
  if (fics.length < n || chained !== fics.length - 1) out.push(`identity: ${n} federated credentials chained with depends_on`);
  for (const f of fics) {
    const key = String(f.body.subject).match(/^\$\{local\.subjects(?:\.([a-z]+)|\["([a-z-]+)"\])\}$/);
    const k = key && (key[1] ?? key[2]);
    if (!(k in want)) out.push(`identity: ${f.name} subject must come from local.subjects`);
    else if (f.body.parent_id !== `\${azurerm_user_assigned_identity.this["${k}"].id}`) {
      out.push(`identity: ${f.name} must federate the ${k} identity`);
    }
  }
  const grantList = Object.values(locals(model, 'identity').grants ?? {});
  const grants = JSON.stringify(grantList);
  for (const role of ['Azure Service Bus Data Sender', 'Azure Service Bus Data Receiver', 'Azure Service Bus Data Owner',
    'Storage Blob Data Contributor', 'Cognitive Services OpenAI User', 'Key Vault Secrets User']) {
    if (!grants.includes(role)) out.push(`identity: no grant of ${role}`);
  }
  if (!grantList.some((g) => g.identity === 'otel-collector' && g.role === 'Key Vault Secrets User' && g.scope === '${var.scopes.key_vault}')) {
    out.push('identity: otel-collector needs Key Vault Secrets User on the vault');
  }
  return out;
}

/** The Key Vault object names the k8s SecretProviderClasses mount. */
export function secretProviderObjects(k8sDir = path.join(infraDir, '..', 'k8s')) {
  const dir = path.join(k8sDir, 'components', 'azure');
  const text = readFileSync(path.join(dir, 'secretproviderclass.yaml'), 'utf8');
  return [...text.matchAll(/objectName:\s*([A-Za-z0-9-]+)/g)].map((m) => m[1]);
}

/**
 * Key Vault objects ops/azure/runner.sh writes (phase tls): the api's certificate, under the
 * conventions name (tf-outputs api_tls_certificate_name), imported as a certificate whose secret
 * the api mounts. Terraform cannot write it: the vault's data plane is private.
 */
export function runnerWrittenObjects(model, runner = readFileSync(path.join(infraDir, '..', 'ops', 'azure', 'runner.sh'), 'utf8')) {
  const name = locals(model, 'conventions').api_backend?.certificate_name;
  const imports = /az keyvault certificate import --vault-name "\$key_vault_name" -n "\$api_tls_certificate_name"/.test(runner);
  return name && imports ? [name] : [];
}

/** The collector's connection string reaches Key Vault, under the name k8s mounts, gated by a bool. */
export function appInsightsSecret(model, k8sObjects = [], written = runnerWrittenObjects(model)) {
  const out = [];
  const secrets = ofType(model, 'azurerm_key_vault_secret');
  if (!secrets.some((r) => r.body.name === 'appinsights-connection-string')) out.push('no azurerm_key_vault_secret named appinsights-connection-string');
  for (const name of k8sObjects) {
    if (!secrets.some((r) => r.body.name === name) && !written.includes(name)) out.push(`k8s mounts Key Vault secret ${name}, which neither Terraform nor ops/azure/runner.sh writes`);
  }
  for (const r of secrets) {
    const gate = String(r.body.count ?? '').match(/^\$\{var\.([a-z0-9_]+) \? 1 : 0\}$/);
    const v = gate && variable(model, r.module, gate[1]);
    // False by default: a first apply from outside the VNet cannot reach the vault's data plane.
    check(out, !!v && v.type === '${bool}' && v.default === false, r, 'count must be gated by a bool variable defaulting to false');
    const deps = JSON.stringify(r.body.depends_on ?? []);
    check(out, deps.includes('azurerm_private_endpoint.'), r, 'depends_on the vault private endpoint (data-plane write)');
    const roles = ofType(model, 'azurerm_role_assignment').filter((a) => a.module === r.module && deps.includes(ref(a)));
    check(out, roles.some((a) => a.body.role_definition_name === 'Key Vault Secrets Officer'), r, 'depends_on a Key Vault Secrets Officer grant for the deployer');
    check(out, r.body.value === '${var.appinsights_connection_string}', r, 'value must come from var.appinsights_connection_string');
  }
  for (const c of moduleCallsOf(model, path.join(infraDir, 'modules', 'keyvault'))) {
    if (c.body.appinsights_connection_string !== '${module.monitoring.app_insights_connection_string}') {
      out.push(`module.${c.name} must pass module.monitoring.app_insights_connection_string`);
    }
  }
  return out;
}

/** The api and APIM accept the same Entra tokens: one issuer form, one audience variable. */
export function tokenContract(model) {
  const out = [];
  const issuer = 'https://login.microsoftonline.com/${var.tenant_id}/v2.0';
  const platform = locals(model, path.join('modules', 'platform'));
  if (platform.entra_issuer !== issuer) out.push(`platform: entra_issuer must be ${issuer}, got ${platform.entra_issuer}`);
  const apim = locals(model, path.join('modules', 'apim')).policy_values ?? {};
  if (apim.issuer !== issuer) out.push(`apim: validate-jwt issuer must be ${issuer}, got ${apim.issuer}`);
  const outputs = Object.assign({}, ...model.parsed.filter((p) => p.file.includes(`${path.sep}modules${path.sep}platform${path.sep}`)).map((p) => p.json.output ?? {}));
  if (outputs.security_issuer?.[0].value !== '${local.entra_issuer}') out.push('platform: output security_issuer must be local.entra_issuer');
  // Entra v2.0 access tokens carry the app registration's client id in aud, not its URI.
  if (outputs.security_audience?.[0].value !== '${module.entra.client_id}') out.push('platform: output security_audience must be module.entra.client_id');
  const calls = moduleCallsOf(model, path.join(infraDir, 'modules', 'apim'));
  for (const c of calls) {
    if (JSON.stringify(first(c.body.jwt)?.audiences) !== '["${module.entra.client_id}"]') out.push(`module.${c.name}: jwt.audiences must be [module.entra.client_id]`);
  }
  const apps = ofType(model, 'azuread_application');
  if (apps.length !== 1) out.push(`expected one azuread_application, found ${apps.length}`);
  for (const a of apps) {
    check(out, first(a.body.api)?.requested_access_token_version === 2, a, 'api.requested_access_token_version must be 2 (v2.0 issuer)');
    check(out, JSON.stringify(a.body.identifier_uris) === '["${var.identifier_uri}"]', a, 'identifier_uris must be [var.identifier_uri]');
    check(out, first(first(a.body.api)?.oauth2_permission_scope)?.value === '${var.scope}', a, 'exposes var.scope as a delegated scope');
  }
  for (const c of moduleCallsOf(model, path.join(infraDir, 'modules', 'entra-app'))) {
    if (c.body.identifier_uri !== '${var.api_audience}') out.push(`module.${c.name}: identifier_uri must be var.api_audience`);
    if (c.body.scope !== '${var.apim.jwt_scope}') out.push(`module.${c.name}: scope must be var.apim.jwt_scope (what APIM requires)`);
  }
  if (calls.length === 0) out.push('apim module is never called');
  return out;
}

const ENVS = ['dev', 'staging', 'prod'];
const repoDir = path.join(infraDir, '..');

/** The jq program ops/infra.md §5 pipes `terraform -chdir=infra/envs/$ENV output -json` through. */
export function runbookJq(runbook = readFileSync(path.join(repoDir, 'ops', 'infra.md'), 'utf8')) {
  const m = runbook.match(/terraform -chdir=infra\/envs\/\$ENV output -json\s*\\\s*\n\s*\|\s*jq -r '([^']+)'\s*>\s*k8s\/overlays\/\$ENV\/tf-outputs\.env/);
  if (!m) throw new Error('ops/infra.md no longer has the `terraform output -json | jq ... > tf-outputs.env` command');
  return m[1];
}

const envKeys = (text) => text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('=')[0]);

/**
 * Runs the runbook's jq over a stand-in for `terraform output -json` built from each env root's
 * output blocks, and compares the keys it writes with k8s/overlays/<env>/tf-outputs.env.example.
 */
export function tfOutputsContract(model, { jq = runbookJq(), examples = (env) => readFileSync(path.join(repoDir, 'k8s', 'overlays', env, 'tf-outputs.env.example'), 'utf8') } = {}) {
  const out = [];
  for (const env of ENVS) {
    const dir = path.join(infraDir, 'envs', env);
    const outputs = Object.assign({}, ...model.parsed.filter((p) => path.dirname(p.file) === dir).map((p) => p.json.output ?? {}));
    const doc = Object.fromEntries(Object.entries(outputs).map(([name, [o]]) =>
      [name, { sensitive: o.sensitive === true, type: 'string', value: `${name}-value` }]));
    for (const [name, o] of Object.entries(doc)) if (o.sensitive) out.push(`${env}: output ${name} is sensitive; tf-outputs.env becomes a ConfigMap`);
    const written = execFileSync('jq', ['-r', jq], { input: JSON.stringify(doc), encoding: 'utf8' });
    const have = envKeys(written);
    const want = envKeys(examples(env));
    for (const k of want.filter((k) => !have.includes(k))) out.push(`${env}: tf-outputs.env.example has ${k}, which the env root does not output`);
    for (const k of have.filter((k) => !want.includes(k))) out.push(`${env}: the env root outputs ${k}, which tf-outputs.env.example lacks`);
    for (const k of new Set(have.filter((k, i) => have.indexOf(k) !== i))) out.push(`${env}: ${k} written twice`);
  }
  return out;
}
