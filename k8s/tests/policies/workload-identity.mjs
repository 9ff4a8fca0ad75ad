import { appPods, named, ref } from "../lib/objects.mjs";

export const title = "every app pod runs as its own workload-identity service account and carries the use label";

const clientId = "azure.workload.identity/client-id";
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function problems(objs, owner, pod) {
  const name = pod.spec.serviceAccountName;
  const sa = name && named(objs, "ServiceAccount", name);
  const at = ref(owner);
  if (!sa) return [`${at}: service account ${name ?? "default"} is not declared`];
  const out = [];
  if (!guid.test(sa.metadata.annotations?.[clientId] ?? "")) out.push(`${at}: ServiceAccount ${name} lacks a ${clientId} GUID`);
  if (pod.metadata.labels?.["azure.workload.identity/use"] !== "true") out.push(`${at}: pod lacks azure.workload.identity/use: "true"`);
  return out;
}

export function check(objs) {
  const seen = new Map();
  const out = appPods(objs).flatMap(({ owner, pod }) => {
    const name = pod.spec.serviceAccountName;
    if (seen.has(name)) return [`${ref(owner)}: shares service account ${name} with ${seen.get(name)}`];
    seen.set(name, owner.metadata.name);
    return problems(objs, owner, pod);
  });
  return out;
}

export const counterexample = {
  env: "staging",
  expect: /worker: pod lacks azure.workload.identity\/use/,
  mutate: (objs) => {
    delete named(objs, "Deployment", "worker").spec.template.metadata.labels["azure.workload.identity/use"];
  },
};
