import { appPods, named, ofKind, ref, selects } from "../lib/objects.mjs";

export const title = "only the api is reachable from outside the namespace, through an internal load balancer";

const internal = "service.beta.kubernetes.io/azure-load-balancer-internal";

function services(objs) {
  return ofKind(objs, "Service").flatMap((s) => {
    const exposed = ["LoadBalancer", "NodePort"].includes(s.spec.type) || s.spec.externalIPs?.length;
    if (!exposed) return [];
    if (s.metadata.name !== "api") return [`${ref(s)}: only the api Service may be exposed`];
    return s.metadata.annotations?.[internal] === "true" && s.spec.type === "LoadBalancer" ? [] : [`${ref(s)}: must be an internal LoadBalancer`];
  });
}

const external = (peer) => peer.ipBlock || peer.namespaceSelector;

// managed Prometheus (ama-metrics in kube-system) may reach the management ports, and nothing else
const managementPorts = new Set([8090, 8091, 8082]);
const scrape = (rule) =>
  rule.from?.length &&
  rule.from.every(
    (p) => p.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "kube-system" && p.podSelector?.matchLabels?.rsName === "ama-metrics",
  ) &&
  rule.ports?.length &&
  rule.ports.every((p) => managementPorts.has(p.port));

function policies(objs) {
  const outsiders = appPods(objs).filter(({ owner }) => owner.metadata.name !== "api");
  const opensUp = (np) => (np.spec.ingress ?? []).some((rule) => !scrape(rule) && (!rule.from || rule.from.some(external)));
  return ofKind(objs, "NetworkPolicy")
    .filter(opensUp)
    .flatMap((np) =>
      outsiders
        .filter(({ pod }) => selects(np.spec.podSelector, pod.metadata.labels))
        .map(({ owner }) => `${ref(np)}: admits traffic from outside the namespace to ${owner.metadata.name}`),
    );
}

export function check(objs) {
  const ingresses = ofKind(objs, "Ingress").map((i) => `${ref(i)}: no Ingress objects; APIM reaches the api through its internal load balancer`);
  return [...services(objs), ...policies(objs), ...ingresses];
}

export const counterexample = {
  env: "prod",
  expect: /scoring: only the api Service/,
  mutate: (objs) => {
    named(objs, "Service", "scoring").spec.type = "LoadBalancer";
  },
};
