// Attribute-name tables of azurerm 4.55.0, read as text from @cdktf/provider-azurerm's
// generated bindings (synthesizeHclAttributes for the resource, <name>ToHclTerraform for blocks).
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const libDir = path.join(path.dirname(require.resolve('@cdktf/provider-azurerm/package.json')), 'lib');
const cache = new Map();

const ENTRY = /^ +([a-z0-9_]+): \{\n +value: ([^\n]*)\n +isBlock: (true|false),/gm;

function parseTable(body) {
  const table = {};
  for (const [, name, value, isBlock] of body.matchAll(ENTRY)) {
    const mapper = value.match(/(?<!cdktf\.)\b([a-z][a-zA-Z0-9]*)ToHclTerraform\b/);
    table[name] = { isBlock: isBlock === 'true', mapper: mapper ? mapper[1] : null };
  }
  return table;
}

function section(text, start) {
  const from = text.indexOf('const attrs = {', start);
  const to = text.slice(from).search(/\n +\};/);
  return text.slice(from, from + to);
}

function load(type) {
  const dir = path.join(libDir, type.replace(/^azurerm_/, '').replaceAll('_', '-'));
  const file = path.join(dir, 'index.js');
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  const blocks = {};
  for (const m of text.matchAll(/^function ([a-zA-Z0-9]+)ToHclTerraform\(struct\) \{/gm)) {
    blocks[m[1]] = parseTable(section(text, m.index));
  }
  const root = parseTable(section(text, text.indexOf('synthesizeHclAttributes() {')));
  return { root, blocks };
}

/** Schema of a resource type, or null when azurerm 4.55 has no such resource. */
export function schemaOf(type) {
  if (!cache.has(type)) cache.set(type, load(type));
  return cache.get(type);
}

/** Table of a nested block entry, or null when the bindings do not describe it. */
export function blockTable(schema, entry) {
  return entry.mapper ? schema.blocks[entry.mapper] ?? null : null;
}
