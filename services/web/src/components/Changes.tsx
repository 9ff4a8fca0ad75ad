import type { Tailoring, TailoringChange } from '../types';

/** More "left out" lines than this are folded into a details/summary. */
export const LEFT_OUT_OPEN = 2;

const LABELS: Record<string, string> = { 'moved up': 'Moved up', reordered: 'Reordered', 'left out': 'Left out' };

/** The badge for a kind of change: the known kinds by name, any other kind as it is, capitalised. */
export function changeLabel(kind: string): string {
  const k = kind.trim().toLowerCase();
  return LABELS[k] ?? (k ? k.charAt(0).toUpperCase() + k.slice(1) : 'Changed');
}

const isLeftOut = (c: TailoringChange) => c.kind.trim().toLowerCase() === 'left out';

/** The changes a result records; none for a result tailored before they were recorded, or malformed ones. */
export function changesOf(tailoring: Tailoring | null | undefined): TailoringChange[] {
  const list = tailoring?.changes;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (c): c is TailoringChange => !!c && typeof c.kind === 'string' && typeof c.what === 'string' && !!c.what.trim(),
  );
}

const endsSentence = (s: string) => /[.!?…]$/.test(s);
const trimEnd = (s: string) => s.trim().replace(/[.;:,]+$/, '');

function Why({ reason }: { reason: string }) {
  const r = (reason ?? '').trim();
  if (!r) return <>.</>;
  return (
    <>
      {' — '}
      <span class="change-why">{endsSentence(r) ? r : `${r}.`}</span>
    </>
  );
}

function Badge({ kind }: { kind: string }) {
  const k = kind.trim().toLowerCase().replace(/[^a-z]+/g, '-');
  return (
    <>
      <span class={`badge change-${k}`}>{changeLabel(kind)}</span>
      <span class="visually-hidden">:</span>{' '}
    </>
  );
}

/** A change as one sentence: the badge, what changed, and why. */
function Change({ change: c, reason = true }: { change: TailoringChange; reason?: boolean }) {
  const left = isLeftOut(c);
  return (
    <li class="change" data-kind={c.kind}>
      <Badge kind={c.kind} />
      {left ? <q class="change-what">{c.what.trim()}</q> : <span class="change-what">{trimEnd(c.what)}</span>}
      {reason ? <Why reason={c.reason} /> : endsSentence(c.what.trim()) ? null : '.'}
    </li>
  );
}

interface Props {
  tailoring: Tailoring | null | undefined;
  /** The result is an edit the candidate saved (revision 2, 3 …): its order and lines are theirs. */
  edited?: boolean;
}

/** What the tailor changed in the résumé and why, in the order it recorded them; lines left out grouped. */
export function Changes({ tailoring, edited }: Props) {
  const fallback = tailoring?.fallback ? (
    <p class="hint" data-testid="fallback">
      Tailored offline: the language model gave no usable answer ({tailoring.fallback}).
    </p>
  ) : null;
  return (
    <>
      {fallback}
      <ChangeList tailoring={tailoring} edited={edited} />
    </>
  );
}

function ChangeList({ tailoring, edited }: Props) {
  const changes = changesOf(tailoring);
  const rephrased = (tailoring?.tailor ?? '').startsWith('llm');
  if (!changes.length && edited) {
    return <p data-testid="no-changes">This is the version you edited and saved: its order and lines are as you left them.</p>;
  }
  if (!changes.length) {
    return (
      <p data-testid="no-changes">
        {rephrased
          ? 'A language model rephrased your lines; it does not record what it moved or left out, so compare the tailored and original versions below.'
          : "Tailor kept your résumé's order: nothing the job asks for suggested a change."}
      </p>
    );
  }
  const others = changes.filter((c) => !isLeftOut(c));
  const leftOut = changes.filter(isLeftOut);
  const folded = leftOut.length > LEFT_OUT_OPEN;
  // lines left out for the same reason state it once, above them
  const reasons = new Set(leftOut.map((c) => (c.reason ?? '').trim()));
  const shared = folded && reasons.size === 1 ? [...reasons][0] : null;
  return (
    <ul class="change-list" data-testid="changes" aria-label="Changes">
      {(folded ? others : changes).map((c, i) => (
        <Change key={i} change={c} />
      ))}
      {folded && (
        <li class="change">
          <details class="more left-out" data-testid="left-out">
            <summary>
              <Badge kind="left out" />
              {leftOut.length} lines of your résumé
            </summary>
            {shared && <p class="hint">Why: {endsSentence(shared) ? shared : `${shared}.`}</p>}
            <ul class="change-list" aria-label="Lines left out">
              {leftOut.map((c, i) => (
                <Change key={i} change={c} reason={!shared} />
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}
