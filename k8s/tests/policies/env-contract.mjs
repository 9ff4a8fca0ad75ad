import { named, ref } from "../lib/objects.mjs";

export const title = "each service gets the environment the Spring services expect";

// Service env contract (lead): telemetry export is switched on by OTEL_EXPORT_ENABLED=true.
export const common = ["SPRING_PROFILES_ACTIVE", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORT_ENABLED", "OTEL_SERVICE_NAME"];
const platform = [
  "TAILOR_QUEUE_TYPE", "TAILOR_SERVICEBUS_NAMESPACE", "TAILOR_SERVICEBUS_QUEUE_NAME", "TAILOR_BLOB_TYPE",
  "TAILOR_BLOB_AZURE_ENDPOINT", "TAILOR_BLOB_AZURE_CONTAINER", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
  "PG_AUTH_PLUGIN", "SPRING_DATASOURCE_PASSWORD",
];
const required = {
  api: [...common, ...platform, "TAILOR_SECURITY_ISSUER", "TAILOR_SECURITY_AUDIENCE"],
  worker: [...common, ...platform, "TAILOR_SCORING_URL", "TAILOR_LLM_PROVIDER", "TAILOR_LLM_AZURE_ENDPOINT", "TAILOR_LLM_AZURE_DEPLOYMENT"],
  scoring: [...common, "TAILOR_SCORING_DEVICE"],
};
const fixed = {
  SPRING_PROFILES_ACTIVE: "azure",
  TAILOR_QUEUE_TYPE: "servicebus",
  TAILOR_SERVICEBUS_QUEUE_NAME: "jobs",
  TAILOR_BLOB_TYPE: "azure",
  TAILOR_BLOB_AZURE_CONTAINER: "resumes",
  TAILOR_SCORING_URL: "http://scoring:8081",
  TAILOR_LLM_PROVIDER: "azure-openai",
  OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector:4318",
  OTEL_EXPORT_ENABLED: "true",
  PG_AUTH_PLUGIN: "com.azure.identity.extensions.jdbc.postgresql.AzurePostgresqlAuthenticationPlugin",
  SPRING_DATASOURCE_PASSWORD: "",
};

// Values the services accept at all; `fixed` then narrows them for the Azure overlays.
export const allowed = {
  TAILOR_LLM_PROVIDER: ["offline", "azure-openai", "openai"],
};

const shaped = {
  TAILOR_SERVICEBUS_NAMESPACE: /^[a-z0-9-]+\.servicebus\.windows\.net$/,
  SPRING_DATASOURCE_URL: /^jdbc:postgresql:\/\/\$\(PGHOST\):5432\/tailor\?sslmode=require&authenticationPluginClassName=\$\(PG_AUTH_PLUGIN\)$/,
};

function problems(deployment, names) {
  const env = new Map(deployment.spec.template.spec.containers[0].env.map((e) => [e.name, e]));
  return names.flatMap((name) => {
    const e = env.get(name);
    if (!e) return [`${ref(deployment)}: missing ${name}`];
    if (allowed[name] && !allowed[name].includes(e.value)) return [`${ref(deployment)}: ${name} must be one of ${allowed[name].join(" | ")}, got ${e.value}`];
    if (name in fixed && e.value !== fixed[name]) return [`${ref(deployment)}: ${name} must be ${fixed[name]}`];
    if (shaped[name] && !shaped[name].test(e.value)) return [`${ref(deployment)}: ${name} is malformed: ${e.value}`];
    return [];
  });
}

export function check(objs) {
  return Object.entries(required).flatMap(([name, names]) => problems(named(objs, "Deployment", name), names));
}

const workerEnv = (objs) => named(objs, "Deployment", "worker").spec.template.spec.containers[0].env;

export const counterexamples = [
  {
    name: "scoring URL on the wrong port",
    env: "dev",
    expect: /TAILOR_SCORING_URL must be/,
    mutate: (objs) => {
      workerEnv(objs).find((e) => e.name === "TAILOR_SCORING_URL").value = "http://scoring:8080";
    },
  },
  {
    name: "telemetry export switched off",
    env: "staging",
    expect: /scoring: OTEL_EXPORT_ENABLED must be true/,
    mutate: (objs) => {
      named(objs, "Deployment", "scoring").spec.template.spec.containers[0].env.find((e) => e.name === "OTEL_EXPORT_ENABLED").value = "false";
    },
  },
  {
    name: "telemetry export flag missing",
    env: "prod",
    expect: /api: missing OTEL_EXPORT_ENABLED/,
    mutate: (objs) => {
      const c = named(objs, "Deployment", "api").spec.template.spec.containers[0];
      c.env = c.env.filter((e) => e.name !== "OTEL_EXPORT_ENABLED");
    },
  },
  {
    name: "LLM provider outside offline | azure-openai | openai",
    env: "dev",
    expect: /TAILOR_LLM_PROVIDER must be one of offline \| azure-openai \| openai, got azure/,
    mutate: (objs) => {
      workerEnv(objs).find((e) => e.name === "TAILOR_LLM_PROVIDER").value = "azure";
    },
  },
];
