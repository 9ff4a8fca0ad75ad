import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ref } from "./lib/objects.mjs";
import { envs, load } from "./lib/render.mjs";
import { validate } from "./lib/schema.mjs";

for (const env of envs) {
  describe(`schema: ${env}`, () => {
    for (const obj of load(env)) {
      test(ref(obj), async () => validate(obj));
    }
  });
}

describe("schema: mutated fixtures fail", () => {
  const pick = (kind) => structuredClone(load("prod").find((o) => o.kind === kind));

  test("ScaledObject with a non-integer minReplicaCount", async () => {
    const so = pick("ScaledObject");
    so.spec.minReplicaCount = "zero";
    await assert.rejects(validate(so), /minReplicaCount must be integer/);
  });

  test("SecretProviderClass without a Key Vault name", async () => {
    const spc = pick("SecretProviderClass");
    delete spc.spec.parameters.keyvaultName;
    await assert.rejects(validate(spc), /keyvaultName/);
  });

  test("PodMonitor with a misspelt endpoints field", async () => {
    const pm = pick("PodMonitor");
    pm.spec.podMetricEndpoints = pm.spec.podMetricsEndpoints;
    delete pm.spec.podMetricsEndpoints;
    await assert.rejects(validate(pm), /podMetricsEndpoints/);
  });

  test("PodMonitor without the add-on's label limits", async () => {
    const pm = pick("PodMonitor");
    delete pm.spec.labelLimit;
    await assert.rejects(validate(pm), /labelLimit/);
  });

  test("PodMonitor scraping a port by number", async () => {
    const pm = pick("PodMonitor");
    pm.spec.podMetricsEndpoints[0].port = 8090;
    await assert.rejects(validate(pm), /port must be string/);
  });

  test("Deployment with a malformed memory quantity", async () => {
    const d = pick("Deployment");
    d.spec.template.spec.containers[0].resources.limits.memory = "1 GB";
    await assert.rejects(validate(d), /memory/);
  });

  test("an object with no known schema", async () => {
    await assert.rejects(validate({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }), /no schema/);
  });
});
