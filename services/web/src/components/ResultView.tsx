import { useMemo, useState } from 'preact/hooks';
import type { Api } from '../api';
import type { JobResult, JobView } from '../types';
import { unsupportedByLine } from '../unsupported';
import { focusLater, scrollToAndFocus } from '../util';
import { Editor } from './editor/Editor';
import { Unsupported } from './Unsupported';
import { Changes } from './Changes';
import { Downloads } from './Downloads';
import { Requirements } from './Requirements';
import { ScoreExplanation } from './ScoreExplanation';
import { ScoreGauge } from './ScoreGauge';
import { Section, useNarrow } from './Section';
import { SideBySide } from './SideBySide';
import { SkillsChart } from './SkillsChart';
import { groupSkills, isSoft } from '../skills';

type Fold = 'skills' | 'gaps' | 'requirements' | 'changes' | 'sxs';

const OPEN: Record<Fold, boolean> = { skills: true, gaps: true, requirements: true, changes: true, sxs: true };
const FOLDED_ON_PHONE: Record<Fold, boolean> = { skills: false, gaps: true, requirements: false, changes: true, sxs: false };

interface Props {
  api: Api;
  result: JobResult;
  fileName: string | null;
  /** The job whose result this is (to save an edit of it as a new revision); without it there is no editing. */
  jobId?: string;
  onRevised?: (job: JobView) => void;
  /** Which revision the result is (1, or absent: the first tailoring). */
  revision?: number;
}

export function ResultView({ api, result, fileName, jobId, onRevised, revision }: Props) {
  const r = result.report;
  const [editing, setEditing] = useState(false);
  const unsupported = useMemo(() => unsupportedByLine(result.tailoring), [result]);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [from, setFrom] = useState<{ line: number; id: string } | null>(null);
  const narrow = useNarrow();
  const [open, setOpen] = useState<Record<Fold, boolean>>(() => (narrow ? FOLDED_ON_PHONE : OPEN));
  const fold = (k: Fold) => ({
    narrow,
    open: open[k],
    onToggle: (o: boolean) => setOpen((p) => (p[k] === o ? p : { ...p, [k]: o })),
  });
  const covered = r.requirements.filter((q) => q.verdict === 'COVERED').length;
  const paraphrased = r.paraphrasedSkills ?? [];
  const g = groupSkills(r);
  const hardMatched = r.matchedSkills.filter((s) => !isSoft(s));
  const hardMissing = r.missingSkills.filter((s) => !isSoft(s));

  const showLine = (n: number, fromId: string) => {
    setHighlight(n);
    setFrom({ line: n, id: fromId });
    setOpen((p) => ({ ...p, sxs: true }));
    requestAnimationFrame(() => {
      // bring the tailored line that uses it into view in its own column, then the original line
      const t = document.querySelector<HTMLElement>('[data-testid=tailored] .doc-line.linked');
      t?.scrollIntoView?.({ block: 'nearest' });
      scrollToAndFocus(`orig-L${n}`);
    });
  };

  const backToRequirement = (id: string) => {
    setOpen((p) => ({ ...p, requirements: true }));
    requestAnimationFrame(() => scrollToAndFocus(id));
  };

  if (editing && jobId) {
    return (
      <Editor
        api={api}
        jobId={jobId}
        result={result}
        onCancel={() => {
          setEditing(false);
          focusLater('edit-resume');
        }}
        onSaved={(job) => onRevised?.(job)}
      />
    );
  }

  return (
    <div class="result" data-testid="result">
      <section class="card summary" aria-labelledby="score-title">
        <h2 id="score-title">Match score</h2>
        <div class="summary-body">
          <ScoreGauge score={result.score} />
          <div>
            <p class="lead">
              Your résumé covers <strong>{covered}</strong> of <strong>{r.requirements.length}</strong> requirements;{' '}
              <strong>{g.hardFound}</strong> of the <strong>{g.hardTotal}</strong> skills the job names appear in
              it{paraphrased.length ? <> ({paraphrased.length} in other words)</> : null}.
            </p>
            <Downloads api={api} result={result} fileName={fileName} />
            {jobId && onRevised && (
              <div class="downloads">
                <button type="button" class="secondary" id="edit-resume" onClick={() => setEditing(true)}>
                  <span aria-hidden="true">✎ </span>Edit résumé
                </button>
                <span class="hint ed-offer">Accept or reject each change, edit and reorder lines, then download again.</span>
              </div>
            )}
            <Unsupported tailoring={result.tailoring} />
            <p class="hint">The same résumé and job always get the same score; how it is worked out is below.</p>
          </div>
        </div>
      </section>

      <ScoreExplanation requirements={r.requirements} score={result.score} algorithm={r.algorithm} model={r.model} />

      <div class="grid-2">
        <Section id="skills-title" title="Skills" {...fold('skills')}>
          <SkillsChart matched={hardMatched} missing={hardMissing} requirements={r.requirements} />
          <h3>Found in your résumé</h3>
          {g.found.length ? (
            <ul class="chips" data-testid="matched-skills">
              {g.found.map((s) => (
                <li key={s.id} class="chip matched">
                  <span aria-hidden="true">✓ </span>
                  {s.label}
                </li>
              ))}
            </ul>
          ) : (
            <p class="hint">None of the tools or knowledge the job names.</p>
          )}
          {g.certifications.length > 0 && (
            <>
              <h3 id="certs-title">Licences and certifications</h3>
              <ul class="chips" data-testid="certifications" aria-labelledby="certs-title">
                {g.certifications.map(({ skill: s, found }) => (
                  <li key={s.id} class={`chip ${found ? 'matched' : 'missing'}`}>
                    <span aria-hidden="true">{found ? '✓ ' : '✕ '}</span>
                    {s.label}
                    <span class="visually-hidden">{found ? ' (in your résumé)' : ' (not in your résumé)'}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {paraphrased.length > 0 && (
            <>
              <h3>Said in other words</h3>
              <p class="hint">
                Your résumé does not name these, but a line of it means the same (similarity shown). Naming them
                yourself makes them count for readers and keyword filters.
              </p>
              <ul class="paraphrased" data-testid="paraphrased-skills">
                {paraphrased.map((s) => (
                  <li key={s.id}>
                    <span class="chip matched">≈ {s.label}</span> <q>{s.span}</q>{' '}
                    <span class="hint">{Math.round(s.confidence * 100)}%</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {(g.softFound.length > 0 || g.softMentioned.length > 0) && (
            <div data-testid="soft-skills">
              <h3>Soft skills</h3>
              <p class="hint">
                These are never counted as gaps: a reader sees them in what you did, so show them through your own
                examples rather than a list.
              </p>
              <ul class="chips">
                {g.softFound.map((s) => (
                  <li key={s.id} class="chip matched">
                    <span aria-hidden="true">✓ </span>
                    {s.label}
                    <span class="visually-hidden"> (in your résumé)</span>
                  </li>
                ))}
                {g.softMentioned.map((s) => (
                  <li key={s.id} class="chip soft">
                    {s.label}
                    <span class="visually-hidden"> (the job mentions it; your résumé does not name it)</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Section>

        <Section id="gaps-title" title="Gaps that cannot be closed truthfully" class="gaps" {...fold('gaps')}>
          {g.gaps.length || g.certificationGaps.length ? (
            <>
              <p>
                The job asks for these and nothing in your résumé shows them, so Tailor did not add them. If you do have
                them, write them into your résumé yourself and run it again.
              </p>
              {g.gaps.length > 0 && (
                <ul class="chips" data-testid="gaps" aria-label="Skills your résumé does not show">
                  {g.gaps.map((s) => (
                    <li key={s.id} class="chip missing">
                      <span aria-hidden="true">✕ </span>
                      {s.label}
                    </li>
                  ))}
                </ul>
              )}
              {g.certificationGaps.length > 0 && (
                <>
                  <h3 id="cert-gaps-title">Licences and certifications</h3>
                  <ul class="chips" data-testid="certification-gaps" aria-labelledby="cert-gaps-title">
                    {g.certificationGaps.map((s) => (
                      <li key={s.id} class="chip missing">
                        <span aria-hidden="true">✕ </span>
                        {s.label}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          ) : (
            <p>
              None — every skill the job names appears in your résumé.
              {g.softMentioned.length > 0 && ' Soft skills are under Skills: they are never gaps.'}
            </p>
          )}
          {!!result.tailoring?.removedClaims?.length && (
            <div data-testid="removed-claims">
              <h3>Left out because your résumé does not say it</h3>
              <ul>
                {result.tailoring.removedClaims.map((c, i) => (
                  <li key={i}>
                    {c.text} <span class="hint">(not in your résumé: {c.unsupported.join(', ')})</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {(!!result.tailoring?.suspectedInjectionLines?.length || !!result.tailoring?.suspectedJobLines?.length) && (
            <div data-testid="suspected-instructions">
              <h3>Text that tries to instruct an AI</h3>
              <p>
                These lines read like instructions to a language model. Tailor never sends them to one and does not follow
                them; if you did not write them, check where the text came from.
              </p>
              <ul>
                {(result.tailoring.suspectedInjectionLines ?? []).map((n) => (
                  <li key={`r${n}`}>
                    In your résumé, line {n}: {r.lines.find((l) => l.lineNumber === n)?.text ?? ''}
                  </li>
                ))}
                {(result.tailoring.suspectedJobLines ?? []).map((t, i) => (
                  <li key={`j${i}`}>In the job description: {t}</li>
                ))}
              </ul>
            </div>
          )}
          {!!result.tailoring?.hiddenText?.length && (
            <div data-testid="hidden-text">
              <h3>Hidden text in your file</h3>
              <p>
                Your file contains text a reader cannot see (white, tiny or off-page). Tailor left it out; if you did not put
                it there, check the file.
              </p>
              <ul>
                {result.tailoring.hiddenText.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            </div>
          )}
        </Section>
      </div>

      <Section id="req-title" title="Requirement by requirement" {...fold('requirements')}>
        <Requirements requirements={r.requirements} onShowLine={showLine} />
      </Section>

      <Section id="changes-title" title="What Tailor changed, and why" class="changes" {...fold('changes')}>
        <Changes tailoring={result.tailoring} edited={(revision ?? 1) > 1} />
      </Section>

      <Section id="sxs-title" title="Tailored vs original" {...fold('sxs')}>
        <SideBySide
          markdown={result.tailoredMarkdown}
          original={r.lines}
          highlight={highlight}
          onHighlight={setHighlight}
          tailoring={result.tailoring}
          unsupported={unsupported}
          back={from && { line: from.line, label: 'Back to the requirement', onBack: () => backToRequirement(from.id) }}
        />
      </Section>
    </div>
  );
}
