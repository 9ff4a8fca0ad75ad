// Checklist 41: `terraform output -json | jq` (ops/infra.md §5) must write exactly the keys the
// k8s overlays read, as listed in k8s/overlays/<env>/tf-outputs.env.example.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tfOutputsContract, tokenContract, runbookJq } from '../lib/rules.js';
import { model, passes, fails } from './helpers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { infraDir } from '../lib/config.js';

test('the runbook command is to_entries -> key=value', () => assert.equal(runbookJq(), 'to_entries[] | "\\(.key)=\\(.value.value)"'));
test('each env root outputs exactly the keys of its overlay tf-outputs.env.example', () => passes(tfOutputsContract));
test('invalid: env root lacks an output the overlay reads', () => fails(tfOutputsContract, 'envs/staging/outputs.tf',
  'output "otel_client_id" {', 'output "otel_collector_client_id" {', /staging: tf-outputs.env.example has otel_client_id/));
test('invalid: env root outputs a key the overlay does not list', () => fails(tfOutputsContract, 'envs/prod/outputs.tf',
  'output "postgres_subnet_cidr" {', 'output "postgres_subnet_cidr" {\n  value = 1\n}\n\noutput "extra" {', /prod: the env root outputs extra/));
test('invalid: a sensitive output would land in a ConfigMap', () => fails(tfOutputsContract, 'envs/dev/outputs.tf',
  'value = module.platform.apim_gateway_url', 'value = module.platform.apim_gateway_url\n  sensitive = true', /output apim_gateway_url is sensitive/));
test('invalid: a runbook jq that skips a key', () => {
  const violations = tfOutputsContract(model(), { jq: 'to_entries[] | select(.key != "tenant_id") | "\\(.key)=\\(.value.value)"' });
  assert.ok(violations.some((v) => /dev: tf-outputs.env.example has tenant_id/.test(v)), JSON.stringify(violations));
});

test('api and APIM accept the same Entra issuer and audience', () => passes(tokenContract));
test('invalid: security_issuer on the v1 endpoint', () => fails(tokenContract, 'platform/conventions.tf',
  'entra_issuer = "https://login.microsoftonline.com/${var.tenant_id}/v2.0"', 'entra_issuer = "https://sts.windows.net/${var.tenant_id}/"', /entra_issuer must be/));
test('invalid: APIM audiences diverge from security_audience', () => fails(tokenContract, 'platform/apim.tf',
  'audiences          = [module.entra.client_id]', 'audiences          = [var.api_audience]', /jwt.audiences must be \[module.entra.client_id\]/));
test('invalid: api audience is the identifier URI (v2.0 tokens carry the client id)', () => fails(tokenContract, 'platform/outputs.tf',
  'value       = module.entra.client_id', 'value       = var.api_audience', /security_audience must be module.entra.client_id/));
test('invalid: app registration asks for v1.0 tokens', () => fails(tokenContract, 'entra-app/application.tf',
  'requested_access_token_version = 2', 'requested_access_token_version = 1', /requested_access_token_version must be 2/));

// make up and CD write tf-outputs.env with ops/azure/outputs.sh: the same program as the runbook.
const script = () => readFileSync(path.join(infraDir, '..', 'ops', 'azure', 'outputs.sh'), 'utf8');
const scriptJq = (text) => text.match(/\|\s*jq -r '([^']+)'\s*>\s*"\$OVERLAY\/tf-outputs\.env"/)?.[1];
test('ops/azure/outputs.sh runs the runbook jq program', () => assert.equal(scriptJq(script()), runbookJq()));
test('invalid: outputs.sh with another jq program', () => assert.notEqual(
  scriptJq(script().replace('"\\(.key)=\\(.value.value)"', '"\\(.key)=\\(.value)"')), runbookJq()));
