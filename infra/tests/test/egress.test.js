// Egress as built and as documented: the node and runner subnets leave through the NAT gateway,
// AKS's outbound type says so, there is no firewall or route table, and no document claims one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { infraDir, first } from '../lib/config.js';
import { passes, fails, model } from './helpers.js';

const repo = path.resolve(infraDir, '..');

/** README.md, docs/**.md and ops/**.md (without node_modules), by path relative to the repository. */
export function docs() {
  const walk = (dir) => readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : walk(full);
    return name.endsWith('.md') ? [full] : [];
  });
  const files = [path.join(repo, 'README.md'), ...walk(path.join(repo, 'docs')), ...walk(path.join(repo, 'ops'))];
  return Object.fromEntries(files.map((f) => [path.relative(repo, f), readFileSync(f, 'utf8')]));
}

const DENIAL = /not a firewall|no (azure )?firewall|without (a|an azure) firewall|firewall is not built/i;

export function egress(m, texts = docs()) {
  const out = [];
  const of = (type) => m.resources.filter((r) => r.type === type);
  const firewalls = [...of('azurerm_firewall'), ...of('azurerm_route_table')];
  const nat = of('azurerm_nat_gateway');
  const associated = of('azurerm_subnet_nat_gateway_association').map((a) => a.body.subnet_id);
  for (const subnet of ['aks_nodes', 'runner']) {
    if (!associated.includes(`\${azurerm_subnet.${subnet}.id}`)) out.push(`network: ${subnet} must leave through the NAT gateway`);
  }
  if (nat.length !== 1) out.push(`expected one azurerm_nat_gateway, found ${nat.length}`);
  const cluster = of('azurerm_kubernetes_cluster')[0];
  if (first(cluster?.body.network_profile)?.outbound_type !== 'userAssignedNATGateway') out.push('aks: outbound_type must be userAssignedNATGateway (what ops/infra.md documents)');
  if (firewalls.length === 0) {
    // By paragraph: one that mentions a firewall must say that none is built.
    for (const [file, text] of Object.entries(texts)) {
      let line = 1;
      for (const para of text.split(/\n[ \t]*\n/)) {
        if (/firewall/i.test(para) && !DENIAL.test(para.replace(/\s+/g, ' '))) {
          out.push(`${file}:${line}: mentions a firewall, but egress is a NAT gateway: ${para.trim().split('\n')[0]}`);
        }
        line += para.split('\n').length + 1;
      }
    }
    if (!/^#+ .*Egress/m.test(texts['ops/infra.md'] ?? '') || !/Egress is a NAT gateway, not a firewall/.test(texts['ops/infra.md'] ?? '')) {
      out.push('ops/infra.md must document the egress as built (a section on egress: "Egress is a NAT gateway, not a firewall")');
    }
  }
  return out;
}

test('egress is the NAT gateway, and no document claims a firewall', () => passes(egress));
test('invalid: a document claims a firewall', () => {
  const texts = { ...docs(), 'docs/architecture.md': 'Pods reach the internet only through Azure Firewall.\n' };
  assert.ok(egress(model(), texts).some((v) => /docs\/architecture.md:1: mentions a firewall/.test(v)));
});
test('invalid: the egress section is gone from ops/infra.md', () => {
  const texts = { ...docs(), 'ops/infra.md': docs()['ops/infra.md'].replaceAll('Egress is a NAT gateway, not a firewall', 'Egress') };
  assert.ok(egress(model(), texts).some((v) => /must document the egress/.test(v)));
});
test('invalid: AKS on another outbound type', () => fails(egress, 'aks/cluster.tf',
  'outbound_type       = "userAssignedNATGateway"', 'outbound_type       = "loadBalancer"', /outbound_type must be userAssignedNATGateway/));
test('invalid: runner subnet without the NAT gateway', () => fails(egress, 'network/egress.tf',
  'subnet_id      = azurerm_subnet.runner.id', 'subnet_id      = azurerm_subnet.apim.id', /runner must leave through the NAT gateway/));
