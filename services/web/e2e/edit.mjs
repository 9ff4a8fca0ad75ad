// Chromium test of editing a tailored résumé against a mocked /v1 (no api needed): edit a line → reject a change →
// save as a new revision → the new job is followed to its result, which marks the unsupported line and still
// downloads → the history lists Revision 2 beside the first version. Screenshots, desktop and phone:
// docs/screenshots/edit-editor-{desktop,phone}.png, edit-revision-{desktop,phone}.png, edit-revision-line.png (the
// mark beside the line) and edit-history.png.
// Usage: npm run build && node e2e/edit.mjs   (AXE=/path/to/axe.min.js also fails on serious axe violations;
// SHOTS_DIR=dir writes the screenshots elsewhere)
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resizeTo } from './settle.mjs';
import { launchChromium, serveDist } from './static-page.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const web = resolve(here, '..');
const dist = join(web, 'dist');
const out = resolve(process.env.SHOTS_DIR || resolve(web, '../../docs/screenshots'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ID = '7d0c2a4e-5b8f-4c1e-9a3d-2f6b8e1c4a90';
const NEW = 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b';

const log = (m) => console.log(`[edit] ${m}`);
function check(cond, message) {
  if (!cond) throw new Error(`check failed: ${message}`);
}

// The fixture's résumé (real scorer output): report.lines is the original, in its order; the tailored version moved
// Skills up, reordered lines and left one bullet out.
const fixture = JSON.parse(readFileSync(join(web, 'src/test/result.fixture.json'), 'utf8'));
const original = fixture.report.lines
  .map((l) => (l.text.startsWith('## ') && l.lineNumber > 1 ? `\n${l.text}` : l.text))
  .join('\n')
  .concat('\n');
const LEFT_OUT = 'Automated builds with Maven and Jenkins, reducing release preparation from 2 days to 3 hours.';
const tailored = fixture.tailoredMarkdown.replace(`- ${LEFT_OUT}\n`, '');
check(tailored !== fixture.tailoredMarkdown, 'the fixture has the line to leave out');
const SUMMARY = 'Backend engineer with 9 years of experience building Java services for payments and logistics.';
const EDITED = 'Backend engineer with 9 years of experience building Java and Go services for payments and logistics.';
const changes = [
  { kind: 'moved up', what: 'Skills now follows the summary', reason: 'the job names 7 of the skills in it, so a reader sees them first' },
  { kind: 'reordered', what: 'Skills lines', reason: 'the lines naming skills the job asks for come first' },
  { kind: 'reordered', what: 'Experience: bullets within each position', reason: "the bullets most similar to the job's requirements come first" },
  { kind: 'left out', what: LEFT_OUT, reason: 'at most 6 bullets a position are kept, the least related to this job go; the line is still in your résumé' },
];
const exportsOf = (id) => ({
  markdown: `/v1/jobs/${id}/exports/markdown`,
  docx: `/v1/jobs/${id}/exports/docx`,
  pdf: `/v1/jobs/${id}/exports/pdf`,
  'cover-letter-markdown': `/v1/jobs/${id}/exports/cover-letter-markdown`,
});
const first = {
  ...fixture,
  jobId: ID,
  tailoredMarkdown: tailored,
  exports: exportsOf(ID),
  tailoring: { tailor: 'offline', changes, original, exports: [{ format: 'docx', roundTrip: true }, { format: 'pdf', roundTrip: true }] },
};
const jobView = (id, status, over = {}) => ({
  id,
  status,
  stage: status === 'PROCESSING' ? 'VERIFYING' : null,
  failureReason: null,
  fileName: 'daniel-okafor-reyes-cv.pdf',
  createdAt: id === ID ? '2026-12-01T09:14:00Z' : '2026-12-01T09:31:00Z',
  updatedAt: '2026-12-01T09:31:04Z',
  events: [],
  links: { self: `/v1/jobs/${id}`, result: status === 'SUCCEEDED' ? `/v1/jobs/${id}/result` : null },
  revisionOf: id === ID ? null : ID,
  revision: id === ID ? 1 : 2,
  ...over,
});
const summary = (j) => ({
  id: j.id,
  status: j.status,
  stage: j.stage,
  fileName: j.fileName,
  jobTitle: 'Senior Backend Engineer',
  company: 'Marlow Payments B.V.',
  score: j.status === 'SUCCEEDED' ? 78 : null,
  createdAt: j.createdAt,
  links: { self: `/v1/jobs/${j.id}` },
  revisionOf: j.revisionOf,
  revision: j.revision,
});

const { server, base } = await serveDist(dist);
const browser = await launchChromium(CHROMIUM);

/** The mocked api: one succeeded job; a posted revision becomes a new job that is queued, processed, then succeeds. */
function mockApi(page, state) {
  const body = (x, status = 200, headers = {}) => ({ status, contentType: 'application/json', headers, body: JSON.stringify(x) });
  const newJob = () => jobView(NEW, state.polls < 1 ? 'QUEUED' : state.polls < 2 ? 'PROCESSING' : 'SUCCEEDED');
  return Promise.all([
    page.route('**/config.json', (r) => r.fulfill(body({ auth: 'local' }))),
    page.route('**/local/token?**', (r) => r.fulfill(body({ access_token: 'T', token_type: 'Bearer', expires_in: 3600 }))),
    page.route(`**/v1/jobs/${ID}`, (r) => r.fulfill(body(jobView(ID, 'SUCCEEDED')))),
    page.route(`**/v1/jobs/${ID}/result`, (r) => r.fulfill(body(first))),
    page.route(`**/v1/jobs/${ID}/revisions`, (r) => {
      const req = r.request();
      state.posted = { auth: req.headers().authorization, type: req.headers()['content-type'], body: JSON.parse(req.postData() ?? '{}') };
      state.polls = 0;
      r.fulfill(body(jobView(NEW, 'QUEUED'), 202, { Location: `/v1/jobs/${NEW}` }));
    }),
    page.route(`**/v1/jobs/${NEW}`, (r) => {
      const j = newJob();
      state.polls++;
      r.fulfill(body(j));
    }),
    // no progress stream here: the page falls back to polling, as it does when the stream is unavailable
    page.route(`**/v1/jobs/${NEW}/events`, (r) => r.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"title":"Not Found","status":404}' })),
    page.route(`**/v1/jobs/${NEW}/result`, (r) =>
      r.fulfill(
        body({
          ...first,
          jobId: NEW,
          score: 78,
          tailoredMarkdown: state.posted.body.markdown,
          exports: exportsOf(NEW),
          tailoring: { tailor: 'offline', changes: [], original, unsupported: [{ text: EDITED, claims: ['Go'] }], exports: first.tailoring.exports },
        }),
      ),
    ),
    page.route('**/v1/jobs/*/exports/**', (r) => r.fulfill({ status: 200, contentType: 'text/markdown', body: state.posted?.body.markdown ?? tailored })),
    page.route('**/v1/jobs?**', (r) =>
      r.fulfill(body({ items: [summary(jobView(ID, 'SUCCEEDED')), ...(state.posted ? [summary(newJob())] : [])].reverse(), nextCursor: null, next: null })),
    ),
  ]);
}

async function open(viewport, state = { polls: 0, posted: null }) {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await mockApi(page, state);
  await page.goto(`${base}/#/jobs/${ID}`);
  await page.getByLabel('Your name').fill('Daniel Okafor-Reyes');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('score').waitFor();
  await page.addStyleTag({ content: '*, *::before { transition: none !important; animation: none !important; }' });
  return { page, state, errors };
}

async function axe(page, where) {
  if (!process.env.AXE) return;
  await page.addScriptTag({ path: process.env.AXE });
  const { found, passes } = await page.evaluate(async () => {
    const r = await globalThis.axe.run();
    return { found: r.violations, passes: r.passes.length };
  });
  console.log(`[axe] ${where}: ${passes} rules pass, ${found.length} violated`);
  found.forEach((v) => console.log(`[axe] ${where}: ${v.impact} ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) throw new Error(`${bad.length} serious axe violation(s) ${where}`);
}

const pageBox = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });

/** A screenshot of the page from the top of one element to the bottom of another (at most `max` px tall). */
async function shoot(page, name, from, to, max = 2400) {
  const a = await pageBox(from);
  const b = await pageBox(to);
  const width = page.viewportSize().width;
  const y = Math.max(0, a.y - 12);
  const height = Math.min(max, b.y + b.height + 12 - y);
  await page.screenshot({ path: join(out, name), fullPage: true, clip: { x: 0, y, width, height } });
  log(`screenshot ${name}`);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const noWiderThan = async (page, w) => {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check(wide <= w, `no horizontal scrolling at ${w} px (page is ${wide} px wide)`);
};

mkdirSync(out, { recursive: true });
try {
  // 1. the result offers editing; the editor opens with focus on its heading
  const { page, state, errors } = await open({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Edit résumé' }).click();
  await page.getByTestId('editor').waitFor();
  check((await focused(page)) === 'editor-title', 'focus moves to the editor heading');
  check((await page.getByTestId('ed-change').count()) === changes.length, 'every change is listed with Accept and Reject');

  // 2. edit a line by keyboard only
  const line = page.getByLabel('Summary, line 1 of 3');
  check((await line.inputValue()) === SUMMARY, 'the summary line is editable');
  await line.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(EDITED);
  check((await line.inputValue()) === EDITED, 'typed into the line');
  await page.keyboard.press('Alt+ArrowDown');
  check((await page.getByLabel('Summary, line 2 of 3').inputValue()) === EDITED, 'Alt+Down moves the line down');
  await page.keyboard.press('Alt+ArrowUp');
  const movedId = await page.getByLabel('Summary, line 1 of 3').getAttribute('id');
  await page.waitForFunction((id) => document.activeElement?.id === id, movedId, { timeout: 2000 }).catch(() => {});
  check((await focused(page)) === movedId, 'focus stays in the moved line');

  // 3. reject "moved up" by keyboard: Skills goes back after Education, as in the original
  const moved = page.getByRole('group', { name: /^Moved up: Skills now follows the summary/ });
  await moved.getByRole('button', { name: 'Reject' }).focus();
  await page.keyboard.press('Enter');
  await moved.getByText('Rejected').waitFor();
  const headings = await page.getByLabel(/^Section \d heading$/).evaluateAll((els) => els.map((e) => e.value));
  check(headings.join(',') === 'Summary,Experience,Projects,Certifications,Education,Skills', `sections back in place: ${headings}`);
  // accept the rest of the changes; put the left-out line back
  await page.getByRole('group', { name: /^Reordered: Skills lines/ }).getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('group', { name: /^Left out:/ }).getByRole('button', { name: 'Reject' }).click();
  check(await page.locator('textarea').evaluateAll((els, t) => els.some((e) => e.value === t), LEFT_OUT), 'the left-out line is back');

  // 4. delete a line and undo it
  const del = page.getByRole('button', { name: 'Delete Projects, line 1 of 1 (bullet)' });
  await del.click();
  check((await page.getByRole('button', { name: 'Delete Projects, line 1 of 1 (bullet)' }).count()) === 0, 'line deleted');
  const onAdd = await page.evaluate(() => document.activeElement?.textContent ?? '');
  check(onAdd.includes('Add a line to Projects'), `focus goes to the add button of the now empty section (${onAdd})`);
  await page.getByRole('button', { name: 'Undo delete line' }).click();
  await page.getByRole('button', { name: 'Delete Projects, line 1 of 1 (bullet)' }).waitFor();

  await axe(page, 'in the editor (desktop)');
  await shoot(page, 'edit-editor-desktop.png', page.getByTestId('editor'), page.getByRole('region', { name: 'Your résumé, line by line' }).locator('[data-testid=ed-section]').nth(2), 2000);

  // 5. the same editor at phone width: nothing wider than the screen
  // the page has taken the phone width: its resize handlers (the growing textareas' fit) ran and it painted
  await resizeTo(page, { width: 390, height: 844 });
  await noWiderThan(page, 390);
  await shoot(page, 'edit-editor-phone.png', page.getByTestId('editor'), page.getByRole('region', { name: 'Your résumé, line by line' }).locator('[data-testid=ed-section]').nth(1), 2600);
  await axe(page, 'in the editor (phone)');
  // the save bar stays on screen while the lines scroll by
  await page.getByLabel('Experience, line 5 of 15 (bullet)').focus();
  const bar = await page.getByRole('button', { name: 'Save as new revision' }).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  check(bar, 'Save as new revision is on screen in the middle of the résumé on a phone');
  if (process.env.SHOTS_EXTRA) await page.screenshot({ path: process.env.SHOTS_EXTRA });
  await page.setViewportSize({ width: 1280, height: 900 });

  // 6. save: the revision is posted, followed through its stages to its result
  await page.getByRole('button', { name: 'Save as new revision' }).click();
  await page.waitForURL(`**/#/jobs/${NEW}`);
  await page.getByTestId('unsupported-mark').first().waitFor({ timeout: 15_000 });
  check(state.posted.auth === 'Bearer T' && state.posted.type?.startsWith('application/json'), 'posted as JSON with the bearer token');
  const md = state.posted.body.markdown;
  check(md.includes(`\n${EDITED}\n`), 'the edited line is in the posted Markdown');
  check(md.indexOf('## Skills') > md.indexOf('## Education'), 'the rejected move is undone in the posted Markdown');
  check(md.includes(`- ${LEFT_OUT}`), 'the left-out line is back in the posted Markdown');
  check(state.polls >= 3, `the new job was polled through its stages (${state.polls} polls)`);
  const mark = await page.getByTestId('unsupported-mark').first().textContent();
  check(mark.includes('not found in your résumé: Go'), `the unsupported line is marked: ${mark}`);
  check((await page.getByTestId('revision').textContent()) === 'Revision 2', 'the page says it is revision 2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-md').click()]);
  check(download.suggestedFilename().endsWith('.md'), 'the revision downloads despite the mark');
  await axe(page, 'on the revision result (desktop)');
  await shoot(page, 'edit-revision-desktop.png', page.locator('.job-head'), page.getByRole('region', { name: 'Match score' }));
  const sxs = page.getByRole('region', { name: 'Tailored vs original' });
  await shoot(page, 'edit-revision-line.png', sxs, sxs.getByTestId('tailored').locator('li').nth(8));

  // 7. the revision at phone width, and the mark beside its line
  const phone = await open({ width: 390, height: 844 }, state);
  await phone.page.goto(`${base}/#/jobs/${NEW}`);
  await phone.page.getByTestId('unsupported-note').waitFor();
  await noWiderThan(phone.page, 390);
  await shoot(phone.page, 'edit-revision-phone.png', phone.page.locator('.job-head'), phone.page.getByRole('region', { name: 'Match score' }));
  await axe(phone.page, 'on the revision result (phone)');

  // 8. the history keeps both, the revision marked
  await page.getByRole('link', { name: /New tailoring/ }).click();
  const history = page.getByTestId('history');
  await history.locator(`[data-job-id="${NEW}"]`).waitFor();
  check((await history.locator(':scope > li').count()) === 2, 'the history keeps both versions');
  check((await history.locator(`[data-job-id="${NEW}"]`).getByTestId('history-revision').textContent()) === 'Revision 2', 'Revision 2 in the history');
  check((await history.locator(`[data-job-id="${ID}"]`).getByTestId('history-revision').count()) === 0, 'the first version has no revision badge');
  const card = await pageBox(page.getByRole('region', { name: 'Your tailorings' }));
  await page.screenshot({
    path: join(out, 'edit-history.png'),
    fullPage: true,
    clip: { x: Math.max(0, card.x - 16), y: Math.max(0, card.y - 16), width: card.width + 32, height: card.height + 32 },
  });
  log('screenshot edit-history.png');
  await axe(page, 'on the history with a revision');

  // 9. leaving with unsaved edits asks first
  await page.goto(`${base}/#/jobs/${ID}`);
  await page.getByRole('button', { name: 'Edit résumé' }).click();
  await page.getByLabel('Summary, line 1 of 3').fill('Changed.');
  let asked = 0;
  const dismissed = page.waitForEvent('dialog', { timeout: 5_000 }).then((d) => (asked++, d.dismiss()));
  await page.getByRole('link', { name: /New tailoring/ }).click();
  // the question was asked and dismissed, and the page put the address back (it stays on the job)
  await dismissed;
  await page.waitForFunction((id) => location.hash === `#/jobs/${id}`, ID, { timeout: 5_000 });
  check(asked === 1 && (await page.getByTestId('editor').isVisible()), 'asked before leaving, and stayed');
  check(errors.length === 0 && phone.errors.length === 0, `no uncaught page errors: ${[...errors, ...phone.errors].join('; ')}`);
  log('PASS');
} catch (e) {
  console.error(`[edit] FAIL: ${e?.message ?? e}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
