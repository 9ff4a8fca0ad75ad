/*
 * The api's shapes. Where the OpenAPI document (services/api/openapi/openapi.json) describes a shape, the type here
 * is derived from src/generated/api.ts, which openapi-typescript makes of that document (`npm run api-types`;
 * `npm test` first runs scripts/api-types.mjs --check, which fails when the committed file differs from what the
 * generator makes of the committed document). The document leaves the result's report and tailoring untyped
 * (`additionalProperties: {}`), so Report, Tailoring and the types they use are written by hand below.
 */
import type { components } from './generated/api';

type Schemas = components['schemas'];

export type JobStatus = Schemas['JobView']['status'];
export type Stage = NonNullable<Schemas['JobView']['stage']>;
/** Why a job failed (JobView.failureReason). */
export type FailureReason = NonNullable<Schemas['JobView']['failureReason']>;

export type Links = Schemas['Links'];

/** One step of a job's progress, as in JobView.events. */
export type ProgressEvent = Schemas['ProgressEvent'];

/**
 * A job as its owner sees it; also what each `progress` event of GET /v1/jobs/{id}/events carries. revisionOf is the
 * first job of the chain this job revises (null for an original); revision is 1 for an original result, 2, 3 … for
 * edits saved as revisions.
 */
export type JobView = Schemas['JobView'];

/**
 * A job in the caller's list: jobTitle and company as the job description names them (null when it does not say),
 * score (0–100) once the job has succeeded, else null; revisionOf and revision as on JobView.
 */
export type JobSummary = Schemas['JobSummary'];

export type JobList = Schemas['JobList'];

/** The body of POST /v1/jobs/{id}/revisions: the candidate's edited résumé as Markdown. */
export type RevisionRequest = Schemas['RevisionRequest'];

/** An RFC 9457 problem the api answers with (application/problem+json); extension members may follow. */
export type Problem = Schemas['Problem'];

/* Written by hand: the match report (JobResultView.report in the document, an untyped map). */

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

/**
 * The result's download links. The api sends a map format → href (as the document says); the page also reads a list
 * of links, a shape the document does not have (kept by hand).
 */
export type Exports = NonNullable<Schemas['JobResultView']['exports']> | { format?: string; href: string; label?: string }[];

/* Written by hand: how the result was tailored (JobResultView.tailoring in the document, an untyped map). */

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

type ResultView = Schemas['JobResultView'];

/**
 * A succeeded job's result (JobResultView). The document types jobId, score, tailoredMarkdown and createdAt but marks
 * no property required, so those are made required here (the api always writes them); report and tailoring are
 * untyped maps in the document and typed by hand (Report, Tailoring).
 */
export interface JobResult extends Required<Pick<ResultView, 'jobId' | 'score' | 'tailoredMarkdown' | 'createdAt'>> {
  report: Report;
  exports?: Exports | null;
  tailoring?: Tailoring | null;
}

export const TERMINAL: readonly JobStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isTerminal = (s: JobStatus) => TERMINAL.includes(s);
