import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../App';
import { json, job, problem, result, routes, sse, tailoring as recorded } from '../test/helpers';
import { LEFT, MOVED, ORIGINAL, REORDERED, TAILORED } from '../test/resumes';
import type { JobResult, JobSummary, Tailoring } from '../types';

const ID = '11111111-2222-3333-4444-555555555555';
const NEW = '99999999-2222-3333-4444-555555555555';

const original = (tailoring: Partial<Tailoring> = {}): JobResult => ({
  ...result,
  jobId: ID,
  tailoredMarkdown: TAILORED,
  tailoring: recorded({ tailor: 'offline', changes: [MOVED, REORDERED, LEFT], original: ORIGINAL, ...tailoring }),
});

const revisionJob = (over = {}) =>
  job({ id: NEW, revision: 2, revisionOf: ID, links: { self: `/v1/jobs/${NEW}`, result: null }, ...over });

const summary = (id: string, revision: number): JobSummary => ({
  id,
  status: 'SUCCEEDED',
  stage: null,
  fileName: 'cv.pdf',
  jobTitle: 'ICU Nurse',
  company: 'Bellhaven',
  score: 70,
  createdAt: revision === 2 ? '2026-01-01T11:00:00Z' : '2026-01-01T10:00:00Z',
  links: { self: `/v1/jobs/${id}`, result: `/v1/jobs/${id}/result` },
  revision,
  revisionOf: revision === 2 ? ID : null,
});

function signedIn() {
  localStorage.setItem('tailor.session', JSON.stringify({ user: 'ada', token: 'T', expiresAt: Date.now() + 3_600_000 }));
}

function suite(first: JobResult = original(), revise = () => json(revisionJob(), 202)) {
  const unsupported = [{ text: '- ICU nurse with 12 years of Python.', claims: ['12 years', 'Python'] }];
  return routes({
    [`GET /v1/jobs/${ID}`]: () => json(job({ status: 'SUCCEEDED', revision: 1, revisionOf: null })),
    [`GET /v1/jobs/${ID}/result`]: () => json(first),
    [`POST /v1/jobs/${ID}/revisions`]: revise,
    [`GET /v1/jobs/${NEW}`]: () => json(revisionJob({ status: 'QUEUED' })),
    [`GET /v1/jobs/${NEW}/events`]: () =>
      sse([revisionJob({ status: 'PROCESSING', stage: 'VERIFYING' }), revisionJob({ status: 'SUCCEEDED' })]),
    [`GET /v1/jobs/${NEW}/result`]: () =>
      json({
        ...original({ unsupported, changes: [] }),
        jobId: NEW,
        tailoredMarkdown: TAILORED.replace('ICU nurse.', '- ICU nurse with 12 years of Python.'),
      }),
    'GET /v1/jobs': () => json({ items: [summary(ID, 1), summary(NEW, 2)], nextCursor: null, next: null }),
  });
}

async function openEditor() {
  fireEvent.click(await screen.findByRole('button', { name: /Edit résumé/ }));
  const editor = await screen.findByTestId('editor');
  await waitFor(() => expect(document.activeElement?.id).toBe('editor-title'));
  return editor;
}

const changeGroup = (name: RegExp) => screen.getByRole('group', { name });

describe('editing the tailored résumé', () => {
  beforeEach(() => {
    signedIn();
    location.hash = `#/jobs/${ID}`;
  });

  it('edit a line → reject a change → save → the revision is followed to its result, marked, and listed as Revision 2', async () => {
    const r = suite();
    render(<App config={{ auth: 'local' }} fetchImpl={r.fetch} />);
    await openEditor();

    const summaryLine = screen.getByLabelText('Summary, line 1 of 1');
    fireEvent.input(summaryLine, { target: { value: 'ICU nurse with 12 years of Python.' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();

    const moved = changeGroup(/^Moved up: Licenses now follows the summary/);
    fireEvent.click(within(moved).getByRole('button', { name: 'Reject' }));
    expect(within(moved).getByText(/Rejected/)).toBeTruthy();
    expect(screen.getByTestId('ed-said').textContent).toMatch(/^Rejected: Moved up/);
    // the sections are back in their original order
    const headings = screen.getAllByLabelText(/^Section \d heading$/).map((i) => (i as HTMLInputElement).value);
    expect(headings).toEqual(['Summary', 'Experience', 'Licenses', 'Education']);

    fireEvent.click(screen.getByRole('button', { name: 'Save as new revision' }));
    await waitFor(() => expect(location.hash).toBe(`#/jobs/${NEW}`));
    const post = r.calls.find((c) => c.method === 'POST')!;
    expect(post.headers.get('Authorization')).toBe('Bearer T');
    expect(post.headers.get('Content-Type')).toBe('application/json');
    const body = JSON.parse(String(post.body)) as { markdown: string };
    expect(body.markdown).toBe(
      TAILORED.replace('ICU nurse.', 'ICU nurse with 12 years of Python.').replace(
        /## Licenses\n- RN, Oregon\n- BLS, ACLS\n\n(## Experience\n[^#]*)\n## Education/,
        '$1\n## Licenses\n- RN, Oregon\n- BLS, ACLS\n\n## Education',
      ),
    );

    const mark = await screen.findByTestId('unsupported-mark', {}, { timeout: 4000 });
    expect(mark.textContent).toContain('not found in your résumé: 12 years, Python');
    expect(screen.getByTestId('unsupported-note').textContent).toMatch(/One edited line is not found in your résumé/);
    expect(screen.getByTestId('download-md')).toBeTruthy(); // marked, not blocked
    expect(screen.getByTestId('revision').textContent).toBe('Revision 2');
    expect(screen.getByTestId('no-changes').textContent).toMatch(/^This is the version you edited and saved/);

    location.hash = '#/';
    const history = await screen.findByTestId('history');
    const items = within(history).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('history-revision').textContent).toBe('Revision 2');
    expect(within(items[1]).queryByTestId('history-revision')).toBeNull();
  });

  it('deletes a line with focus on the next one, and Undo brings it back', async () => {
    render(<App config={{ auth: 'local' }} fetchImpl={suite().fetch} />);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Experience, line 2 of 3 (bullet)' }));
    expect(screen.queryByDisplayValue('Cared for ventilated patients.')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Experience, line 2 of 2 (bullet)')));
    const undo = screen.getByRole('button', { name: /Undo delete line/ });
    fireEvent.click(undo);
    expect(screen.getByDisplayValue('Cared for ventilated patients.')).toBeTruthy();
    expect(undo.getAttribute('aria-disabled')).toBe('true');
  });

  it('moves a line and a section by keyboard-reachable buttons, keeping focus on the button', async () => {
    render(<App config={{ auth: 'local' }} fetchImpl={suite().fetch} />);
    await openEditor();
    const down = screen.getByRole('button', { name: 'Move Experience, line 2 of 3 (bullet) down' });
    fireEvent.click(down);
    expect((screen.getByLabelText('Experience, line 3 of 3 (bullet)') as HTMLTextAreaElement).value).toBe('Cared for ventilated patients.');
    await waitFor(() => expect(document.activeElement?.id).toBe(down.id));
    fireEvent.keyDown(screen.getByLabelText('Experience, line 3 of 3 (bullet)'), { key: 'ArrowUp', altKey: true });
    expect((screen.getByLabelText('Experience, line 2 of 3 (bullet)') as HTMLTextAreaElement).value).toBe('Cared for ventilated patients.');
    fireEvent.click(screen.getByRole('button', { name: 'Move section Education up' }));
    const headings = screen.getAllByLabelText(/^Section \d heading$/).map((i) => (i as HTMLInputElement).value);
    expect(headings).toEqual(['Summary', 'Licenses', 'Education', 'Experience']);
    const top = screen.getByRole('button', { name: 'Move section Summary up' });
    expect(top.getAttribute('aria-disabled')).toBe('true');
  });

  it('adds a line at the end of a section and focuses it', async () => {
    render(<App config={{ auth: 'local' }} fetchImpl={suite().fetch} />);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add a line to Licenses' }));
    const added = await screen.findByLabelText('Licenses, line 3 of 3 (bullet)');
    await waitFor(() => expect(document.activeElement).toBe(added));
  });

  it('without the original résumé, Reject is disabled with the reason and Accept still works', async () => {
    render(<App config={{ auth: 'local' }} fetchImpl={suite(original({ original: null })).fetch} />);
    await openEditor();
    expect(screen.getByTestId('no-original')).toBeTruthy();
    const moved = changeGroup(/^Moved up/);
    const reject = within(moved).getByRole('button', { name: 'Reject' });
    expect(reject.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(reject.getAttribute('aria-describedby')!)!.textContent).toMatch(/^Cannot reject: Your original résumé is not stored/);
    fireEvent.click(reject);
    expect(screen.getAllByLabelText(/^Section \d heading$/).map((i) => (i as HTMLInputElement).value)[1]).toBe('Licenses');
    fireEvent.click(within(moved).getByRole('button', { name: 'Accept' }));
    expect(within(moved).getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Reject all' }).getAttribute('aria-disabled')).toBe('true');
  });

  it("shows the api's detail when it refuses the revision, and stays in the editor", async () => {
    const r = suite(original(), () => problem(400, 'Invalid revision', 'The résumé is longer than 100 000 characters.'));
    render(<App config={{ auth: 'local' }} fetchImpl={r.fetch} />);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save as new revision' }));
    expect(await screen.findByText('The résumé is longer than 100 000 characters.')).toBeTruthy();
    expect(screen.getByTestId('editor')).toBeTruthy();
    expect(location.hash).toBe(`#/jobs/${ID}`);
  });

  it('says so instead of saving when nothing changed, and Cancel goes back to the result', async () => {
    const r = suite();
    render(<App config={{ auth: 'local' }} fetchImpl={r.fetch} />);
    await openEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Save as new revision' }));
    expect(await screen.findByText('Nothing has changed yet')).toBeTruthy();
    expect(r.calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('edit-resume'));
  });

  it('asks before discarding unsaved edits (Cancel, a link away), and stays when told to', async () => {
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<App config={{ auth: 'local' }} fetchImpl={suite().fetch} />);
    await openEditor();
    fireEvent.input(screen.getByLabelText('Summary, line 1 of 1'), { target: { value: 'Edited.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(ask).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('editor')).toBeTruthy();
    location.hash = '#/';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(location.hash).toBe(`#/jobs/${ID}`);
    expect(screen.getByDisplayValue('Edited.')).toBeTruthy();
    ask.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: /Edit résumé/ })).toBeTruthy();
    ask.mockRestore();
  });
});
