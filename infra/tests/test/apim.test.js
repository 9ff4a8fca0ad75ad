import { test } from 'node:test';
import { existsSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { apim, policies, apiSecurityHeaders } from '../lib/rules.js';
import { infraDir } from '../lib/config.js';
import { passes, fails } from './helpers.js';

test('APIM is Internal, Premium in prod, imports OpenAPI, validates the backend chain', () => passes(apim));
test('invalid: external APIM', () => fails(apim, 'apim/service.tf',
  'virtual_network_type = "Internal"', 'virtual_network_type = "External"', /Internal/));
test('invalid: prod on Developer', () => fails(apim, 'conventions/matrix.tf',
  'apim_sku              = "Premium_2"', 'apim_sku              = "Developer_1"', /Premium_<units>/));
test('invalid: prod APIM without zones', () => fails(apim, 'conventions/matrix.tf',
  'apim_zones            = ["1", "2"]', 'apim_zones            = []', /at least two zones/));
test('invalid: prod APIM in three zones on two units', () => fails(apim, 'conventions/matrix.tf',
  'apim_zones            = ["1", "2"]', 'apim_zones            = ["1", "2", "3"]', /units a multiple/));
test('invalid: zones on staging', () => fails(apim, 'conventions/matrix.tf',
  'apim_sku              = "Developer_1"\n      apim_zones            = []\n      openai_capacity       = 20', 'apim_sku              = "Developer_1"\n      apim_zones            = ["1"]\n      openai_capacity       = 20', /dev\/staging APIM has no zones/));
test('invalid: zones hard-coded on the resource', () => fails(apim, 'apim/service.tf',
  'zones                = length(var.zones) > 0 ? var.zones : null', 'zones                = ["1", "2"]', /zones must come from var.zones/));
test('invalid: public IP only in the units\' zones', () => fails(apim, 'apim/service.tf',
  'zones               = length(var.zones) > 0 ? ["1", "2", "3"] : null', 'zones               = length(var.zones) > 0 ? var.zones : null', /zone-redundant public IP/));
test('invalid: zones without the units check', () => fails(apim, 'apim/variables.tf',
  '% length(var.zones) == 0', '>= 0', /var.zones must be validated/));
test('invalid: platform pins APIM zones', () => fails(apim, 'platform/apim.tf',
  'zones                          = local.settings.apim_zones', 'zones                          = []', /must pass local.settings.apim_sku and apim_zones/));
test('invalid: backend without chain validation', () => fails(apim, 'apim/api.tf',
  'validate_certificate_chain = true', 'validate_certificate_chain = false', /validate_certificate_chain/));

test('policies are files and hold JWT, throttling, CORS, size limit, backend', () => passes(policies));
test('invalid: a policy set without rate limiting', async () => {
  const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'policies-'));
  cpSync(path.join(infraDir, 'modules/apim/policies'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'fragments/throttle.xml'), '<fragment />');
  const { model } = await import('./helpers.js');
  assert.ok(policies(model(), dir).some((v) => /rate-limit-by-key/.test(v)));
});

/** The policy rule's findings on a copy of the policies with one file's text replaced. */
async function policiesWith(file, from, to) {
  const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'policies-'));
  cpSync(path.join(infraDir, 'modules/apim/policies'), dir, { recursive: true });
  const text = readFileSync(path.join(dir, file), 'utf8');
  assert.ok(text.includes(from), `${file} has no ${from}`);
  writeFileSync(path.join(dir, file), text.replace(from, to));
  const { model } = await import('./helpers.js');
  return policies(model(), dir);
}

test('APIM sets the api\'s CSP and Referrer-Policy on what it answers and what it forwards', () => {
  const expected = apiSecurityHeaders();
  assert.match(expected.csp, /^default-src 'self';.*frame-ancestors 'none'/);
  assert.equal(expected.referrer, 'no-referrer');
});
test('invalid: a CSP at APIM other than the api\'s', async () => assert.ok((await policiesWith(
  'fragments/security-headers.xml', "frame-ancestors 'none'", "frame-ancestors *")).some((v) => /Content-Security-Policy must be the api's/.test(v))));
test('invalid: another Referrer-Policy at APIM', async () => assert.ok((await policiesWith(
  'fragments/security-headers.xml', '<value>no-referrer</value>', '<value>origin</value>')).some((v) => /Referrer-Policy must be the api's/.test(v))));
test('invalid: APIM\'s own errors without the headers', async () => assert.ok((await policiesWith(
  'api.xml', '<base />\n    <include-fragment fragment-id="tailor-security-headers" />\n  </on-error>', '<base />\n  </on-error>'))
  .some((v) => /on-error must include the security headers/.test(v))));

const openapi = path.join(infraDir, '../services/api/openapi/openapi.json');
test('the api OpenAPI document APIM imports is valid JSON', { skip: !existsSync(openapi) && `SKIPPED: ${openapi} is absent (the api build commits it)` }, () => {
  const doc = JSON.parse(readFileSync(openapi, 'utf8'));
  assert.ok(doc.openapi || doc.swagger, 'not an OpenAPI document');
  assert.ok(Object.keys(doc.paths ?? {}).length > 0, 'OpenAPI document has no paths');
});
