import { groupSkills } from './skills';
import { skill } from './test/helpers';
import type { Report } from './types';

const report = (over: Partial<Report>): Report => ({
  algorithm: 'match-v4',
  model: 'm',
  asOf: null,
  experienceYears: null,
  score: 0,
  matchedSkills: [],
  paraphrasedSkills: [],
  missingSkills: [],
  requirements: [],
  lines: [],
  wordings: [],
  instructionLines: [],
  jobInstructionLines: [],
  ...over,
});

describe('groupSkills', () => {
  it('puts certifications and licences in their own group, found or not, and their gaps apart', () => {
    const g = groupSkills(
      report({
        matchedSkills: [skill('Java', 'TOOL'), skill('CKAD', 'CERTIFICATION'), skill('Dutch', 'LANGUAGE')],
        missingSkills: [skill('Python', 'TOOL'), skill('Registered Nurse licence', 'CERTIFICATION')],
      }),
    );
    expect(g.found.map((s) => s.label)).toEqual(['Java', 'Dutch']);
    expect(g.certifications.map((c) => [c.skill.label, c.found])).toEqual([
      ['CKAD', true],
      ['Registered Nurse licence', false],
    ]);
    expect(g.gaps.map((s) => s.label)).toEqual(['Python']);
    expect(g.certificationGaps.map((s) => s.label)).toEqual(['Registered Nurse licence']);
  });

  it('keeps soft skills apart and never counts them as gaps, even when a report still lists one', () => {
    const teamwork = skill('teamwork', 'SOFT');
    const g = groupSkills(
      report({
        matchedSkills: [skill('communication', 'SOFT'), skill('Java', 'TOOL')],
        missingSkills: [skill('leadership', 'SOFT'), skill('Kafka', 'TOOL')],
        requirements: [
          {
            requirement: { text: 'Teamwork', importance: 'NICE', years: null, degree: null, skills: [teamwork] },
            verdict: 'MISSING',
            missingSkills: [teamwork],
            evidence: [],
            terms: null,
            checks: [],
          },
        ],
      }),
    );
    expect(g.gaps.map((s) => s.label)).toEqual(['Kafka']);
    expect(g.found.map((s) => s.label)).toEqual(['Java']);
    expect(g.softFound.map((s) => s.label)).toEqual(['communication']);
    expect(g.softMentioned.map((s) => s.label)).toEqual(['leadership', 'teamwork']);
    expect([g.hardFound, g.hardTotal]).toEqual([1, 2]);
  });

  it('treats skills of a result without kinds as before', () => {
    const g = groupSkills(report({ matchedSkills: [skill('Java')], missingSkills: [skill('German')] }));
    expect(g.found.map((s) => s.label)).toEqual(['Java']);
    expect(g.gaps.map((s) => s.label)).toEqual(['German']);
    expect(g.certifications).toEqual([]);
  });
});
