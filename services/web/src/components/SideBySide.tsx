import { useMemo, useState } from 'preact/hooks';
import { kindOfOriginal, linkLines, normalizeLine, usedSources, displayText } from '../lines';
import { unsupportedText } from '../unsupported';
import type { ResumeLine, Tailoring } from '../types';
import { scrollToAndFocus } from '../util';

interface Props {
  markdown: string;
  original: ResumeLine[];
  /** An original line to highlight (e.g. chosen from the evidence list). */
  highlight: number | null;
  onHighlight: (n: number | null) => void;
  /** Which tailor wrote it, and the source lines it recorded for each line. */
  tailoring?: Tailoring | null;
  /** Lines a revision's check found unsupported (normalizeLine → claims), marked beside the line. */
  unsupported?: Map<string, string[]>;
  /** Offers a way back to where the highlighted line was chosen from. */
  back?: { line: number; label: string; onBack: () => void } | null;
}

/** The tailored résumé beside the original; each tailored line links to its source line(s). */
export function SideBySide({ markdown, original, highlight, onHighlight, tailoring, unsupported, back }: Props) {
  const tailored = useMemo(
    () => linkLines(markdown, original, tailoring?.provenance ?? []),
    [markdown, original, tailoring],
  );
  const rephrased = (tailoring?.tailor ?? 'offline').startsWith('llm');
  const used = useMemo(() => usedSources(tailored), [tailored]);
  const [activeTailored, setActiveTailored] = useState<number | null>(null);

  const linkedOriginal = new Set<number>();
  const linkedTailored = new Set<number>();
  if (activeTailored != null) {
    const t = tailored.find((l) => l.index === activeTailored);
    t?.sources.forEach((n) => linkedOriginal.add(n));
    linkedTailored.add(activeTailored);
  } else if (highlight != null) {
    linkedOriginal.add(highlight);
    tailored.filter((l) => l.sources.includes(highlight)).forEach((l) => linkedTailored.add(l.index));
  }

  const unlinked = tailored.filter((l) => l.kind !== 'blank' && l.sources.length === 0).length;

  return (
    <div class="sxs" data-testid="side-by-side">
      <p class="hint sxs-hint">
        {rephrased
          ? 'A language model rephrased your lines; each tailored line names the lines it rests on, and any name or number not in your résumé was removed.'
          : unsupported?.size
            ? 'Your edited lines are shown as you saved them: a line that is not one of yours has no source line, and one that claims what your résumé does not say is marked.'
            : 'Every tailored line is one of your own lines.'}{' '}
        Select a tailored line’s “from line” button to see where it came from;
        select an original line to see where it went. Lines left out of the tailored version are dimmed.
        {unlinked > 0 && ` ${unlinked} tailored line(s) have no matching original line.`}
      </p>
      <div class="sxs-cols">
        <section class="sxs-col" aria-labelledby="tailored-title">
          <h3 id="tailored-title">Tailored</h3>
          <ol class="doc" data-testid="tailored">
            {tailored
              .filter((l) => l.kind !== 'blank')
              .map((l) => {
                const claims = unsupported?.get(normalizeLine(l.raw));
                return (
                <li
                  key={l.index}
                  id={`tail-L${l.index}`}
                  tabIndex={-1}
                  class={`doc-line ${l.kind}${linkedTailored.has(l.index) ? ' linked' : ''}${l.sources.length ? '' : ' unlinked'}${claims ? ' marked' : ''}`}
                >
                  <span class="doc-text">
                    {l.display}
                    {claims && (
                      <span class="unsupported-mark" data-testid="unsupported-mark">
                        <span aria-hidden="true">⚠ </span>
                        {unsupportedText(claims)}
                      </span>
                    )}
                  </span>
                  {l.sources.length > 0 ? (
                    <button
                      type="button"
                      class="line-link"
                      aria-pressed={activeTailored === l.index}
                      onClick={() => {
                        const on = activeTailored === l.index ? null : l.index;
                        setActiveTailored(on);
                        onHighlight(null);
                        if (on != null) scrollToAndFocus(`orig-L${l.sources[0]}`);
                      }}
                    >
                      <span class="visually-hidden">Source: </span>from line {l.sources.join(', ')}
                    </button>
                  ) : (
                    <span class="no-source">no source line</span>
                  )}
                </li>
                );
              })}
          </ol>
        </section>
        <section class="sxs-col" aria-labelledby="original-title">
          <h3 id="original-title">Original</h3>
          <ol class="doc original" data-testid="original">
            {original.map((l) => {
              const isUsed = used.has(l.lineNumber);
              const kind = kindOfOriginal(l);
              return (
                <li
                  key={l.lineNumber}
                  id={`orig-L${l.lineNumber}`}
                  tabIndex={-1}
                  class={`doc-line ${kind}${isUsed ? ' used' : ' unused'}${linkedOriginal.has(l.lineNumber) ? ' linked' : ''}`}
                >
                  <button
                    type="button"
                    class="line-no"
                    aria-pressed={highlight === l.lineNumber}
                    onClick={() => {
                      setActiveTailored(null);
                      const on = highlight === l.lineNumber ? null : l.lineNumber;
                      onHighlight(on);
                      const target = on != null ? tailored.find((t) => t.sources.includes(on)) : undefined;
                      if (target) scrollToAndFocus(`tail-L${target.index}`);
                    }}
                  >
                    <span class="visually-hidden">Line </span>
                    {l.lineNumber}
                    <span class="visually-hidden">{isUsed ? ' (used in the tailored version)' : ' (left out)'}</span>
                  </button>
                  <span class="doc-text">
                    {displayText(l.text)}
                    {back && back.line === l.lineNumber && highlight === l.lineNumber && (
                      <>
                        {' '}
                        <button type="button" class="back-link" data-testid="back-to-requirement" onClick={back.onBack}>
                          <span aria-hidden="true">↑ </span>
                          {back.label}
                        </button>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      </div>
    </div>
  );
}
