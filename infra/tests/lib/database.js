// Database privileges by use: the PostgreSQL roles the services log in as hold what their code
// does with the tables, now and for tables later migrations add. One service runs the Flyway
// migrations and so owns the tables; every other service that connects needs, from
// ops/azure/sql/grants.sql, the statements its code runs (derived from the SQL string literals
// of its sources and of the modules it depends on) on all tables and sequences, and the same as
// default privileges, granted by the owner's role (the db-grants Job as runner.sh fills it in).
// The owner must be able to create in schema public (ops/azure/sql/roles.sql), and runner.sh
// must run roles before the owner starts and the grants after its migrations.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoDir } from './usage.js';

const read = (rel) => readFileSync(path.join(repoDir, rel), 'utf8');
const walk = (dir, ext) => (existsSync(dir) ? readdirSync(dir).flatMap((n) => {
  const full = path.join(dir, n);
  return statSync(full).isDirectory() ? walk(full, ext) : (n.endsWith(ext) ? [full] : []);
}) : []);

/** The text of every string literal (plain and text blocks) of a Java source, comments left out. */
export function javaStrings(source) {
  const out = [];
  const re = /"""([\s\S]*?)"""|"((?:[^"\\\n]|\\.)*)"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)'/g;
  for (const m of source.matchAll(re)) if (m[1] !== undefined || m[2] !== undefined) out.push(m[1] ?? m[2]);
  return out;
}

/** Table privileges the SQL in `strings` needs: SELECT, INSERT, UPDATE, DELETE. */
export function privilegesOf(strings) {
  const sql = strings.join('\n').toLowerCase().replace(/\s+/g, ' ');
  const need = new Set();
  if (/\bselect\b[^;]*?\bfrom\s+[a-z_]/.test(sql) || /\breturning\b/.test(sql)) need.add('SELECT');
  if (/\binsert\s+into\s+[a-z_]/.test(sql)) need.add('INSERT');
  if (/\bupdate\s+[a-z_]+\s+(?:[a-z_]+\s+)?set\b/.test(sql) || /\bfor\s+(?:no\s+key\s+)?update\b/.test(sql) || /\bon\s+conflict\b[^;]*\bdo\s+update\b/.test(sql)) need.add('UPDATE');
  if (/\bdelete\s+from\s+[a-z_]/.test(sql)) need.add('DELETE');
  return need;
}

/** Module directories a service's code comes from: its own and the services/ modules its pom depends on. */
export function modulesOf(svc) {
  const pom = read(`services/${svc}/pom.xml`);
  const siblings = readdirSync(path.join(repoDir, 'services')).filter((m) => m !== svc && existsSync(path.join(repoDir, 'services', m, 'pom.xml')));
  return [svc, ...siblings.filter((m) => pom.includes(`<artifactId>${m}</artifactId>`))];
}

/** Privileges a service's code needs, from the SQL literals under src/main/java of its modules. */
export function servicePrivileges(svc) {
  const files = modulesOf(svc).flatMap((m) => walk(path.join(repoDir, 'services', m, 'src', 'main', 'java'), '.java'));
  return privilegesOf(files.flatMap((f) => javaStrings(readFileSync(f, 'utf8'))));
}

/** The migrations the owner runs, as one lower-case text. */
export function migrations() {
  return walk(path.join(repoDir, 'services'), '.sql').filter((f) => f.includes(`${path.sep}src${path.sep}main${path.sep}resources${path.sep}db${path.sep}migration${path.sep}`))
    .map((f) => readFileSync(f, 'utf8')).join('\n').toLowerCase();
}

const flywayOn = (svc) => {
  const file = path.join(repoDir, 'services', svc, 'src', 'main', 'resources', `${svc}.yml`);
  return existsSync(file) && parse(readFileSync(file, 'utf8'))?.spring?.flyway?.enabled === true;
};

/** Statements of a psql script without comments and meta-commands, whitespace collapsed. */
export function statements(sql) {
  return sql.split('\n').filter((l) => !/^\s*(--|\\)/.test(l)).join('\n').split(';')
    .map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** { variable: { tables, sequences, defaultTables, defaultSequences } } privileges grants.sql gives. */
export function grantsOf(sql) {
  const out = {};
  const add = (v, kind, list, forRole) => {
    const g = (out[v] ??= { tables: new Set(), sequences: new Set(), defaultTables: new Set(), defaultSequences: new Set(), forRoles: [] });
    for (const p of list.split(',').map((x) => x.trim().toUpperCase())) g[kind].add(p);
    if (forRole) g.forRoles.push(forRole);
  };
  for (const s of statements(sql)) {
    let m = s.match(/^GRANT (.+) ON ALL (TABLES|SEQUENCES) IN SCHEMA public TO :"(\w+)"$/i);
    if (m) { add(m[3], m[2].toLowerCase(), m[1]); continue; }
    m = s.match(/^ALTER DEFAULT PRIVILEGES (?:FOR ROLE (\S+) )?IN SCHEMA public GRANT (.+) ON (TABLES|SEQUENCES) TO :"(\w+)"$/i);
    if (m) add(m[4], m[3].toUpperCase() === 'TABLES' ? 'defaultTables' : 'defaultSequences', m[2], m[1]);
  }
  return out;
}

const envOf = (c, tf) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.valueFrom?.configMapKeyRef ? tf[e.valueFrom.configMapKeyRef.key] : e.value]));
const keyOf = (c, name) => (c.env ?? []).find((e) => e.name === name)?.valueFrom?.configMapKeyRef?.key;

/**
 * Violations for one overlay (`objects`), its tf-outputs values (`tf`) and the db-grants
 * manifest as applied (`job`: its parsed documents). `files` overrides the ops/azure texts.
 */
export function databaseByUse(objects, tf, job, files = {}) {
  const text = (rel) => files[rel] ?? read(rel);
  const out = [];
  const services = objects.filter((o) => o.kind === 'Deployment').flatMap((d) => d.spec.template.spec.containers
    .filter((c) => /^jdbc:postgresql:/.test(envOf(c, tf).SPRING_DATASOURCE_URL ?? ''))
    .map((c) => ({ name: d.metadata.name, sa: d.spec.template.spec.serviceAccountName, env: envOf(c, tf), userKey: keyOf(c, 'SPRING_DATASOURCE_USERNAME') })));
  const owners = services.filter((s) => flywayOn(s.name) && s.env.SPRING_FLYWAY_ENABLED !== 'false');
  if (owners.length !== 1) return [`exactly one service must run the migrations (own the tables); found [${owners.map((s) => s.name)}]`];
  const [owner] = owners;
  const database = owner.env.SPRING_DATASOURCE_URL.match(/^jdbc:postgresql:\/\/[^/]+\/([^?]+)/)?.[1];
  const user = owner.env.SPRING_DATASOURCE_USERNAME;

  const m = migrations();
  const foreign = [...m.matchAll(/\b(?:create|alter)\s+(?:table|sequence|view|index\s+\w+\s+on)\s+(?:if\s+(?:not\s+)?exists\s+)?([a-z_]+)\.[a-z_]/g)].map((x) => x[1]).filter((s) => s !== 'public');
  if (/\bcreate\s+schema\b/.test(m) || foreign.length) out.push(`the migrations create objects outside schema public (${[...new Set(foreign)]}), which grants.sql does not cover`);
  const sequences = /\b(?:big|small)?serial\b|\bnextval\s*\(|\bcreate\s+sequence\b/.test(m);

  // The grants run as the owner: ALTER DEFAULT PRIVILEGES without FOR ROLE covers what that role creates.
  const pod = job.find((o) => o.kind === 'Job')?.spec.template.spec;
  const c = pod?.containers?.[0];
  if (!c) return [...out, 'ops/azure/k8s/db-grants.yaml has no Job'];
  const jenv = envOf(c, tf);
  if (jenv.PGUSER !== user) out.push(`db-grants: runs as ${jenv.PGUSER}, but ${owner.name} (${user}) runs the migrations and owns the tables; default privileges would not cover its later ones`);
  if (pod.serviceAccountName !== owner.sa) out.push(`db-grants: service account ${pod.serviceAccountName} is not ${owner.name}'s (${owner.sa}), so its token is not ${user}'s`);
  if (jenv.PGDATABASE !== database) out.push(`db-grants: database ${jenv.PGDATABASE}, but the services use ${database}`);
  const script = (c.args ?? []).join('\n');
  const vars = Object.fromEntries([...script.matchAll(/-v (\w+)="\$(\w+)"/g)].map(([, v, e]) => [v, jenv[e]]));
  if (!/-f \/sql\/grants\.sql\b/.test(script)) out.push('db-grants: does not run grants.sql');
  const grants = grantsOf(text('ops/azure/sql/grants.sql'));
  for (const s of services.filter((x) => x !== owner)) {
    const need = servicePrivileges(s.name);
    const v = Object.keys(vars).find((k) => vars[k] === s.env.SPRING_DATASOURCE_USERNAME);
    if (!v) { out.push(`db-grants: no psql variable names ${s.name}'s role ${s.env.SPRING_DATASOURCE_USERNAME}`); continue; }
    const g = grants[v] ?? { tables: new Set(), sequences: new Set(), defaultTables: new Set(), defaultSequences: new Set(), forRoles: [] };
    const has = (set, p) => set.has(p) || set.has('ALL') || set.has('ALL PRIVILEGES');
    for (const p of need) {
      if (!has(g.tables, p)) out.push(`${s.name}: its code runs ${p}, but grants.sql gives :"${v}" no ${p} on all tables in schema public`);
      if (!has(g.defaultTables, p)) out.push(`${s.name}: its code runs ${p}, but grants.sql gives :"${v}" no default ${p} on tables later migrations create`);
    }
    if (sequences && need.has('INSERT')) {
      for (const p of ['USAGE']) {
        if (!has(g.sequences, p)) out.push(`${s.name}: inserts into tables with sequences, but grants.sql gives :"${v}" no ${p} on all sequences`);
        if (!has(g.defaultSequences, p)) out.push(`${s.name}: inserts into tables with sequences, but grants.sql gives :"${v}" no default ${p} on sequences`);
      }
    }
    if (g.forRoles.length) out.push(`grants.sql: ALTER DEFAULT PRIVILEGES FOR ROLE ${g.forRoles} (the Job runs as the owner: leave FOR ROLE out)`);
  }

  // roles.sql, as runner.sh's roles phase runs it: the owner may create in schema public of the database.
  const runner = text('ops/azure/runner.sh');
  const roles = text('ops/azure/sql/roles.sql');
  const call = runner.match(/psql [^\n]*(?:\\\n[^\n]*)*-f "\$repo\/ops\/azure\/sql\/roles\.sql"/)?.[0] ?? '';
  const apiVar = [...call.matchAll(/-v (\w+)="\$([a-z_]+)"/g)].find(([, , k]) => k === owner.userKey)?.[1];
  const dbVar = [...call.matchAll(/-v (\w+)=([a-z_]+)\b/g)].find(([, , value]) => value === database)?.[1];
  if (!apiVar || !dbVar) out.push(`runner.sh: roles.sql must get ${owner.name}'s role (\$${owner.userKey}) and the database ${database} as psql variables`);
  else {
    const meta = roles.split('\n').map((l) => l.trim());
    const grantsCreate = statements(roles).some((s) => new RegExp(`^GRANT (?:[A-Z, ]*\\b)?CREATE\\b[A-Z, ]* ON SCHEMA public TO :"${apiVar}"$`, 'i').test(s));
    const connected = meta.findIndex((l) => l === `\\connect :${dbVar}` || l === `\\c :${dbVar}`);
    const grantLine = meta.findIndex((l) => /^GRANT .*CREATE.* ON SCHEMA public/i.test(l));
    if (!grantsCreate || connected < 0 || grantLine < connected) out.push(`roles.sql: must connect to :${dbVar} and GRANT CREATE ON SCHEMA public TO :"${apiVar}" (PostgreSQL 15+ gives it to the database owner only)`);
    else if (!/has_schema_privilege\(.*'public',\s*'CREATE'\)/.test(roles) || !/RAISE EXCEPTION/.test(roles)) out.push('roles.sql: must fail when the owner still cannot create in schema public (a GRANT without grant option only warns)');
  }
  const order = (runner.match(/phases=\("\$\{@:-([a-z ]+)\}"\)/)?.[1] ?? '').split(' ');
  const at = (p) => order.indexOf(p);
  if (!(at('roles') >= 0 && at('roles') < at('apply') && at('apply') < at('grants'))) out.push(`runner.sh: phases must run roles, then apply, then grants (default: ${order.join(' ')})`);
  const apply = runner.match(/\napply\(\) \{([\s\S]*?)\n\}/)?.[1] ?? '';
  if (!apply.includes(`rollout status deployment/${owner.name}`)) out.push(`runner.sh: apply must wait for ${owner.name}'s rollout (its migrations) before the grants`);
  return out;
}
