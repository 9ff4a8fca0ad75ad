// The provider lock file. The offline machines cannot produce it (no registry), so the Infra
// workflow's checks job does, for every env root, where the registry is reachable: `terraform
// providers lock` for the platforms of ops/infra.md §2, a committed file must come out unchanged,
// and the generated file is uploaded to be committed. A lock file that is committed must name
// every provider the configuration requires, at a version its constraint admits, hashed for
// each of those platforms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parse } from '@cdktf/hcl2json';
import { infraDir } from '../lib/config.js';
import { model } from './helpers.js';

const repo = path.resolve(infraDir, '..');
const read = (rel) => readFileSync(path.join(repo, rel), 'utf8');
const WORKFLOW = '.github/workflows/infra.yml';
const envRoots = readdirSync(path.join(infraDir, 'envs')).filter((n) => existsSync(path.join(infraDir, 'envs', n, `${n}.backend.hcl`)));
const LOCK = 'infra/envs/${{ matrix.env }}/.terraform.lock.hcl';

/** The platforms of the ops/infra.md §2 command (`providers lock -platform=...`). */
export function documentedPlatforms(doc = read('ops/infra.md')) {
  const command = doc.split('\n').find((l) => l.includes('providers lock')) ?? '';
  return [...command.matchAll(/-platform=(\S+)/g)].map((m) => m[1]);
}

const steps = (job) => job.steps ?? [];
const uploads = (job) => steps(job).filter((s) => String(s.uses ?? '').startsWith('actions/upload-artifact@'));
const paths = (s) => String(s.with?.path ?? '').split('\n').map((p) => p.trim()).filter(Boolean);

/** Violations of the workflow's lock-file step, against the env roots and the documented platforms. */
export function lockWorkflow(text = read(WORKFLOW), platforms = documentedPlatforms()) {
  const out = [];
  const jobs = YAML.parse(text).jobs ?? {};
  for (const [name, job] of Object.entries(jobs)) {
    for (const s of uploads(job).filter((u) => paths(u).some((p) => p.endsWith('.terraform.lock.hcl')))) {
      if (s.with['include-hidden-files'] !== true) out.push(`${name}: the upload of .terraform.lock.hcl needs include-hidden-files: true (upload-artifact v4.4+ leaves out dot files)`);
    }
  }
  const lockRun = (s) => /terraform -chdir=infra\/envs\/\$\{\{ matrix\.env \}\} providers lock\b/.test(s.run ?? '');
  const found = Object.entries(jobs).find(([, job]) => steps(job).some(lockRun));
  if (!found) return [...out, `${WORKFLOW}: no job runs terraform -chdir=infra/envs/\${{ matrix.env }} providers lock`];
  const [name, job] = found;
  const envs = job.strategy?.matrix?.env ?? [];
  if ([...envs].sort().join() !== [...envRoots].sort().join()) out.push(`${name}: locks [${envs}] but the env roots are [${envRoots}]`);
  const i = steps(job).findIndex(lockRun);
  const run = steps(job)[i].run;
  const locked = [...run.matchAll(/-platform=(\S+)/g)].map((m) => m[1]);
  for (const p of new Set(['linux_amd64', ...platforms])) if (!locked.includes(p)) out.push(`${name}: providers lock lacks -platform=${p}`);
  if (!steps(job).slice(0, i).some((s) => /terraform -chdir=infra\/envs\/\$\{\{ matrix\.env \}\} init\b/.test(s.run ?? ''))) {
    out.push(`${name}: providers lock needs the modules installed by an earlier terraform init`);
  }
  if (!run.includes(LOCK) || !/git diff --exit-code\b/.test(run)) out.push(`${name}: a committed lock file must be compared after providers lock (git diff --exit-code)`);
  const upload = uploads(job).find((u) => steps(job).indexOf(u) > i && paths(u).includes(LOCK));
  if (!upload) out.push(`${name}: the generated lock file is not uploaded after providers lock`);
  else if (upload.if !== 'always()') out.push(`${name}: the lock file upload must run when the comparison fails (if: always())`);
  return out;
}

/** .gitignore lines (infra/ and the repository's) that would keep `.terraform.lock.hcl` out of Git. */
export function ignoredBy(texts = [read('.gitignore'), read('infra/.gitignore')]) {
  const glob = (g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*').replaceAll('?', '[^/]')}$`);
  return texts.flatMap((t) => t.split('\n')).map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('!') && !l.endsWith('/'))
    .filter((l) => glob(l.replace(/^\//, '').split('/').pop()).test('.terraform.lock.hcl'));
}

/** Every provider the configuration requires: source -> [constraints]. */
export function requiredProviders(m = model()) {
  const req = {};
  for (const p of m.parsed) {
    for (const t of p.json.terraform ?? []) {
      for (const rp of t.required_providers ?? []) {
        for (const spec of Object.values(rp)) (req[spec.source] ??= new Set()).add(spec.version);
      }
    }
  }
  return req;
}

const parts = (v) => v.split('.').map(Number);
/** Terraform's `~> X.Y[.Z]`, `>= X.Y` and exact versions; enough for this configuration's constraints. */
export function admits(constraint, version) {
  const v = parts(version);
  return constraint.split(',').map((c) => c.trim()).every((c) => {
    const [, op, want] = c.match(/^(~>|>=|=)?\s*([\d.]+)$/) ?? [];
    if (!want) return false;
    const w = parts(want);
    const cmp = w.map((x, i) => (v[i] ?? 0) - x).find((d) => d !== 0) ?? 0;
    if (op === '>=') return cmp >= 0;
    if (op === '~>') return cmp >= 0 && w.slice(0, -1).every((x, i) => v[i] === x);
    return cmp === 0;
  });
}

/** Violations of one lock file's text against the required providers and platforms. */
export async function lockContents(file, text, required = requiredProviders(), platforms = documentedPlatforms()) {
  const json = await parse(file, text);
  const locked = Object.fromEntries(Object.entries(json.provider ?? {}).map(([addr, b]) => [addr, b[0]]));
  const out = [];
  for (const [source, constraints] of Object.entries(required)) {
    const entry = locked[`registry.terraform.io/${source}`];
    if (!entry) { out.push(`${file}: no entry for ${source}`); continue; }
    for (const c of constraints) if (!admits(c, entry.version)) out.push(`${file}: ${source} ${entry.version} is outside ${c}`);
    const h1 = (entry.hashes ?? []).filter((h) => h.startsWith('h1:'));
    if (h1.length < platforms.length) out.push(`${file}: ${source} has ${h1.length} h1: hashes for ${platforms.length} platforms (${platforms})`);
  }
  return out;
}

test('ops/infra.md §2 names the platforms to lock', () => assert.ok(documentedPlatforms().includes('linux_amd64'), documentedPlatforms().join()));
test('the Infra workflow locks the providers of every env root and checks the committed file', () => assert.deepEqual(lockWorkflow(), []));
test('no .gitignore keeps the lock file out of Git', () => assert.deepEqual(ignoredBy(), []));
for (const env of envRoots) {
  const file = path.join(infraDir, 'envs', env, '.terraform.lock.hcl');
  test(`${env}: a committed lock file covers every required provider and platform`,
    { skip: !existsSync(file) && `SKIPPED: ${path.relative(repo, file)} is not committed yet (the Infra workflow's terraform-lock-${env} artifact)` },
    async () => assert.deepEqual(await lockContents(file, readFileSync(file, 'utf8')), []));
}

const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const workflow = read(WORKFLOW);
const swap = (from, to) => { assert.ok(workflow.includes(from), `fixture did not apply: ${from}`); return workflow.replace(from, to); };

test('invalid lock step: dropped', () => expectIn(lockWorkflow(swap('providers lock -platform', 'version -platform')), /no job runs .*providers lock/));
test('invalid lock step: without the operators\' platform', () => expectIn(lockWorkflow(swap(' -platform=darwin_arm64', '')), /providers lock lacks -platform=darwin_arm64/));
test('invalid lock step: the committed file is not compared', () => expectIn(lockWorkflow(swap('git diff --exit-code -- "$lock"', 'true')), /must be compared after providers lock/));
test('invalid lock step: the plan\'s lock file uploaded without hidden files', () => expectIn(
  lockWorkflow(swap('          if-no-files-found: error\n          # Without it v4.4+ drops the dot file, and the apply\'s init -lockfile=readonly has none.\n          include-hidden-files: true\n', '          if-no-files-found: error\n')),
  /^plan: the upload of \.terraform\.lock\.hcl needs include-hidden-files: true/));
test('invalid lock step: generated file not uploaded when the comparison fails', () => expectIn(
  lockWorkflow(swap('      - name: Upload the generated lock file\n        if: always()\n', '      - name: Upload the generated lock file\n')), /if: always\(\)/));
test('invalid lock step: one env root left out', () => expectIn(
  lockWorkflow(swap('name: validate, tflint, policy scan (${{ matrix.env }})\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    strategy:\n      fail-fast: false\n      matrix:\n        env: [dev, staging, prod]',
    'name: validate, tflint, policy scan (${{ matrix.env }})\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    strategy:\n      fail-fast: false\n      matrix:\n        env: [dev, prod]')),
  /locks \[dev,prod\] but the env roots are/));
test('invalid: a .gitignore line that ignores the lock file', () => assert.deepEqual(ignoredBy(['*.tfstate\n.terraform*\n.terraform/\n']), ['.terraform*']));

const hashes = (n) => Array.from({ length: n }, (_, i) => `    "h1:${String(i).padStart(43, 'A')}=",`).join('\n');
const entry = (source, version, n = 2) => `provider "registry.terraform.io/${source}" {\n  version     = "${version}"\n  constraints = "~> 1.0"\n  hashes = [\n${hashes(n)}\n  ]\n}\n`;
test('a lock file with every provider, in range, hashed per platform', async () => assert.deepEqual(
  await lockContents('fixture.lock.hcl', entry('hashicorp/azurerm', '4.55.0') + entry('hashicorp/azuread', '3.4.0')), []));
test('invalid lock file: azuread missing', async () => expectIn(
  await lockContents('fixture.lock.hcl', entry('hashicorp/azurerm', '4.55.0')), /no entry for hashicorp\/azuread/));
test('invalid lock file: azurerm older than the code needs', async () => expectIn(
  await lockContents('fixture.lock.hcl', entry('hashicorp/azurerm', '4.40.0') + entry('hashicorp/azuread', '3.4.0')), /hashicorp\/azurerm 4\.40\.0 is outside ~> 4\.46/));
test('invalid lock file: hashed for one platform only', async () => expectIn(
  await lockContents('fixture.lock.hcl', entry('hashicorp/azurerm', '4.55.0', 1) + entry('hashicorp/azuread', '3.4.0')), /azurerm has 1 h1: hashes for 2 platforms/));
