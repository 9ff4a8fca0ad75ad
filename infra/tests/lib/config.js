// Loads every infra/**/*.tf through @cdktf/hcl2json into one indexable model.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@cdktf/hcl2json';

export const infraDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function tfFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (['node_modules', '.terraform', 'tests'].includes(name) && statSync(full).isDirectory()) return [];
    if (statSync(full).isDirectory()) return tfFiles(full);
    return name.endsWith('.tf') ? [full] : [];
  });
}

/** Parses HCL text; `file` names the source (module directory = its dirname). */
export async function parseFiles(files) {
  const resources = [];
  const parsed = [];
  for (const { file, text } of files) {
    const json = await parse(file, text);
    parsed.push({ file, json });
    for (const [type, byName] of Object.entries(json.resource ?? {})) {
      for (const [name, bodies] of Object.entries(byName)) {
        resources.push({ type, name, body: bodies[0], file, module: path.dirname(file) });
      }
    }
  }
  return { resources, parsed };
}

/** Loads the real config; `mutate(file, text)` lets a test break one file on purpose. */
export async function loadInfra(mutate = (_file, text) => text) {
  const files = tfFiles(infraDir).map((file) => ({ file, text: mutate(file, readFileSync(file, 'utf8')) }));
  return parseFiles(files);
}

export const ofType = (model, type) => model.resources.filter((r) => r.type === type);
export const first = (block) => (Array.isArray(block) ? block[0] : block);
