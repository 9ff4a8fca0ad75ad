import { readFileSync, readdirSync } from "node:fs";
import { containers, named, ns, ofKind, ref, tfOutputs } from "../lib/objects.mjs";

export const title =
  "prod runs the NVIDIA DCGM exporter on GPU nodes only, non-root, at a pinned version, without claiming a GPU, collecting every DCGM metric the rules and dashboards read";

const repo = new URL("../../../", import.meta.url);
const upstream = "nvidia/k8s/dcgm-exporter";
// <DCGM version>-<exporter version>-<variant>, e.g. 4.5.3-4.8.2-distroless
const versionTag = /^\d+\.\d+\.\d+-\d+\.\d+\.\d+-[a-z0-9.]+$/;

/** DCGM_* metric names read by the alert rules and dashboards (ops/prometheus/rules, ops/dashboards). */
export function dcgmMetricsRead() {
  const names = new Set();
  for (const [dir, ext] of [["ops/prometheus/rules/", ".yml"], ["ops/dashboards/", ".json"]]) {
    const url = new URL(dir, repo);
    for (const file of readdirSync(url).filter((f) => f.endsWith(ext))) {
      for (const m of readFileSync(new URL(file, url), "utf8").matchAll(/\bDCGM_[A-Z0-9_]+\b/g)) names.add(m[0]);
    }
  }
  return [...names].sort();
}

/** On the GPU pool only: its node label as a nodeSelector, or as every term of a required node affinity. */
function onGpuPool(pod) {
  if (pod.spec.nodeSelector?.workload === "gpu-inference") return true;
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  const gpuOnly = (term) =>
    (term.matchExpressions ?? []).some(
      (e) => e.key === "workload" && e.operator === "In" && e.values?.length === 1 && e.values[0] === "gpu-inference",
    );
  return terms.length > 0 && terms.every(gpuOnly);
}
const tolerates = (pod) => (pod.spec.tolerations ?? []).some((t) => t.key === "sku" && t.value === "gpu" && t.effect === "NoSchedule");
const claimsGpu = (pod) =>
  containers(pod).some((c) => ["requests", "limits"].some((k) => Number(c.resources?.[k]?.["nvidia.com/gpu"] ?? 0) > 0));
const envOf = (c, name) => c.env?.find((e) => e.name === name)?.value;

/** The fields file the exporter reads (DCGM_EXPORTER_COLLECTORS), from the ConfigMap mounted there. */
function countersFile(objs, ds, c) {
  const path = envOf(c, "DCGM_EXPORTER_COLLECTORS");
  if (!path) return { problem: "DCGM_EXPORTER_COLLECTORS is not set, so it reads the image's default fields (profiling ones among them)" };
  const mount = (c.volumeMounts ?? []).find((m) => path.startsWith(`${m.mountPath.replace(/\/$/, "")}/`));
  const volume = mount && ds.spec.template.spec.volumes?.find((v) => v.name === mount.name);
  const cm = volume?.configMap && ofKind(objs, "ConfigMap").find((o) => ns(o) === ns(ds) && o.metadata.name === volume.configMap.name);
  const text = cm?.data?.[path.slice(mount?.mountPath.replace(/\/$/, "").length + 1)];
  if (text === undefined) return { problem: `${path} is not a file of a ConfigMap mounted into the exporter` };
  const fields = text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split(",")[0].trim());
  return { fields };
}

function exporter(objs, ds) {
  const at = ref(ds);
  const pod = ds.spec.template;
  const c = pod.spec.containers[0];
  const out = [];
  if (!onGpuPool(pod)) out.push(`${at}: no workload=gpu-inference nodeSelector, so it would also run on every CPU node`);
  if (!tolerates(pod)) out.push(`${at}: no sku=gpu NoSchedule toleration, so it would never run on the GPU pool`);
  if (claimsGpu(pod)) out.push(`${at}: claims nvidia.com/gpu: it would take the GPU the scoring pod needs`);
  const pc = pod.spec.securityContext ?? {};
  const sc = c.securityContext ?? {};
  const user = sc.runAsUser ?? pc.runAsUser;
  if ((sc.runAsNonRoot ?? pc.runAsNonRoot) !== true || user === 0 || user === undefined) {
    out.push(`${at}: must run non-root (runAsNonRoot and a non-zero runAsUser)`);
  }
  if (sc.capabilities?.add?.length) out.push(`${at}: adds capabilities ${sc.capabilities.add.join(", ")}`);
  const [, name, tag] = c.image.match(/^[^/]+\/(.+):([^:/]+)$/) ?? [];
  if (name !== upstream || !versionTag.test(tag ?? "") || !c.image.startsWith(`${tfOutputs(objs).acr_login_server}/`)) {
    out.push(`${at}: image ${c.image} must be the ACR copy of nvcr.io/${upstream} at an explicit <dcgm>-<exporter>-<variant> version tag`);
  }
  const { fields, problem } = countersFile(objs, ds, c);
  if (problem) return [...out, `${at}: ${problem}`];
  const missing = dcgmMetricsRead().filter((m) => !fields.includes(m));
  if (missing.length) out.push(`${at}: ${missing.join(", ")} read by ops/prometheus/rules or ops/dashboards not in its fields file`);
  const profiling = fields.filter((f) => f.startsWith("DCGM_FI_PROF_"));
  if (profiling.length) out.push(`${at}: profiling fields ${profiling.join(", ")} need root and SYS_ADMIN`);
  return out;
}

export function check(objs, env) {
  const ds = ofKind(objs, "DaemonSet").filter((d) => d.metadata.name === "dcgm-exporter");
  if (env !== "prod") return ds.map((d) => `${env} ${ref(d)}: the DCGM exporter belongs with the GPU component (prod)`);
  if (ds.length !== 1) return [`prod: wants one dcgm-exporter DaemonSet, found ${ds.length}`];
  return exporter(objs, ds[0]);
}

const dcgm = (objs) => named(objs, "DaemonSet", "dcgm-exporter");
const countersMap = (objs) => objs.find((o) => o.kind === "ConfigMap" && o.metadata.name.startsWith("dcgm-exporter-counters"));

export const counterexamples = [
  {
    name: "nodeSelector dropped",
    env: "prod",
    expect: /dcgm-exporter: no workload=gpu-inference nodeSelector, so it would also run on every CPU node/,
    mutate: (objs) => delete dcgm(objs).spec.template.spec.nodeSelector,
  },
  {
    name: "GPU-pool toleration dropped",
    env: "prod",
    expect: /dcgm-exporter: no sku=gpu NoSchedule toleration/,
    mutate: (objs) => delete dcgm(objs).spec.template.spec.tolerations,
  },
  {
    name: "claims the node's GPU",
    env: "prod",
    expect: /dcgm-exporter: claims nvidia.com\/gpu/,
    mutate: (objs) => {
      dcgm(objs).spec.template.spec.containers[0].resources.limits["nvidia.com/gpu"] = 1;
    },
  },
  {
    name: "runs as root with SYS_ADMIN (the upstream default)",
    env: "prod",
    expect: /dcgm-exporter: must run non-root/,
    mutate: (objs) => {
      const pod = dcgm(objs).spec.template.spec;
      pod.securityContext.runAsNonRoot = false;
      pod.securityContext.runAsUser = 0;
      pod.containers[0].securityContext.capabilities.add = ["SYS_ADMIN"];
    },
  },
  {
    name: "image without a version tag",
    env: "prod",
    expect: /dcgm-exporter: image .* must be the ACR copy of nvcr.io\/nvidia\/k8s\/dcgm-exporter at an explicit/,
    mutate: (objs) => {
      const c = dcgm(objs).spec.template.spec.containers[0];
      c.image = c.image.replace(/:[^:/]+$/, ":4");
    },
  },
  {
    name: "a field the dashboard reads (DCGM_FI_DEV_FB_USED) not collected",
    env: "prod",
    expect: /DCGM_FI_DEV_FB_USED read by ops\/prometheus\/rules or ops\/dashboards not in its fields file/,
    mutate: (objs) => {
      const cm = countersMap(objs);
      cm.data["dcgm-counters.csv"] = cm.data["dcgm-counters.csv"].replace(/^DCGM_FI_DEV_FB_USED,.*$/m, "");
    },
  },
  {
    name: "the exporter in an overlay without the GPU component",
    env: "staging",
    expect: /staging DaemonSet\/kube-system\/dcgm-exporter: the DCGM exporter belongs with the GPU component/,
    mutate: (objs) => {
      objs.push({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "dcgm-exporter", namespace: "kube-system" }, spec: {} });
    },
  },
];
