import { biggestGains, breakdown, oneDecimal, points, scoreIfCovered, type Breakdown, type Contribution } from '../score';
import type { RequirementResult } from '../types';
import { importanceLabel, VERDICT } from './Requirements';
import { pct } from '../util';
import { MEANING, TERMS } from '../verdict';

interface Props {
  requirements: RequirementResult[];
  /** The score the service returned. */
  score: number;
  algorithm: string;
  model: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Formula({ b, requirements }: { b: Breakdown; requirements: RequirementResult[] }) {
  const must = requirements.filter((r) => r.requirement.importance === 'MUST').length;
  return (
    <p class="formula" data-testid="formula">
      This job lists {plural(requirements.length, 'requirement', 'requirements')} ({must} must-have,{' '}
      {requirements.length - must} nice-to-have), worth <strong>{points(b.possible)}</strong> points. Your résumé earns{' '}
      <strong>{points(b.earned)}</strong>.{' '}
      <span class="nowrap">
        Score = round(100 × {points(b.earned)} ÷ {points(b.possible)}) = <strong>{b.score}</strong>.
      </span>
    </p>
  );
}

function gainsTitle(n: number) {
  if (n === 3) return 'The three changes that would raise it most';
  return n === 1 ? 'The one change that would raise it' : `The ${n} changes that would raise it`;
}

function Gain({ b, c }: { b: Breakdown; c: Contribution }) {
  const r = c.requirement;
  return (
    <li>
      Add evidence you really have for <q>{r.requirement.text}</q>{' '}
      <span class="hint">
        ({importanceLabel(r).toLowerCase()}, now {VERDICT[r.verdict].label.toLowerCase()})
      </span>
      : <strong>+{points(c.gain)}</strong> {c.gain === 1 ? 'point' : 'points'}, and the score would be{' '}
      {scoreIfCovered(b, c)} instead of {b.score}.
    </li>
  );
}

function Row({ c }: { c: Contribution }) {
  const r = c.requirement;
  const fill = c.maxShare === 0 ? 0 : (100 * c.share) / c.maxShare;
  return (
    <li class={`contrib ${r.verdict.toLowerCase()}`}>
      <span class="contrib-text">{r.requirement.text}</span>
      <span class="contrib-meta">
        {importanceLabel(r)} · {VERDICT[r.verdict].label} · {points(c.earned)} of {points(c.possible)}{' '}
        {c.possible === 1 ? 'point' : 'points'} · {oneDecimal(c.share)} of a possible {oneDecimal(c.maxShare)} score points
      </span>
      <span class="contrib-bar" aria-hidden="true">
        <span style={{ width: `${fill}%` }} />
      </span>
    </li>
  );
}

/** The score's arithmetic with this job's numbers, and where points are left. */
export function ScoreExplanation({ requirements, score, algorithm, model }: Props) {
  const b = breakdown(requirements);
  const gains = biggestGains(b);
  return (
    <section class="card explain" aria-labelledby="explain-title" data-testid="score-explanation">
      <h2 id="explain-title">How the score is worked out</h2>
      <p>
        Every requirement is worth points: a must-have 2, a nice-to-have 1. It earns all of them when your résumé covers
        it, half when the evidence is weak, and none when it is missing.
      </p>
      <Formula b={b} requirements={requirements} />
      {b.score !== score && (
        <p class="problem" data-testid="score-mismatch">
          The service reported {score}, not {b.score}: this result was scored by a rule other than the one above.
        </p>
      )}
      <h3>{gains.length ? gainsTitle(gains.length) : 'Nothing left to raise'}</h3>
      {gains.length ? (
        <>
          <ol class="gains" data-testid="gains">
            {gains.map((c) => (
              <Gain key={c.index} b={b} c={c} />
            ))}
          </ol>
          <p class="hint">Only add what is true and you can talk about; Tailor never writes it in for you.</p>
        </>
      ) : (
        <p>Your résumé covers every requirement.</p>
      )}
      <details class="more" data-testid="contributions">
        <summary>Points for each requirement ({requirements.length})</summary>
        <ol class="contribs">
          {b.contributions.map((c) => (
            <Row key={c.index} c={c} />
          ))}
        </ol>
      </details>
      <details class="more">
        <summary>Which algorithm and model</summary>
        <p class="hint" data-testid="method">
          Algorithm {algorithm}; résumé lines are compared with each requirement by meaning using the model {model}.
        </p>
        {requirements.some((r) => r.terms) && (
          <p class="hint" data-testid="verdict-rule">
            A requirement gets the best of three verdicts: by its skills (your résumé names them all), by meaning (a
            line {pct(MEANING.covered)} similar or more covers it, {pct(MEANING.weak)} makes it weak) and by terms (
            {pct(TERMS.covered)} of its terms in your résumé covers it, {pct(TERMS.weak)} makes it weak).
          </p>
        )}
      </details>
    </section>
  );
}
