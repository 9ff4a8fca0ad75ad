import { linkLines, normalizeLine, usedSources } from './lines';
import { result } from './test/helpers';
import type { ResumeLine } from './types';

const line = (lineNumber: number, text: string, heading = false): ResumeLine => ({
  lineNumber,
  text,
  heading,
  section: 'OTHER',
  relevance: 0,
});

describe('normalizeLine', () => {
  it('ignores heading marks, bullets, bold and spacing', () => {
    expect(normalizeLine('### Senior Engineer, ACME')).toBe('senior engineer, acme');
    expect(normalizeLine('- Led the   split')).toBe('led the split');
    expect(normalizeLine('• Led the split')).toBe('led the split');
    expect(normalizeLine('**Senior Backend Engineer**')).toBe('senior backend engineer');
    expect(normalizeLine('- **Frameworks:** Spring Boot')).toBe('frameworks: spring boot');
  });
  it('keeps the words', () => {
    expect(normalizeLine('- Java 17/21, C++')).toBe('java 17/21, c++');
  });
});

describe('linkLines', () => {
  const original = [
    line(1, '# Ada Lovelace'),
    line(2, '**Engineer**'),
    line(3, '## Experience', true),
    line(4, '### Analyst, Engines Ltd'),
    line(5, '- Wrote the first program'),
    line(6, '- Wrote the first program'),
    line(7, '- Left out'),
  ];
  const md = '# Ada Lovelace\nEngineer\n\n## Experience\nAnalyst, Engines Ltd\n- Wrote the first program\n- Invented this';
  const linked = linkLines(md, original);

  it('links each tailored line to the original lines with the same words', () => {
    expect(linked.map((l) => l.sources)).toEqual([[1], [2], [], [3], [4], [5, 6], []]);
    expect(linked[0].kind).toBe('h1');
    expect(linked[2].kind).toBe('blank');
    expect(linked[5]).toMatchObject({ kind: 'bullet', display: 'Wrote the first program', index: 6 });
  });
  it('reports which original lines were used', () => {
    expect([...usedSources(linked)].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('links every line of a real tailored résumé', () => {
    const real = linkLines(result.tailoredMarkdown, result.report.lines);
    const unlinked = real.filter((l) => l.kind !== 'blank' && l.sources.length === 0);
    expect(unlinked).toEqual([]);
    expect(real.filter((l) => l.sources.length).length).toBeGreaterThan(20);
  });
});

describe('linkLines with recorded provenance', () => {
  it('uses the sources the worker recorded for a rephrased line', () => {
    const original: ResumeLine[] = [
      { lineNumber: 4, text: 'Cut p95 latency by 40% with Redis caching', section: 'EXPERIENCE', heading: false, relevance: 0.5 },
    ];
    const linked = linkLines('- Reduced p95 latency 40% using Redis', original, [
      { text: '- Reduced p95 latency 40% using Redis', sources: [4] },
    ]);
    expect(linked[0].sources).toEqual([4]);
    expect(linkLines('- Reduced p95 latency 40% using Redis', original)[0].sources).toEqual([]);
  });
});
