import { appPods, containers, ref } from "../lib/objects.mjs";

export const title = "app containers probe liveness and readiness; Spring services use the actuator groups, over TLS on a TLS port";

// The api's serving port is TLS only (named https): its probes speak HTTPS there.
const spring = { api: "https", worker: "management", scoring: "http" };
const modelLoadSeconds = 120;
const schemeOf = (port) => (port === "https" ? "HTTPS" : "HTTP");

function springProbes(owner, c) {
  const port = spring[c.name];
  const want = { livenessProbe: "/livez", readinessProbe: "/readyz" };
  const wrong = Object.entries(want)
    .filter(([p, path]) => c[p]?.httpGet?.path !== path || c[p]?.httpGet?.port !== port)
    .map(([p, path]) => `${ref(owner)} ${c.name}: ${p} must GET ${path} on port ${port}`);
  for (const p of ["startupProbe", "livenessProbe", "readinessProbe"]) {
    const get = c[p]?.httpGet;
    if (get && (get.scheme ?? "HTTP") !== schemeOf(get.port)) wrong.push(`${ref(owner)} ${c.name}: ${p} on port ${get.port} must use scheme ${schemeOf(get.port)}`);
  }
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

export const counterexamples = [
  {
    name: "scoring's startup budget shorter than the model load",
    env: "prod",
    expect: /startupProbe allows 30s/,
    mutate: (objs) => {
      const scoring = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "scoring");
      containers(scoring.spec.template)[0].startupProbe.failureThreshold = 6;
    },
  },
  {
    name: "the api's readiness probe in plain HTTP on its TLS port",
    env: "dev",
    expect: /api: readinessProbe on port https must use scheme HTTPS/,
    mutate: (objs) => {
      const api = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "api");
      delete containers(api.spec.template)[0].readinessProbe.httpGet.scheme;
    },
  },
];
