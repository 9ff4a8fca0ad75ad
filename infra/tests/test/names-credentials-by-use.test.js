// Names by use and credentials by use, over the rendered overlays and the parsed Terraform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesByUse } from '../lib/names.js';
import { credentialsByUse, TOKEN_PLUGIN } from '../lib/credentials.js';
import { renderOverlays, ENVS } from '../lib/render.js';
import { model, mutated } from './helpers.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoDir } from '../lib/usage.js';

const rendered = renderOverlays();
const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const copy = (env) => structuredClone(rendered[env]);
const container = (objs, name) => objs.find((o) => o.kind === 'Deployment' && o.metadata.name === name).spec.template.spec.containers[0];
const setEnv = (c, name, value) => { c.env = c.env.filter((e) => e.name !== name); if (value !== undefined) c.env.push({ name, value }); };

for (const env of ENVS) {
  test(`${env}: every configured name resolves to a Service or a zone the Terraform creates`, () => assert.deepEqual(namesByUse(model(), rendered[env], env), []));
  test(`${env}: every connection uses the authentication the target accepts`, () => assert.deepEqual(credentialsByUse(model(), rendered[env]), []));
}

test('invalid names: APIM backend record dropped', async () => expectIn(
  namesByUse(await mutated('network/dns.tf', 'resource "azurerm_private_dns_a_record" "api_backend"', 'resource "azurerm_private_dns_cname_record" "api_backend"'), rendered.dev, 'dev'),
  /^APIM backend: no A record api in zone dev\.tailor\.internal/));
test('invalid names: the api_internal zone dropped', async () => expectIn(
  namesByUse(await mutated('conventions/dns.tf', 'api_internal = "${var.env}.tailor.internal"', ''), rendered.staging, 'staging'),
  /^APIM backend: no private zone or record in the Terraform resolves api\.staging\.tailor\.internal/));
test('invalid names: APIM calls a port the api Service does not serve', async () => expectIn(
  namesByUse(await mutated('conventions/dns.tf', 'port             = 443', 'port             = 8443'), rendered.prod, 'prod'),
  /^APIM backend: Service api has no port 8443/));
test('invalid names: blob zone misnamed', async () => expectIn(
  namesByUse(await mutated('conventions/dns.tf', 'blob            = "privatelink.blob.core.windows.net"', 'blob            = "blob.core.windows.net"'), rendered.dev, 'dev'),
  /TAILOR_BLOB_AZURE_ENDPOINT: sttailordevexample\.blob\.core\.windows\.net needs the private zone for blob\.core\.windows\.net/));
test('invalid names: no private endpoint for the OpenAI account', async () => expectIn(
  namesByUse(await mutated('platform/openai.tf', 'private_dns_zone_ids["openai"]', 'private_dns_zone_ids["blob"]'), rendered.dev, 'dev'),
  /TAILOR_LLM_AZURE_ENDPOINT: no private endpoint registers oai-tailor-dev-example\.openai\.azure\.com/));
test('invalid names: worker calls scoring on a port the Service lacks', () => {
  const objs = copy('dev');
  setEnv(container(objs, 'worker'), 'TAILOR_SCORING_URL', 'http://scoring:8080');
  expectIn(namesByUse(model(), objs, 'dev'), /^worker\/worker TAILOR_SCORING_URL: Service scoring has no port 8080/);
});
test('invalid names: api Service loses its fixed internal address', () => {
  const objs = copy('staging');
  delete objs.find((o) => o.kind === 'Service' && o.metadata.name === 'api').metadata.annotations['service.beta.kubernetes.io/azure-load-balancer-ipv4'];
  expectIn(namesByUse(model(), objs, 'staging'), /^APIM backend: Service api must be an internal load balancer at tf-outputs api_ilb_ip/);
});
test('invalid names: a public endpoint with no private zone', () => {
  const objs = copy('dev');
  setEnv(container(objs, 'worker'), 'TAILOR_LLM_AZURE_ENDPOINT', 'https://api.openai.com');
  expectIn(namesByUse(model(), objs, 'dev'), /no private zone or record in the Terraform resolves api\.openai\.com/);
});

test('invalid credentials: the password is put back', () => {
  const objs = copy('dev');
  setEnv(container(objs, 'api'), 'SPRING_DATASOURCE_PASSWORD', 'tailor');
  expectIn(credentialsByUse(model(), objs), /^api\/api: SPRING_DATASOURCE_PASSWORD sets a secret, but postgres accepts Entra tokens only/);
});
test('invalid credentials: no password setting, so the service default tailor applies', () => {
  const objs = copy('prod');
  setEnv(container(objs, 'worker'), 'SPRING_DATASOURCE_PASSWORD');
  expectIn(credentialsByUse(model(), objs), /^worker\/worker: postgres accepts Entra tokens only, but spring\.datasource\.password falls back to 'tailor' \(services\/worker\/src\/main\/resources\/worker\.yml\)/);
});
test('invalid credentials: JDBC URL without token authentication', () => {
  const objs = copy('staging');
  setEnv(container(objs, 'worker'), 'PG_AUTH_PLUGIN', '');
  expectIn(credentialsByUse(model(), objs), new RegExp(`^worker/worker: PostgreSQL accepts Entra tokens only, but the JDBC URL has no authenticationPluginClassName=${TOKEN_PLUGIN.replaceAll('.', '\\.')}`));
});
test('invalid credentials: a Service Bus connection string against a namespace without SAS', () => {
  const objs = copy('dev');
  setEnv(container(objs, 'api'), 'TAILOR_SERVICEBUS_CONNECTIONSTRING', 'Endpoint=sb://x/;SharedAccessKeyName=k;SharedAccessKey=s');
  expectIn(credentialsByUse(model(), objs), /^api\/api: TAILOR_SERVICEBUS_CONNECTIONSTRING sets a secret, but servicebus accepts Entra tokens only/);
});
test('invalid credentials: an OpenAI key against a keyless account', () => {
  const objs = copy('prod');
  setEnv(container(objs, 'worker'), 'TAILOR_LLM_AZURE_API_KEY', 'k');
  expectIn(credentialsByUse(model(), objs), /^worker\/worker: TAILOR_LLM_AZURE_API_KEY sets a secret, but openai accepts Entra tokens only/);
});
test('invalid credentials: PostgreSQL user is not the identity name', () => {
  const objs = copy('dev');
  setEnv(container(objs, 'api'), 'SPRING_DATASOURCE_USERNAME', 'tailor');
  expectIn(credentialsByUse(model(), objs), /^api\/api: the PostgreSQL user must be its identity's name/);
});
test('invalid credentials: the token plugin\'s jar only on the test classpath', () => expectIn(
  credentialsByUse(model(), rendered.dev, (svc) => readFileSync(path.join(repoDir, 'services', svc, 'pom.xml'), 'utf8')
    .replace('<artifactId>azure-identity-extensions</artifactId>\n\t\t\t<scope>runtime</scope>', '<artifactId>azure-identity-extensions</artifactId>\n\t\t\t<scope>test</scope>')),
  /^api\/api: the JDBC URL names the token plugin, but services\/api\/pom.xml has azure-identity-extensions only in scope test/));
test('invalid credentials: the worker without the token plugin\'s jar', () => expectIn(
  credentialsByUse(model(), rendered.prod, (svc) => {
    const text = readFileSync(path.join(repoDir, 'services', svc, 'pom.xml'), 'utf8');
    return svc === 'worker' ? text.replace('<artifactId>azure-identity-extensions</artifactId>', '<artifactId>azure-identity</artifactId>') : text;
  }),
  /^worker\/worker: the JDBC URL names the token plugin, but services\/worker\/pom.xml does not depend on azure-identity-extensions/));
