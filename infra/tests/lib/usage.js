// Permissions by use: the Azure operations the code performs (usage/operations.json, re-derived
// from the Java sources here) against the role assignments of each workload's identity.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { infraDir } from './config.js';

export const repoDir = path.join(infraDir, '..');
export const loadTable = () => JSON.parse(readFileSync(path.join(infraDir, 'tests', 'usage', 'operations.json'), 'utf8'));
const own = (o) => Object.entries(o).filter(([k]) => k !== '_doc');

function javaFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? javaFiles(full) : name.endsWith('.java') ? [full] : [];
  });
}

/** Main sources by repo-relative path; `mutate(file, text)` lets a test change one on purpose. */
export function loadSources(mutate = (_f, t) => t) {
  const out = {};
  for (const svc of readdirSync(path.join(repoDir, 'services'))) {
    const main = path.join(repoDir, 'services', svc, 'src', 'main', 'java');
    if (!statSync(path.join(repoDir, 'services', svc)).isDirectory()) continue;
    try { statSync(main); } catch { continue; }
    for (const f of javaFiles(main)) {
      const rel = path.relative(repoDir, f);
      out[rel] = mutate(rel, readFileSync(f, 'utf8'));
    }
  }
  return out;
}

/** Bodies of the public (or @Override) methods of a class, by name; overloads are merged. */
export function methodBodies(text) {
  const bodies = {};
  const head = /(?:@Override\s+)?public\s+(?:static\s+)?[\w<>[\], ?]+\s+(\w+)\s*\([^)]*\)\s*(?:throws [\w., ]+)?\{/g;
  for (const m of text.matchAll(head)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    bodies[m[1]] = (bodies[m[1]] ?? '') + text.slice(m.index + m[0].length, i - 1);
  }
  return bodies;
}

/** Private helpers called from a method body are inlined once (ServiceBusJobQueue.settle). */
function privateBodies(text) {
  const out = {};
  for (const m of text.matchAll(/private\s+[\w<>[\], ?]+\s+(\w+)\s*\([^)]*\)\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    for (; i < text.length && depth > 0; i++) depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
    out[m[1]] = text.slice(m.index + m[0].length, i - 1);
  }
  return out;
}

/** SDK methods a body calls on the adapter's client fields: this.sender.x(, this.receiver::x, .getBlobClient(..).x( */
export function sdkCallsIn(body, clients) {
  const calls = new Set();
  for (const c of clients) {
    for (const m of body.matchAll(new RegExp(`this\\.${c}(?:\\.|::)(\\w+)`, 'g'))) calls.add(m[1]);
    // One level of navigation: this.container.getBlobClient(key).uploadWithResponse(...)
    for (const m of body.matchAll(new RegExp(`this\\.${c}\\.\\w+\\((?:[^()]|\\([^()]*\\))*\\)\\.(\\w+)\\(`, 'g'))) calls.add(m[1]);
  }
  return calls;
}

/** The adapter part of the table must equal what the adapters' code calls. */
export function adapterTable(table = loadTable(), sources = loadSources()) {
  const out = [];
  for (const [file, a] of own(table.adapters)) {
    const text = sources[file];
    if (!text) { out.push(`${file}: adapter listed in the table does not exist`); continue; }
    const publics = methodBodies(text);
    // One level of private helpers (settle) and of calls to the class's own methods (retry -> complete).
    const helpers = { ...privateBodies(text), ...publics };
    for (const [method, body] of Object.entries(publics)) {
      const inlined = body + Object.entries(helpers)
        .filter(([h]) => h !== method && new RegExp(`(?<![.:\\w])${h}\\(`).test(body)).map(([, b]) => b).join('');
      const ops = new Set();
      for (const call of sdkCallsIn(inlined, a.clients)) {
        if (!(call in table.sdkCalls)) out.push(`${file}: ${method} calls SDK method ${call}, which sdkCalls does not map`);
        else if (table.sdkCalls[call]) ops.add(table.sdkCalls[call]);
      }
      const listed = a.methods[method];
      if (method === a.port || /^[A-Z]/.test(method)) continue;
      if (!listed) { out.push(`${file}: ${method} is not in the table (it performs ${[...ops].join(', ') || 'nothing'})`); continue; }
      const want = [...ops].sort().join(', ');
      const have = [...listed].sort().join(', ');
      if (want !== have) out.push(`${file}: ${a.port}.${method} performs [${want}], the table says [${have}]`);
    }
  }
  // Every file that imports the Azure SDK is an adapter, a chat model or wiring.
  const known = new Set([...Object.keys(table.adapters), ...Object.keys(table.chatModels), ...Object.keys(table.wiring),
    ...own(table.switchedOff ?? {}).map(([f]) => f)]);
  for (const [file, text] of Object.entries(sources)) {
    if (/^import (com\.azure\.|dev\.langchain4j\.model\.azure\.)/m.test(text) && !known.has(file)) {
      out.push(`${file}: imports the Azure SDK but is not in usage/operations.json`);
    }
  }
  return out;
}

const PORTS = ['BlobStore', 'JobQueue'];

/** Switched-off operations whose setting an overlay's rendered objects set anyway: each then needs a role. */
export function switchedOnByOverlay(objects, table = loadTable()) {
  const out = [];
  const text = JSON.stringify(objects);
  for (const [file, s] of own(table.switchedOff ?? {})) {
    for (const setting of s.settings) {
      if (text.includes(setting)) out.push(`${file}: ${s.operations.join(', ')} switched on by ${setting}, which no role allows`);
    }
  }
  return out;
}

/** Port methods (and chat-model operations) a service's own code calls, through relays too. */
export function serviceUses(svc, table = loadTable(), sources = loadSources()) {
  const uses = new Set();
  const prefix = `services${path.sep}${svc}${path.sep}`;
  const relays = Object.fromEntries(own(table.relays).map(([, r]) => [r.type, r.calls]));
  const typed = [...PORTS, ...Object.keys(relays)];
  for (const [file, text] of Object.entries(sources).filter(([f]) => f.startsWith(prefix))) {
    for (const m of text.matchAll(new RegExp(`\\b(${typed.join('|')})\\s+(\\w+)\\s*[,;)=]`, 'g'))) {
      const [, type, name] = m;
      for (const c of text.matchAll(new RegExp(`\\b(?:this\\.)?${name}\\.(\\w+)\\(`, 'g'))) {
        if (relays[type]) (relays[type][c[1]] ?? []).forEach((u) => uses.add(u));
        else uses.add(`${type}.${c[1]}`);
      }
    }
    if (table.chatModels[file]) table.chatModels[file].forEach((op) => uses.add(op));
  }
  return uses;
}

/** The services part of the table must equal what each service's code calls; relays are checked too. */
export function serviceTable(table = loadTable(), sources = loadSources()) {
  const out = [];
  for (const [file, r] of own(table.relays)) {
    const bodies = methodBodies(sources[file] ?? '');
    for (const [method, calls] of Object.entries(r.calls)) {
      for (const call of calls) {
        const name = call.split('.')[1];
        if (!new RegExp(`\\.${name}\\(`).test(bodies[method] ?? '')) out.push(`${file}: ${r.type}.${method} no longer calls ${call}`);
      }
    }
  }
  for (const [svc, listed] of own(table.services)) {
    const derived = [...serviceUses(svc, table, sources)].sort();
    const missing = derived.filter((u) => !listed.includes(u));
    const extra = listed.filter((u) => !derived.includes(u));
    if (missing.length) out.push(`${svc}: the code calls ${missing.join(', ')}, which the table does not list`);
    if (extra.length) out.push(`${svc}: the table lists ${extra.join(', ')}, which the code does not call`);
  }
  for (const [name] of own(table.services)) {
    if (!existsDir(path.join(repoDir, 'services', name))) out.push(`services: ${name} is not a service`);
  }
  return out;
}

const existsDir = (d) => { try { return statSync(d).isDirectory(); } catch { return false; } };

/** Operations per workload: services through their ports, platform workloads from the table. */
export function operationsByWorkload(table = loadTable()) {
  const byPort = {};
  for (const [, a] of own(table.adapters)) for (const [m, ops] of Object.entries(a.methods)) byPort[`${a.port}.${m}`] = ops;
  const out = {};
  for (const [svc, uses] of own(table.services)) {
    out[svc] = { deployment: svc, ops: {} };
    for (const u of uses) for (const op of byPort[u] ?? [u]) (out[svc].ops[op] ??= []).push(u);
  }
  for (const [name, p] of own(table.platform)) {
    out[name] = { deployment: p.deployment, subject: p.subject, evidence: p.evidence, ops: Object.fromEntries(p.operations.map((o) => [o, ['k8s']])) };
  }
  return out;
}

const granted = (patterns, permission) => patterns.some((p) =>
  new RegExp(`^${p.split('*').map((s) => s.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&')).join('.*')}$`, 'i').test(permission));

/**
 * Every operation of every workload is allowed by a role assignment of the identity its
 * service account is federated to, at the scope of the resource the operation targets.
 * `objects` is a rendered overlay (for serviceAccountName); `identity` the parsed module locals.
 */
export function permissionsByUse(model, objects, table = loadTable()) {
  const out = [];
  const locals = Object.assign({}, ...model.parsed.filter((p) => p.file.includes(`modules${path.sep}identity${path.sep}`)).flatMap((p) => p.json.locals ?? []));
  const subjects = Object.fromEntries(Object.entries(locals.subjects ?? {}).map(([k, s]) => [String(s).replace('${var.namespace}', 'tailor'), k]));
  const grants = Object.values(locals.grants ?? {});
  for (const [name, w] of Object.entries(operationsByWorkload(table))) {
    if (w.evidence && !readFileSync(path.join(repoDir, w.evidence[0]), 'utf8').includes(w.evidence[1])) {
      out.push(`${name}: ${w.evidence[0]} no longer shows "${w.evidence[1]}"; update the table`);
    }
    let subject = w.subject;
    if (!subject) {
      const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === w.deployment);
      if (!d) { out.push(`${name}: no Deployment ${w.deployment} in the overlay`); continue; }
      subject = `system:serviceaccount:${d.metadata.namespace}:${d.spec.template.spec.serviceAccountName}`;
    }
    const identity = subjects[subject];
    if (!identity && Object.keys(w.ops).length) { out.push(`${name}: no identity is federated to ${subject}`); continue; }
    const mine = grants.filter((g) => g.identity === identity);
    for (const [op, via] of Object.entries(w.ops)) {
      const need = table.operations[op];
      if (!need) { out.push(`${name}: operation ${op} is not described in the table`); continue; }
      const ok = mine.some((g) => g.scope === `\${var.scopes.${need.scope}}` && granted(table.roles[g.role] ?? [], need.permission));
      if (!ok) {
        const have = mine.map((g) => `${g.role} on ${String(g.scope).replace(/^\$\{var\.scopes\.(.*)\}$/, '$1')}`).join('; ') || 'none';
        out.push(`${name}: ${op} (${via.join(', ')}) needs ${need.permission} on ${need.scope}; identity ${identity} has: ${have}`);
      }
    }
  }
  return out;
}
