import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { envs } from "./lib/render.mjs";

const overlay = (env, file) => new URL(`../overlays/${env}/${file}`, import.meta.url);
const keys = (url) =>
  readFileSync(url, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.split("=")[0])
    .sort();

describe("tf-outputs.env: every environment gets the same Terraform outputs", () => {
  const expected = keys(overlay("dev", "tf-outputs.env.example"));

  for (const env of envs) {
    test(`${env} example has the dev keys`, () => assert.deepEqual(keys(overlay(env, "tf-outputs.env.example")), expected));
    const real = overlay(env, "tf-outputs.env");
    test(`${env} operator file, when present, has every example key`, { skip: !existsSync(real) && "no tf-outputs.env" }, () =>
      assert.deepEqual(expected.filter((key) => !keys(real).includes(key)), []),
    );
  }
});
