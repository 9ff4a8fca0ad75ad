/** Lookups over a rendered overlay, shared by the policies. */
const podOwners = new Set(["Deployment", "DaemonSet", "StatefulSet", "Job", "ReplicaSet"]);

export const ns = (o) => o.metadata?.namespace ?? "default";
export const ref = (o) => `${o.kind}/${ns(o)}/${o.metadata.name}`;
export const ofKind = (objs, kind) => objs.filter((o) => o.kind === kind);
export const named = (objs, kind, name) => objs.find((o) => o.kind === kind && o.metadata.name === name);

/** Every pod template, with the object that owns it. */
export function pods(objs) {
  const owned = objs.filter((o) => podOwners.has(o.kind)).map((o) => ({ owner: o, pod: o.spec.template }));
  const bare = ofKind(objs, "Pod").map((o) => ({ owner: o, pod: o }));
  return [...owned, ...bare];
}

export const containers = (pod) => [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])];
export const appPods = (objs) => pods(objs).filter(({ owner }) => ns(owner) === "tailor");
export const envValue = (container, name) => container.env?.find((e) => e.name === name)?.value;

/** True when a label selector selects the given labels. */
export function selects(selector, labels = {}) {
  const match = selector?.matchLabels ?? {};
  const exprs = selector?.matchExpressions ?? [];
  return (
    Object.entries(match).every(([k, v]) => labels[k] === v) &&
    exprs.every((e) => (e.operator === "In" ? e.values.includes(labels[e.key]) : e.operator === "Exists" ? e.key in labels : false))
  );
}

export const tfOutputs = (objs) => objs.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("tf-outputs")).data;
