import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { describe, test } from "node:test";
import { envs, load } from "./lib/render.mjs";

const dir = new URL("./policies/", import.meta.url);
const policies = await Promise.all(
  readdirSync(dir)
    .filter((f) => f.endsWith(".mjs"))
    .sort()
    .map(async (f) => ({ name: f.replace(/\.mjs$/, ""), ...(await import(new URL(f, dir))) })),
);
const rendered = Object.fromEntries(envs.map((env) => [env, load(env)]));

for (const policy of policies) {
  describe(`policy ${policy.name}: ${policy.title}`, () => {
    for (const env of envs) {
      test(`${policy.name} holds in ${env}`, () => {
        const violations = policy.check(rendered[env], env);
        if (violations.length) assert.fail(violations.join("; "));
      });
    }
    test(`${policy.name} fails on its mutated ${policy.counterexample.env} fixture`, () => {
      const objs = structuredClone(rendered[policy.counterexample.env]);
      policy.counterexample.mutate(objs);
      const violations = policy.check(objs, policy.counterexample.env);
      assert.ok(violations.some((v) => policy.counterexample.expect.test(v)), `unexpected result: ${JSON.stringify(violations)}`);
    });
  });
}
