import assert from 'node:assert/strict';
import { loadInfra } from '../lib/config.js';

const real = await loadInfra();
export const model = () => real;

/** Breaks the real config by replacing `from` with `to` in files whose path ends with `suffix`. */
export async function mutated(suffix, from, to) {
  let hit = false;
  const m = await loadInfra((file, text) => {
    if (!file.endsWith(suffix) || !text.includes(from)) return text;
    hit = true;
    return text.replace(from, to);
  });
  assert.ok(hit, `fixture did not apply: ${suffix} lacks ${from}`);
  return m;
}

export function passes(rule) {
  assert.deepEqual(rule(real), []);
}

export async function fails(rule, suffix, from, to, pattern) {
  const violations = rule(await mutated(suffix, from, to));
  assert.ok(violations.some((v) => pattern.test(v)), `expected ${pattern} in ${JSON.stringify(violations)}`);
}
