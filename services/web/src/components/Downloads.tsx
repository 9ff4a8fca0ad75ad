import { useState } from 'preact/hooks';
import { ProblemError, type Api } from '../api';
import type { ExportCheck, Exports, JobResult } from '../types';
import { baseName, downloadBlob, downloadText } from '../util';
import { ProblemBox } from './ProblemBox';

/** Markdown is offered once, as the primary download (the api's rendered file when it has one). */
const MARKDOWN = new Set(['md', 'markdown']);

const LETTER = 'cover-letter-';

/** The cover letter's files, Markdown first: the api names them cover-letter-markdown, -docx, -pdf. */
export function coverLetterLinks(exports: Exports | null | undefined): { label: string; href: string; ext: string }[] {
  if (!exports || Array.isArray(exports)) return [];
  const labels: Record<string, [string, string]> = { markdown: ['.md', 'md'], docx: ['DOCX', 'docx'], pdf: ['PDF', 'pdf'] };
  return Object.entries(labels)
    .filter(([format]) => typeof exports[LETTER + format] === 'string')
    .map(([format, [label, ext]]) => ({ label, ext, href: exports[LETTER + format] as string }));
}

/** The api's link to the Markdown it rendered for reading (blank lines, lists), if the result has one. */
export function markdownLink(exports: Exports | null | undefined): string | null {
  const md = entries(exports).find((e) => MARKDOWN.has(String(e.format).toLowerCase()) && typeof e.href === 'string' && e.href);
  return md ? md.href : null;
}

/** The api's links as format and href, whichever of its two shapes the result has. */
function entries(exports: Exports | null | undefined): { format: string; href: string }[] {
  if (!exports) return [];
  return Array.isArray(exports)
    ? exports.map((e) => ({ format: e.format ?? e.label ?? '', href: e.href }))
    : Object.entries(exports).map(([format, href]) => ({ format, href }));
}

export function exportLinks(exports: Exports | null | undefined): { label: string; href: string; ext: string }[] {
  return entries(exports)
    .filter((e) => typeof e.href === 'string' && e.href && !String(e.format).startsWith(LETTER))
    .map((e) => {
      const ext = (e.format || e.href.split('.').pop() || 'file').toLowerCase().replace(/[^a-z0-9]/g, '');
      return { label: ext.toUpperCase(), href: e.href, ext };
    })
    .filter((e) => !MARKDOWN.has(e.ext));
}

/**
 * For each offered export whose file, read back, lacked a line of the résumé (roundTrip false): a warning naming
 * the format and the one to use instead (the other export that read back whole, else the Markdown).
 */
export function exportWarnings(
  offered: { ext: string }[],
  checks: ExportCheck[] | null | undefined,
): Map<string, string> {
  const failed = new Set<string>();
  if (Array.isArray(checks)) {
    checks
      .filter((c) => c && typeof c.format === 'string' && c.roundTrip === false)
      .forEach((c) => failed.add(c.format.toLowerCase()));
  }
  const warnings = new Map<string, string>();
  for (const e of offered) {
    if (!failed.has(e.ext)) continue;
    const instead = offered.find((o) => o.ext !== e.ext && !failed.has(o.ext));
    warnings.set(
      e.ext,
      `The ${e.ext.toUpperCase()} could not be read back completely; check it before sending, or use the ${
        instead ? instead.ext.toUpperCase() : 'Markdown (.md)'
      }.`,
    );
  }
  return warnings;
}

interface Props {
  api: Api;
  result: JobResult;
  fileName: string | null;
}

export function Downloads({ api, result, fileName }: Props) {
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const name = baseName(fileName);
  const links = exportLinks(result.exports);
  const markdown = markdownLink(result.exports);
  const letter = coverLetterLinks(result.exports);

  const warnings = exportWarnings(links, result.tailoring?.exports);
  const download = async (href: string, ext: string, kind = 'tailored') => {
    setProblem(null);
    try {
      downloadBlob(await api.blob(href), `${name}-${kind}.${ext}`);
    } catch (err) {
      setProblem(err instanceof ProblemError ? err : new ProblemError('Download failed', String(err), 0));
    }
  };
  return (
    <>
      <div class="downloads" role="group" aria-label="Downloads">
        <button
          type="button"
          class="primary"
          data-testid="download-md"
          onClick={() =>
            markdown ? download(markdown, 'md') : downloadText(result.tailoredMarkdown, `${name}-tailored.md`)
          }
        >
          <span aria-hidden="true">⬇ </span>Download tailored résumé (.md)
        </button>
        {links.map((e) => {
          const warning = warnings.get(e.ext);
          const button = (
            <button
              key={e.href}
              type="button"
              class="secondary"
              data-testid={`download-${e.ext}`}
              aria-describedby={warning ? `export-warning-${e.ext}` : undefined}
              onClick={() => download(e.href, e.ext)}
            >
              <span aria-hidden="true">⬇ </span>Download {e.label}
            </button>
          );
          return warning ? (
            <div key={e.href} class="download-line">
              {button}
              <p class="export-warning" id={`export-warning-${e.ext}`} data-testid={`export-warning-${e.ext}`}>
                <span aria-hidden="true">⚠ </span>
                {warning}
              </p>
            </div>
          ) : (
            button
          );
        })}
      </div>
      {letter.length > 0 && (
        <div class="downloads" role="group" aria-label="Cover letter">
          <span class="downloads-label">
            {result.tailoring?.coverLetter?.startsWith('llm')
              ? 'Cover letter, written by the language model from your résumé lines (each paragraph checked against them):'
              : 'Cover letter, from the same facts:'}
          </span>
          {letter.map((e) => (
            <button
              key={e.href}
              type="button"
              class="secondary"
              data-testid={`download-letter-${e.ext}`}
              onClick={() => download(e.href, e.ext, 'cover-letter')}
            >
              <span aria-hidden="true">⬇ </span>
              {e.label}
            </button>
          ))}
        </div>
      )}
      <ProblemBox error={problem} />
    </>
  );
}
