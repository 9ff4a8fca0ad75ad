import { appPods, containers, ref } from "../lib/objects.mjs";

export const title = "app containers probe liveness and readiness; Spring services use the actuator groups";

const spring = { api: "http", worker: "management", scoring: "http" };
const modelLoadSeconds = 120;

function springProbes(owner, c) {
  const port = spring[c.name];
  const want = { livenessProbe: "/livez", readinessProbe: "/readyz" };
  const wrong = Object.entries(want)
    .filter(([p, path]) => c[p]?.httpGet?.path !== path || c[p]?.httpGet?.port !== port)
    .map(([p, path]) => `${ref(owner)} ${c.name}: ${p} must GET ${path} on port ${port}`);
  const s = c.startupProbe;
  const budget = (s?.periodSeconds ?? 10) * (s?.failureThreshold ?? 3);
  if (c.name === "scoring" && budget < modelLoadSeconds) wrong.push(`${ref(owner)} scoring: startupProbe allows ${budget}s, model load needs ${modelLoadSeconds}s`);
  return wrong;
}

export function check(objs) {
  return appPods(objs).flatMap(({ owner, pod }) =>
    pod.spec.containers.flatMap((c) => {
      const missing = ["livenessProbe", "readinessProbe"].filter((p) => !c[p]).map((p) => `${ref(owner)} ${c.name}: no ${p}`);
      return spring[c.name] ? [...missing, ...springProbes(owner, c)] : missing;
    }),
  );
}

export const counterexample = {
  env: "prod",
  expect: /startupProbe allows 30s/,
  mutate: (objs) => {
    const scoring = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "scoring");
    containers(scoring.spec.template)[0].startupProbe.failureThreshold = 6;
  },
};
