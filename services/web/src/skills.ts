import type { Report, Skill } from './types';

export const isSoft = (s: Skill) => s.kind === 'SOFT';
export const isCertification = (s: Skill) => s.kind === 'CERTIFICATION';
/** A hard skill other than a certification: a tool, knowledge, a language (or of a result without kinds). */
const isOther = (s: Skill) => !isSoft(s) && !isCertification(s);

const unique = (skills: Skill[]) => {
  const seen = new Set<string>();
  return skills.filter((s) => !seen.has(s.id) && (seen.add(s.id), true));
};

export interface SkillGroups {
  /** Tools, knowledge and languages the résumé names. */
  found: Skill[];
  /** The certifications and licences the job asks for, found or not. */
  certifications: { skill: Skill; found: boolean }[];
  /** Hard gaps: tools, knowledge and languages the résumé does not show. */
  gaps: Skill[];
  /** Certifications and licences the résumé does not show. */
  certificationGaps: Skill[];
  /** Soft skills the résumé names, and those the job mentions that it does not; never gaps. */
  softFound: Skill[];
  softMentioned: Skill[];
  /** The skills that count in "n of the m skills the job names" (soft skills do not). */
  hardFound: number;
  hardTotal: number;
}

/** The report's skills by kind: soft skills kept apart from hard gaps, certifications in their own group. */
export function groupSkills(r: Report): SkillGroups {
  const matched = unique(r.matchedSkills);
  const paraphrased = unique(r.paraphrasedSkills ?? []);
  const foundIds = new Set([...matched, ...paraphrased].map((s) => s.id));
  const missing = unique(r.missingSkills).filter((s) => !foundIds.has(s.id));
  const softAsked = unique([...r.missingSkills, ...r.requirements.flatMap((q) => q.missingSkills)]).filter(
    (s) => isSoft(s) && !foundIds.has(s.id),
  );
  const certFound = matched.filter(isCertification);
  const certificationGaps = missing.filter(isCertification);
  const hardMissing = missing.filter((s) => !isSoft(s));
  return {
    found: matched.filter(isOther),
    certifications: [
      ...certFound.map((skill) => ({ skill, found: true })),
      ...certificationGaps.map((skill) => ({ skill, found: false })),
    ],
    gaps: missing.filter(isOther),
    certificationGaps,
    softFound: matched.filter(isSoft),
    softMentioned: softAsked,
    hardFound: [...matched, ...paraphrased].filter((s) => !isSoft(s)).length,
    hardTotal: [...matched, ...paraphrased].filter((s) => !isSoft(s)).length + hardMissing.length,
  };
}
