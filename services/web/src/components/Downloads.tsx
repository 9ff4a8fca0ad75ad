import { useState } from 'preact/hooks';
import { ProblemError, type Api } from '../api';
import type { Exports, JobResult } from '../types';
import { baseName, downloadBlob, downloadText } from '../util';
import { ProblemBox } from './ProblemBox';

/** The result carries the Markdown, so the page offers it once, built in the browser. */
const MARKDOWN = new Set(['md', 'markdown']);

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
    })
    .filter((e) => !MARKDOWN.has(e.ext));
}

interface Props {
  api: Api;
  result: JobResult;
  fileName: string | null;
}

export function Downloads({ api, result, fileName }: Props) {
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const name = baseName(fileName);
  const download = async (href: string, ext: string) => {
    setProblem(null);
    try {
      downloadBlob(await api.blob(href), `${name}-tailored.${ext}`);
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
          onClick={() => downloadText(result.tailoredMarkdown, `${name}-tailored.md`)}
        >
          <span aria-hidden="true">⬇ </span>Download tailored résumé (.md)
        </button>
        {exportLinks(result.exports).map((e) => (
          <button key={e.href} type="button" class="secondary" onClick={() => download(e.href, e.ext)}>
            <span aria-hidden="true">⬇ </span>Download {e.label}
          </button>
        ))}
      </div>
      <ProblemBox error={problem} />
    </>
  );
}
