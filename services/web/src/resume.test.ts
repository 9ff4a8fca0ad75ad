import { findSection, parseResume, toMarkdown } from './resume';

const MD = `# Marisol Okafor, RN
marisol@example.com · +1 555 0100

## Summary
ICU nurse with 8 years of experience.

## Experience
### Staff Nurse, Riverside Medical Center, 2019 - present
- Cared for 2 ventilated patients a shift.
* Precepted 6 new graduates.

## Licenses & Certifications
- RN, State of Oregon
`;

describe('the résumé Markdown model', () => {
  it('reads the head, sections, sub-headings, bullets and plain lines', () => {
    const d = parseResume(MD);
    expect(d.head.map((l) => [l.kind, l.text])).toEqual([
      ['h1', 'Marisol Okafor, RN'],
      ['text', 'marisol@example.com · +1 555 0100'],
    ]);
    expect(d.sections.map((s) => s.heading)).toEqual(['Summary', 'Experience', 'Licenses & Certifications']);
    expect(d.sections[1].lines.map((l) => l.kind)).toEqual(['h3', 'bullet', 'bullet']);
    expect(d.sections[1].lines[2].text).toBe('Precepted 6 new graduates.');
    expect(new Set([...d.head, ...d.sections.flatMap((s) => s.lines)].map((l) => l.id)).size).toBe(7);
  });

  it('writes the same conventions back: a blank line before each section, "- " bullets, a final newline', () => {
    expect(toMarkdown(parseResume(MD))).toBe(MD.replace('* Precepted', '- Precepted'));
    expect(toMarkdown(parseResume(toMarkdown(parseResume(MD))))).toBe(toMarkdown(parseResume(MD)));
  });

  it('drops blank lines and CRs, writes a typed newline as a space and leaves empty lines out', () => {
    const d = parseResume('# A\r\n\r\n## S\r\n\r\n- one\r\n\r\nplain\r\n');
    d.sections[0].lines[0].text = 'one\nand two';
    d.sections[0].lines[1].text = '   ';
    expect(toMarkdown(d)).toBe('# A\n\n## S\n- one and two\n');
    expect(toMarkdown(parseResume(''))).toBe('');
  });

  it('finds the section a change names, also when the change says more than the heading', () => {
    const d = parseResume(MD);
    expect(findSection(d.sections, 'Licenses & Certifications')?.heading).toBe('Licenses & Certifications');
    expect(findSection(d.sections, 'Licenses & Certifications now follows the summary')?.heading).toBe('Licenses & Certifications');
    expect(findSection(d.sections, 'Experience: bullets within each position')?.heading).toBe('Experience');
    expect(findSection(d.sections, 'experience')?.heading).toBe('Experience');
    expect(findSection(d.sections, 'Experiences')).toBeNull();
    expect(findSection(d.sections, 'Education')).toBeNull();
    expect(findSection(d.sections, '')).toBeNull();
  });
});
