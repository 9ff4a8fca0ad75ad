// Permissions by use: every Azure operation the code performs (usage/operations.json, checked
// against the Java sources) is allowed by a role assignment of the workload's identity.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adapterTable, serviceTable, permissionsByUse, switchedOnByOverlay, loadTable, loadSources } from '../lib/usage.js';
import { renderOverlays, ENVS } from '../lib/render.js';
import { model, mutated } from './helpers.js';

const rendered = renderOverlays();
const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const withSource = (file, from, to) => loadSources((f, t) => {
  if (f !== file) return t;
  assert.ok(t.includes(from), `fixture did not apply: ${file} lacks ${from}`);
  return t.replace(from, to);
});
const QUEUE = 'services/jobs-core/src/main/java/io/tailor/jobs/queue/ServiceBusJobQueue.java';

test('the table lists exactly what the adapters call', () => assert.deepEqual(adapterTable(), []));
test('the table lists exactly the port methods each service calls', () => assert.deepEqual(serviceTable(), []));
for (const env of ENVS) {
  test(`${env}: every operation is allowed by a role of the workload's identity`, () => assert.deepEqual(permissionsByUse(model(), rendered[env]), []));
}

for (const env of ENVS) {
  test(`${env}: no overlay switches on an operation no role allows (Content Safety)`, () => assert.deepEqual(switchedOnByOverlay(rendered[env]), []));
}
test('invalid: an overlay that sets the Content Safety endpoint switches on an operation no role allows', () => {
  const objs = structuredClone(rendered.dev);
  const worker = objs.find((o) => o.kind === 'Deployment' && o.metadata.name === 'worker');
  worker.spec.template.spec.containers[0].env = [...(worker.spec.template.spec.containers[0].env ?? []),
    { name: 'TAILOR_LLM_CONTENT_SAFETY_ENDPOINT', value: 'https://tailor-cs.cognitiveservices.azure.com' }];
  expectIn(switchedOnByOverlay(objs), /ContentSafetyPromptShield\.java: contentsafety:shield-prompt switched on by TAILOR_LLM_CONTENT_SAFETY_ENDPOINT/);
});

test('invalid: worker without Data Sender cannot schedule a retry', async () => expectIn(
  permissionsByUse(await mutated('identity/roles.tf', 'worker-sb-sender   = {', '# worker-sb-sender   = {'), rendered.dev),
  /^worker: servicebus:schedule \(JobQueue\.retry\) needs Microsoft\.ServiceBus\/namespaces\/messages\/send\/action on servicebus_queue/));
test('invalid: OpenAI role granted on the wrong resource', async () => expectIn(
  permissionsByUse(await mutated('identity/roles.tf', 'role = "Cognitive Services OpenAI User", scope = var.scopes.openai_account',
    'role = "Cognitive Services OpenAI User", scope = var.scopes.key_vault'), rendered.prod),
  /^worker: openai:chat .* on openai_account/));
test('invalid: KEDA without Data Owner cannot read queue counts', async () => expectIn(
  permissionsByUse(await mutated('identity/roles.tf', 'keda-sb-owner      = {', '# keda-sb-owner      = {'), rendered.staging),
  /^keda: servicebus:read-counts/));
test('invalid: api runs under a service account no identity is federated to', () => {
  const objs = structuredClone(rendered.dev);
  objs.find((o) => o.kind === 'Deployment' && o.metadata.name === 'api').spec.template.spec.serviceAccountName = 'default';
  expectIn(permissionsByUse(model(), objs), /^api: no identity is federated to system:serviceaccount:tailor:default/);
});

test('invalid: the table forgets that a retry schedules a message', () => {
  const table = loadTable();
  table.adapters[QUEUE].methods.retry = ['servicebus:complete'];
  expectIn(adapterTable(table), /JobQueue\.retry performs \[servicebus:complete, servicebus:schedule\], the table says \[servicebus:complete\]/);
});
test('invalid: an adapter calls an SDK method the table does not map', () => expectIn(
  adapterTable(loadTable(), withSource(QUEUE, 'return complete(delivery);', 'this.sender.cancelScheduledMessage(1L);\n\t\treturn complete(delivery);')),
  /retry calls SDK method cancelScheduledMessage, which sdkCalls does not map/));
test('invalid: a new Azure SDK user outside the table', () => expectIn(
  adapterTable(loadTable(), { ...loadSources(), 'services/api/src/main/java/io/tailor/api/Vault.java': 'import com.azure.security.keyvault.secrets.SecretClient;\n' }),
  /Vault\.java: imports the Azure SDK but is not in usage\/operations\.json/));
test('invalid: the worker starts deleting blobs', () => expectIn(
  serviceTable(loadTable(), withSource('services/worker/src/main/java/io/tailor/worker/consuming/ExtractingStage.java', 'blobs.get(', 'blobs.delete(')),
  /^worker: the code calls BlobStore\.delete, which the table does not list/));
