import { containers, pods, ref } from "../lib/objects.mjs";

export const title = "every container sets cpu and memory requests and limits";

export function check(objs) {
  return pods(objs).flatMap(({ owner, pod }) =>
    containers(pod).flatMap((c) =>
      ["requests", "limits"].flatMap((kind) =>
        ["cpu", "memory"].filter((r) => !c.resources?.[kind]?.[r]).map((r) => `${ref(owner)} ${c.name}: no ${kind}.${r}`),
      ),
    ),
  );
}

export const counterexample = {
  env: "dev",
  expect: /worker: no limits.memory/,
  mutate: (objs) => delete objs.find((o) => o.metadata.name === "worker" && o.kind === "Deployment").spec.template.spec.containers[0].resources.limits.memory,
};
