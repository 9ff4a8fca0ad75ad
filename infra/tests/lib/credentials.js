// Credentials by use: each service's connection settings in the rendered overlays use the
// authentication mode the Terraform leaves enabled on the target: Entra tokens where keys and
// passwords are off, never a secret setting, and no fallback to a service's local default.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ofType, first } from './config.js';
import { repoDir } from './usage.js';

export const TOKEN_PLUGIN = 'com.azure.identity.extensions.jdbc.postgresql.AzurePostgresqlAuthenticationPlugin';

/** Target -> how Terraform says it authenticates, and the settings that would carry a secret. */
export const TARGETS = {
  postgres: { type: 'azurerm_postgresql_flexible_server', used: 'SPRING_DATASOURCE_URL', secrets: ['spring.datasource.password'],
    entraOnly: (b) => first(b.authentication)?.active_directory_auth_enabled === true && first(b.authentication)?.password_auth_enabled === false },
  servicebus: { type: 'azurerm_servicebus_namespace', used: 'TAILOR_SERVICEBUS_NAMESPACE', secrets: ['tailor.servicebus.connection-string'],
    entraOnly: (b) => b.local_auth_enabled === false },
  blob: { type: 'azurerm_storage_account', used: 'TAILOR_BLOB_AZURE_ENDPOINT', secrets: ['tailor.blob.azure.connection-string'],
    entraOnly: (b) => b.shared_access_key_enabled === false },
  openai: { type: 'azurerm_cognitive_account', used: 'TAILOR_LLM_AZURE_ENDPOINT', secrets: ['tailor.llm.azure.api-key'],
    entraOnly: (b) => b.local_auth_enabled === false },
};

// Spring's relaxed binding: SPRING_DATASOURCE_PASSWORD and spring.datasource.password are one key.
const canon = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The service's own default for a property (`${ENV:default}` resolved against the pod's env). */
function serviceDefault(svc, property, env) {
  const file = path.join(repoDir, 'services', svc, 'src', 'main', 'resources', `${svc}.yml`);
  if (!existsSync(file)) return { value: undefined, file };
  let node = parse(readFileSync(file, 'utf8'));
  for (const key of property.split('.')) node = node?.[key];
  if (typeof node !== 'string') return { value: node, file };
  const m = node.match(/^\$\{([A-Z0-9_]+):(.*)\}$/);
  return { value: m ? (env[m[1]] ?? m[2]) : node, file: path.relative(repoDir, file) };
}

export function credentialsByUse(model, objects) {
  const out = [];
  const modes = Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => {
    const rs = ofType(model, t.type);
    return [k, rs.length > 0 && rs.every((r) => t.entraOnly(r.body))];
  }));
  for (const d of objects.filter((o) => o.kind === 'Deployment')) {
    const pod = d.spec.template;
    for (const c of pod.spec.containers) {
      const who = `${d.metadata.name}/${c.name}`;
      const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? (e.valueFrom ? '<ref>' : '')]));
      const byCanon = Object.fromEntries(Object.entries(env).map(([k, v]) => [canon(k), { name: k, value: v }]));
      if ((c.envFrom ?? []).some((e) => e.secretRef)) out.push(`${who}: envFrom a Secret; connection settings must be visible to this check`);
      for (const [key, t] of Object.entries(TARGETS)) {
        if (!(t.used in env)) continue;
        if (!modes[key]) continue;
        if (pod.metadata.labels?.['azure.workload.identity/use'] !== 'true') out.push(`${who}: uses ${key} with Entra tokens but the pod lacks azure.workload.identity/use`);
        for (const property of t.secrets) {
          const set = byCanon[canon(property)];
          const fallback = serviceDefault(d.metadata.name, property, env);
          const value = set ? set.value : fallback.value;
          if (value !== undefined && value !== null && value !== '') {
            out.push(set
              ? `${who}: ${set.name} sets a secret, but ${key} accepts Entra tokens only`
              : `${who}: ${key} accepts Entra tokens only, but ${property} falls back to '${value}' (${fallback.file}); set ${property.toUpperCase().replace(/[.-]/g, '_')} to ""`);
          }
        }
        if (key === 'postgres') {
          const url = String(env.SPRING_DATASOURCE_URL).replace(/\$\(([A-Z0-9_]+)\)/g, (_, n) => env[n] ?? '');
          if (!url.includes(`authenticationPluginClassName=${TOKEN_PLUGIN}`)) {
            out.push(`${who}: PostgreSQL accepts Entra tokens only, but the JDBC URL has no authenticationPluginClassName=${TOKEN_PLUGIN}`);
          }
          const user = (c.env ?? []).find((e) => e.name === 'SPRING_DATASOURCE_USERNAME')?.valueFrom?.configMapKeyRef?.key;
          if (user !== `${d.metadata.name}_identity_name`) out.push(`${who}: the PostgreSQL user must be its identity's name (tf-outputs ${d.metadata.name}_identity_name), got ${user}`);
        }
      }
    }
  }
  return out;
}
