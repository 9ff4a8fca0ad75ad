export type JobStatus = 'QUEUED' | 'PROCESSING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
export type Stage = 'EXTRACTING' | 'SCORING' | 'TAILORING' | 'VERIFYING' | 'RENDERING';

export interface Links {
  self?: string | null;
  result?: string | null;
}

export interface ProgressEvent {
  status: JobStatus;
  stage: Stage | null;
  detail: string | null;
  at: string;
}

export interface JobView {
  id: string;
  status: JobStatus;
  stage: Stage | null;
  failureReason: string | null;
  fileName: string | null;
  createdAt: string;
  updatedAt: string;
  events: ProgressEvent[];
  links: Links;
  /** The first job of the chain this job revises (an edit saved as a new revision); null or absent for an original. */
  revisionOf?: string | null;
  /** 1 for an original result, 2, 3 … for edits saved as revisions; absent from older apis (read as 1). */
  revision?: number;
}

export interface JobSummary {
  id: string;
  status: JobStatus;
  stage: Stage | null;
  fileName: string | null;
  /** The job title, read from the first line of the job description; null when it does not say. */
  jobTitle: string | null;
  /** The employer the job description names; null when it does not say. */
  company: string | null;
  /** The match score (0–100) once the job has succeeded, else null. */
  score: number | null;
  createdAt: string;
  links: Links;
  /** As on JobView: the first job of the chain this one revises, and which revision it is (1 = the original). */
  revisionOf?: string | null;
  revision?: number;
}

export interface JobList {
  items: JobSummary[];
  nextCursor: string | null;
  next: string | null;
}

/**
 * What sort of skill (since match-v4): a tool or technology, knowledge or a competence, a certification
 * or licence, a language, or a soft skill. Soft skills are never in report.missingSkills.
 */
export type SkillKind = 'TOOL' | 'KNOWLEDGE' | 'CERTIFICATION' | 'LANGUAGE' | 'SOFT';

export interface Skill {
  id: string;
  label: string;
  span: string;
  start: number;
  end: number;
  confidence: number;
  /** label, alias, context (a short name such as Go in context) or paraphrase (said in other words). */
  method?: string;
  /** Absent in results scored before match-v4. */
  kind?: SkillKind;
}

export type Verdict = 'COVERED' | 'WEAK' | 'MISSING';

export interface Evidence {
  lineNumber: number;
  text: string;
  similarity: number;
}

/** A content term of a requirement that the résumé states too. */
export interface SharedTerm {
  term: string;
  /** 2.5 for a rare term (an acronym, jargon), 1 for an ordinary word. */
  weight: number;
  /** The résumé line (1-based, as in evidence and report.lines) that has it. */
  lineNumber: number;
}

/** How much of a requirement's wording the résumé states in the same terms. */
export interface TermCoverage {
  /** Weighted share (0..1) of the requirement's content terms that the résumé states. */
  share: number;
  shared: SharedTerm[];
}

export interface RequirementResult {
  requirement: {
    text: string;
    importance: 'MUST' | 'NICE';
    years: number | null;
    degree: string | null;
    skills: Skill[];
  };
  verdict: Verdict;
  missingSkills: Skill[];
  evidence: Evidence[];
  /** Since match-v4; absent in results scored before. */
  terms?: TermCoverage;
}

export interface ResumeLine {
  lineNumber: number;
  text: string;
  section: string;
  heading: boolean;
  relevance: number;
}

export interface Report {
  algorithm: string;
  model: string;
  score: number;
  matchedSkills: Skill[];
  /** Skills the résumé states in other words; span is the résumé line, confidence the similarity. */
  paraphrasedSkills?: Skill[];
  missingSkills: Skill[];
  requirements: RequirementResult[];
  lines: ResumeLine[];
}

/** An export the api may offer later (DOCX, PDF); either a map format → href or a list. */
export type Exports = Record<string, string> | { format?: string; href: string; label?: string }[];

/**
 * One thing the tailor did to the résumé and why, e.g. kind "moved up" (a section), "reordered" (lines within a
 * section) or "left out" (what is the line's text); reason is a clause in lower case.
 */
export interface TailoringChange {
  kind: 'moved up' | 'reordered' | 'left out' | 'worded as the job' | (string & {});
  /** A section's heading, a line's words, or for "worded as the job" "the résumé's words → the new words". */
  what: string;
  reason: string;
  /** The heading of the section concerned (results from before it was recorded lack it). */
  section?: string;
}

/** A file the worker rendered for download; roundTrip false means the file, read back, lacked a line of the résumé. */
export interface ExportCheck {
  format: 'docx' | 'pdf' | (string & {});
  roundTrip: boolean;
}

/** How the result was tailored, as the worker recorded it. */
export interface Tailoring {
  tailor?: string;
  provenance?: { text: string; sources: number[] }[];
  gaps?: string[];
  removedClaims?: { text: string; unsupported: string[] }[];
  hiddenText?: string[];
  /** Numbers of the résumé's lines that read like instructions to an AI (never sent to a model). */
  suspectedInjectionLines?: number[];
  /** The job description's lines that read like instructions to an AI (never sent to a model). */
  suspectedJobLines?: string[];
  /** Absent in results tailored before changes were recorded (read as none). */
  changes?: TailoringChange[];
  /** The rendered exports and whether each read back whole; the links to them are JobResult.exports. */
  exports?: ExportCheck[];
  /** The candidate's résumé as Markdown in its original order and wording, before tailoring; null when not stored. */
  original?: string | null;
  /** In a revision's result: edited lines the résumé does not support, and the claims in them it does not state. */
  unsupported?: UnsupportedLine[];
  /** Why an earlier tailor of the chain (a language model) did not write this result; null or absent when none was skipped. */
  fallback?: string | null;
  /** Who wrote the cover letter: "offline" (the template) or "llm:<provider>"; absent on older results. */
  coverLetter?: string | null;
}

/** A line of an edited résumé that the original résumé does not support; it is marked, not removed. */
export interface UnsupportedLine {
  text: string;
  claims: string[];
}

export interface JobResult {
  jobId: string;
  score: number;
  report: Report;
  tailoredMarkdown: string;
  createdAt: string;
  exports?: Exports | null;
  tailoring?: Tailoring | null;
}

export const TERMINAL: readonly JobStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isTerminal = (s: JobStatus) => TERMINAL.includes(s);
