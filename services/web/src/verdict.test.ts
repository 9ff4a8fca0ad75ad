import type { RequirementResult, Verdict } from './types';
import { byMeaning, byTerms, onlyByTerms, reachedByTerms, termsVerdictText, weightText } from './verdict';

const req = (verdict: Verdict, similarity: number, share?: number): RequirementResult => ({
  requirement: { text: 'Prevent CLABSI in the ICU', importance: 'MUST', years: null, degree: null, skills: [] },
  verdict,
  missingSkills: [],
  evidence: [{ lineNumber: 3, text: '- ICU nurse', similarity }],
  checks: [],
  terms: share === undefined ? null : { share, shared: [{ term: 'CLABSI', weight: 2.5, lineNumber: 3 }] },
});

describe('verdict routes', () => {
  it('gives the verdict by meaning from the best line (0.62 covers, 0.45 is weak)', () => {
    expect(byMeaning(req('COVERED', 0.62))).toBe('COVERED');
    expect(byMeaning(req('WEAK', 0.45))).toBe('WEAK');
    expect(byMeaning(req('MISSING', 0.449))).toBe('MISSING');
  });

  it('gives the verdict by terms from the share (0.6 covers, 0.3 is weak), none without terms', () => {
    expect(byTerms(req('COVERED', 0, 0.6))).toBe('COVERED');
    expect(byTerms(req('WEAK', 0, 0.3))).toBe('WEAK');
    expect(byTerms(req('MISSING', 0, 0.29))).toBe('MISSING');
    expect(byTerms(req('MISSING', 0))).toBe('MISSING');
  });

  it('tells when the terms alone reach the verdict, and when only they do', () => {
    expect(reachedByTerms(req('COVERED', 0.3, 0.64))).toBe(true);
    expect(onlyByTerms(req('COVERED', 0.3, 0.64))).toBe(true);
    expect(onlyByTerms(req('COVERED', 0.7, 0.64))).toBe(false);
    expect(reachedByTerms(req('COVERED', 0.3, 0.42))).toBe(false);
    expect(reachedByTerms(req('WEAK', 0.3, 0.42))).toBe(true);
    expect(reachedByTerms(req('MISSING', 0.1, 0.1))).toBe(false);
    expect(reachedByTerms(req('UNKNOWN', 0.9, 0.9))).toBe(false);
  });

  it('says in plain words how the terms earned the verdict', () => {
    expect(termsVerdictText(req('COVERED', 0.3, 0.64))).toBe(
      "64% of this requirement's terms appear in your résumé, which is enough to cover it (60% or more).",
    );
    expect(termsVerdictText(req('WEAK', 0.3, 0.42))).toBe(
      "42% of this requirement's terms appear in your résumé, which makes it weak (30% or more; 60% would cover it).",
    );
    expect(termsVerdictText(req('COVERED', 0.8, 0.1))).toBeNull();
    expect(termsVerdictText(req('COVERED', 0.8))).toBeNull();
  });

  it('writes weights as times', () => {
    expect(weightText(2.5)).toBe('×2.5');
    expect(weightText(1)).toBe('×1');
  });
});
