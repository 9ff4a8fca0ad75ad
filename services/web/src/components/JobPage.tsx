import { useEffect, useState } from 'preact/hooks';
import { ProblemError, type Api } from '../api';
import { watchJob } from '../progress';
import { isTerminal, type JobResult, type JobView } from '../types';
import { jobHash } from '../route';
import { FAILURE_TEXT, formatDate, focusLater } from '../util';
import { ConfirmDelete } from './ConfirmDelete';
import { ProblemBox } from './ProblemBox';
import { Progress } from './Progress';
import { ResultView } from './ResultView';

interface Props {
  api: Api;
  id: string;
  onDeleted: (id: string) => void;
  onFinished?: (job: JobView) => void;
  /** An edit was saved as a new revision (a new job, still to be processed). */
  onRevised?: (job: JobView) => void;
}

export function JobPage({ api, id, onDeleted, onFinished, onRevised }: Props) {
  const [job, setJob] = useState<JobView | null>(null);
  const [result, setResult] = useState<JobResult | null>(null);
  const [error, setError] = useState<ProblemError | null>(null);
  const [mode, setMode] = useState<'stream' | 'polling' | null>(null);

  useEffect(() => {
    const ctl = new AbortController();
    setJob(null);
    setResult(null);
    setError(null);
    focusLater('job-title');
    (async () => {
      try {
        let j = await api.job(id, ctl.signal);
        setJob(j);
        if (!isTerminal(j.status)) {
          const end = await watchJob(api, id, ctl.signal, { onUpdate: setJob, onError: setError, onMode: setMode });
          if (!end) return;
          j = end;
        }
        onFinished?.(j);
        if (j.status === 'SUCCEEDED') {
          const r = await api.result(id);
          if (!ctl.signal.aborted) setResult(r);
        }
      } catch (e) {
        if (ctl.signal.aborted) return;
        setError(e instanceof ProblemError ? e : new ProblemError('Something went wrong', String(e), 0));
      }
    })();
    return () => ctl.abort();
  }, [api, id]);

  const remove = async () => {
    await api.remove(id);
    onDeleted(id);
  };

  return (
    <div class="job-page">
      <div class="job-head">
        <div>
          <a href="#/" class="back">
            ← New tailoring &amp; history
          </a>
          <h1 id="job-title" tabIndex={-1}>
            {job?.fileName ?? 'Your résumé'}
          </h1>
          {job && (
            <p class="hint">
              {(job.revision ?? 1) > 1 && (
                <>
                  <span class="badge revision" data-testid="revision">
                    Revision {job.revision}
                  </span>{' '}
                  {job.revisionOf && job.revisionOf !== job.id && (
                    <>
                      of <a href={jobHash(job.revisionOf)}>the first version</a> ·{' '}
                    </>
                  )}
                </>
              )}
              {(job.revision ?? 1) > 1 ? 'Saved' : 'Submitted'} {formatDate(job.createdAt)}
            </p>
          )}
        </div>
        {job && <ConfirmDelete label={job.fileName ?? 'this job'} onConfirm={remove} buttonText="Delete job" />}
      </div>
      {error && (
        <ProblemBox
          error={
            error.status === 404
              ? { title: 'Job not found', detail: 'It may have been deleted, or it belongs to another user.' }
              : error
          }
        />
      )}
      {job && !(job.status === 'SUCCEEDED' && result) && <Progress job={job} mode={mode} />}
      {job?.status === 'FAILED' && (
        <div class="problem" role="alert">
          <strong>We could not tailor this résumé.</strong>{' '}
          {FAILURE_TEXT[job.failureReason ?? ''] ?? job.failureReason ?? 'Unknown reason.'}{' '}
          <a href="#/">Try again</a>
        </div>
      )}
      {job?.status === 'CANCELLED' && (
        <div class="problem" role="status">
          <strong>This job was cancelled.</strong> <a href="#/">Start a new one</a>
        </div>
      )}
      {job?.status === 'SUCCEEDED' && !result && !error && <p aria-live="polite">Loading the result…</p>}
      {result && job && (
        <ResultView
          api={api}
          result={result}
          fileName={job.fileName}
          jobId={job.id}
          onRevised={onRevised}
          revision={job.revision}
        />
      )}
    </div>
  );
}
