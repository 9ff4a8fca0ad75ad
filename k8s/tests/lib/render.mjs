import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

export const envs = ["dev", "staging", "prod"];

/** Objects of one overlay, as rendered by run.sh into $K8S_RENDER_DIR/<env>.yaml. */
export function load(env) {
  const dir = process.env.K8S_RENDER_DIR;
  if (!dir) throw new Error("K8S_RENDER_DIR is not set: run k8s/tests/run.sh");
  const text = readFileSync(join(dir, `${env}.yaml`), "utf8");
  return parseAllDocuments(text).map((doc) => doc.toJS()).filter(Boolean);
}
