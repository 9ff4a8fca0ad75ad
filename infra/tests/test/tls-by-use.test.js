// TLS by use, APIM -> api (lib/tls.js, and names by use's https-port rule): each piece of the hop
// is checked against the others, and each check is seen failing on a mutated copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiTls, readRunner, opensslCommands } from '../lib/tls.js';
import { namesByUse } from '../lib/names.js';
import { runnerPermissions, runnerEndpoints, readEnvFile } from '../lib/runner.js';
import { repoDir } from '../lib/usage.js';
import path from 'node:path';
import { permissionsByUse } from '../lib/usage.js';
import { renderOverlays, ENVS } from '../lib/render.js';
import { model, mutated } from './helpers.js';

const rendered = renderOverlays();
const expectIn = (violations, re) => assert.ok(violations.some((v) => re.test(v)), `expected ${re} in ${JSON.stringify(violations)}`);
const copy = (env) => structuredClone(rendered[env]);
const api = (objs) => objs.find((o) => o.kind === 'Deployment' && o.metadata.name === 'api');
const apiContainer = (objs) => api(objs).spec.template.spec.containers[0];
const dropEnv = (c, name) => { c.env = c.env.filter((e) => e.name !== name); };
const service = (objs) => objs.find((o) => o.kind === 'Service' && o.metadata.name === 'api');
const runnerWith = (from, to) => {
  const text = readRunner();
  assert.ok(text.includes(from), `fixture did not apply: runner.sh lacks ${from}`);
  return text.replace(from, to);
};

for (const env of ENVS) {
  test(`${env}: APIM calls the api over TLS it validates, with the certificate runner.sh issues for that record`, () => assert.deepEqual(apiTls(model(), rendered[env], env), []));
}
test('the runner issues one leaf and one CA with openssl', () => {
  const reqs = opensslCommands(readRunner()).filter((c) => c.words[1] === 'req');
  assert.equal(reqs.length, 2);
});

// Port name https: the Service port APIM calls, and what it reaches.
test('invalid names: the api Service port APIM calls renamed http', () => {
  const objs = copy('prod');
  service(objs).spec.ports[0].name = 'http';
  expectIn(namesByUse(model(), objs, 'prod'), /^APIM backend: calls https:\/\/api\.prod\.tailor\.internal:443 but Service api serves port 443 as http \(no TLS\)/);
});
test('invalid names: APIM back on plain http to the TLS port', async () => expectIn(
  namesByUse(await mutated('conventions/dns.tf', 'scheme           = "https"', 'scheme           = "http"'), rendered.dev, 'dev'),
  /^APIM backend: calls http:\/\/ on the TLS port of Service api/));
test('invalid names: the https Service port targets the plain management port', () => {
  const objs = copy('staging');
  service(objs).spec.ports[0].targetPort = 'management';
  expectIn(namesByUse(model(), objs, 'staging'), /^APIM backend: Service api port 443 \(https\) -> Deployment api container port 8090 is named management, not https/);
});

// The api has a TLS bundle configured, over the mounted certificate, on the port it listens on.
test('invalid names: the api without an SSL bundle serves plain HTTP on its https port', () => {
  const objs = copy('dev');
  dropEnv(apiContainer(objs), 'SERVER_SSL_BUNDLE');
  expectIn(namesByUse(model(), objs, 'dev'), /^APIM backend: .*Deployment api: no TLS bundle configured \(SERVER_SSL_BUNDLE\), so the port serves plain HTTP/);
});
test('invalid names: the SSL bundle without its private key', () => {
  const objs = copy('prod');
  dropEnv(apiContainer(objs), 'SPRING_SSL_BUNDLE_PEM_API_KEYSTORE_PRIVATEKEY');
  expectIn(namesByUse(model(), objs, 'prod'), /SSL bundle api has no keystore private-key/);
});
test('invalid names: the certificate file is not mounted from Key Vault', () => {
  const objs = copy('staging');
  const c = apiContainer(objs);
  c.volumeMounts = c.volumeMounts.filter((m) => m.name !== 'api-tls');
  expectIn(namesByUse(model(), objs, 'staging'), /SSL bundle api reads its certificate from \/mnt\/tls\/api-tls, which no mounted Key Vault SecretProviderClass provides/);
});
test('invalid names: the api listens on 8080 (no PORT) while the https port is 8443', () => {
  const objs = copy('dev');
  dropEnv(apiContainer(objs), 'PORT');
  expectIn(namesByUse(model(), objs, 'dev'), /the service listens on 8080 \(server\.port\), not the https container port 8443/);
});

// The certificate's DNS name equals the record APIM calls.
test('invalid: the certificate issued for another name than the record', () => expectIn(
  apiTls(model(), rendered.dev, 'dev', runnerWith('-addext "subjectAltName=DNS:$api_backend_fqdn"', '-addext "subjectAltName=DNS:api.$ENV.tailor.local"')),
  /^ops\/azure\/runner\.sh:\d+: the api certificate's names are subjectAltName=DNS:api\.\$ENV\.tailor\.local, not exactly DNS:\$api_backend_fqdn/));
test('invalid: the certificate with a second, wider name', () => expectIn(
  apiTls(model(), rendered.staging, 'staging', runnerWith('-addext "subjectAltName=DNS:$api_backend_fqdn"', '-addext "subjectAltName=DNS:$api_backend_fqdn,DNS:*.tailor.internal"')),
  /the api certificate's names are subjectAltName=DNS:\$api_backend_fqdn,DNS:\*\.tailor\.internal, not exactly/));
test('invalid: tf-outputs api_backend_fqdn is not the record APIM calls', async () => expectIn(
  apiTls(await mutated('platform/outputs.tf', 'value       = module.conventions.api_backend.fqdn', 'value       = "api.${var.env}.tailor.local"'), rendered.prod, 'prod'),
  /^tf-outputs api_backend_fqdn \(the name runner\.sh issues the certificate for\) must be module\.conventions\.api_backend\.fqdn/));
test('invalid: the overlay\'s api_backend_fqdn differs from the backend host', () => {
  const objs = copy('dev');
  objs.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs')).data.api_backend_fqdn = 'api.staging.tailor.internal';
  expectIn(apiTls(model(), objs, 'dev'), /^tf-outputs api_backend_fqdn is api\.staging\.tailor\.internal, but APIM calls api\.dev\.tailor\.internal/);
});
test('invalid: the private CA is not constrained to the record', () => expectIn(
  apiTls(model(), rendered.dev, 'dev', runnerWith('-addext "nameConstraints=critical,permitted;DNS:$api_backend_fqdn" ', '')),
  /the private CA must be constrained to DNS:\$api_backend_fqdn/));

// APIM validates the chain (and the name) against the CA runner.sh puts in its Root store.
test('invalid: APIM stops validating the chain', async () => expectIn(
  apiTls(await mutated('apim/api.tf', 'validate_certificate_chain = true', 'validate_certificate_chain = false'), rendered.prod, 'prod'),
  /^APIM backend: does not validate the api certificate's chain/));
test('invalid: APIM stops checking the certificate\'s name', async () => expectIn(
  apiTls(await mutated('apim/api.tf', 'validate_certificate_name  = true', 'validate_certificate_name  = false'), rendered.dev, 'dev'),
  /^APIM backend: does not check that the api certificate names its host/));
test('invalid: Terraform would wipe the Root store runner.sh writes', async () => expectIn(
  apiTls(await mutated('apim/service.tf', 'ignore_changes = [certificate]', 'ignore_changes = []'), rendered.staging, 'staging'),
  /^APIM: Terraform would remove the Root store runner\.sh writes/));
test('invalid: runner.sh no longer writes APIM\'s Root store', () => expectIn(
  apiTls(model(), rendered.dev, 'dev', runnerWith('storeName: "Root"', 'storeName: "CertificateAuthority"')),
  /^APIM: ops\/azure\/runner\.sh no longer puts the api's CA into the Root store/));
test('invalid: tls runs after apply, so the api starts without its certificate', () => expectIn(
  apiTls(model(), rendered.prod, 'prod', runnerWith('images keda roles tls apply grants smoke}', 'images keda roles apply tls grants smoke}')),
  /the default phases must run tls before apply/));

// The certificate reaches the api: imported under the name the api mounts, as its identity.
test('invalid: the api mounts another Key Vault object than runner.sh imports', () => {
  const objs = copy('dev');
  const spc = objs.find((o) => o.kind === 'SecretProviderClass' && o.metadata.name === 'api-tls');
  spc.spec.parameters.objects = spc.spec.parameters.objects.replace('objectName: api-tls', 'objectName: api-cert');
  expectIn(apiTls(model(), objs, 'dev'), /^api: no SecretProviderClass it mounts fetches the Key Vault certificate api-tls/);
});
test('invalid: the certificate mounted as objectType cert (no private key)', () => {
  const objs = copy('prod');
  const spc = objs.find((o) => o.kind === 'SecretProviderClass' && o.metadata.name === 'api-tls');
  spc.spec.parameters.objects = spc.spec.parameters.objects.replace('objectType: secret', 'objectType: cert');
  expectIn(apiTls(model(), objs, 'prod'), /^SecretProviderClass api-tls: api-tls must be read as objectType secret/);
});
test('invalid: the certificate mounted under the collector\'s identity', () => {
  const objs = copy('staging');
  const tf = objs.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs')).data;
  objs.find((o) => o.kind === 'SecretProviderClass' && o.metadata.name === 'api-tls').spec.parameters.clientID = tf.otel_client_id;
  expectIn(apiTls(model(), objs, 'staging'), /^SecretProviderClass api-tls: reads as .*, not the api's identity/);
});
test('invalid: runner.sh imports the certificate as PKCS#12, which the api cannot read as PEM', () => expectIn(
  apiTls(model(), rendered.dev, 'dev', runnerWith('"contentType":"application/x-pem-file"', '"contentType":"application/x-pkcs12"')),
  /must import the certificate as \$api_tls_certificate_name into \$key_vault_name as PEM/));
test('invalid permissions: the api\'s identity loses Key Vault Secrets User and cannot mount its certificate', async () => expectIn(
  permissionsByUse(await mutated('identity/roles.tf', 'api-kv-secrets     = {', '# api-kv-secrets     = {'), rendered.dev),
  /^api-tls: keyvault:get \(k8s\) needs Microsoft\.KeyVault\/vaults\/secrets\/getSecret\/action on key_vault/));
test('invalid permissions: the runner cannot import the certificate', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'vault-certs   = { role = "Key Vault Certificates Officer", scope = module.keyvault.id }', '')),
  /^runner: keyvault:tls-import \(az keyvault certificate import .*needs Microsoft\.KeyVault\/vaults\/certificates\/import\/action/));
test('invalid permissions: the runner cannot read the current certificate', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'vault-secrets = { role = "Key Vault Secrets User", scope = module.keyvault.id }', '')),
  /^runner: keyvault:tls-read \(az keyvault secret download .*needs Microsoft\.KeyVault\/vaults\/secrets\/getSecret\/action/));
test('invalid permissions: the runner cannot write APIM\'s Root store', async () => expectIn(
  runnerPermissions(await mutated('platform/runner.tf', 'role = "API Management Service Operator Role"', 'role = "API Management Service Reader Role"')),
  /^runner: apim:root-store \(az rest .*needs Microsoft\.ApiManagement\/service\/write on \$\{module\.apim\.id\}/));
test('invalid names: the runner reaches the vault only through its private endpoint', async () => expectIn(
  namesByUse(await mutated('platform/keyvault.tf', 'private_dns_zone_ids["vault"]', 'private_dns_zone_ids["blob"]'), rendered.dev, 'dev',
    runnerEndpoints(readEnvFile(path.join(repoDir, 'k8s', 'overlays', 'dev', 'tf-outputs.env.example')))),
  /^runner \$key_vault_name: no private endpoint registers kv-tailor-dev-example\.vault\.azure\.net/));
