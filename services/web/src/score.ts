import type { RequirementResult, Verdict } from './types';

/**
 * The scorer's rule (since match-v3): score = round(100 × Σ weight × credit ÷ Σ weight). An importance or verdict
 * from a newer scorer (UNKNOWN) weighs and earns nothing here.
 */
export const WEIGHT: Record<RequirementResult['requirement']['importance'], number> = { MUST: 2, NICE: 1, UNKNOWN: 0 };
export const CREDIT: Record<Verdict, number> = { COVERED: 1, WEAK: 0.5, MISSING: 0, UNKNOWN: 0 };

export interface Contribution {
  /** Position in the result's requirement list. */
  index: number;
  requirement: RequirementResult;
  earned: number;
  possible: number;
  /** Points of the 100-point score this requirement adds now, and at most. */
  share: number;
  maxShare: number;
  /** Points it would add if it were covered. */
  gain: number;
}

export interface Breakdown {
  earned: number;
  possible: number;
  score: number;
  contributions: Contribution[];
}

export const scoreOf = (earned: number, possible: number) => (possible === 0 ? 0 : Math.round((100 * earned) / possible));

export function breakdown(requirements: RequirementResult[]): Breakdown {
  const possible = requirements.reduce((sum, r) => sum + WEIGHT[r.requirement.importance], 0);
  const contributions = requirements.map((r, index): Contribution => {
    const weight = WEIGHT[r.requirement.importance];
    const earned = weight * CREDIT[r.verdict];
    const of = (points: number) => (possible === 0 ? 0 : (100 * points) / possible);
    return { index, requirement: r, earned, possible: weight, share: of(earned), maxShare: of(weight), gain: weight - earned };
  });
  const earned = contributions.reduce((sum, c) => sum + c.earned, 0);
  return { earned, possible, score: scoreOf(earned, possible), contributions };
}

/** The requirements whose upgrade to covered would add the most points, biggest first (ties keep the list order). */
export function biggestGains(b: Breakdown, n = 3): Contribution[] {
  return b.contributions
    .filter((c) => c.gain > 0)
    .sort((x, y) => y.gain - x.gain || x.index - y.index)
    .slice(0, n);
}

/** The score if this one requirement were covered and nothing else changed. */
export const scoreIfCovered = (b: Breakdown, c: Contribution) => scoreOf(b.earned + c.gain, b.possible);

export const points = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
export const oneDecimal = (x: number) => x.toFixed(1);
