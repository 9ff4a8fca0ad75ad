// Tries the page as a candidate would, with résumés made the way people make them; writes full-page
// screenshots to docs/screenshots/ (SHOTS_DIR=dir to write them elsewhere).
// Usage: node e2e/try-as-user.mjs [BASE_URL]  (a running suite)
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { animationsDone } from './settle.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BASE_URL = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const shots = resolve(process.env.SHOTS_DIR || join(repo, 'docs/screenshots'));
const tries = [
  ['nurse-docx', 'evals/samples/resumes/icu-nurse-okafor.docx', 'evals/occupations/dev/jobs/icu-rn-bellhaven.txt'],
  ['accountant-two-column-pdf', 'evals/samples/resumes/staff-accountant-lindqvist.pdf', 'evals/occupations/test/jobs/staff-accountant-ridgeway.txt'],
  ['electrician-latex-style-pdf', 'evals/samples/resumes/electrician-brennan.pdf', 'evals/occupations/dev/jobs/industrial-electrician-kestrel.txt'],
  ['warehouse-long-docx', 'evals/samples/resumes/warehouse-supervisor-whitaker.docx', 'evals/occupations/test/jobs/warehouse-supervisor-pallas.txt'],
];
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tailor-try-')), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(30_000);
await page.goto(BASE_URL);
await page.getByLabel('Your name').fill('Marisol Okafor');
await page.getByRole('button', { name: 'Sign in' }).click();
for (const [name, resume, job] of tries) {
  await page.getByRole('heading', { name: 'New tailoring' }).waitFor();
  await page.locator('#resume').setInputFiles(join(repo, resume));
  await page.getByLabel('Job description').fill(readFileSync(join(repo, job), 'utf8'));
  await page.getByRole('button', { name: 'Tailor my résumé' }).click();
  await page.getByRole('heading', { name: 'Requirement by requirement' }).waitFor({ timeout: 60_000 });
  // the whole result is drawn: its score and downloads are shown, fonts loaded, transitions (the score bar) ended
  await page.getByTestId('score').waitFor();
  await page.getByTestId('download-md').waitFor();
  await animationsDone(page);
  await page.screenshot({ path: join(shots, `try-${name}.png`), fullPage: true });
  console.log(`[try] ${name}: ${await page.getByTestId('score').first().textContent().catch(() => '?')}`);
  await page.getByRole('link', { name: /New tailoring/ }).click();
}
await page.getByRole('heading', { name: 'New tailoring' }).waitFor();
// the history has loaded and lists (at least) the tailorings just made
await page.waitForFunction((n) => document.querySelectorAll('[data-testid=history] li.history-item').length >= n, tries.length, { timeout: 30_000 });
await animationsDone(page);
await page.screenshot({ path: join(shots, 'try-history.png'), fullPage: true });
await page.setViewportSize({ width: 390, height: 844 });
await context.close();
