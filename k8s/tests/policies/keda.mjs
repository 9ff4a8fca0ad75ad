import { named, ofKind, ref } from "../lib/objects.mjs";

export const title = "the worker scales on the Service Bus jobs queue through workload identity, with the namespace set";

function trigger(objs, so, t) {
  const at = `${ref(so)} ${t.type}`;
  const out = [];
  if (!t.metadata?.namespace) out.push(`${at}: metadata.namespace is required with pod identity`);
  if (t.metadata?.queueName !== "jobs") out.push(`${at}: queueName must be jobs`);
  const auth = named(objs, "TriggerAuthentication", t.authenticationRef?.name);
  if (auth?.spec.podIdentity?.provider !== "azure-workload") out.push(`${at}: authenticationRef must use podIdentity azure-workload`);
  return out;
}

export function check(objs) {
  const worker = ofKind(objs, "ScaledObject").filter((so) => so.spec.scaleTargetRef.name === "worker");
  if (worker.length !== 1) return ["exactly one ScaledObject must target the worker"];
  const sbTriggers = worker[0].spec.triggers.filter((t) => t.type === "azure-servicebus");
  if (!sbTriggers.length) return [`${ref(worker[0])}: needs an azure-servicebus trigger`];
  return sbTriggers.flatMap((t) => trigger(objs, worker[0], t));
}

export const counterexample = {
  env: "prod",
  expect: /metadata.namespace is required/,
  mutate: (objs) => {
    delete named(objs, "ScaledObject", "worker").spec.triggers[0].metadata.namespace;
  },
};
