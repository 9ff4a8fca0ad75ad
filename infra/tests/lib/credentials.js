// Credentials by use: each service's connection settings in the rendered overlays use the
// authentication mode the Terraform leaves enabled on the target: Entra tokens where keys and
// passwords are off, never a secret setting, and no fallback to a service's local default.
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { ofType, first } from './config.js';
import { repoDir } from './usage.js';
import { literalAssignments } from './runner.js';

export const TOKEN_PLUGIN = 'com.azure.identity.extensions.jdbc.postgresql.AzurePostgresqlAuthenticationPlugin';

/** Target -> how Terraform says it authenticates, and the settings that would carry a secret. */
export const TARGETS = {
  postgres: { type: 'azurerm_postgresql_flexible_server', used: 'SPRING_DATASOURCE_URL', secrets: ['spring.datasource.password', 'PGPASSWORD'],
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

/**
 * The scope of the service's own dependency on azure-identity-extensions (the token plugin's
 * jar), read with xmllint; undefined without one. `pomOf(svc)` gives the pom's text.
 */
function pluginScope(svc, pomOf) {
  const text = pomOf(svc);
  if (text === undefined) return undefined;
  const dep = "/*[local-name()='project']/*[local-name()='dependencies']/*[local-name()='dependency'][*[local-name()='artifactId']='azure-identity-extensions']";
  const xpath = `concat(count(${dep}), ':', ${dep}/*[local-name()='scope'])`;
  const [count, scope] = execFileSync('xmllint', ['--xpath', xpath, '-'], { input: text, encoding: 'utf8' }).trim().split(':');
  return count === '0' ? undefined : scope || 'compile';
}

const realPom = (svc) => {
  const file = path.join(repoDir, 'services', svc, 'pom.xml');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

export function credentialsByUse(model, objects, pomOf = realPom) {
  const out = [];
  const modes = Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => {
    const rs = ofType(model, t.type);
    return [k, rs.length > 0 && rs.every((r) => t.entraOnly(r.body))];
  }));
  const tfOutputs = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs'))?.data ?? {};
  for (const d of objects.filter((o) => o.kind === 'Deployment' || o.kind === 'Job')) {
    const pod = d.spec.template;
    for (const c of pod.spec.containers) {
      const who = `${d.metadata.name}/${c.name}`;
      const env = Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value ?? (e.valueFrom ? '<ref>' : '')]));
      const byCanon = Object.fromEntries(Object.entries(env).map(([k, v]) => [canon(k), { name: k, value: v }]));
      if ((c.envFrom ?? []).some((e) => e.secretRef)) out.push(`${who}: envFrom a Secret; connection settings must be visible to this check`);
      if (d.kind === 'Job') { out.push(...psqlJob(model, d, c, who, env, modes.postgres, tfOutputs)); continue; }
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
          } else {
            const scope = pluginScope(d.metadata.name, pomOf);
            if (scope !== 'compile' && scope !== 'runtime') out.push(`${who}: the JDBC URL names the token plugin, but services/${d.metadata.name}/pom.xml ${scope ? `has azure-identity-extensions only in scope ${scope}` : 'does not depend on azure-identity-extensions'}`);
          }
          const user = (c.env ?? []).find((e) => e.name === 'SPRING_DATASOURCE_USERNAME')?.valueFrom?.configMapKeyRef?.key;
          if (user !== `${d.metadata.name}_identity_name`) out.push(`${who}: the PostgreSQL user must be its identity's name (tf-outputs ${d.metadata.name}_identity_name), got ${user}`);
        }
      }
    }
  }
  return out;
}

/**
 * A psql Job against the Entra-only server: no password in its env or its script (the token is
 * the password), workload identity on, and it logs in as its service account's identity, which
 * must be an Entra administrator (the api's: it owns the tables its migrations create).
 */
function psqlJob(model, job, c, who, env, entraOnly, tfOutputs) {
  if (!('PGHOST' in env) || !entraOnly) return [];
  const out = [];
  const pod = job.spec.template;
  if ('PGPASSWORD' in env) out.push(`${who}: PGPASSWORD sets a secret, but postgres accepts Entra tokens only`);
  for (const script of [...(c.command ?? []), ...(c.args ?? [])].filter((a) => /\n|PGPASSWORD/.test(a))) {
    for (const value of literalAssignments(script, 'PGPASSWORD')) out.push(`${who}: its script sets PGPASSWORD to a fixed value (${value}), but postgres accepts Entra tokens only`);
  }
  if (pod.metadata.labels?.['azure.workload.identity/use'] !== 'true') out.push(`${who}: uses postgres with Entra tokens but the pod lacks azure.workload.identity/use`);
  const sa = pod.spec.serviceAccountName;
  const name = tfOutputs[`${sa}_identity_name`];
  if (name === undefined) out.push(`${who}: no tf-outputs ${sa}_identity_name for service account ${sa}`);
  else if (env.PGUSER !== name) out.push(`${who}: PGUSER must be its service account's identity name (tf-outputs ${sa}_identity_name = ${name}), got ${env.PGUSER}`);
  const admins = Object.values(model.parsed.map((p) => p.json.module?.postgres?.[0]).find(Boolean)?.entra_admins ?? {});
  if (!admins.some((a) => a.object_id === `\${module.identity.principal_ids["${sa}"]}` && a.principal_name === `\${module.identity.names["${sa}"]}`)) {
    out.push(`${who}: logs in as the ${sa} identity, which is not an Entra administrator of PostgreSQL (module "postgres" entra_admins)`);
  }
  return out;
}
