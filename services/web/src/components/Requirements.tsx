import { useState } from 'preact/hooks';
import type { RequirementResult, Verdict } from '../types';
import { pct } from '../util';
import { termsVerdictText, weightText } from '../verdict';

export const VERDICT: Record<Verdict, { label: string; icon: string }> = {
  COVERED: { label: 'Covered', icon: '✓' },
  WEAK: { label: 'Weak', icon: '~' },
  MISSING: { label: 'Missing', icon: '✕' },
  UNKNOWN: { label: 'Not judged here', icon: '?' },
};

/** UNKNOWN: a verdict or importance from a newer scorer than this page knows. */
const IMPORTANCE: Record<RequirementResult['requirement']['importance'], string> = {
  MUST: 'Must-have',
  NICE: 'Nice-to-have',
  UNKNOWN: 'Of unknown weight',
};

export const importanceLabel = (r: RequirementResult) => IMPORTANCE[r.requirement.importance];

/** The id of the evidence button that showed a line, so focus can come back to it. */
export const evidenceId = (req: number, line: number) => `ev-${req}-L${line}`;
/** The id of a shared term's button (a line can hold several terms, and be evidence too). */
export const termId = (req: number, term: number) => `term-${req}-${term}`;

/** The requirement's shared terms as links to the résumé lines that have them, rare terms first. */
function Terms({ r, i, onShowLine }: { r: RequirementResult; i: number; onShowLine: Props['onShowLine'] }) {
  const t = r.terms;
  if (!t || t.shared.length === 0) return null;
  const why = termsVerdictText(r);
  const shared = t.shared.map((s, k) => ({ ...s, k })).sort((a, b) => b.weight - a.weight || a.k - b.k);
  const titleId = `terms-title-${i}`;
  return (
    <div class="terms" data-testid="terms">
      <p class="evidence-title" id={titleId}>
        Terms your résumé shares with it <span class="share">· {pct(t.share)} of its terms</span>
      </p>
      <ul class="chips term-chips" aria-labelledby={titleId}>
        {shared.map((s) => (
          <li key={s.k}>
            <button
              type="button"
              id={termId(i, s.k)}
              class="term-chip"
              onClick={() => onShowLine(s.lineNumber, termId(i, s.k))}
            >
              <span class="term">{s.term}</span>{' '}
              <span class="term-weight" aria-hidden="true">
                {weightText(s.weight)}
              </span>
              <span class="visually-hidden">
                {s.weight > 1 ? ` (a rare term, counts ${s.weight} times)` : ' (counts once)'}
              </span>{' '}
              <span class="term-line" aria-hidden="true">
                <span class="wide">line </span>
                <span class="narrow">L</span>
                {s.lineNumber}
              </span>
              <span class="visually-hidden">line {s.lineNumber}: show it in your résumé</span>
            </button>
          </li>
        ))}
      </ul>
      {why && (
        <p class="why" data-testid="terms-why">
          {why}
        </p>
      )}
    </div>
  );
}

interface Props {
  requirements: RequirementResult[];
  onShowLine: (lineNumber: number, fromId: string) => void;
}

export function Requirements({ requirements, onShowLine }: Props) {
  const [filter, setFilter] = useState<Verdict | 'ALL'>('ALL');
  const count = (v: Verdict) => requirements.filter((r) => r.verdict === v).length;
  const shown = filter === 'ALL' ? requirements : requirements.filter((r) => r.verdict === filter);
  const options: [Verdict | 'ALL', string][] = [
    ['ALL', `All (${requirements.length})`],
    ['COVERED', `Covered (${count('COVERED')})`],
    ['WEAK', `Weak (${count('WEAK')})`],
    ['MISSING', `Missing (${count('MISSING')})`],
  ];
  const anyTerms = requirements.some((r) => r.terms?.shared.length);
  return (
    <div>
      {anyTerms && (
        <p class="hint">
          Each requirement is covered by its skills, by a line that means the same, or by the terms your résumé shares
          with it; a rare term (an acronym, jargon) counts ×2.5, an ordinary word ×1.
        </p>
      )}
      <div class="filters" role="radiogroup" aria-label="Show requirements">
        {options.map(([v, label]) => (
          <label key={v} class={`chip-toggle${filter === v ? ' on' : ''}`}>
            <input
              type="radio"
              name="req-filter"
              class="visually-hidden"
              checked={filter === v}
              onChange={() => setFilter(v)}
            />
            {label}
          </label>
        ))}
      </div>
      <ol class="requirements" data-testid="requirements">
        {shown.map((r) => {
          const i = requirements.indexOf(r);
          const v = VERDICT[r.verdict];
          const missing = new Set(r.missingSkills.map((s) => s.id));
          return (
            <li key={i} class={`req ${r.verdict.toLowerCase()}`}>
              <div class="req-head">
                <span class={`verdict ${r.verdict.toLowerCase()}`}>
                  <span aria-hidden="true">{v.icon}</span> {v.label}
                </span>
                <span class="importance">{importanceLabel(r)}</span>
              </div>
              <p class="req-text">{r.requirement.text}</p>
              {r.requirement.skills.length > 0 && (
                <ul class="chips" aria-label="Skills this requirement names">
                  {r.requirement.skills.map((s) =>
                    missing.has(s.id) && s.kind === 'SOFT' ? (
                      <li key={s.id} class="chip soft">
                        {s.label}
                        <span class="visually-hidden"> (a soft skill your résumé does not name; never a gap)</span>
                      </li>
                    ) : (
                      <li key={s.id} class={`chip ${missing.has(s.id) ? 'missing' : 'matched'}`}>
                        <span aria-hidden="true">{missing.has(s.id) ? '✕ ' : '✓ '}</span>
                        {s.label}
                        <span class="visually-hidden">{missing.has(s.id) ? ' (not in your résumé)' : ' (in your résumé)'}</span>
                      </li>
                    ),
                  )}
                </ul>
              )}
              {r.evidence.length > 0 ? (
                <div class="evidence">
                  <p class="evidence-title">{r.verdict === 'MISSING' ? 'Closest lines in your résumé' : 'Evidence from your résumé'}</p>
                  <ul>
                    {r.evidence.map((ev) => (
                      <li key={ev.lineNumber}>
                        <button
                          type="button"
                          id={evidenceId(i, ev.lineNumber)}
                          class="line-link"
                          onClick={() => onShowLine(ev.lineNumber, evidenceId(i, ev.lineNumber))}
                        >
                          Line {ev.lineNumber}
                          <span class="visually-hidden">: show it in your résumé</span>
                        </button>{' '}
                        <q>{ev.text.replace(/^\s*(?:#+|[-*•])\s*/, '').replace(/\*\*/g, '')}</q>{' '}
                        <span class="sim" title="Meaning similarity between this line and the requirement">
                          {pct(ev.similarity)} similar
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <p class="hint">No line of your résumé addresses this.</p>
              )}
              <Terms r={r} i={i} onShowLine={onShowLine} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
