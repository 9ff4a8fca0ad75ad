// Screenshots of the result page's score explanation, desktop and phone, against a mocked /v1 (no api needed).
// Usage: npm run build && node e2e/screenshots.mjs   → docs/screenshots/web-score-explanation-{desktop,phone}.png
// On the phone it also checks the way back from a shown résumé line to its requirement, by keyboard.
// AXE=/path/to/axe.min.js (axe-core, not a dependency) also fails on any serious or critical axe violation.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '..');
const dist = join(web, 'dist');
const out = resolve(web, '../../docs/screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ID = '7d0c2a4e-5b8f-4c1e-9a3d-2f6b8e1c4a90';

// The fixture's résumé (real scorer output) against a made-up data-platform job whose verdicts give 67, as in issue 14.
const fixture = JSON.parse(readFileSync(join(web, 'src/test/result.fixture.json'), 'utf8'));
const line = (n) => fixture.report.lines.find((l) => l.lineNumber === n).text;
const skill = (label) => ({ id: `onet:${label}`, label, span: label, start: 0, end: label.length, confidence: 1 });
const ev = (n, similarity) => ({ lineNumber: n, text: line(n), similarity });
const req = (text, importance, verdict, skills, missing, evidence) => ({
  requirement: { text, importance, years: null, degree: null, skills: skills.map(skill) },
  verdict,
  missingSkills: missing.map(skill),
  evidence,
});
const requirements = [
  req('5+ years building backend services in Java or Kotlin.', 'MUST', 'COVERED', ['Java', 'Kotlin'], [], [ev(5, 0.7132)]),
  req('Streaming pipelines on Kafka or Kafka Connect in production.', 'MUST', 'COVERED', ['Apache Kafka'], [], [ev(18, 0.7418), ev(11, 0.6907)]),
  req('Python for data pipelines, with Airflow or Dagster.', 'MUST', 'MISSING', ['Python', 'Apache Airflow'], ['Python', 'Apache Airflow'], [ev(18, 0.3811)]),
  req('Google Cloud: BigQuery, Pub/Sub and Dataflow.', 'MUST', 'WEAK', ['Google Cloud Platform'], ['Google Cloud Platform'], [ev(31, 0.4902)]),
  req('Lead design reviews and mentor engineers on the data team.', 'MUST', 'WEAK', [], [], [ev(15, 0.5689)]),
  req('Kubernetes and infrastructure as code (Terraform).', 'MUST', 'COVERED', ['Kubernetes', 'Terraform'], [], [ev(12, 0.6644), ev(31, 0.6251)]),
  req('dbt or another SQL transformation tool.', 'NICE', 'MISSING', ['dbt'], ['dbt'], [ev(13, 0.3127)]),
  req('PostgreSQL schema design and query tuning.', 'NICE', 'COVERED', ['PostgreSQL'], [], [ev(13, 0.7803)]),
  req('Dutch or German.', 'NICE', 'COVERED', ['Dutch'], [], [ev(33, 0.6402)]),
];
const result = {
  ...fixture,
  jobId: ID,
  score: 67,
  report: {
    ...fixture.report,
    score: 67,
    requirements,
    matchedSkills: ['Java', 'Kotlin', 'Apache Kafka', 'Kubernetes', 'Terraform', 'PostgreSQL', 'Dutch'].map(skill),
    missingSkills: ['Python', 'Apache Airflow', 'Google Cloud Platform', 'dbt'].map(skill),
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

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = join(dist, path === '/' ? 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function mocked(viewport) {
  const page = await browser.newPage({ viewport });
  const body = (x) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(x) });
  await page.route('**/config.json', (r) => r.fulfill(body({ auth: 'local' })));
  await page.route('**/local/token?**', (r) => r.fulfill(body({ access_token: 'T', token_type: 'Bearer', expires_in: 3600 })));
  await page.route(`**/v1/jobs/${ID}`, (r) => r.fulfill(body(job)));
  await page.route(`**/v1/jobs/${ID}/result`, (r) => r.fulfill(body(result)));
  await page.goto(`${base}/#/jobs/${ID}`);
  await page.getByLabel('Your name').fill('daniel');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('score-explanation').waitFor();
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
  console.log(`[shots] saved to ${out}`);
} finally {
  await browser.close();
  server.close();
}
