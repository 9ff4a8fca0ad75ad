// terraform apply's own Azure calls: the Grafana dashboards import (ops/azure/grafana-dashboards.sh),
// run by a local-exec provisioner of terraform_data in infra/modules/observability as the identity
// Terraform runs as. Its scripts are read like the runner's (lib/runner.js, usage/operations.json
// "deployer"); the resource must run the script on the dashboards the module hashes, re-run when the
// instance or any dashboard the script imports changes, and depend on a role assignment that lets the
// deploying identity do every operation of every command the script runs.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { first } from './config.js';
import { repoDir, loadTable } from './usage.js';
import { runnerScripts, runnerCommands, runnerTable, granted } from './runner.js';

const SECTION = 'deployer';
const DEPLOYER = 'data.azurerm_client_config.current.object_id';

export const deployerScripts = (table = loadTable(), mutate = (_f, t) => t) => runnerScripts(table, mutate, SECTION);

/** The deployer's commands part of the table must equal what its scripts run. */
export const deployerTable = (table = loadTable(), scripts = deployerScripts(table)) => runnerTable(table, scripts, SECTION);

/** A shell glob (*, ?, [...]) as a whole-name regex. */
const globRe = (glob) => new RegExp(`^${glob.replace(/[.+^$(){}|\\/]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
const refs = (text, kind) => [...String(text).matchAll(new RegExp(`\\b${kind}\\.([A-Za-z0-9_]+)`, 'g'))].map((m) => m[1]);

export function dashboardsImport(model, table = loadTable(), scripts = deployerScripts(table)) {
  const out = [];
  const mod = (r) => r.module.endsWith(`modules${path.sep}observability`);
  const res = model.resources.find((r) => mod(r) && r.type === 'terraform_data' && r.body.provisioner?.['local-exec']);
  if (!res) return ['observability: no terraform_data with a local-exec provisioner imports the Grafana dashboards'];
  const who = `observability: terraform_data.${res.name}`;
  const exec = first(res.body.provisioner['local-exec']);
  const execText = JSON.stringify(exec);
  const call = model.parsed.map((p) => p.json.module?.observability?.[0]).find(Boolean);
  if (!call) return [...out, 'module.observability is not called'];
  const platformDir = model.parsed.find((p) => p.json.module?.observability)?.file;
  const resolve = (v) => path.resolve(path.dirname(platformDir), String(v ?? '').replace('${path.module}', '.'));
  const locals = Object.assign({}, ...model.parsed.filter((p) => path.dirname(p.file) === res.module).flatMap((p) => p.json.locals ?? []));
  const expand = (v) => String(v).replace(/\$\{local\.([A-Za-z0-9_]+)\}/g, (m, name) => (name in locals ? String(locals[name]) : m));

  // The script the table lists, on the dashboards directory the module is given.
  const [script] = scripts.filter((s) => !s.error);
  if (!script) return [...out, ...scripts.map((s) => s.error)];
  const vars = refs(execText, 'var');
  const scriptVar = vars.find((v) => resolve(call[v]) === path.join(repoDir, script.file));
  if (!scriptVar) out.push(`${who}: its local-exec does not run ${script.file} (module "observability" gets it as a variable)`);
  const loop = script.text.match(/for \w+ in "\$\{?\w+\}?"\/([^\s;"]+)\s*;/);
  if (!loop) return [...out, `${script.file}: no "for file in "$dir"/<glob>; do" loop over the dashboards`];
  const dirVar = vars.find((v) => v !== scriptVar && String(call[v] ?? '').includes('/ops/'));
  if (!dirVar) return [...out, `${who}: its local-exec does not hand the script the dashboards directory`];
  const dir = resolve(call[dirVar]);
  const imported = readdirSync(dir).filter((f) => globRe(loop[1]).test(f)).sort();
  if (!imported.length) out.push(`${who}: ${script.file} would import nothing from ${path.relative(repoDir, dir)} (${loop[1]})`);

  // Re-run when the instance, any dashboard the script imports, or the script changes.
  const triggers = Object.values(res.body.triggers_replace ?? {}).map(expand);
  if (!triggers.includes('${azurerm_dashboard_grafana.this.id}')) out.push(`${who}: triggers_replace must include azurerm_dashboard_grafana.this.id (a new instance has no dashboards)`);
  if (scriptVar && !triggers.some((t) => t.includes(`filesha256(var.${scriptVar})`))) out.push(`${who}: triggers_replace must include filesha256(var.${scriptVar}) (a changed import must run)`);
  const hashed = new Set();
  for (const t of triggers) {
    if (!t.includes('filesha256(')) continue;
    for (const m of t.matchAll(new RegExp(`fileset\\(var\\.${dirVar},\\s*\\\\?"([^"\\\\]+)\\\\?"\\)`, 'g'))) {
      readdirSync(dir).filter((f) => globRe(m[1]).test(f)).forEach((f) => hashed.add(f));
    }
    for (const m of t.matchAll(new RegExp(`filesha256\\(\\\\?"\\$\\{var\\.${dirVar}\\}/([^"\\\\$]+)\\\\?"\\)`, 'g'))) hashed.add(m[1]);
  }
  for (const f of imported.filter((x) => !hashed.has(x))) {
    out.push(`${who}: triggers_replace does not hash ${f}, which ${script.file} imports: a change to it would never reach Grafana`);
  }

  // Every operation of every command, allowed to the identity that runs terraform apply.
  const roles = model.resources.filter((r) => mod(r) && r.type === 'azurerm_role_assignment');
  const deployerRoles = roles.filter((r) => expand(r.body.principal_id).includes(DEPLOYER));
  const deps = (res.body.depends_on ?? []).map(String);
  const ops = {};
  for (const c of runnerCommands(table, scripts, SECTION).filter((x) => !x.error)) {
    for (const op of table[SECTION].commands[c.key] ?? []) (ops[op] ??= []).push(`${c.key} (${c.where})`);
  }
  for (const [op, via] of Object.entries(ops)) {
    const need = table[SECTION].operations[op];
    if (!need) { out.push(`deployer: operation ${op} is not described in deployer.operations`); continue; }
    if (!need.permission) continue; // a prerequisite of running terraform apply at all
    const tag = `deployer: ${op} (${via[0]})`;
    const fit = deployerRoles.filter((r) => r.body.scope === need.scope && granted(table.roles[r.body.role_definition_name] ?? [], need.permission));
    if (!fit.length) {
      const have = deployerRoles.map((r) => `${r.body.role_definition_name} on ${r.body.scope}`).join('; ') || 'none';
      out.push(`${tag} needs ${need.permission} on ${need.scope}; the identity running terraform apply (${DEPLOYER}) has: ${have}`);
    } else if (!fit.some((r) => deps.includes(`\${azurerm_role_assignment.${r.name}}`))) {
      out.push(`${tag}: ${who} must depend_on azurerm_role_assignment.${fit[0].name}, or the import can run before the role exists`);
    }
  }
  return out;
}
