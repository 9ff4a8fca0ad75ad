import { biggestGains, breakdown, points, scoreIfCovered } from './score';
import { result } from './test/helpers';
import type { RequirementResult, Verdict } from './types';

const req = (importance: RequirementResult['requirement']['importance'], verdict: Verdict, text = `${importance} ${verdict}`): RequirementResult => ({
  requirement: { text, importance, years: null, degree: null, skills: [] },
  verdict,
  missingSkills: [],
  evidence: [],
  terms: null,
  checks: [],
});

describe('breakdown', () => {
  it('recomputes the score the service returned for the fixture', () => {
    const b = breakdown(result.report.requirements);
    expect(b.possible).toBe(35);
    expect(b.earned).toBe(29);
    expect(b.score).toBe(83);
    expect(b.score).toBe(result.score);
  });

  it('weighs must-haves 2 and nice-to-haves 1, crediting covered 1, weak ½, missing 0', () => {
    const b = breakdown([req('MUST', 'COVERED'), req('MUST', 'WEAK'), req('NICE', 'MISSING'), req('NICE', 'WEAK')]);
    expect(b.contributions.map((c) => [c.earned, c.possible])).toEqual([
      [2, 2],
      [1, 2],
      [0, 1],
      [0.5, 1],
    ]);
    expect(b.possible).toBe(6);
    expect(b.earned).toBe(3.5);
    expect(b.score).toBe(58);
  });

  it('gives each requirement its share of the 100 points, adding up to the unrounded score', () => {
    const b = breakdown([req('MUST', 'COVERED'), req('MUST', 'WEAK'), req('NICE', 'MISSING')]);
    expect(b.contributions.map((c) => c.share)).toEqual([40, 20, 0]);
    expect(b.contributions.map((c) => c.maxShare)).toEqual([40, 40, 20]);
    expect(b.contributions.reduce((s, c) => s + c.share, 0)).toBe(60);
    expect(b.score).toBe(60);
  });

  it('rounds half up, as the scorer does', () => {
    const b = breakdown([req('NICE', 'WEAK'), req('NICE', 'MISSING'), req('MUST', 'MISSING')]);
    expect(b.earned / b.possible).toBe(0.125);
    expect(b.score).toBe(13);
    expect(breakdown([req('MUST', 'WEAK'), req('NICE', 'MISSING')]).score).toBe(33);
  });

  it('weighs and credits nothing a newer scorer wrote that the page does not know (UNKNOWN)', () => {
    const b = breakdown([req('MUST', 'COVERED'), req('UNKNOWN', 'COVERED'), req('NICE', 'UNKNOWN')]);
    expect(b.contributions.map((c) => [c.earned, c.possible])).toEqual([
      [2, 2],
      [0, 0],
      [0, 1],
    ]);
    expect(b.score).toBe(67);
  });

  it('scores nothing when there are no requirements', () => {
    expect(breakdown([])).toEqual({ earned: 0, possible: 0, score: 0, contributions: [] });
  });
});

describe('biggestGains', () => {
  it('picks the three upgrades worth the most points, a missing must-have first', () => {
    const reqs = [
      req('NICE', 'MISSING', 'nice missing'),
      req('MUST', 'WEAK', 'must weak'),
      req('MUST', 'COVERED', 'must covered'),
      req('MUST', 'MISSING', 'must missing'),
      req('NICE', 'WEAK', 'nice weak'),
    ];
    const b = breakdown(reqs);
    const top = biggestGains(b);
    expect(top.map((c) => c.requirement.requirement.text)).toEqual(['must missing', 'nice missing', 'must weak']);
    expect(top.map((c) => c.gain)).toEqual([2, 1, 1]);
    expect(b.score).toBe(44);
    expect(top.map((c) => scoreIfCovered(b, c))).toEqual([69, 56, 56]);
  });

  it('offers nothing when everything is covered', () => {
    expect(biggestGains(breakdown([req('MUST', 'COVERED'), req('NICE', 'COVERED')]))).toEqual([]);
  });

  it('finds the fixture’s two missing must-haves and then its first weak one', () => {
    const b = breakdown(result.report.requirements);
    const top = biggestGains(b);
    expect(top.map((c) => [c.requirement.verdict, c.gain])).toEqual([
      ['MISSING', 2],
      ['MISSING', 2],
      ['WEAK', 1],
    ]);
    expect(top[2].requirement.requirement.text).toMatch(/mentor/);
    expect(scoreIfCovered(b, top[0])).toBe(89);
  });
});

describe('points', () => {
  it('shows whole points without decimals and halves with one', () => {
    expect(points(29)).toBe('29');
    expect(points(28.5)).toBe('28.5');
  });
});
