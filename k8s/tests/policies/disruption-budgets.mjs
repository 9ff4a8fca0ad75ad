import { appPods, ofKind, ref, selects } from "../lib/objects.mjs";

export const title = "every app workload has exactly one PodDisruptionBudget that leaves room to drain";

export function check(objs) {
  const pdbs = ofKind(objs, "PodDisruptionBudget");
  return appPods(objs).flatMap(({ owner, pod }) => {
    const mine = pdbs.filter((p) => selects(p.spec.selector, pod.metadata.labels));
    if (mine.length !== 1) return [`${ref(owner)}: has ${mine.length} PodDisruptionBudgets, wants 1`];
    return mine[0].spec.maxUnavailable ? [] : [`${ref(mine[0])}: use maxUnavailable so a single replica can still drain`];
  });
}

export const counterexample = {
  env: "dev",
  expect: /scoring: has 0 PodDisruptionBudgets/,
  mutate: (objs) => {
    const i = objs.findIndex((o) => o.kind === "PodDisruptionBudget" && o.metadata.name === "scoring");
    objs.splice(i, 1);
  },
};
