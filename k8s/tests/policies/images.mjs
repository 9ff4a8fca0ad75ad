import { containers, pods, ref, tfOutputs } from "../lib/objects.mjs";

export const title = "images are pinned (tag or digest, never latest) and pulled from the overlay's ACR";

function problem(image, registry) {
  const digest = image.includes("@sha256:");
  const tag = image.split("/").pop().split(":")[1];
  if (!digest && !tag) return "has no tag";
  if (tag === "latest") return "uses latest";
  if (!image.startsWith(`${registry}/`)) return `is not from ${registry}`;
  return null;
}

export function check(objs) {
  const registry = tfOutputs(objs).acr_login_server;
  return pods(objs).flatMap(({ owner, pod }) =>
    containers(pod)
      .map((c) => [c, problem(c.image, registry)])
      .filter(([, p]) => p)
      .map(([c, p]) => `${ref(owner)} ${c.name}: image ${c.image} ${p}`),
  );
}

export const counterexample = {
  env: "prod",
  expect: /has no tag/,
  mutate: (objs) => {
    const otel = objs.find((o) => o.kind === "Deployment" && o.metadata.name === "otel-collector");
    otel.spec.template.spec.containers[0].image = otel.spec.template.spec.containers[0].image.replace(/:[^:/]+$/, "");
  },
};
