import type { ProblemError } from '../api';

/** Shows a problem (title + detail) in an alert region. */
export function ProblemBox({ error, id }: { error: ProblemError | { title: string; detail?: string | null } | null; id?: string }) {
  return (
    <div id={id} role="alert" class={error ? 'problem' : 'problem empty'}>
      {error && (
        <>
          <strong>{error.title}</strong>
          {error.detail && <span> {error.detail}</span>}
        </>
      )}
    </div>
  );
}
