import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { api, result, routes, tailoring as recorded } from '../test/helpers';
import type { JobResult, Tailoring, TailoringChange } from '../types';
import { Changes, changeLabel, changesOf } from './Changes';
import { exportWarnings } from './Downloads';
import { ResultView } from './ResultView';

const MOVED: TailoringChange = {
  kind: 'moved up',
  what: 'Licenses & Certifications now follows the summary',
  reason:
    'the job asks for a licence or certification ("BLS and ACLS (American Heart Association) — current"), so a reader sees yours first',
  section: null,
};
const SKILLS: TailoringChange = {
  kind: 'reordered',
  what: 'Skills lines',
  reason: 'the lines naming skills the job asks for come first',
  section: null,
};
const BULLETS: TailoringChange = {
  kind: 'reordered',
  what: 'Experience: bullets within each position',
  reason: "the bullets most similar to the job's requirements come first",
  section: null,
};
const LEFT_REASON =
  'at most 6 bullets a position are kept, the least related to this job go; the line is still in your résumé';
const leftOut = (what: string, reason = LEFT_REASON): TailoringChange => ({ kind: 'left out', what, reason, section: null });

const withTailoring = (tailoring: Partial<Tailoring>, exports?: JobResult['exports']): JobResult => ({
  ...result,
  tailoring: recorded(tailoring),
  ...(exports !== undefined ? { exports } : {}),
});

const show = (r: JobResult) => render(<ResultView api={api(routes({}).fetch)} result={r} fileName="cv.pdf" />);
const changesSection = () => screen.getByRole('region', { name: 'What Tailor changed, and why' });

describe('ResultView: what Tailor changed, and why', () => {
  it('lists each change under its own heading as a badge, what changed and why', () => {
    show(withTailoring({ tailor: 'offline', changes: [MOVED, SKILLS, BULLETS, leftOut('- Ran the night shift rota.')] }));
    expect(screen.getByRole('heading', { name: 'What Tailor changed, and why', level: 2 })).toBeTruthy();
    const list = within(changesSection()).getByRole('list', { name: 'Changes' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items.map((li) => li.querySelector('.badge')!.textContent)).toEqual(['Moved up', 'Reordered', 'Reordered', 'Left out']);
    expect(items[0].textContent).toBe(
      'Moved up: Licenses & Certifications now follows the summary — the job asks for a licence or certification ("BLS and ACLS (American Heart Association) — current"), so a reader sees yours first.',
    );
    expect(items[1].textContent).toContain('Skills lines — the lines naming skills the job asks for come first.');
    expect(items[3].querySelector('q')!.textContent).toBe('- Ran the night shift rota.');
    expect(items[3].textContent).toContain('the line is still in your résumé.');
    // two or fewer lines left out are listed as they are, not folded
    expect(within(changesSection()).queryByTestId('left-out')).toBeNull();
  });

  it('groups more than two lines left out under a details/summary, stating a shared reason once', () => {
    const lines = ['Filed the ward’s supply orders', 'Trained two new hires on the EHR', 'Kept the crash cart log'];
    show(withTailoring({ changes: [MOVED, BULLETS, ...lines.map((l) => leftOut(l))] }));
    const details = within(changesSection()).getByTestId('left-out') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).toBe('Left out: 3 lines of your résumé');
    const inner = within(details).getByRole('list', { name: 'Lines left out' });
    expect(within(inner).getAllByRole('listitem').map((li) => li.querySelector('q')!.textContent)).toEqual(lines);
    expect(details.textContent!.split(LEFT_REASON)).toHaveLength(2); // once, not per line
    // the other changes stay outside the fold
    const outer = within(changesSection()).getByRole('list', { name: 'Changes' });
    expect([...outer.children].filter((li) => !li.contains(details)).map((li) => li.querySelector('.badge')!.textContent)).toEqual([
      'Moved up',
      'Reordered',
    ]);
  });

  it('says why the language model did not write the result when the chain fell back', () => {
    render(<Changes tailoring={recorded({ tailor: 'offline', fallback: 'llm:openai unavailable: openai did not answer', changes: [] })} />);
    expect(screen.getByTestId('fallback').textContent).toContain('no usable answer (llm:openai unavailable: openai did not answer).');
    cleanup();
    render(<Changes tailoring={recorded({ tailor: 'offline', changes: [] })} />);
    expect(screen.queryByTestId('fallback')).toBeNull();
  });

  it('keeps each reason with its line when lines are left out for different reasons', () => {
    render(<Changes tailoring={recorded({ changes: [leftOut('a'), leftOut('b'), leftOut('c', 'a different reason')] })} />);
    const details = screen.getByTestId('left-out');
    expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Left out: a — ${LEFT_REASON}.`,
      `Left out: b — ${LEFT_REASON}.`,
      'Left out: c — a different reason.',
    ]);
  });

  it('says the order was kept when there are no changes, and for a result from before changes were recorded', () => {
    const kept = "Tailor kept your résumé's order: nothing the job asks for suggested a change.";
    show(withTailoring({ tailor: 'offline', changes: [] }));
    expect(within(changesSection()).getByText(kept)).toBeTruthy();
    expect(within(changesSection()).queryByRole('list')).toBeNull();
    cleanup();
    show(result); // the fixture has no tailoring at all
    expect(within(changesSection()).getByText(kept)).toBeTruthy();
  });

  it('sits just before the tailored résumé beside the original', () => {
    show(withTailoring({ changes: [MOVED] }));
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Tailored vs original') - headings.indexOf('What Tailor changed, and why')).toBe(1);
  });

  it('names kinds it does not know and ignores malformed changes', () => {
    expect(changeLabel('moved up')).toBe('Moved up');
    expect(changeLabel('Left out')).toBe('Left out');
    expect(changeLabel('merged')).toBe('Merged');
    expect(changesOf(null)).toEqual([]);
    expect(changesOf(recorded({ changes: [MOVED, { kind: 'x' } as unknown as TailoringChange, null as unknown as TailoringChange] }))).toEqual([MOVED]);
  });
});

describe('Downloads: an export that did not read back whole', () => {
  afterEach(() => vi.restoreAllMocks());
  const links = { markdown: '/v1/jobs/1/exports/markdown', docx: '/v1/jobs/1/exports/docx', pdf: '/v1/jobs/1/exports/pdf' };
  const PDF_WARNING = 'The PDF could not be read back completely; check it before sending, or use the DOCX.';

  it('warns on the PDF button’s line when the PDF lacked a line, and ties the warning to the button', () => {
    show(
      withTailoring(
        { exports: [{ format: 'docx', roundTrip: true }, { format: 'pdf', roundTrip: false }] },
        links,
      ),
    );
    const group = screen.getByRole('group', { name: 'Downloads' });
    const pdf = within(group).getByRole('button', { name: /Download PDF/ });
    const warning = within(group).getByTestId('export-warning-pdf');
    expect(warning.textContent).toContain(PDF_WARNING);
    expect(pdf.parentElement).toBe(warning.parentElement); // on the button's line
    expect(pdf.getAttribute('aria-describedby')).toBe(warning.id);
    const docx = within(group).getByRole('button', { name: /Download DOCX/ });
    expect(docx.getAttribute('aria-describedby')).toBeNull();
    expect(within(group).queryByTestId('export-warning-docx')).toBeNull();
  });

  it('warns about the DOCX the same way, pointing to the PDF', () => {
    show(withTailoring({ exports: [{ format: 'docx', roundTrip: false }, { format: 'pdf', roundTrip: true }] }, links));
    expect(screen.getByTestId('export-warning-docx').textContent).toContain(
      'The DOCX could not be read back completely; check it before sending, or use the PDF.',
    );
    expect(screen.queryByTestId('export-warning-pdf')).toBeNull();
  });

  it('shows no warning when every export read back whole, or the result does not say', () => {
    show(withTailoring({ exports: [{ format: 'docx', roundTrip: true }, { format: 'pdf', roundTrip: true }] }, links));
    expect(document.querySelector('.export-warning')).toBeNull();
    expect(screen.queryByText(/could not be read back/)).toBeNull();
    cleanup();
    show(withTailoring({}, links));
    expect(screen.queryByText(/could not be read back/)).toBeNull();
  });

  it('still downloads the file that carries a warning', async () => {
    const r = routes({ 'GET /v1/jobs/1/exports/pdf': () => new Response(new Blob(['%PDF']), { status: 200 }) });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    render(
      <ResultView
        api={api(r.fetch)}
        result={withTailoring({ exports: [{ format: 'pdf', roundTrip: false }] }, links)}
        fileName="cv.pdf"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Download PDF/ }));
    await vi.waitFor(() => expect(saved).toEqual(['cv-tailored.pdf']));
    expect(r.calls.map((c) => new URL(c.url).pathname)).toEqual(['/v1/jobs/1/exports/pdf']);
  });

  it('points to the Markdown when no other export read back whole', () => {
    const w = exportWarnings([{ ext: 'docx' }, { ext: 'pdf' }], [
      { format: 'docx', roundTrip: false },
      { format: 'pdf', roundTrip: false },
    ]);
    expect(w.get('pdf')).toBe('The PDF could not be read back completely; check it before sending, or use the Markdown (.md).');
    expect(w.get('docx')).toBe('The DOCX could not be read back completely; check it before sending, or use the Markdown (.md).');
    expect(exportWarnings([{ ext: 'pdf' }], undefined).size).toBe(0);
    // a failed check for a format that is not offered warns about nothing
    expect(exportWarnings([{ ext: 'docx' }], [{ format: 'pdf', roundTrip: false }]).size).toBe(0);
  });
});
