import { useState } from 'preact/hooks';
import { ProblemError, type Api } from '../api';
import type { Exports, JobResult } from '../types';
import { baseName, downloadBlob, downloadText, scrollToAndFocus } from '../util';
import { ProblemBox } from './ProblemBox';
import { Requirements } from './Requirements';
import { ScoreGauge } from './ScoreGauge';
import { SideBySide } from './SideBySide';
import { SkillsChart } from './SkillsChart';

export function exportLinks(exports: Exports | null | undefined): { label: string; href: string; ext: string }[] {
  if (!exports) return [];
  const list = Array.isArray(exports)
    ? exports.map((e) => ({ format: e.format ?? e.label ?? '', href: e.href }))
    : Object.entries(exports).map(([format, href]) => ({ format, href }));
  return list
    .filter((e) => typeof e.href === 'string' && e.href)
    .map((e) => {
      const ext = (e.format || e.href.split('.').pop() || 'file').toLowerCase().replace(/[^a-z0-9]/g, '');
      return { label: ext.toUpperCase(), href: e.href, ext };
    });
}

interface Props {
  api: Api;
  result: JobResult;
  fileName: string | null;
}

export function ResultView({ api, result, fileName }: Props) {
  const r = result.report;
  const [highlight, setHighlight] = useState<number | null>(null);
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const name = baseName(fileName);
  const covered = r.requirements.filter((q) => q.verdict === 'COVERED').length;
  const paraphrased = r.paraphrasedSkills ?? [];
  const exports = exportLinks(result.exports);

  const showLine = (n: number) => {
    setHighlight(n);
    requestAnimationFrame(() => {
      // bring the tailored line that uses it into view in its own column, then the original line
      const t = document.querySelector<HTMLElement>('[data-testid=tailored] .doc-line.linked');
      t?.scrollIntoView?.({ block: 'nearest' });
      scrollToAndFocus(`orig-L${n}`);
    });
  };

  return (
    <div class="result" data-testid="result">
      <section class="card summary" aria-labelledby="score-title">
        <h2 id="score-title">Match score</h2>
        <div class="summary-body">
          <ScoreGauge score={result.score} />
          <div>
            <p class="lead">
              Your résumé covers <strong>{covered}</strong> of <strong>{r.requirements.length}</strong> requirements;{' '}
              <strong>{r.matchedSkills.length + paraphrased.length}</strong> of the{' '}
              <strong>{r.matchedSkills.length + paraphrased.length + r.missingSkills.length}</strong> skills the job
              names appear in it{paraphrased.length ? <> ({paraphrased.length} in other words)</> : null}.
            </p>
            <div class="downloads" role="group" aria-label="Downloads">
              <button
                type="button"
                class="primary"
                data-testid="download-md"
                onClick={() => downloadText(result.tailoredMarkdown, `${name}-tailored.md`)}
              >
                <span aria-hidden="true">⬇ </span>Download tailored résumé (.md)
              </button>
              {exports.map((e) => (
                <button
                  key={e.href}
                  type="button"
                  class="secondary"
                  onClick={async () => {
                    setProblem(null);
                    try {
                      downloadBlob(await api.blob(e.href), `${name}-tailored.${e.ext}`);
                    } catch (err) {
                      setProblem(err instanceof ProblemError ? err : new ProblemError('Download failed', String(err), 0));
                    }
                  }}
                >
                  <span aria-hidden="true">⬇ </span>Download {e.label}
                </button>
              ))}
            </div>
            <ProblemBox error={problem} />
            <p class="hint">
              Scored with {r.algorithm} ({r.model}). Same résumé and job, same score.
            </p>
          </div>
        </div>
      </section>

      <div class="grid-2">
        <section class="card" aria-labelledby="skills-title">
          <h2 id="skills-title">Skills</h2>
          <SkillsChart matched={r.matchedSkills} missing={r.missingSkills} requirements={r.requirements} />
          <h3>Found in your résumé</h3>
          <ul class="chips" data-testid="matched-skills">
            {r.matchedSkills.map((s) => (
              <li key={s.id} class="chip matched">
                <span aria-hidden="true">✓ </span>
                {s.label}
              </li>
            ))}
          </ul>
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
        </section>

        <section class="card gaps" aria-labelledby="gaps-title">
          <h2 id="gaps-title">Gaps that cannot be closed truthfully</h2>
          {r.missingSkills.length ? (
            <>
              <p>
                The job asks for these and nothing in your résumé shows them, so Tailor did not add them. If you do have
                them, write them into your résumé yourself and run it again.
              </p>
              <ul class="chips" data-testid="gaps">
                {r.missingSkills.map((s) => (
                  <li key={s.id} class="chip missing">
                    <span aria-hidden="true">✕ </span>
                    {s.label}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>None — every skill the job names appears in your résumé.</p>
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
        </section>
      </div>

      <section class="card" aria-labelledby="req-title">
        <h2 id="req-title">Requirement by requirement</h2>
        <Requirements requirements={r.requirements} onShowLine={showLine} />
      </section>

      <section class="card" aria-labelledby="sxs-title">
        <h2 id="sxs-title">Tailored vs original</h2>
        <SideBySide
          markdown={result.tailoredMarkdown}
          original={r.lines}
          highlight={highlight}
          onHighlight={setHighlight}
          tailoring={result.tailoring}
        />
      </section>
    </div>
  );
}
