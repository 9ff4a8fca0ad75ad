/*
 * The api's shapes. Where the OpenAPI document (services/api/openapi/openapi.json) describes a shape, the type here
 * is derived from src/generated/api.ts, which openapi-typescript makes of that document (`npm run api-types`;
 * `npm test` first runs scripts/api-types.mjs --check, which fails when the committed file differs from what the
 * generator makes of the committed document). Only Exports keeps a shape by hand, a list of links the document
 * does not have.
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

/* The result (JobResultView): its match report (MatchReport) and how it was tailored (Tailoring). */

/** A skill found in a text; method and kind are null in results scored before they were recorded. */
export type Skill = Schemas['SkillMatch'];

/**
 * What sort of skill (since match-v4): a tool or technology, knowledge or a competence, a certification
 * or licence, a language, or a soft skill. Soft skills are never in report.missingSkills.
 */
export type SkillKind = NonNullable<Skill['kind']>;

export type Verdict = Schemas['RequirementMatch']['verdict'];

export type Evidence = Schemas['Evidence'];

/** A content term of a requirement that the résumé states too; weight 2.5 for a rare term, 1 for an ordinary word. */
export type SharedTerm = Schemas['SharedTerm'];

/** How much of a requirement's wording the résumé states in the same terms (share 0..1). */
export type TermCoverage = Schemas['TermCoverage'];

/** One requirement, its verdict and evidence; terms is null in results scored before match-v4. */
export type RequirementResult = Schemas['RequirementMatch'];

/** A résumé line, its section and its relevance to the job. */
export type ResumeLine = Schemas['LineRelevance'];

/** The section a résumé line belongs to. */
export type Section = ResumeLine['section'];

export type Report = Schemas['MatchReport'];

/**
 * The result's download links. The api sends a map format → href (as the document says); the page also reads a list
 * of links, a shape the document does not have (kept by hand).
 */
export type Exports = Schemas['JobResultView']['exports'] | { format?: string; href: string; label?: string }[];

/**
 * One thing the tailor did to the résumé and why, e.g. kind "moved up" (a section), "reordered" (lines within a
 * section), "left out" (what is the line's text) or "worded as the job"; reason is a clause in lower case; section is
 * null in results from before it was recorded.
 */
export type TailoringChange = Schemas['Change'];

/** A file the worker rendered for download; roundTrip false means the file, read back, lacked a line of the résumé. */
export type ExportCheck = Schemas['ExportCheck'];

/** The name a rendered file is served under (GET /v1/jobs/{id}/exports/{format}). */
export type ExportFormat = ExportCheck['format'];

/**
 * How the result was tailored, as the worker recorded it. Lists a result was stored without read as empty; tailor,
 * promptVersion, usage, original, fallback and coverLetter are null when they do not apply or were not recorded.
 */
export type Tailoring = Schemas['Tailoring'];

/** A line of an edited résumé that the original résumé does not support; it is marked, not removed. */
export type UnsupportedLine = Schemas['UnsupportedLine'];

/** A succeeded job's result (GET /v1/jobs/{id}/result). */
export type JobResult = Schemas['JobResultView'];

export const TERMINAL: readonly JobStatus[] = ['SUCCEEDED', 'FAILED', 'CANCELLED'];
export const isTerminal = (s: JobStatus) => TERMINAL.includes(s);
