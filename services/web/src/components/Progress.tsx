import type { JobView } from '../types';
import { progressPercent, STAGES, stageIndex } from '../progress';

export function Progress({ job, mode }: { job: JobView; mode: 'stream' | 'polling' | null }) {
  const current = stageIndex(job);
  const percent = progressPercent(job);
  const label = STAGES[current].label;
  const failed = job.status === 'FAILED' || job.status === 'CANCELLED';
  return (
    <section class="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress</h2>
      <div
        class={`bar${failed ? ' failed' : ''}`}
        role="progressbar"
        aria-labelledby="progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label}, ${percent}%`}
      >
        <div class="bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="live" aria-live="polite" aria-atomic="true" data-testid="progress-status">
        {job.status === 'SUCCEEDED'
          ? 'Done — your tailored résumé is ready.'
          : job.status === 'FAILED'
            ? 'Failed.'
            : job.status === 'CANCELLED'
              ? 'Cancelled.'
              : `${label}… (step ${current + 1} of ${STAGES.length})`}
      </p>
      <ol class="stages">
        {STAGES.map((s, i) => {
          const state = i < current || job.status === 'SUCCEEDED' ? 'done' : i === current ? (failed ? 'failed' : 'current') : 'todo';
          return (
            <li key={s.key} class={`stage ${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              <span class="dot" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'failed' ? '✕' : i + 1}
              </span>
              <span>{s.label}</span>
              <span class="visually-hidden">
                {state === 'done' ? ' (done)' : state === 'current' ? ' (in progress)' : state === 'failed' ? ' (stopped)' : ''}
              </span>
            </li>
          );
        })}
      </ol>
      {mode === 'polling' && job.status !== 'SUCCEEDED' && (
        <p class="hint">Checking for updates every second.</p>
      )}
    </section>
  );
}
