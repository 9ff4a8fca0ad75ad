// Database privileges by use (lib/database.js): the worker's role may do what its code does with
// the api's tables, including tables later migrations add, granted by the role that owns them;
// the api's role may create them; runner.sh runs each step at its time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { databaseByUse, servicePrivileges, privilegesOf, javaStrings } from '../lib/database.js';
import { dbGrantsManifest, readEnvFile } from '../lib/runner.js';
import { renderOverlays, ENVS } from '../lib/render.js';
import { repoDir } from '../lib/usage.js';

const rendered = renderOverlays();
const tf = (env) => readEnvFile(path.join(repoDir, 'k8s', 'overlays', env, 'tf-outputs.env.example'));
const swapIn = (text, from, to) => { assert.ok(text.includes(from), `fixture did not apply: ${from}`); return text.replace(from, to); };
const job = (env, from, to) => parseAllDocuments(dbGrantsManifest(tf(env), (_f, t) => (from === undefined ? t : swapIn(t, from, to))))
  .map((d) => d.toJS()).filter(Boolean);
const file = (rel, from, to) => ({ [rel]: swapIn(readFileSync(path.join(repoDir, rel), 'utf8'), from, to) });
const check = (env, files, j = job(env)) => databaseByUse(rendered[env], tf(env), j, files);
const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);

test('the worker\'s code reads, inserts, updates and deletes (derived from its SQL literals)', () =>
  assert.deepEqual([...servicePrivileges('worker')].sort(), ['DELETE', 'INSERT', 'SELECT', 'UPDATE']));
test('SQL is read from string literals and text blocks, not comments', () => {
  const strings = javaStrings('// delete from job\nString a = "select id from job where x = ?";\nString b = """\n  update job_queue\n  set visible_at = now()\n""";');
  assert.deepEqual([...privilegesOf(strings)].sort(), ['SELECT', 'UPDATE']);
});
for (const env of ENVS) {
  test(`${env}: the database roles hold what the services do, granted by the tables' owner`, () => assert.deepEqual(check(env), []));
}

test('invalid: no default privileges for tables later migrations add', () => expectIn(
  check('dev', file('ops/azure/sql/grants.sql', 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"worker";\n', '')),
  /^worker: its code runs SELECT, but grants\.sql gives :"worker" no default SELECT on tables later migrations create/));
test('invalid: the worker may not delete', () => expectIn(
  check('staging', file('ops/azure/sql/grants.sql', 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES', 'GRANT SELECT, INSERT, UPDATE ON ALL TABLES')),
  /^worker: its code runs DELETE, but grants\.sql gives :"worker" no DELETE on all tables/));
test('invalid: no default USAGE on sequences', () => expectIn(
  check('prod', file('ops/azure/sql/grants.sql', 'ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"worker";\n', '')),
  /^worker: inserts into tables with sequences, but grants\.sql gives :"worker" no default USAGE on sequences/));
test('invalid: the grants run as the worker, not as the tables\' owner', () => expectIn(
  check('dev', {}, job('dev', '{name: PGUSER, value: __API_IDENTITY__}', '{name: PGUSER, value: __WORKER_IDENTITY__}')),
  /^db-grants: runs as id-tailor-dev-worker, but api \(id-tailor-dev-api\) runs the migrations/));
test('invalid: the grants Job under the worker\'s service account', () => expectIn(
  check('prod', {}, job('prod', 'serviceAccountName: api', 'serviceAccountName: worker')),
  /^db-grants: service account worker is not api's/));
test('invalid: the api\'s CREATE on schema public left to chance', () => expectIn(
  check('dev', file('ops/azure/sql/roles.sql', 'GRANT CREATE ON SCHEMA public TO :"api";\n', '')),
  /^roles\.sql: must connect to :db and GRANT CREATE ON SCHEMA public TO :"api"/));
test('invalid: the CREATE grant made on database postgres', () => expectIn(
  check('staging', file('ops/azure/sql/roles.sql', '\\connect :db\n', '')),
  /^roles\.sql: must connect to :db/));
test('invalid: a failed CREATE grant only warns', () => expectIn(
  check('dev', file('ops/azure/sql/roles.sql', 'RAISE EXCEPTION', 'RAISE NOTICE')),
  /^roles\.sql: must fail when the owner still cannot create/));
test('invalid: grants before the api\'s migrations', () => expectIn(
  check('dev', file('ops/azure/runner.sh', 'images keda roles tls apply grants smoke}', 'images keda roles tls grants apply smoke}')),
  /^runner\.sh: phases must run roles, then apply, then grants/));
test('invalid: roles.sql without the api\'s role', () => expectIn(
  check('prod', file('ops/azure/runner.sh', ' -v api="$api_identity_name"', '')),
  /^runner\.sh: roles\.sql must get api's role/));
