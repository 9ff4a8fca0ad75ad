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
    // A policy proves each rule can fail: one `counterexample`, or several `counterexamples` with names.
    for (const example of policy.counterexamples ?? [policy.counterexample]) {
      const what = example.name ? `: ${example.name}` : "";
      test(`${policy.name} fails on its mutated ${example.env} fixture${what}`, () => {
        const objs = structuredClone(rendered[example.env]);
        example.mutate(objs);
        const violations = policy.check(objs, example.env);
        assert.ok(violations.some((v) => example.expect.test(v)), `unexpected result: ${JSON.stringify(violations)}`);
      });
    }
  });
}
