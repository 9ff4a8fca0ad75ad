// The service env contract in docker-compose.yml (local stack), alongside the k8s env-contract policy.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { allowed } from "./policies/env-contract.mjs";

const text = readFileSync(new URL("../../docker-compose.yml", import.meta.url), "utf8");

export function check(source) {
  const services = parse(source, { merge: true }).services;
  const out = [];
  for (const name of ["api", "worker", "scoring"]) {
    const env = services[name]?.environment ?? {};
    if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) out.push(`${name}: missing OTEL_EXPORTER_OTLP_ENDPOINT`);
    if (env.OTEL_EXPORT_ENABLED !== "true") out.push(`${name}: OTEL_EXPORT_ENABLED must be "true", got ${JSON.stringify(env.OTEL_EXPORT_ENABLED)}`);
  }
  for (const name of ["api", "worker"]) {
    const env = services[name]?.environment ?? {};
    // The emulator is reached by connection string, not by namespace + workload identity.
    if (!String(env.TAILOR_SERVICEBUS_CONNECTION_STRING ?? "").includes("UseDevelopmentEmulator=true")) {
      out.push(`${name}: TAILOR_SERVICEBUS_CONNECTION_STRING must point at the emulator`);
    }
  }
  const provider = services.worker?.environment?.TAILOR_LLM_PROVIDER;
  if (!allowed.TAILOR_LLM_PROVIDER.includes(provider)) {
    out.push(`worker: TAILOR_LLM_PROVIDER must be one of ${allowed.TAILOR_LLM_PROVIDER.join(" | ")}, got ${provider}`);
  }
  return out;
}

const breaks = (from, to, expect) => () => {
  assert.ok(text.includes(from), `fixture did not apply: ${from}`);
  const violations = check(text.replace(from, to));
  assert.ok(violations.some((v) => expect.test(v)), `unexpected result: ${JSON.stringify(violations)}`);
};

test("compose: api, worker and scoring export telemetry; emulator connection string; known LLM provider", () =>
  assert.deepEqual(check(text), []));
test("compose fails: telemetry export off", breaks('OTEL_EXPORT_ENABLED: "true"', 'OTEL_EXPORT_ENABLED: "false"', /scoring: OTEL_EXPORT_ENABLED must be "true"/));
test("compose fails: unknown LLM provider", breaks("TAILOR_LLM_PROVIDER: offline", "TAILOR_LLM_PROVIDER: stub", /TAILOR_LLM_PROVIDER must be one of/));
test("compose fails: Service Bus connection string renamed", breaks("TAILOR_SERVICEBUS_CONNECTION_STRING:", "TAILOR_SERVICEBUS_CONNECTION:", /api: TAILOR_SERVICEBUS_CONNECTION_STRING/));
