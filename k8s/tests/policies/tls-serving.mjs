import { named, ofKind, ref, selects } from "../lib/objects.mjs";

export const title = "a Service port named https reaches a container that serves TLS from a mounted Key Vault certificate; its management port stays plain HTTP";

// Spring's relaxed binding: SERVER_SSL_BUNDLE and server.ssl.bundle are one key.
const canon = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
const envOf = (c) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));
const setting = (env, property) => Object.entries(env).find(([k]) => canon(k) === canon(property))?.[1];

function secretObjects(spc) {
  // spec.parameters.objects is YAML in a string: "array:\n  - |\n    objectName: …"
  const text = spc?.spec?.parameters?.objects ?? "";
  return [...text.matchAll(/objectName:\s*([A-Za-z0-9-]+)(?:[\s\S]*?objectAlias:\s*([A-Za-z0-9._-]+))?/g)].map((m) => m[2] ?? m[1]);
}

/** Violations of one container that serves TLS through `cp` (a container port named https). */
function serves(objs, owner, spec, c, cp) {
  const at = `${ref(owner)} ${c.name}`;
  const env = envOf(c);
  const out = [];
  const port = Number(setting(env, "server.port") ?? setting(env, "PORT") ?? 8080);
  if (port !== cp.containerPort) out.push(`${at}: server.port ${port} is not the https container port ${cp.containerPort}`);
  const bundle = setting(env, "server.ssl.bundle");
  if (!bundle) return [...out, `${at}: port https without an SSL bundle (SERVER_SSL_BUNDLE): it would serve plain HTTP`];
  for (const part of ["certificate", "private-key"]) {
    const value = setting(env, `spring.ssl.bundle.pem.${bundle}.keystore.${part}`);
    if (!value) { out.push(`${at}: SSL bundle ${bundle} has no keystore ${part}`); continue; }
    const file = String(value).replace(/^file:/, "");
    const mount = (c.volumeMounts ?? []).find((m) => file.startsWith(`${m.mountPath.replace(/\/$/, "")}/`));
    const volume = mount && (spec.volumes ?? []).find((v) => v.name === mount.name);
    const spc = volume?.csi?.driver === "secrets-store.csi.k8s.io" && named(objs, "SecretProviderClass", volume.csi.volumeAttributes?.secretProviderClass);
    if (!spc) { out.push(`${at}: SSL bundle ${bundle} ${part} ${file} is not on a mounted Key Vault SecretProviderClass volume`); continue; }
    if (mount.readOnly !== true) out.push(`${at}: the certificate volume ${mount.name} must be mounted read-only`);
    const name = file.slice(mount.mountPath.replace(/\/$/, "").length + 1);
    if (!secretObjects(spc).includes(name)) out.push(`${at}: SecretProviderClass ${spc.metadata.name} provides no ${name} (bundle ${bundle} ${part})`);
  }
  // The management server inherits server.ssl unless told otherwise; the scrape below is plain HTTP.
  const mgmt = (c.ports ?? []).find((p) => p.name === "management");
  const scraped = ofKind(objs, "PodMonitor").some((pm) => selects(pm.spec.selector, spec.labels ?? owner.spec.template.metadata.labels)
    && pm.spec.podMetricsEndpoints.some((e) => e.port === "management" && (e.scheme ?? "http") === "http"));
  if (mgmt && scraped && String(setting(env, "management.server.ssl.enabled")) !== "false") {
    out.push(`${at}: the management port ${mgmt.containerPort} would serve TLS too (set MANAGEMENT_SERVER_SSL_ENABLED=false): its PodMonitor scrapes http`);
  }
  return out;
}

export function check(objs) {
  const out = [];
  for (const svc of ofKind(objs, "Service")) {
    for (const sp of svc.spec.ports.filter((p) => p.name === "https")) {
      if (sp.port !== 443) out.push(`${ref(svc)}: port https is ${sp.port}, not 443`);
      const owners = ofKind(objs, "Deployment").filter((d) => selects({ matchLabels: svc.spec.selector }, d.spec.template.metadata.labels));
      if (!owners.length) out.push(`${ref(svc)}: port https selects no Deployment`);
      for (const d of owners) {
        const spec = d.spec.template.spec;
        const c = spec.containers.find((x) => (x.ports ?? []).some((p) => p.name === sp.targetPort || p.containerPort === sp.targetPort));
        const cp = c?.ports.find((p) => p.name === sp.targetPort || p.containerPort === sp.targetPort);
        if (!cp || cp.name !== "https") { out.push(`${ref(svc)}: port https targets ${sp.targetPort}, not a container port named https of ${d.metadata.name}`); continue; }
        out.push(...serves(objs, d, spec, c, cp));
        // Whoever may reach the pods from outside the namespace reaches the TLS port.
        for (const np of ofKind(objs, "NetworkPolicy").filter((n) => selects(n.spec.podSelector, d.spec.template.metadata.labels))) {
          for (const rule of (np.spec.ingress ?? []).filter((r) => r.from?.some((p) => p.ipBlock))) {
            const ports = (rule.ports ?? []).map((p) => p.port);
            if (!ports.includes(cp.containerPort) && !ports.includes(cp.name)) out.push(`${ref(np)}: admits ${ports.join(", ")} to ${d.metadata.name}, not its https port ${cp.containerPort}`);
          }
        }
      }
    }
  }
  return out;
}

const api = (objs) => named(objs, "Deployment", "api").spec.template.spec;
const apiEnv = (objs, name) => {
  const c = api(objs).containers[0];
  c.env = c.env.filter((e) => e.name !== name);
};

export const counterexamples = [
  {
    name: "the api without its SSL bundle",
    env: "prod",
    expect: /api api: port https without an SSL bundle/,
    mutate: (objs) => apiEnv(objs, "SERVER_SSL_BUNDLE"),
  },
  {
    name: "the certificate volume not mounted",
    env: "dev",
    expect: /SSL bundle api certificate \/mnt\/tls\/api-tls is not on a mounted Key Vault SecretProviderClass volume/,
    mutate: (objs) => {
      const c = api(objs).containers[0];
      c.volumeMounts = c.volumeMounts.filter((m) => m.name !== "api-tls");
    },
  },
  {
    name: "the SecretProviderClass fetches another object",
    env: "staging",
    expect: /SecretProviderClass api-tls provides no api-tls/,
    mutate: (objs) => {
      const spc = named(objs, "SecretProviderClass", "api-tls");
      spc.spec.parameters.objects = spc.spec.parameters.objects.replace("objectName: api-tls", "objectName: api-cert");
    },
  },
  {
    name: "the management port inherits TLS and the scrape breaks",
    env: "dev",
    expect: /management port 8090 would serve TLS too/,
    mutate: (objs) => apiEnv(objs, "MANAGEMENT_SERVER_SSL_ENABLED"),
  },
  {
    name: "the api listens on its old port",
    env: "staging",
    expect: /server\.port 8080 is not the https container port 8443/,
    mutate: (objs) => apiEnv(objs, "PORT"),
  },
  {
    name: "APIM's NetworkPolicy still opens the old plain port",
    env: "prod",
    expect: /allow-apim-to-api: admits 8080 to api, not its https port 8443/,
    mutate: (objs) => {
      named(objs, "NetworkPolicy", "allow-apim-to-api").spec.ingress[0].ports = [{ protocol: "TCP", port: 8080 }];
    },
  },
  {
    name: "port https targets the management port",
    env: "dev",
    expect: /Service\/tailor\/api: port https targets management, not a container port named https/,
    mutate: (objs) => {
      named(objs, "Service", "api").spec.ports[0].targetPort = "management";
    },
  },
];
