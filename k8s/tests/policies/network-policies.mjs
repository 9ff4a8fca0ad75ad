import { named, ofKind, ref } from "../lib/objects.mjs";

export const title = "the app namespace denies all traffic by default and allows DNS";

const isDefaultDeny = (np) =>
  Object.keys(np.spec.podSelector ?? {}).length === 0 &&
  ["Ingress", "Egress"].every((t) => np.spec.policyTypes?.includes(t)) &&
  !np.spec.ingress?.length &&
  !np.spec.egress?.length;

const allowsDns = (np) =>
  (np.spec.egress ?? []).some((rule) => rule.ports?.some((p) => p.port === 53 && p.protocol === "UDP"));

export function check(objs) {
  const mine = ofKind(objs, "NetworkPolicy").filter((np) => np.metadata.namespace === "tailor");
  const out = [];
  if (!mine.some(isDefaultDeny)) out.push("namespace tailor: no default-deny NetworkPolicy for Ingress and Egress");
  if (!mine.some(allowsDns)) out.push("namespace tailor: no NetworkPolicy allows DNS egress");
  const open = mine.filter((np) => (np.spec.egress ?? []).some((rule) => !rule.to));
  return [...out, ...open.map((np) => `${ref(np)}: egress rule without a destination allows everything`)];
}

export const counterexample = {
  env: "staging",
  expect: /no default-deny/,
  mutate: (objs) => {
    named(objs, "NetworkPolicy", "default-deny").spec.policyTypes = ["Ingress"];
  },
};
