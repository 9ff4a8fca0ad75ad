// Screenshots of the result page's score explanation, desktop and phone, of a requirement's shared terms and of
// the history, against a mocked /v1 (no api needed).
// Usage: npm run build && node e2e/screenshots.mjs   → docs/screenshots/web-score-explanation-{desktop,phone}.png,
//        web-requirement-terms.png (phone) and web-history.png (desktop)
// On the phone it also checks the way back from a shown résumé line to its requirement, by keyboard.
// AXE=/path/to/axe.min.js (axe-core, not a dependency) also fails on any serious or critical axe violation.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, serveDist } from './static-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '..');
const dist = join(web, 'dist');
const out = resolve(web, '../../docs/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ID = '7d0c2a4e-5b8f-4c1e-9a3d-2f6b8e1c4a90';

// The fixture's résumé (real scorer output) against a made-up data-platform job whose verdicts give 67, as in issue 14.
const fixture = JSON.parse(readFileSync(join(web, 'src/test/result.fixture.json'), 'utf8'));
const line = (n) => fixture.report.lines.find((l) => l.lineNumber === n).text;
const skill = (label, kind = 'TOOL') => ({ id: `onet:${label}`, label, span: label, start: 0, end: label.length, confidence: 1, kind });
const ev = (n, similarity) => ({ lineNumber: n, text: line(n), similarity });
// shared terms as the scorer reports them (match-v4): [term, weight, résumé line]; share is the weighted share found
const terms = (share, ...shared) => ({ share, shared: shared.map(([term, weight, lineNumber]) => ({ term, weight, lineNumber })) });
const req = (text, importance, verdict, skills, missing, evidence, t) => ({
  requirement: { text, importance, years: null, degree: null, skills },
  verdict,
  missingSkills: missing,
  evidence,
  terms: t,
});
const S = {
  java: skill('Java'),
  kotlin: skill('Kotlin'),
  kafka: skill('Apache Kafka'),
  python: skill('Python'),
  airflow: skill('Apache Airflow'),
  gcp: skill('Google Cloud Platform'),
  gcpCert: skill('Google Cloud Professional Data Engineer', 'CERTIFICATION'),
  mentoring: skill('mentoring', 'SOFT'),
  leadership: skill('leadership', 'SOFT'),
  k8s: skill('Kubernetes'),
  terraform: skill('Terraform'),
  ckad: skill('Certified Kubernetes Application Developer', 'CERTIFICATION'),
  dbt: skill('dbt'),
  postgres: skill('PostgreSQL'),
  dutch: skill('Dutch', 'LANGUAGE'),
};
const requirements = [
  req('5+ years building backend services in Java or Kotlin.', 'MUST', 'COVERED', [S.java, S.kotlin], [], [ev(5, 0.7132)],
    terms(0.86, ['Java', 2.5, 5], ['Kotlin', 2.5, 28], ['backend', 1, 2], ['services', 1, 5])),
  req('Streaming pipelines on Kafka or Kafka Connect in production.', 'MUST', 'COVERED', [S.kafka], [], [ev(18, 0.7418), ev(11, 0.6907)],
    terms(0.55, ['Kafka', 2.5, 6], ['Connect', 1, 18])),
  req('Python for data pipelines, with Airflow or Dagster.', 'MUST', 'MISSING', [S.python, S.airflow], [S.python, S.airflow], [ev(18, 0.3811)],
    terms(0.11, ['data', 1, 18])),
  req('Google Cloud: BigQuery, Pub/Sub and Dataflow; the Professional Data Engineer certification is a plus.', 'MUST', 'WEAK',
    [S.gcp, S.gcpCert], [S.gcp, S.gcpCert], [ev(31, 0.4902)], terms(0.14, ['Cloud', 1, 31], ['data', 1, 18])),
  req('Lead design reviews and mentor engineers on the data team.', 'MUST', 'WEAK', [S.leadership, S.mentoring], [S.leadership], [ev(15, 0.5689)],
    terms(0.5, ['mentor', 1, 15], ['engineers', 1, 15], ['design', 1, 6], ['team', 1, 20])),
  req('Kubernetes and infrastructure as code (Terraform); CKA or CKAD certification.', 'MUST', 'COVERED', [S.k8s, S.terraform, S.ckad], [],
    [ev(12, 0.5812), ev(31, 0.5409)],
    terms(0.78, ['Kubernetes', 2.5, 6], ['Terraform', 2.5, 31], ['CKAD', 2.5, 36], ['certification', 1, 36])),
  req('dbt or another SQL transformation tool.', 'NICE', 'MISSING', [S.dbt], [S.dbt], [ev(13, 0.3127)], terms(0.29, ['SQL', 2.5, 28])),
  req('PostgreSQL schema design and query tuning.', 'NICE', 'COVERED', [S.postgres], [], [ev(13, 0.7803)],
    terms(0.69, ['PostgreSQL', 2.5, 6], ['design', 1, 6])),
  req('Dutch or German.', 'NICE', 'COVERED', [S.dutch], [], [ev(33, 0.6402)], terms(1, ['Dutch', 1, 33])),
];
const result = {
  ...fixture,
  jobId: ID,
  score: 67,
  report: {
    ...fixture.report,
    algorithm: 'match-v4',
    score: 67,
    requirements,
    matchedSkills: [S.java, S.kotlin, S.kafka, S.k8s, S.terraform, S.postgres, S.dutch, S.ckad, S.mentoring],
    // soft skills are never in missingSkills (match-v4)
    missingSkills: [S.python, S.airflow, S.gcp, S.dbt, S.gcpCert],
  },
  exports: {
    markdown: `/v1/jobs/${ID}/exports/markdown`,
    docx: `/v1/jobs/${ID}/exports/docx`,
    pdf: `/v1/jobs/${ID}/exports/pdf`,
  },
};
const job = {
  id: ID,
  status: 'SUCCEEDED',
  stage: null,
  failureReason: null,
  fileName: 'daniel-okafor-reyes-cv.pdf',
  createdAt: '2026-12-01T09:14:00Z',
  updatedAt: '2026-12-01T09:14:21Z',
  events: [],
  links: { self: `/v1/jobs/${ID}`, result: `/v1/jobs/${ID}/result` },
};

// GET /v1/jobs: two tailorings of the same résumé for two jobs, a job in progress, one without a title line
const summary = (id, fileName, jobTitle, company, score, createdAt, status = 'SUCCEEDED', stage = null) => ({
  id, status, stage, fileName, jobTitle, company, score, createdAt, links: { self: `/v1/jobs/${id}` },
});
const history = {
  items: [
    summary(ID, job.fileName, 'Senior Data Platform Engineer', 'Marlow Analytics B.V.', 67, job.createdAt),
    summary('3b9e1f20-8c4d-4a7e-b1f2-6d5c4e3a2b10', 'marisol-okafor-rn.docx', 'Registered Nurse – Medical/Surgical ICU', 'Bellhaven Regional Medical Center', null, '2026-12-01T08:40:00Z', 'PROCESSING', 'TAILORING'),
    summary('5a1c7e90-2d3b-4f6a-9e8d-7c6b5a4d3e21', job.fileName, '.NET Developer (Senior)', 'Ledgerpoint Software', 41, '2026-11-30T16:05:00Z'),
    summary('9f2e4d60-1a7b-4c3d-8e5f-4a3b2c1d0e98', 'bookkeeper-haines.pdf', 'Staff Accountant', 'Harborline Foods, Inc.', 83, '2026-11-29T11:22:00Z'),
    summary('c4d5e6f7-0a1b-4c2d-9e3f-5a6b7c8d9e01', 'cv-2025.md', null, null, null, '2026-11-28T19:47:00Z', 'FAILED'),
  ],
  nextCursor: null,
  next: null,
};

const { server, base } = await serveDist(dist);
const browser = await launchChromium(CHROMIUM);

async function mocked(viewport, hash = `#/jobs/${ID}`) {
  const page = await browser.newPage({ viewport });
  const body = (x) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(x) });
  await page.route('**/config.json', (r) => r.fulfill(body({ auth: 'local' })));
  await page.route('**/local/token?**', (r) => r.fulfill(body({ access_token: 'T', token_type: 'Bearer', expires_in: 3600 })));
  await page.route(`**/v1/jobs/${ID}`, (r) => r.fulfill(body(job)));
  await page.route(`**/v1/jobs/${ID}/result`, (r) => r.fulfill(body(result)));
  await page.route('**/v1/jobs?**', (r) => r.fulfill(body(history)));
  await page.goto(`${base}/${hash}`);
  // a name as people write it (spaces and accents are accepted since the api's names change)
  await page.getByLabel('Your name').fill('Daniel Okafor-Reyes');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId(hash === '#/' ? 'history' : 'score-explanation').waitFor();
  await page.addStyleTag({ content: '*, *::before { transition: none !important; }' });
  return page;
}

async function axe(page, where) {
  if (!process.env.AXE) return;
  await page.addScriptTag({ path: process.env.AXE });
  const { found, passes } = await page.evaluate(async () => {
    const r = await globalThis.axe.run();
    return { found: r.violations, passes: r.passes.length };
  });
  console.log(`[axe] ${where}: ${passes} rules pass, ${found.length} violated`);
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  found.forEach((v) => console.log(`[axe] ${where}: ${v.impact} ${v.id} (${v.nodes.length})`));
  if (bad.length) throw new Error(`${bad.length} serious axe violation(s) ${where}`);
}

const pageBox = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });

async function shoot(page, name, from, to, width) {
  const a = await pageBox(from);
  const b = await pageBox(to);
  const y = Math.max(0, a.y - 16);
  await page.screenshot({ path: join(out, name), fullPage: true, clip: { x: 0, y, width, height: b.y + b.height + 16 - y } });
}

mkdirSync(out, { recursive: true });
try {
  const desktop = await mocked({ width: 1280, height: 900 });
  await desktop.getByTestId('contributions').locator('summary').click();
  const summary = desktop.getByRole('region', { name: 'Match score' });
  await shoot(desktop, 'web-score-explanation-desktop.png', summary, desktop.getByTestId('score-explanation'), 1280);
  await axe(desktop, 'on the desktop result');

  const phone = await mocked({ width: 390, height: 844 });
  await shoot(phone, 'web-score-explanation-phone.png', phone.getByRole('region', { name: 'Match score' }), phone.getByTestId('score-explanation'), 390);
  await phone.getByRole('heading', { name: 'Requirement by requirement' }).click();
  const reqs = phone.getByTestId('requirements').locator(':scope > li');
  await shoot(phone, 'web-requirement-terms.png', reqs.nth(4), reqs.nth(5), 390);
  const evidence = phone.getByTestId('requirements').locator('.evidence button.line-link').nth(2);
  await evidence.focus();
  await phone.keyboard.press('Enter');
  const back = phone.getByTestId('back-to-requirement');
  await back.waitFor();
  const onScreen = (locator) =>
    locator.evaluate((el) => new Promise((ok) => {
      const check = (tries) => {
        const r = el.getBoundingClientRect();
        if (r.top >= 0 && r.bottom <= innerHeight) ok(true);
        else if (tries === 0) ok(false);
        else setTimeout(() => check(tries - 1), 100);
      };
      check(50);
    }));
  if (!(await onScreen(back))) throw new Error('the back link is not on screen after the jump');
  if (process.env.SHOTS_EXTRA) await phone.screenshot({ path: process.env.SHOTS_EXTRA });
  await axe(phone, 'on the phone after a jump to a résumé line');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Tab');
  await phone.keyboard.press('Enter');
  if (!(await onScreen(evidence))) throw new Error('the evidence is not on screen after going back');
  if (!(await evidence.evaluate((el) => el === document.activeElement))) throw new Error('focus did not come back to the evidence');
  const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
  if (wide > 390) throw new Error(`phone page is ${wide} px wide`);

  const home = await mocked({ width: 1280, height: 900 }, '#/');
  const list = home.getByTestId('history');
  if ((await list.locator(':scope > li').count()) !== history.items.length) throw new Error('the history does not list every job');
  const card = await pageBox(home.getByRole('region', { name: 'Your tailorings' }));
  await home.screenshot({
    path: join(out, 'web-history.png'),
    fullPage: true,
    clip: { x: Math.max(0, card.x - 16), y: Math.max(0, card.y - 16), width: card.width + 32, height: card.height + 32 },
  });
  await axe(home, 'on the home page with the history');
  console.log(`[shots] saved to ${out}`);
} finally {
  await browser.close();
  server.close();
}
