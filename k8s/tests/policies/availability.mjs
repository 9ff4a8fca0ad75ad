import { named, ofKind, ref } from "../lib/objects.mjs";

export const title = "app Deployments spread across zones and autoscale (HPA for api and scoring, KEDA for the worker); prod keeps two replicas";

const zoneSpread = (d) =>
  (d.spec.template.spec.topologySpreadConstraints ?? []).some((t) => t.topologyKey === "topology.kubernetes.io/zone");

function minReplicas(objs, name) {
  const hpa = ofKind(objs, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === name);
  const so = ofKind(objs, "ScaledObject").find((s) => s.spec.scaleTargetRef.name === name);
  if (name === "worker") return so ? so.spec.minReplicaCount : undefined;
  return hpa ? hpa.spec.minReplicas : undefined;
}

export function check(objs, env) {
  const deployments = ofKind(objs, "Deployment").filter((d) => d.metadata.namespace === "tailor");
  const spread = deployments.filter((d) => !zoneSpread(d)).map((d) => `${ref(d)}: no zone topologySpreadConstraint`);
  const scaled = ["api", "scoring", "worker"].flatMap((name) => {
    const min = minReplicas(objs, name);
    if (min === undefined) return [`${name}: no autoscaler`];
    return env === "prod" && min < 2 ? [`prod ${name}: autoscaler minimum ${min} is below 2`] : [];
  });
  const fixed = deployments.filter((d) => d.metadata.name === "otel-collector" && d.spec.replicas < 2).map((d) => `${ref(d)}: needs 2 replicas`);
  return [...spread, ...scaled, ...fixed];
}

export const counterexample = {
  env: "prod",
  expect: /minimum 1 is below 2/,
  mutate: (objs) => {
    named(objs, "HorizontalPodAutoscaler", "api").spec.minReplicas = 1;
  },
};
