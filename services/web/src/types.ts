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
}

export interface JobSummary {
  id: string;
  status: JobStatus;
  stage: Stage | null;
  fileName: string | null;
  createdAt: string;
  links: Links;
}

export interface JobList {
  items: JobSummary[];
  nextCursor: string | null;
  next: string | null;
}

export interface Skill {
  id: string;
  label: string;
  span: string;
  start: number;
  end: number;
  confidence: number;
  /** label, alias, context (a short name such as Go in context) or paraphrase (said in other words). */
  method?: string;
}

export type Verdict = 'COVERED' | 'WEAK' | 'MISSING';

export interface Evidence {
  lineNumber: number;
  text: string;
  similarity: number;
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

/** How the result was tailored, as the worker recorded it. */
export interface Tailoring {
  tailor?: string;
  provenance?: { text: string; sources: number[] }[];
  gaps?: string[];
  removedClaims?: { text: string; unsupported: string[] }[];
  hiddenText?: string[];
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
