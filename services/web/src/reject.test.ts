import { rejectBlocker, rejectChange, rejectOrder } from './reject';
import { parseResume, toMarkdown } from './resume';
import { LEFT, MOVED, ORIGINAL, REORDERED, TAILORED } from './test/resumes';

const orig = parseResume(ORIGINAL);
const md = (d = parseResume(TAILORED)) => toMarkdown(d);
const headings = (m: string) => m.split('\n').filter((l) => l.startsWith('## '));

describe('rejecting a change', () => {
  it('"moved up" puts the section back after the section that preceded it in the original', () => {
    const d = rejectChange(parseResume(TAILORED), orig, MOVED);
    expect(headings(md(d))).toEqual(['## Summary', '## Experience', '## Licenses', '## Education']);
  });

  it('"moved up" of a section that was first in the original puts it first', () => {
    const o = parseResume('# A\n\n## Licenses\n- RN\n\n## Summary\nx\n');
    const d = rejectChange(parseResume('# A\n\n## Summary\nx\n\n## Licenses\n- RN\n'), o, { ...MOVED, what: 'Licenses' });
    expect(headings(md(d))).toEqual(['## Licenses', '## Summary']);
  });

  it('"left out" puts the line back after the line that preceded it in the original, or first', () => {
    const d = rejectChange(parseResume(TAILORED), orig, LEFT);
    expect(md(d)).toContain('Staff Nurse, Riverside, 2019 - present\n- Ran the night shift rota.\n- Cared for');
    const first = rejectChange(parseResume(TAILORED), orig, { ...LEFT, what: '- ICU nurse.' });
    expect(rejectBlocker(parseResume(TAILORED), orig, { ...LEFT, what: 'ICU nurse.' })).toBe('The line is already in the résumé.');
    expect(md(first)).toBe(md());
    const o = parseResume('# A\n\n## S\n- one\n- two\n');
    expect(md(rejectChange(parseResume('# A\n\n## S\n- two\n'), o, { ...LEFT, what: 'one' }))).toBe('# A\n\n## S\n- one\n- two\n');
  });

  it('"left out" skips back past a preceding line that is gone too', () => {
    const o = parseResume('# A\n\n## S\n- one\n- two\n- three\n');
    const d = rejectChange(parseResume('# A\n\n## S\n- one\n'), o, { ...LEFT, what: 'three' });
    expect(md(d)).toBe('# A\n\n## S\n- one\n- three\n');
  });

  it('"reordered" restores the original line order and keeps edited words and added lines in place', () => {
    const o = parseResume('# A\n\n## S\n- one\n- two\n- three\n');
    const t = parseResume('# A\n\n## S\n- three\n- new\n- two\n- one\n');
    t.sections[0].lines[0].text = 'three, edited';
    const d = rejectChange(t, o, { ...REORDERED, what: 'S lines' });
    expect(md(d)).toBe('# A\n\n## S\n- one\n- new\n- two\n- three, edited\n');
  });

  it('"worded as the job" puts the résumé\'s words back in the line, in its section first', () => {
    const worded = { kind: 'worded as the job', what: 'K8s → Kubernetes (K8s)', reason: 'the job says “Kubernetes”', section: 'Skills' };
    const t = parseResume('# A\n\n## Experience\n- Ran Kubernetes (K8s) clusters\n\n## Skills\n- Kubernetes (K8s), Terraform\n');
    expect(rejectBlocker(t, orig, worded)).toBeNull();
    expect(md(rejectChange(t, orig, worded))).toBe(
      '# A\n\n## Experience\n- Ran Kubernetes (K8s) clusters\n\n## Skills\n- K8s, Terraform\n',
    );
    const gone = parseResume('# A\n\n## Skills\n- K8s, Terraform\n');
    expect(rejectBlocker(gone, orig, worded)).toBe('No line holds “Kubernetes (K8s)” any more.');
    expect(rejectBlocker(t, orig, { ...worded, what: 'Kubernetes' })).toMatch(/cannot undo/);
    const o = parseResume('# A\n\n## Skills\n- Python, SQL\n- K8s, Terraform\n');
    const tailored = parseResume('# A\n\n## Skills\n- Kubernetes (K8s), Terraform\n- Python, SQL\n');
    const back = rejectChange(rejectChange(tailored, o, worded), o, { ...REORDERED, what: 'Skills' });
    expect(md(back)).toBe('# A\n\n## Skills\n- Python, SQL\n- K8s, Terraform\n');
  });

  it('applies the same change twice without harm and leaves the input as it was (pure)', () => {
    const t = parseResume(TAILORED);
    const before = md(t);
    const once = rejectChange(t, orig, MOVED);
    expect(md(t)).toBe(before);
    expect(md(rejectChange(once, orig, MOVED))).toBe(md(once));
  });

  it('says why a change cannot be rejected, and changes nothing then', () => {
    const t = parseResume(TAILORED);
    expect(rejectBlocker(t, null, MOVED)).toMatch(/original résumé is not stored/);
    expect(rejectChange(t, null, MOVED)).toBe(t);
    expect(rejectBlocker(t, orig, { ...MOVED, what: 'Awards' })).toBe('That section is no longer in the résumé.');
    const renamed = parseResume(TAILORED.replace('## Licenses', '## Licences'));
    expect(rejectBlocker(renamed, orig, { ...MOVED, what: 'Licences' })).toBe('Your original résumé has no section “Licences”.');
    const noExperience = parseResume(TAILORED.replace('## Experience', '## Work'));
    expect(rejectBlocker(noExperience, orig, LEFT)).toBe('The section “Experience” is no longer in the résumé.');
    expect(rejectBlocker(t, orig, { ...LEFT, what: 'Flew to the moon.' })).toBe('Your original résumé has no such line.');
    expect(rejectBlocker(t, orig, { kind: 'rephrased', what: 'Summary', reason: '', section: null })).toMatch(/cannot undo this kind/);
    for (const c of [MOVED, REORDERED, LEFT]) expect(rejectBlocker(t, orig, c)).toBeNull();
  });

  it('"Reject all" order: sections, then lines back, then line order; the result is the original', () => {
    expect(rejectOrder([REORDERED, LEFT, MOVED])).toEqual([2, 1, 0]);
    let d = parseResume(TAILORED);
    const changes = [REORDERED, LEFT, MOVED];
    for (const i of rejectOrder(changes)) d = rejectChange(d, orig, changes[i]);
    expect(md(d)).toBe(ORIGINAL);
  });
});
