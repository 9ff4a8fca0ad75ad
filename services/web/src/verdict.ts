import type { RequirementResult, Verdict } from './types';
import { pct } from './util';

/**
 * The scorer's routes to a requirement's verdict (match-v4): the best of by skills, by meaning
 * (the best line's similarity) and by terms (the weighted share of its terms the résumé states).
 */
export const MEANING = { covered: 0.62, weak: 0.45 } as const;
export const TERMS = { covered: 0.6, weak: 0.3 } as const;

const RANK: Record<Verdict, number> = { UNKNOWN: -1, MISSING: 0, WEAK: 1, COVERED: 2 };

const threshold = (x: number, t: { covered: number; weak: number }): Verdict =>
  x >= t.covered ? 'COVERED' : x >= t.weak ? 'WEAK' : 'MISSING';

/** The verdict the best evidence line alone would give. */
export const byMeaning = (r: RequirementResult): Verdict =>
  threshold(r.evidence.reduce((best, e) => Math.max(best, e.similarity), 0), MEANING);

/** The verdict the shared terms alone would give; MISSING for a result scored before terms were counted. */
export const byTerms = (r: RequirementResult): Verdict => (r.terms ? threshold(r.terms.share, TERMS) : 'MISSING');

/** Whether the shared terms alone are enough for the requirement's (covered or weak) verdict. */
export const reachedByTerms = (r: RequirementResult) => RANK[r.verdict] > RANK.MISSING && RANK[byTerms(r)] >= RANK[r.verdict];

/** Whether only the shared terms reach the verdict: the best line's meaning alone would give less. */
export const onlyByTerms = (r: RequirementResult) => reachedByTerms(r) && RANK[byMeaning(r)] < RANK[r.verdict];

/** In plain words, how the terms earned the verdict, or null when they did not. */
export function termsVerdictText(r: RequirementResult): string | null {
  if (!r.terms || !reachedByTerms(r)) return null;
  const share = `${pct(r.terms.share)} of this requirement's terms appear in your résumé`;
  return r.verdict === 'COVERED'
    ? `${share}, which is enough to cover it (${pct(TERMS.covered)} or more).`
    : `${share}, which makes it weak (${pct(TERMS.weak)} or more; ${pct(TERMS.covered)} would cover it).`;
}

/** Times for a term's weight: ×2.5, ×1. */
export const weightText = (w: number) => `×${Number.isInteger(w) ? w : Number(w.toFixed(2))}`;
