import { containers, ns, pods, ref } from "../lib/objects.mjs";

export const title = "pods run non-root (app namespace), read-only, no escalation, drop ALL, RuntimeDefault seccomp";

function violations(owner, pod, c) {
  const pc = pod.spec.securityContext ?? {};
  const sc = c.securityContext ?? {};
  const at = `${ref(owner)} ${c.name}`;
  const out = [];
  if (ns(owner) === "tailor" && (sc.runAsNonRoot ?? pc.runAsNonRoot) !== true) out.push(`${at}: runAsNonRoot is not true`);
  if (sc.readOnlyRootFilesystem !== true) out.push(`${at}: readOnlyRootFilesystem is not true`);
  if (sc.allowPrivilegeEscalation !== false) out.push(`${at}: allowPrivilegeEscalation is not false`);
  if (sc.privileged) out.push(`${at}: privileged`);
  if (!sc.capabilities?.drop?.includes("ALL")) out.push(`${at}: capabilities do not drop ALL`);
  if (sc.capabilities?.add?.length) out.push(`${at}: adds capabilities`);
  if ((sc.seccompProfile ?? pc.seccompProfile)?.type !== "RuntimeDefault") out.push(`${at}: seccompProfile is not RuntimeDefault`);
  return out;
}

export function check(objs) {
  return pods(objs).flatMap(({ owner, pod }) => containers(pod).flatMap((c) => violations(owner, pod, c)));
}

export const counterexample = {
  env: "staging",
  expect: /do not drop ALL/,
  mutate: (objs) => {
    const api = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "api");
    api.spec.template.spec.containers[0].securityContext.capabilities.drop = ["NET_RAW"];
  },
};
