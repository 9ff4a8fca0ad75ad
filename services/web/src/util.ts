import type { JobStatus } from './types';

export const STATUS_LABEL: Record<JobStatus, string> = {
  QUEUED: 'Queued',
  PROCESSING: 'In progress',
  SUCCEEDED: 'Ready',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const FAILURE_TEXT: Record<string, string> = {
  UNPARSEABLE_FILE:
    'We could not read any text from this file. If it is a scanned PDF (an image), upload a DOCX, Markdown or text version instead.',
  IMAGE_ONLY_PDF:
    'This PDF is a picture of a résumé (a scan or photo) with no text in it. Tailor does not guess text from images: upload the original DOCX, a PDF saved from your editor, Markdown or text.',
  SCORING_UNAVAILABLE: 'The scoring service was unavailable for too long. Please try again in a few minutes.',
  SCORING_REJECTED: 'The scoring service could not process this résumé and job description together.',
  UNGROUNDED_OUTPUT:
    'The tailored résumé contained a line that is not in your résumé, so it was discarded rather than shown to you.',
  ATTEMPTS_EXHAUSTED: 'The job failed several times in a row and was stopped. Please try again.',
};

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

export function downloadText(text: string, fileName: string, type = 'text/markdown;charset=utf-8') {
  downloadBlob(new Blob([text], { type }), fileName);
}

export function downloadBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function baseName(fileName: string | null | undefined): string {
  const n = (fileName ?? 'resume').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-');
  return n || 'resume';
}

/** Moves focus to an element (headings get tabindex=-1) after the next paint. */
export function focusLater(id: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) {
      el.focus({ preventScroll: false });
    }
  });
}

export function scrollToAndFocus(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  el.focus({ preventScroll: true });
}

export const pct = (x: number) => `${Math.round(x * 100)}%`;
