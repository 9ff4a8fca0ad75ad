import { containers, envValue, named, pods, ref } from "../lib/objects.mjs";

export const title = "only prod scoring (and the device plugin and DCGM exporter) lands on the GPU pool, and it asks for one GPU";

const tolerates = (pod) => (pod.spec.tolerations ?? []).some((t) => t.key === "sku" && t.value === "gpu" && t.effect === "NoSchedule");
const onGpuPool = (pod) => pod.spec.nodeSelector?.workload === "gpu-inference";
const gpus = (pod) => containers(pod).map((c) => Number(c.resources?.limits?.["nvidia.com/gpu"] ?? 0)).reduce((a, b) => a + b, 0);

function prodScoring(objs) {
  const scoring = named(objs, "Deployment", "scoring");
  const pod = scoring.spec.template;
  const c = pod.spec.containers[0];
  const out = [];
  if (!tolerates(pod) || !onGpuPool(pod)) out.push(`${ref(scoring)}: needs the sku=gpu toleration and workload=gpu-inference nodeSelector`);
  if (gpus(pod) !== 1) out.push(`${ref(scoring)}: must limit nvidia.com/gpu to 1`);
  if (!c.image.includes("/tailor/scoring-gpu:")) out.push(`${ref(scoring)}: must run tailor/scoring-gpu`);
  if (envValue(c, "TAILOR_SCORING_DEVICE") !== "cuda") out.push(`${ref(scoring)}: TAILOR_SCORING_DEVICE must be cuda`);
  const plugin = named(objs, "DaemonSet", "nvidia-device-plugin");
  if (!plugin || !tolerates(plugin.spec.template)) out.push("prod: the NVIDIA device plugin must run and tolerate sku=gpu");
  return out;
}

function elsewhere(objs, env) {
  const gpuPool = ["scoring", "dcgm-exporter"];
  const allowed = (owner) => owner.metadata.name === "nvidia-device-plugin" || (env === "prod" && gpuPool.includes(owner.metadata.name));
  return pods(objs)
    .filter(({ owner, pod }) => !allowed(owner) && (tolerates(pod) || onGpuPool(pod) || gpus(pod) > 0))
    .map(({ owner }) => `${env} ${ref(owner)}: must not use the GPU pool`);
}

function cpuScoring(objs, env) {
  const c = named(objs, "Deployment", "scoring").spec.template.spec.containers[0];
  return envValue(c, "TAILOR_SCORING_DEVICE") === "cpu" ? [] : [`${env} scoring: TAILOR_SCORING_DEVICE must be cpu`];
}

export function check(objs, env) {
  return env === "prod" ? [...prodScoring(objs), ...elsewhere(objs, env)] : [...cpuScoring(objs, env), ...elsewhere(objs, env)];
}

export const counterexample = {
  env: "dev",
  expect: /worker: must not use the GPU pool/,
  mutate: (objs) => {
    const worker = named(objs, "Deployment", "worker");
    worker.spec.template.spec.tolerations = [{ key: "sku", operator: "Equal", value: "gpu", effect: "NoSchedule" }];
  },
};
