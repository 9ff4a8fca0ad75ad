import { normalizeLine } from './lines';

/**
 * The résumé as the editor sees it: the head (the "# Name" line and contact lines before the first
 * section), then "## Heading" sections of lines. Each line keeps its kind, so the Markdown written
 * back has the same conventions as the tailored Markdown: "# " for the name, "## " for a section,
 * "### " for a sub-heading, "- " for a bullet, anything else a plain line; one blank line before
 * each section and none inside it.
 */
export type LineKind = 'h1' | 'h3' | 'bullet' | 'text';

export interface DocLine {
  /** Stable within one editing session (keys, focus, undo). */
  id: string;
  kind: LineKind;
  /** The words, without the Markdown marker. */
  text: string;
  /** normalizeLine of the text the line had when it was read: how it is found in the original after edits. */
  key: string;
}

export interface DocSection {
  id: string;
  heading: string;
  /** normalizeLine of the heading when it was read. */
  key: string;
  lines: DocLine[];
}

export interface ResumeDoc {
  head: DocLine[];
  sections: DocSection[];
}

let seq = 0;
/** A new id, unique in this page. */
export const newId = (p: string) => `${p}${(++seq).toString(36)}`;

export function makeLine(kind: LineKind, text: string): DocLine {
  return { id: newId('l'), kind, text, key: normalizeLine(text) };
}

function readLine(raw: string): DocLine {
  const h = /^\s*(#{1,6})\s+(.*)$/.exec(raw);
  if (h) return makeLine(h[1].length === 1 ? 'h1' : 'h3', h[2].trim());
  const b = /^\s*[-*+•]\s+(.*)$/.exec(raw);
  if (b) return makeLine('bullet', b[1].trim());
  return makeLine('text', raw.trim());
}

/** Reads résumé Markdown; blank lines are dropped (they are written back where the conventions put them). */
export function parseResume(markdown: string): ResumeDoc {
  const doc: ResumeDoc = { head: [], sections: [] };
  let current: DocSection | null = null;
  for (const raw of (markdown ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (!raw.trim()) continue;
    const s = /^\s*##\s+(.*)$/.exec(raw);
    if (s) {
      const heading = s[1].trim();
      current = { id: newId('s'), heading, key: normalizeLine(heading), lines: [] };
      doc.sections.push(current);
      continue;
    }
    (current ? current.lines : doc.head).push(readLine(raw));
  }
  return doc;
}

const MARK: Record<LineKind, string> = { h1: '# ', h3: '### ', bullet: '- ', text: '' };

/** One line of Markdown: a line's text on one line (a newline typed into it becomes a space). */
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** Writes the résumé back as Markdown; empty lines (and sections with neither heading nor lines) are left out. */
export function toMarkdown(doc: ResumeDoc): string {
  const out: string[] = [];
  const write = (l: DocLine) => {
    const t = oneLine(l.text);
    if (t) out.push(MARK[l.kind] + t);
  };
  doc.head.forEach(write);
  for (const s of doc.sections) {
    const heading = oneLine(s.heading);
    if (!heading && !s.lines.some((l) => oneLine(l.text))) continue;
    if (out.length) out.push('');
    out.push(`## ${heading || 'Untitled section'}`);
    s.lines.forEach(write);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/**
 * The section a change names: the one whose heading equals `what`, else the longest heading `what` starts
 * with (the worker writes "Licenses & Certifications now follows the summary", "Experience: bullets within
 * each position", "Skills lines").
 */
export function findSection(sections: DocSection[], what: string): DocSection | null {
  const w = normalizeLine(what);
  if (!w) return null;
  const exact = sections.find((s) => s.key === w);
  if (exact) return exact;
  let best: DocSection | null = null;
  let bestLen = 0;
  for (const s of sections) {
    const h = s.key;
    if (h && h.length > bestLen && w.startsWith(h) && /^$|^[\s:,;.–—-]/.test(w.slice(h.length))) {
      best = s;
      bestLen = h.length;
    }
  }
  return best;
}

/** The same section in another version of the résumé (by the heading it was read with, else its heading now). */
export function sameSection(sections: DocSection[], s: DocSection): DocSection | null {
  return (
    sections.find((o) => o.key && o.key === s.key) ??
    sections.find((o) => normalizeLine(o.heading) === normalizeLine(s.heading)) ??
    null
  );
}
