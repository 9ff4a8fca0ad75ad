import { blockerOf, editReducer, HEAD, initEdit, isChanged, markdownOf, undoLabel, type EditAction, type EditState } from './editState';
import { tailoring } from './test/helpers';
import { LEFT, MOVED, ORIGINAL, REORDERED, TAILORED } from './test/resumes';

const start = (original: string | null = ORIGINAL) =>
  initEdit({ tailoredMarkdown: TAILORED, tailoring: tailoring({ changes: [MOVED, REORDERED, LEFT], original }) });
const run = (s: EditState, ...actions: EditAction[]) => actions.reduce(editReducer, s);
const section = (s: EditState, heading: string) => s.doc.sections.find((x) => x.heading === heading)!;

describe('the editor state', () => {
  it('starts unchanged, with every change undecided', () => {
    const s = start();
    expect(isChanged(s)).toBe(false);
    expect(s.decisions).toEqual([null, null, null]);
    expect(undoLabel(s)).toBeNull();
    expect(markdownOf(s)).toBe(TAILORED);
  });

  it('edits a line and a heading without an undo step', () => {
    const s0 = start();
    const line = section(s0, 'Summary').lines[0];
    const s = run(s0, { type: 'edit', line: line.id, text: 'ICU nurse, 8 years.' }, { type: 'heading', section: section(s0, 'Education').id, text: 'Schooling' });
    expect(markdownOf(s)).toContain('## Summary\nICU nurse, 8 years.\n');
    expect(markdownOf(s)).toContain('## Schooling\n');
    expect(isChanged(s)).toBe(true);
    expect(s.past).toHaveLength(0);
  });

  it('moves lines within their section and sections, not past the ends', () => {
    const s0 = start();
    const exp = section(s0, 'Experience');
    const s = run(s0, { type: 'moveLine', line: exp.lines[2].id, by: -1 }, { type: 'moveSection', section: exp.id, by: -1 });
    expect(markdownOf(s)).toContain('## Summary\nICU nurse.\n\n## Experience\nStaff Nurse, Riverside, 2019 - present\n- Precepted new graduates.\n- Cared for');
    expect(run(s0, { type: 'moveLine', line: exp.lines[0].id, by: -1 })).toBe(s0);
    expect(run(s0, { type: 'moveSection', section: s0.doc.sections[0].id, by: -1 })).toBe(s0);
    expect(undoLabel(s)).toBe('move section up');
  });

  it('deletes a line, and Undo brings it back while keeping words typed since', () => {
    const s0 = start();
    const [title, cared] = section(s0, 'Experience').lines;
    const s1 = run(s0, { type: 'delete', line: cared.id }, { type: 'edit', line: title.id, text: 'Charge Nurse, Riverside' });
    expect(markdownOf(s1)).not.toContain('Cared for');
    expect(undoLabel(s1)).toBe('delete line');
    const s2 = run(s1, { type: 'undo' });
    expect(markdownOf(s2)).toContain('Charge Nurse, Riverside\n- Cared for ventilated patients.');
    expect(s2.past).toHaveLength(0);
    expect(run(s2, { type: 'undo' })).toBe(s2);
  });

  it('adds a line at the end of a section (a bullet where the section has bullets) and of the head', () => {
    const s0 = start();
    const s = run(s0, { type: 'add', section: section(s0, 'Licenses').id, id: 'new1' }, { type: 'edit', line: 'new1', text: 'CCRN' },
      { type: 'add', section: section(s0, 'Education').id, id: 'new2' }, { type: 'edit', line: 'new2', text: 'ADN, 2012' },
      { type: 'add', section: HEAD, id: 'new3' }, { type: 'edit', line: 'new3', text: 'Portland, OR' });
    expect(markdownOf(s)).toContain('- BLS, ACLS\n- CCRN\n');
    expect(markdownOf(s)).toContain('BSN, Portland State, 2016\nADN, 2012\n');
    expect(markdownOf(s)).toContain('marisol@example.com\nPortland, OR\n');
    expect(isChanged(run(s0, { type: 'add', section: HEAD }))).toBe(false); // an empty line is not written
  });

  it('accepts (nothing changes), rejects, and undoes a rejection', () => {
    const s0 = start();
    const a = run(s0, { type: 'accept', index: 0 });
    expect(a.decisions).toEqual(['accepted', null, null]);
    expect(markdownOf(a)).toBe(TAILORED);
    const r = run(a, { type: 'reject', index: 0 });
    expect(r.decisions).toEqual(['rejected', null, null]);
    expect(markdownOf(r)).toContain('- Precepted new graduates.\n\n## Licenses');
    expect(blockerOf(r, 0)).toBe('Rejected.');
    expect(run(r, { type: 'reject', index: 0 })).toBe(r);
    const u = run(r, { type: 'undo' });
    expect(u.decisions).toEqual(['accepted', null, null]);
    expect(markdownOf(u)).toBe(TAILORED);
  });

  it('rejects all the changes it can in one undoable step, giving back the original', () => {
    const s = run(start(), { type: 'rejectAll' });
    expect(markdownOf(s)).toBe(ORIGINAL);
    expect(s.decisions).toEqual(['rejected', 'rejected', 'rejected']);
    expect(s.past).toHaveLength(1);
    expect(markdownOf(run(s, { type: 'undo' }))).toBe(TAILORED);
  });

  it('without the original, no change can be rejected and Reject all does nothing', () => {
    const s = start(null);
    expect(s.original).toBeNull();
    expect(blockerOf(s, 0)).toMatch(/not stored/);
    expect(run(s, { type: 'reject', index: 0 })).toBe(s);
    expect(run(s, { type: 'rejectAll' })).toBe(s);
    expect(initEdit({ tailoredMarkdown: TAILORED, tailoring: tailoring() }).changes).toEqual([]);
  });
});
