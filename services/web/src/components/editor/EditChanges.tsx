import { blockerOf, type EditState } from '../../editState';
import { changeLabel } from '../Changes';
import type { Act } from './EditorSection';

const changeId = (i: number, part: string) => `ed-change-${i}-${part}`;

const trimEnd = (s: string) => s.trim().replace(/[.;:,]+$/, '');

/** The tailor's changes, each to accept (keep) or reject (put back as in the original résumé). */
export function EditChanges({ state, act }: { state: EditState; act: Act }) {
  const { changes, decisions } = state;
  if (!changes.length) {
    return <p class="hint">Tailor recorded no changes to accept or reject; edit the lines below as you like.</p>;
  }
  const rejectable = changes.some((_, i) => !blockerOf(state, i));
  return (
    <>
      {!state.original && (
        <p class="hint" data-testid="no-original">
          Your original résumé is not stored with this result, so changes cannot be put back here; edit the lines instead.
        </p>
      )}
      <ul class="change-list ed-changes" aria-label="Tailor’s changes">
        {changes.map((c, i) => {
          const d = decisions[i];
          const blocker = blockerOf(state, i);
          const what = c.kind.trim().toLowerCase() === 'left out' ? `“${c.what.trim()}”` : trimEnd(c.what);
          const name = `${changeLabel(c.kind)}: ${what}`;
          return (
            <li key={i} class={`change ed-change${d ? ` ${d}` : ''}`} data-testid="ed-change">
              <p class="ed-change-text">
                <span class={`badge change-${c.kind.trim().toLowerCase().replace(/[^a-z]+/g, '-')}`}>{changeLabel(c.kind)}</span>
                <span class="visually-hidden">:</span> <span class="change-what">{what}</span>
                {typeof c.reason === 'string' && c.reason.trim() && <span class="change-why"> — {c.reason.trim()}</span>}
              </p>
              <div class="ed-decide" role="group" aria-label={name}>
                <button
                  type="button"
                  class="secondary small"
                  id={changeId(i, 'accept')}
                  aria-pressed={d === 'accepted'}
                  aria-disabled={d === 'rejected'}
                  onClick={() => d !== 'rejected' && act({ type: 'accept', index: i }, changeId(i, 'accept'), `Kept: ${name}.`)}
                >
                  Accept
                </button>
                <button
                  type="button"
                  class="secondary small"
                  id={changeId(i, 'reject')}
                  aria-disabled={!!blocker}
                  aria-describedby={blocker && d !== 'rejected' ? changeId(i, 'why') : undefined}
                  onClick={() => !blocker && act({ type: 'reject', index: i }, changeId(i, 'reject'), `Rejected: ${name}; put back as in your original résumé.`)}
                >
                  Reject
                </button>
                <span class="ed-decision" aria-hidden={d ? undefined : true}>
                  {d === 'accepted' ? '✓ Accepted' : d === 'rejected' ? '↩ Rejected: put back as in your original' : ''}
                </span>
              </div>
              {blocker && d !== 'rejected' && (
                <p class="hint ed-blocker" id={changeId(i, 'why')}>
                  Cannot reject: {blocker}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="secondary small"
        id="ed-reject-all"
        aria-disabled={!rejectable}
        onClick={() => rejectable && act({ type: 'rejectAll' }, 'ed-reject-all', 'Rejected every change that can be put back.')}
      >
        Reject all
      </button>
    </>
  );
}
