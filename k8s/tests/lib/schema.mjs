import { readFileSync } from "node:fs";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const ajv = addFormats(new Ajv({ allErrors: true }));
const crdSchemas = {
  "secrets-store.csi.x-k8s.io/v1/SecretProviderClass": "secretproviderclass.v1.json",
  "azmonitoring.coreos.com/v1/PodMonitor": "podmonitor.azmonitoring.v1.json",
};

/** The module holding the kubernetes-models class for an apiVersion and kind. */
function modelPath(apiVersion, kind) {
  if (apiVersion.startsWith("keda.sh/")) return `@kubernetes-models/keda/${apiVersion}/${kind}`;
  return `kubernetes-models/${apiVersion}/${kind}`;
}

async function modelValidator(apiVersion, kind) {
  const module = await import(modelPath(apiVersion, kind));
  const Model = module[kind];
  return (obj) => new Model(obj).validate();
}

function crdValidator(file) {
  const check = ajv.compile(JSON.parse(readFileSync(new URL(`../schemas/${file}`, import.meta.url), "utf8")));
  return (obj) => {
    if (!check(obj)) throw new Error(ajv.errorsText(check.errors));
  };
}

/** Throws unless the object matches the schema of its apiVersion and kind. */
export async function validate(obj) {
  const key = `${obj.apiVersion}/${obj.kind}`;
  let validator;
  try {
    validator = crdSchemas[key] ? crdValidator(crdSchemas[key]) : await modelValidator(obj.apiVersion, obj.kind);
  } catch (err) {
    throw new Error(`no schema for ${key}: ${err.message}`);
  }
  validator(obj);
}
