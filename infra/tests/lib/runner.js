// The in-VNet half of make up (ops/azure/runner.sh, smoke.sh, and the script remote.sh hands
// the VM) runs as the runner VM's identity. Its scripts are read with mvdan/sh's parser: every
// command of a tool that touches Azure is an operation that identity must be allowed
// (usage/operations.json "runner"), and every tf-outputs host the scripts call is an endpoint
// for names by use.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sh from 'mvdan-sh';
import { first } from './config.js';
import { repoDir, loadTable } from './usage.js';

const { syntax } = sh;
const own = (o) => Object.entries(o).filter(([k]) => k !== '_doc');

/**
 * The scripts the runner runs: { file, text, line }; `mutate(file, text)` changes one on purpose.
 * `section` is the table part that lists them (runner; deployer for terraform apply's own scripts).
 */
export function runnerScripts(table = loadTable(), mutate = (_f, t) => t, section = 'runner') {
  const out = [];
  for (const [file, part] of own(table[section].scripts)) {
    const text = mutate(file, readFileSync(path.join(repoDir, file), 'utf8'));
    if (part === 'all') { out.push({ file, text, line: 0 }); continue; }
    // 'heredoc': only the here-documents run on the VM (remote.sh runs on the operator's machine).
    const docs = [];
    syntax.Walk(parse(text, file), (node) => {
      if (node && syntax.NodeType(node) === 'Redirect' && node.Hdoc) {
        const start = node.Hdoc.Pos().Offset();
        const body = text.slice(start, node.Hdoc.End().Offset());
        // An unquoted delimiter: \$ is a literal $ in the script the VM receives.
        docs.push({ file, text: body.replace(/\\\$/g, '$'), line: text.slice(0, start).split('\n').length - 1 });
      }
      return true;
    });
    if (!docs.length) out.push({ file, error: `${file}: no here-document (the script the VM runs) found` });
    out.push(...docs);
  }
  return out;
}

function parse(text, file) {
  return syntax.NewParser().Parse(text, file);
}

const literal = (word) => (word.Parts.length && word.Parts.every((p) => syntax.NodeType(p) === 'Lit') ? word.Lit() : null);

/** Commands of the tracked tools: [{ key, where, args }]; key is the tool and its literal subcommands. */
export function runnerCommands(table = loadTable(), scripts = runnerScripts(table), section = 'runner') {
  const tools = table[section].tools;
  const out = [];
  for (const s of scripts) {
    if (s.error) { out.push({ error: s.error }); continue; }
    syntax.Walk(parse(s.text, s.file), (node) => {
      if (!node || syntax.NodeType(node) !== 'CallExpr' || !node.Args.length) return true;
      const tool = literal(node.Args[0]);
      if (!(tool in tools)) return true;
      const words = [tool];
      if (tools[tool] === 'subcommand') {
        for (const w of node.Args.slice(1)) {
          const lit = literal(w);
          if (!lit || !/^[a-z][a-z0-9-]*$/.test(lit)) break;
          words.push(lit);
        }
      }
      out.push({ key: words.join(' '), where: `${s.file}:${s.line + node.Pos().Line()}`, args: node.Args.map((w) => literal(w)) });
      return true;
    });
  }
  return out;
}

/** Names of the parameters the scripts expand ($x, ${x}, ${x%%.*}). */
export function runnerParameters(scripts) {
  const names = new Set();
  for (const s of scripts.filter((x) => !x.error)) {
    syntax.Walk(parse(s.text, s.file), (node) => {
      if (node && syntax.NodeType(node) === 'ParamExp' && node.Param) names.add(node.Param.Value);
      return true;
    });
  }
  return names;
}

/** The commands part of the table must equal what the scripts run. */
export function runnerTable(table = loadTable(), scripts = runnerScripts(table), section = 'runner') {
  const out = [];
  const commands = runnerCommands(table, scripts, section);
  const used = new Set();
  for (const c of commands) {
    if (c.error) { out.push(c.error); continue; }
    used.add(c.key);
    if (!(c.key in table[section].commands)) out.push(`${c.where}: ${c.key} is not in usage/operations.json ${section}.commands`);
  }
  for (const [key] of own(table[section].commands)) {
    if (!used.has(key)) out.push(`${section}.commands lists ${key}, which no ${section} script runs`);
  }
  return out;
}

export const granted = (patterns, permission) => patterns.some((p) =>
  new RegExp(`^${p.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&')).join('.*')}$`, 'i').test(permission));
const moduleCall = (model, name) => model.parsed.map((p) => p.json.module?.[name]?.[0]).find(Boolean);

/**
 * Every operation of every command the runner runs is allowed: a role assignment of the
 * runner's identity (module "runner" grants) at the operation's scope, Azure RBAC for
 * Kubernetes on the cluster, an Entra administrator entry on PostgreSQL under the role name the
 * scripts log in with, and the api's app role for the smoke request.
 */
export function runnerPermissions(model, table = loadTable(), scripts = runnerScripts(table)) {
  const out = [];
  const call = moduleCall(model, 'runner');
  if (!call) return ['platform: no module "runner"'];
  const grants = Object.values(call.grants ?? {});
  const ops = {};
  for (const c of runnerCommands(table, scripts).filter((x) => !x.error)) {
    for (const op of table.runner.commands[c.key] ?? []) (ops[op] ??= []).push(`${c.key} (${c.where})`);
  }
  for (const [op, via] of Object.entries(ops)) {
    const need = table.runner.operations[op];
    if (!need) { out.push(`runner: operation ${op} is not described in runner.operations`); continue; }
    const who = `runner: ${op} (${via[0]})`;
    if (need.permission) {
      const ok = grants.some((g) => g.scope === need.scope && granted(table.roles[g.role] ?? [], need.permission));
      if (!ok) {
        const have = grants.map((g) => `${g.role} on ${g.scope}`).join('; ') || 'none';
        out.push(`${who} needs ${need.permission} on ${need.scope}; the runner has: ${have}`);
      }
    }
    if (need.azureRbac) {
      const cluster = model.resources.find((r) => r.type === 'azurerm_kubernetes_cluster');
      if (first(cluster?.body.azure_active_directory_role_based_access_control)?.azure_rbac_enabled !== true) {
        out.push(`${who}: the cluster must use Azure RBAC for Kubernetes (azure_rbac_enabled), or its role assignments grant nothing inside the cluster`);
      }
    }
    if (need.entraAdmin) out.push(...postgresAdmin(model, who, scripts));
    if (need.appRole) {
      const callers = String(moduleCall(model, 'entra')?.caller_object_ids ?? '');
      const assignment = model.resources.find((r) => r.type === 'azuread_app_role_assignment');
      if (!callers.includes('module.runner.principal_id')) out.push(`${who}: the runner's identity does not hold the api's app role (module "entra" caller_object_ids)`);
      else if (assignment?.body.for_each !== '${toset(var.caller_object_ids)}') out.push(`${who}: entra-app no longer assigns the app role to caller_object_ids`);
    }
  }
  return out;
}

/** The runner is an Entra administrator of the server, under the role name psql logs in with. */
function postgresAdmin(model, who, scripts) {
  const admins = Object.values(moduleCall(model, 'postgres')?.entra_admins ?? {});
  const mine = admins.find((a) => a.object_id === '${module.runner.principal_id}');
  if (!mine) return [`${who}: the runner's identity is not an Entra administrator of PostgreSQL (module "postgres" entra_admins)`];
  if (mine.principal_name !== '${module.runner.identity_name}') return [`${who}: its PostgreSQL administrator is named ${mine.principal_name}, not module.runner.identity_name`];
  // The identity's name as the scripts can spell it: ${var.name} is the VM's name (runner_vm_name).
  const identity = model.resources.find((r) => r.type === 'azurerm_user_assigned_identity' && r.module.endsWith(`modules${path.sep}runner`));
  const vm = model.resources.find((r) => r.type === 'azurerm_linux_virtual_machine' && r.module.endsWith(`modules${path.sep}runner`));
  if (vm?.body.name !== '${var.name}') return [`${who}: the runner VM is no longer named var.name (runner_vm_name)`];
  const spelled = String(identity?.body.name ?? '').replace('${var.name}', '$runner_vm_name');
  const texts = scripts.filter((s) => !s.error).map((s) => s.text).join('\n');
  if (!texts.includes(`user=\${PG_ADMIN_USER:-${spelled}}`)) return [`${who}: psql must log in as the runner's identity name ${spelled} (the administrator's role)`];
  return [];
}

/** tf-outputs hosts the runner names but never connects to, each with the reason. */
const NAMED_ONLY = {
  api_backend_fqdn: 'the name tls issues the api certificate for (subject, SAN, -verify_hostname); APIM calls it, the runner does not',
};

/** Endpoints the runner calls through tf-outputs values (hosts and URLs), for names by use. */
export function runnerEndpoints(tfOutputs, scripts = runnerScripts()) {
  const out = [];
  for (const name of [...runnerParameters(scripts)].sort()) {
    const v = tfOutputs[name];
    if (v === undefined || NAMED_ONLY[name]) continue;
    // az keyvault --vault-name "$key_vault_name": the vault's data plane, <name>.vault.azure.net.
    if (name === 'key_vault_name') { out.push({ who: `runner $${name}`, scheme: 'https', host: `${v}.vault.azure.net`, port: 443 }); continue; }
    const url = String(v).match(/^(https?):\/\/([^/:]+)(?::(\d+))?/);
    const who = `runner $${name}`;
    if (url) out.push({ who, scheme: url[1], host: url[2], port: Number(url[3] ?? (url[1] === 'https' ? 443 : 80)) });
    else if (/postgres\.database\.azure\.com$/.test(v)) out.push({ who, scheme: 'postgresql', host: v, port: 5432 });
    else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v)) out.push({ who, scheme: 'https', host: v, port: 443 });
  }
  return out;
}

/** KEY=value lines of a tf-outputs.env(.example). */
export const readEnvFile = (file) => Object.fromEntries(readFileSync(file, 'utf8').split('\n')
  .filter((l) => /^[a-z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

/**
 * ops/azure/k8s/db-grants.yaml as runner.sh applies it: its __X__ placeholders filled by the
 * sed expressions runner.sh runs on it, from the env's tf-outputs values.
 */
export function dbGrantsManifest(tfOutputs, mutate = (_f, t) => t) {
  const runner = readFileSync(path.join(repoDir, 'ops/azure/runner.sh'), 'utf8');
  let text = mutate('ops/azure/k8s/db-grants.yaml', readFileSync(path.join(repoDir, 'ops/azure/k8s/db-grants.yaml'), 'utf8'));
  const subs = [...runner.matchAll(/-e "s\|(__[A-Z_]+__)\|\$([a-z_]+)\|"/g)];
  for (const [, placeholder, key] of subs) text = text.replaceAll(placeholder, tfOutputs[key] ?? `<no tf-output ${key}>`);
  return text;
}

/** Literal values a shell script assigns to `name` (PGPASSWORD=tailor psql ...). */
export function literalAssignments(script, name) {
  const out = [];
  syntax.Walk(parse(script, 'script'), (node) => {
    if (node && syntax.NodeType(node) === 'Assign' && node.Name?.Value === name && node.Value) {
      const lit = node.Value.Parts.length && node.Value.Parts.every((p) => syntax.NodeType(p) === 'Lit' || syntax.NodeType(p) === 'SglQuoted') ? 'literal' : null;
      if (lit) out.push(node.Value.Lit() || '(quoted)');
    }
    return true;
  });
  return out;
}
