import { useEffect, useState } from 'preact/hooks';
import { ProblemError, type Api } from '../api';
import type { JobSummary } from '../types';
import { STAGES } from '../progress';
import { formatDate, STATUS_LABEL } from '../util';
import { scoreBand } from './ScoreGauge';
import { ConfirmDelete } from './ConfirmDelete';
import { ProblemBox } from './ProblemBox';

/** The status, and for a job in progress the stage it is at. */
export function statusText(j: Pick<JobSummary, 'status' | 'stage'>): string {
  const stage = j.status === 'PROCESSING' && STAGES.find((s) => s.key === j.stage);
  return stage ? `${STATUS_LABEL[j.status]}: ${stage.label.toLowerCase()}` : STATUS_LABEL[j.status];
}

/** What the job was for: "Staff Accountant · Harborline Foods, Inc.", else the résumé's file name. */
export function jobHeadline(j: Pick<JobSummary, 'jobTitle' | 'company' | 'fileName'>): string {
  const title = j.jobTitle?.trim();
  const company = j.company?.trim();
  if (title) return company ? `${title} · ${company}` : title;
  return j.fileName ?? 'résumé';
}

/** "83 · Strong match", in the result page's words, or null before there is a score. */
export function scoreText(score: number | null | undefined): string | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  const s = Math.max(0, Math.min(100, Math.round(score)));
  return `${s} · ${scoreBand(s).label}`;
}

interface Props {
  api: Api;
  /** Changes when the list should be reloaded. */
  refresh: number;
  onDeleted: (id: string) => void;
}

export function History({ api, refresh, onDeleted }: Props) {
  const [items, setItems] = useState<JobSummary[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ProblemError | null>(null);
  const [loading, setLoading] = useState(false);

  const load = async (after: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.list(20, after);
      // newest first, whatever order a page arrives in
      const sorted = [...page.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      setItems((prev) => (after && prev ? [...prev, ...sorted] : sorted));
      setCursor(page.nextCursor ?? null);
    } catch (e) {
      setError(e instanceof ProblemError ? e : new ProblemError('Could not load your jobs', String(e), 0));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    load(null);
  }, [api, refresh]);

  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">Your tailorings</h2>
      <ProblemBox error={error} />
      {items === null ? (
        <p aria-live="polite">{loading ? 'Loading…' : ''}</p>
      ) : items.length === 0 ? (
        <p class="hint">Nothing yet — your tailored résumés will be listed here.</p>
      ) : (
        <ul class="history" data-testid="history">
          {items.map((j) => {
            const headline = jobHeadline(j);
            const score = scoreText(j.score);
            return (
              <li key={j.id} class="history-item" data-job-id={j.id}>
                <div class="history-main">
                  <span class="history-title">
                    <a href={`#/jobs/${j.id}`} class="history-link">
                      {j.jobTitle?.trim() && j.company?.trim() ? (
                        <>
                          {j.jobTitle.trim()} · <span class="history-company">{j.company.trim()}</span>
                        </>
                      ) : (
                        headline
                      )}
                    </a>
                    {(j.revision ?? 1) > 1 && (
                      <span class="badge revision history-revision" data-testid="history-revision">
                        Revision {j.revision}
                      </span>
                    )}
                  </span>
                  <span class="hint history-meta">
                    {j.jobTitle?.trim() && j.fileName ? (
                      <>
                        <span class="history-file">{j.fileName}</span> ·{' '}
                      </>
                    ) : null}
                    <time dateTime={j.createdAt}>{formatDate(j.createdAt)}</time>
                  </span>
                </div>
                {score !== null && j.score !== null ? (
                  <span class={`history-score ${scoreBand(j.score).cls}`} data-testid="history-score">
                    <span class="visually-hidden">Match score </span>
                    {score}
                  </span>
                ) : (
                  <span class={`status ${j.status.toLowerCase()}`}>{statusText(j)}</span>
                )}
                <ConfirmDelete
                  label={`${headline}${(j.revision ?? 1) > 1 ? `, revision ${j.revision}` : ''} (${formatDate(j.createdAt)})`}
                  onConfirm={async () => {
                    await api.remove(j.id);
                    setItems((prev) => prev?.filter((x) => x.id !== j.id) ?? null);
                    onDeleted(j.id);
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      {cursor && (
        <button type="button" class="secondary" disabled={loading} onClick={() => load(cursor)}>
          {loading ? 'Loading…' : 'Show older'}
        </button>
      )}
    </section>
  );
}
