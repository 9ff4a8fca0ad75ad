import { named, ns, ofKind, pods, ref, selects } from "../lib/objects.mjs";

export const title =
  "managed Prometheus scrapes api, worker, scoring (and prod's DCGM exporter) through one azmonitoring.coreos.com/v1 PodMonitor each, on a named container port a NetworkPolicy opens to ama-metrics";

// The AKS metrics add-on reads PodMonitors of its own group only; monitoring.coreos.com ones are ignored.
const group = "azmonitoring.coreos.com/v1";
const appLabel = "app.kubernetes.io/name";
const nameLabelMeta = "__meta_kubernetes_pod_label_app_kubernetes_io_name";

// What must be scraped in each environment: the pods (by namespace and app.kubernetes.io/name) and the path.
const actuator = "/actuator/prometheus";
function targets(env) {
  const apps = ["api", "worker", "scoring"].map((app) => ({ namespace: "tailor", app, path: actuator, application: true }));
  return env === "prod" ? [...apps, { namespace: "kube-system", app: "dcgm-exporter", path: "/metrics" }] : apps;
}

const monitors = (objs) => objs.filter((o) => o.kind === "PodMonitor" || o.kind === "ServiceMonitor");

/** Pod templates a PodMonitor selects: its own namespace unless namespaceSelector says otherwise. */
function selected(objs, pm) {
  const nsSel = pm.spec?.namespaceSelector;
  const inScope = (owner) => nsSel?.any || (nsSel?.matchNames ? nsSel.matchNames.includes(ns(owner)) : ns(owner) === ns(pm));
  return pods(objs).filter(({ owner, pod }) => inScope(owner) && selects(pm.spec?.selector, pod.metadata?.labels));
}

const containerPort = (pod, name) => (pod.spec.containers ?? []).flatMap((c) => c.ports ?? []).find((p) => p.name === name);

/** True when a NetworkPolicy of the pod's namespace lets the ama-metrics pods reach the port. */
function scrapeAllowed(objs, owner, pod, port) {
  const fromAmaMetrics = (np, peer) =>
    peer.podSelector?.matchLabels?.rsName === "ama-metrics" &&
    (peer.namespaceSelector
      ? peer.namespaceSelector.matchLabels?.["kubernetes.io/metadata.name"] === "kube-system"
      : ns(np) === "kube-system");
  const opens = (rule) => !rule.ports?.length || rule.ports.some((p) => p.port === port.containerPort || p.port === port.name);
  return ofKind(objs, "NetworkPolicy")
    .filter((np) => ns(np) === ns(owner) && (np.spec.policyTypes ?? ["Ingress"]).includes("Ingress"))
    .filter((np) => selects(np.spec.podSelector, pod.metadata.labels))
    .some((np) => (np.spec.ingress ?? []).some((rule) => (rule.from ?? []).some((peer) => fromAmaMetrics(np, peer)) && opens(rule)));
}

function monitorProblems(objs, pm) {
  if (pm.apiVersion !== group || pm.kind !== "PodMonitor") {
    return [`${ref(pm)}: ${pm.apiVersion} ${pm.kind} is ignored by the AKS metrics add-on; use a ${group} PodMonitor`];
  }
  const chosen = selected(objs, pm);
  if (!chosen.length) return [`${ref(pm)}: selects no pod`];
  return (pm.spec.podMetricsEndpoints ?? []).flatMap((ep) => {
    if (typeof ep.port !== "string" || !ep.port) return [`${ref(pm)}: an endpoint without a named port (the add-on needs one)`];
    return chosen.flatMap(({ owner, pod }) => {
      const port = containerPort(pod, ep.port);
      if (!port) return [`${ref(pm)}: port ${ep.port} is not a container port of ${ref(owner)}`];
      if (!scrapeAllowed(objs, owner, pod, port)) {
        return [`${ref(pm)}: no NetworkPolicy lets ama-metrics reach ${ref(owner)} on ${ep.port} (${port.containerPort})`];
      }
      return [];
    });
  });
}

const setsApplication = (ep) =>
  (ep.relabelings ?? []).some(
    (r) =>
      r.targetLabel === "application" &&
      (r.action ?? "replace").toLowerCase() === "replace" &&
      r.sourceLabels?.length === 1 &&
      r.sourceLabels[0] === nameLabelMeta &&
      (r.regex ?? "(.*)") === "(.*)" &&
      (r.replacement ?? "$1") === "$1",
  );

function targetProblems(objs, env, t) {
  const at = `${env} ${t.namespace}/${t.app}`;
  const owner = pods(objs).find(({ owner, pod }) => ns(owner) === t.namespace && pod.metadata?.labels?.[appLabel] === t.app);
  if (!owner) return [`${at}: no such workload to scrape`];
  const mine = ofKind(objs, "PodMonitor").filter((pm) => selected(objs, pm).some((s) => s.owner === owner.owner));
  if (mine.length !== 1) return [`${at}: scraped by ${mine.length} PodMonitors, wants 1`];
  const eps = mine[0].spec.podMetricsEndpoints ?? [];
  const out = [];
  if (!eps.some((ep) => ep.path === t.path)) out.push(`${ref(mine[0])}: must scrape ${t.path}`);
  // up{application="…"} and every rule and dashboard filter on it (ops/prometheus/rules/availability.yml)
  if (t.application && !eps.every(setsApplication)) out.push(`${ref(mine[0])}: must set the application label from ${appLabel}`);
  // The management port is scraped inside the cluster and never behind a Service (APIM reaches the api's).
  const ports = eps.map((ep) => containerPort(owner.pod, ep.port)).filter(Boolean);
  const fronting = ofKind(objs, "Service").filter(
    (svc) => ns(svc) === t.namespace && svc.spec.selector && selects({ matchLabels: svc.spec.selector }, owner.pod.metadata.labels),
  );
  const targetOf = (sp) => sp.targetPort ?? sp.port;
  for (const svc of fronting) {
    for (const sp of svc.spec.ports ?? []) {
      const hit = ports.find((cp) => targetOf(sp) === cp.name || targetOf(sp) === cp.containerPort);
      if (hit) out.push(`${ref(svc)}: exposes the scraped port ${hit.name} (${hit.containerPort}); it stays off every Service`);
    }
  }
  return out;
}

export function check(objs, env) {
  return [...monitors(objs).flatMap((pm) => monitorProblems(objs, pm)), ...targets(env).flatMap((t) => targetProblems(objs, env, t))];
}

const podMonitor = (objs, name) => objs.find((o) => o.kind === "PodMonitor" && o.metadata.name === name);

export const counterexamples = [
  {
    name: "the api's management port renamed",
    env: "dev",
    expect: /PodMonitor\/tailor\/api: port management is not a container port of Deployment\/tailor\/api/,
    mutate: (objs) => {
      named(objs, "Deployment", "api").spec.template.spec.containers[0].ports.find((p) => p.name === "management").name = "mgmt";
    },
  },
  {
    name: "the PodMonitor asks for a port name no container has",
    env: "staging",
    expect: /PodMonitor\/tailor\/scoring: port metrics is not a container port of Deployment\/tailor\/scoring/,
    mutate: (objs) => {
      podMonitor(objs, "scoring").spec.podMetricsEndpoints[0].port = "metrics";
    },
  },
  {
    name: "the worker's PodMonitor missing",
    env: "staging",
    expect: /staging tailor\/worker: scraped by 0 PodMonitors/,
    mutate: (objs) => {
      objs.splice(objs.indexOf(podMonitor(objs, "worker")), 1);
    },
  },
  {
    name: "a PodMonitor of the prometheus-operator group",
    env: "prod",
    expect: /PodMonitor\/tailor\/scoring: monitoring.coreos.com\/v1 PodMonitor is ignored/,
    mutate: (objs) => {
      podMonitor(objs, "scoring").apiVersion = "monitoring.coreos.com/v1";
    },
  },
  {
    name: "a selector that matches no pod",
    env: "dev",
    expect: /PodMonitor\/tailor\/worker: selects no pod/,
    mutate: (objs) => {
      podMonitor(objs, "worker").spec.selector.matchLabels["app.kubernetes.io/name"] = "workers";
    },
  },
  {
    name: "the worker's management port closed to ama-metrics",
    env: "dev",
    expect: /no NetworkPolicy lets ama-metrics reach Deployment\/tailor\/worker on management \(8082\)/,
    mutate: (objs) => {
      const rule = named(objs, "NetworkPolicy", "allow-prometheus-scrape").spec.ingress[0];
      rule.ports = rule.ports.filter((p) => p.port !== 8082);
    },
  },
  {
    name: "the application label no longer set",
    env: "prod",
    expect: /PodMonitor\/tailor\/api: must set the application label/,
    mutate: (objs) => {
      delete podMonitor(objs, "api").spec.podMetricsEndpoints[0].relabelings;
    },
  },
  {
    name: "the api's management port put behind its Service",
    env: "prod",
    expect: /Service\/tailor\/api: exposes the scraped port management \(8090\)/,
    mutate: (objs) => {
      named(objs, "Service", "api").spec.ports.push({ name: "management", port: 8090, targetPort: "management" });
    },
  },
  {
    name: "the DCGM exporter's metrics port renamed",
    env: "prod",
    expect: /PodMonitor\/kube-system\/dcgm-exporter: port metrics is not a container port of DaemonSet\/kube-system\/dcgm-exporter/,
    mutate: (objs) => {
      named(objs, "DaemonSet", "dcgm-exporter").spec.template.spec.containers[0].ports[0].name = "http-metrics";
    },
  },
  {
    name: "the DCGM exporter's port closed to ama-metrics",
    env: "prod",
    expect: /no NetworkPolicy lets ama-metrics reach DaemonSet\/kube-system\/dcgm-exporter on metrics \(9400\)/,
    mutate: (objs) => {
      named(objs, "NetworkPolicy", "dcgm-exporter").spec.ingress[0].ports[0].port = 9401;
    },
  },
];
