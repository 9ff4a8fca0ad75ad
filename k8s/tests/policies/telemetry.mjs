import { named, ofKind, ref } from "../lib/objects.mjs";

export const title = "the collector exports to Azure Monitor with the connection string mounted from Key Vault";

export function check(objs) {
  const collector = named(objs, "Deployment", "otel-collector");
  const pod = collector.spec.template.spec;
  const config = ofKind(objs, "ConfigMap").find((c) => c.metadata.name.startsWith("otel-collector"));
  const out = [];
  if (!pod.containers[0].args.includes("--config=/etc/otelcol/azure-monitor.yaml")) out.push(`${ref(collector)}: does not load azure-monitor.yaml`);
  if (!config?.data?.["azure-monitor.yaml"]?.includes("azuremonitor:")) out.push("otel-collector ConfigMap: no azuremonitor exporter");
  const csi = pod.volumes.find((v) => v.csi?.driver === "secrets-store.csi.k8s.io");
  const spc = csi && named(objs, "SecretProviderClass", csi.csi.volumeAttributes?.secretProviderClass);
  if (!spc) out.push(`${ref(collector)}: no Key Vault CSI volume backed by a SecretProviderClass`);
  return out;
}

export const counterexample = {
  env: "staging",
  expect: /no Key Vault CSI volume/,
  mutate: (objs) => {
    const pod = named(objs, "Deployment", "otel-collector").spec.template.spec;
    pod.volumes = pod.volumes.filter((v) => !v.csi);
  },
};
