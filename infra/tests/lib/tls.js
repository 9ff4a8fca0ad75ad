// TLS by use, APIM -> api: APIM calls the record it resolves over https and validates the chain and
// the name; the certificate the api serves there names exactly that record, is issued by the
// private CA APIM trusts (ops/azure/runner.sh, phase tls), lands in Key Vault under the name the
// api mounts, and the api's https port serves it (a Spring Boot SSL bundle over the mounted file).
// ops/infra.md section 5e.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sh from 'mvdan-sh';
import { parse } from 'yaml';
import { ofType, first } from './config.js';
import { repoDir } from './usage.js';
import { apimBackend } from './names.js';

const { syntax } = sh;
const RUNNER = 'ops/azure/runner.sh';
export const readRunner = () => readFileSync(path.join(repoDir, RUNNER), 'utf8');

const localsOf = (model, dir) => Object.assign({}, ...model.parsed
  .filter((p) => path.dirname(p.file).endsWith(dir)).flatMap((p) => p.json.locals ?? []));
const outputsOf = (model, dir) => Object.assign({}, ...model.parsed
  .filter((p) => path.dirname(p.file).endsWith(dir)).map((p) => p.json.output ?? {}));
const tfOf = (objects) => objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('tf-outputs'))?.data ?? {};

/** Every `tool` command of a script: its arguments as the source spells them ($x unexpanded, outer quotes dropped). */
export function commandsOf(text, tool, file = RUNNER) {
  const out = [];
  syntax.Walk(syntax.NewParser().Parse(text, file), (node) => {
    if (!node || syntax.NodeType(node) !== 'CallExpr' || !node.Args.length) return true;
    const words = node.Args.map((w) => text.slice(w.Pos().Offset(), w.End().Offset()).replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1'));
    if (words[0] === tool) out.push({ words, line: node.Pos().Line() });
    return true;
  });
  return out;
}
export const opensslCommands = (text, file = RUNNER) => commandsOf(text, 'openssl', file);
const opt = (c, name) => { const i = c.words.indexOf(name); return i >= 0 ? c.words[i + 1] : undefined; };
const addext = (c) => c.words.flatMap((w, i) => (c.words[i - 1] === '-addext' ? [w] : []));

/** Violations of the APIM -> api TLS contract for one env's rendered overlay. */
export function apiTls(model, objects, env, runner = readRunner()) {
  const out = [];
  const backend = apimBackend(model, env);
  const conv = localsOf(model, 'modules/conventions').api_backend ?? {};
  const fqdn = String(conv.fqdn ?? '').replaceAll('${var.env}', env);
  const tf = tfOf(objects);

  // APIM: https on 443 to the record, chain and name validated against its Root store.
  if (backend.scheme !== 'https' || backend.port !== 443) out.push(`APIM backend: calls ${backend.url}, not https on 443`);
  const res = ofType(model, 'azurerm_api_management_backend')[0];
  const tlsBlock = first(res?.body.tls);
  if (tlsBlock?.validate_certificate_chain !== true) out.push('APIM backend: does not validate the api certificate\'s chain (tls.validate_certificate_chain)');
  if (tlsBlock?.validate_certificate_name !== true) out.push('APIM backend: does not check that the api certificate names its host (tls.validate_certificate_name)');
  const apim = ofType(model, 'azurerm_api_management')[0];
  const ignored = first(apim?.body.lifecycle)?.ignore_changes ?? [];
  if (!JSON.stringify(ignored).includes('certificate')) out.push('APIM: Terraform would remove the Root store runner.sh writes (lifecycle ignore_changes must hold certificate)');
  if (!/storeName: "Root"/.test(runner) || !/az rest --method patch --url "\$url"/.test(runner)
    || !/Microsoft\.ApiManagement\/service\/\$apim_name\?/.test(runner) || !/apim_name=\$\{apim_gateway_url#https:\/\/\}/.test(runner)) {
    out.push(`APIM: ${RUNNER} no longer puts the api's CA into the Root store of the instance apim_gateway_url names`);
  }
  const phases = (runner.match(/phases=\("\$\{@:-([a-z ]+)\}"\)/)?.[1] ?? '').split(' ');
  if (!(phases.includes('tls') && phases.indexOf('tls') < phases.indexOf('apply'))) out.push(`${RUNNER}: the default phases must run tls before apply (the api mounts the certificate at start): ${phases.join(' ')}`);

  // The name: the record APIM calls is the one DNS name of the certificate runner.sh issues.
  if (backend.host !== fqdn) out.push(`APIM backend: calls ${backend.host}, not the api record ${fqdn}`);
  const rootOut = outputsOf(model, 'envs/_root');
  const platformOut = outputsOf(model, 'modules/platform');
  if (rootOut.api_backend_fqdn?.[0].value !== '${module.platform.api_backend_fqdn}' || platformOut.api_backend_fqdn?.[0].value !== '${module.conventions.api_backend.fqdn}') {
    out.push('tf-outputs api_backend_fqdn (the name runner.sh issues the certificate for) must be module.conventions.api_backend.fqdn, the record APIM calls');
  }
  if (tf.api_backend_fqdn !== backend.host) out.push(`tf-outputs api_backend_fqdn is ${tf.api_backend_fqdn}, but APIM calls ${backend.host}`);
  const ssl = opensslCommands(runner);
  const leaf = ssl.find((c) => c.words[1] === 'req' && c.words.includes('-x509') && opt(c, '-CA'));
  const ca = ssl.find((c) => c.words[1] === 'req' && c.words.includes('-x509') && !opt(c, '-CA') && addext(c).some((x) => /CA:TRUE/.test(x)));
  if (!leaf) out.push(`${RUNNER}: no openssl req -x509 -CA issues the api's leaf`);
  else {
    const san = addext(leaf).filter((x) => x.startsWith('subjectAltName='));
    if (JSON.stringify(san) !== '["subjectAltName=DNS:$api_backend_fqdn"]') out.push(`${RUNNER}:${leaf.line}: the api certificate's names are ${san.join(', ') || 'none'}, not exactly DNS:$api_backend_fqdn (the record APIM calls)`);
    if (opt(leaf, '-subj') !== '/CN=$api_backend_fqdn') out.push(`${RUNNER}:${leaf.line}: the api certificate's subject is ${opt(leaf, '-subj')}, not /CN=$api_backend_fqdn`);
    if (!addext(leaf).some((x) => /^extendedKeyUsage=.*serverAuth/.test(x)) || !addext(leaf).includes('basicConstraints=critical,CA:FALSE')) {
      out.push(`${RUNNER}:${leaf.line}: the api certificate must be a server certificate (serverAuth) that is no CA`);
    }
    if (!ca || opt(leaf, '-CA') !== opt(ca, '-out')) out.push(`${RUNNER}:${leaf.line}: the leaf is not signed by the CA the phase creates`);
  }
  if (ca && !addext(ca).includes('nameConstraints=critical,permitted;DNS:$api_backend_fqdn')) out.push(`${RUNNER}:${ca.line}: the private CA must be constrained to DNS:$api_backend_fqdn`);
  if (!ssl.some((c) => c.words[1] === 'verify' && opt(c, '-verify_hostname') === '$api_backend_fqdn')) out.push(`${RUNNER}: the current certificate is never verified against $api_backend_fqdn`);

  // The object: runner.sh imports it under the name the api's SecretProviderClass mounts.
  if (rootOut.api_tls_certificate_name?.[0].value !== '${module.platform.api_tls_certificate_name}' || platformOut.api_tls_certificate_name?.[0].value !== '${module.conventions.api_backend.certificate_name}') {
    out.push('tf-outputs api_tls_certificate_name must be module.conventions.api_backend.certificate_name');
  }
  const imports = commandsOf(runner, 'az').filter((c) => c.words.slice(1, 4).join(' ') === 'keyvault certificate import');
  if (!imports.some((c) => opt(c, '--vault-name') === '$key_vault_name' && opt(c, '-n') === '$api_tls_certificate_name'
    && /"contentType":"application\/x-pem-file"/.test(opt(c, '--policy') ?? ''))) {
    out.push(`${RUNNER}: must import the certificate as $api_tls_certificate_name into $key_vault_name as PEM (the file the api mounts)`);
  }
  out.push(...mountedCertificate(objects, tf));
  return out;
}

/** The api Deployment mounts, under its own identity, the Key Vault certificate tf-outputs names. */
function mountedCertificate(objects, tf) {
  const d = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'api');
  if (!d) return ['api: no Deployment'];
  const spcs = (d.spec.template.spec.volumes ?? []).filter((v) => v.csi?.driver === 'secrets-store.csi.k8s.io')
    .map((v) => objects.find((o) => o.kind === 'SecretProviderClass' && o.metadata.name === v.csi.volumeAttributes?.secretProviderClass)).filter(Boolean);
  const spc = spcs.find((s) => secretObjects(s).some((o) => o.objectName === tf.api_tls_certificate_name));
  if (!spc) return [`api: no SecretProviderClass it mounts fetches the Key Vault certificate ${tf.api_tls_certificate_name} (tf-outputs api_tls_certificate_name)`];
  const out = [];
  const obj = secretObjects(spc).find((o) => o.objectName === tf.api_tls_certificate_name);
  if (obj.objectType !== 'secret') out.push(`SecretProviderClass ${spc.metadata.name}: ${obj.objectName} must be read as objectType secret (key and chain), not ${obj.objectType}`);
  const p = spc.spec.parameters;
  if (p.keyvaultName !== tf.key_vault_name) out.push(`SecretProviderClass ${spc.metadata.name}: keyvaultName ${p.keyvaultName} is not tf-outputs key_vault_name`);
  if (p.clientID !== tf.api_client_id) out.push(`SecretProviderClass ${spc.metadata.name}: reads as ${p.clientID}, not the api's identity (tf-outputs api_client_id)`);
  return out;
}

/** The objects a SecretProviderClass fetches ({objectName, objectType, objectAlias}). */
export function secretObjects(spc) {
  try { return (parse(spc.spec.parameters.objects)?.array ?? []).map((o) => parse(o)); } catch { return []; }
}

const canon = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const envOf = (c) => Object.fromEntries((c.env ?? []).map((e) => [e.name, e.value]));

/** The service's server.port as its <svc>.yml resolves it against the container's env. */
function serverPort(svc, env) {
  for (const [k, v] of Object.entries(env)) if (canon(k) === 'serverport') return Number(v);
  const file = path.join(repoDir, 'services', svc, 'src', 'main', 'resources', `${svc}.yml`);
  const port = existsSync(file) ? parse(readFileSync(file, 'utf8'))?.server?.port : undefined;
  const m = String(port ?? 8080).match(/^\$\{([A-Z0-9_]+):(\d+)\}$/);
  return Number(m ? (env[m[1]] ?? m[2]) : port ?? 8080);
}

/**
 * A Service port that carries TLS (named https) reaches a container that serves it: the target is
 * a container port named https, the service listens there (server.port), and a Spring Boot PEM SSL
 * bundle (SERVER_SSL_BUNDLE) takes its certificate and key from files of a mounted Key Vault
 * SecretProviderClass object. Returns violations, `who` first.
 */
export function servesTls(objects, svc, port, who) {
  const out = [];
  const sel = svc.spec.selector ?? {};
  const deps = objects.filter((o) => o.kind === 'Deployment' && Object.entries(sel).every(([k, v]) => o.spec.template.metadata.labels?.[k] === v));
  if (!deps.length) return [`${who}: Service ${svc.metadata.name} selects no Deployment`];
  for (const d of deps) {
    const spec = d.spec.template.spec;
    const c = spec.containers.find((x) => (x.ports ?? []).some((p) => p.name === port.targetPort || p.containerPort === port.targetPort));
    const cp = c?.ports.find((p) => p.name === port.targetPort || p.containerPort === port.targetPort);
    const at = `${who}: Service ${svc.metadata.name} port ${port.port} (${port.name}) -> Deployment ${d.metadata.name}`;
    if (!cp) { out.push(`${at} has no container port ${port.targetPort}`); continue; }
    if (cp.name !== 'https') { out.push(`${at} container port ${cp.containerPort} is named ${cp.name}, not https`); continue; }
    const env = envOf(c);
    const listens = serverPort(d.metadata.name, env);
    if (listens !== cp.containerPort) out.push(`${at}: the service listens on ${listens} (server.port), not the https container port ${cp.containerPort}`);
    const bundle = Object.entries(env).find(([k]) => canon(k) === 'serversslbundle')?.[1];
    if (!bundle) { out.push(`${at}: no TLS bundle configured (SERVER_SSL_BUNDLE), so the port serves plain HTTP`); continue; }
    const prop = (suffix) => Object.entries(env).find(([k]) => canon(k) === canon(`spring.ssl.bundle.pem.${bundle}.keystore.${suffix}`))?.[1];
    for (const [what, value] of [['certificate', prop('certificate')], ['private-key', prop('private-key')]]) {
      if (!value) { out.push(`${at}: SSL bundle ${bundle} has no keystore ${what} (SPRING_SSL_BUNDLE_PEM_${bundle.toUpperCase()}_KEYSTORE_${canon(what).toUpperCase()})`); continue; }
      const file = String(value).replace(/^file:/, '');
      const mount = (c.volumeMounts ?? []).find((m) => file.startsWith(`${m.mountPath.replace(/\/$/, '')}/`));
      const vol = mount && spec.volumes?.find((v) => v.name === mount.name);
      const spc = vol?.csi?.driver === 'secrets-store.csi.k8s.io' && objects.find((o) => o.kind === 'SecretProviderClass' && o.metadata.name === vol.csi.volumeAttributes?.secretProviderClass);
      const name = mount && file.slice(mount.mountPath.replace(/\/$/, '').length + 1);
      if (!spc) out.push(`${at}: SSL bundle ${bundle} reads its ${what} from ${file}, which no mounted Key Vault SecretProviderClass provides`);
      else if (!secretObjects(spc).some((o) => (o.objectAlias ?? o.objectName) === name)) out.push(`${at}: SecretProviderClass ${spc.metadata.name} fetches no object ${name} (${what} of bundle ${bundle})`);
    }
  }
  return out;
}
