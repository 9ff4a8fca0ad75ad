import type { Tailoring } from '../types';
import { unsupportedText } from '../unsupported';

/** In a revision's result: the edited lines the résumé does not support, each with what it claims. Never blocks a download. */
export function Unsupported({ tailoring }: { tailoring: Tailoring | null | undefined }) {
  const list = (tailoring?.unsupported ?? []).filter((u) => u && typeof u.text === 'string' && u.text.trim());
  if (!list.length) return null;
  return (
    <div class="unsupported-note" data-testid="unsupported-note">
      <p>
        <strong>
          <span aria-hidden="true">⚠ </span>
          {list.length === 1 ? 'One edited line is' : `${list.length} edited lines are`} not found in your résumé.
        </strong>{' '}
        They are marked in the résumé below and kept in the downloads; check them before sending.
      </p>
      <ul>
        {list.map((u, i) => (
          <li key={i}>
            <q>{u.text.replace(/^\s*(?:#{1,6}|[-*+•])\s+/, '').trim()}</q>{' '}
            <span class="unsupported-mark">{unsupportedText(Array.isArray(u.claims) ? u.claims.filter((c) => typeof c === 'string') : [])}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
