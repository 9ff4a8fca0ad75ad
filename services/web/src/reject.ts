import { normalizeLine } from './lines';
import { findSection, makeLine, sameSection, type DocLine, type DocSection, type ResumeDoc } from './resume';
import type { TailoringChange } from './types';

/**
 * Rejecting one of the tailor's changes puts that part of the résumé back as the original has it:
 * "moved up" puts the section back after the section that preceded it in the original (or first);
 * "reordered" restores the original order of the section's lines (lines added or not in the original keep
 * their places); "left out" puts the line back after the line that preceded it in the original (or first);
 * "worded as the job" ("K8s → Kubernetes (K8s)") puts the résumé's words back where the job's now stand.
 * Edits to the words of a line are kept: lines are matched by the words they had when they were read.
 */

const kindOf = (c: TailoringChange) => c.kind.trim().toLowerCase();

const quote = (s: string) => `“${s.trim()}”`;

interface Where {
  /** The section of the original that has the line, or null for the head (name and contact lines). */
  section: DocSection | null;
  lines: DocLine[];
  index: number;
}

/** Where the original has a line with these words. */
function inOriginal(original: ResumeDoc, what: string): Where | null {
  const key = normalizeLine(what);
  if (!key) return null;
  const i = original.head.findIndex((l) => l.key === key);
  if (i >= 0) return { section: null, lines: original.head, index: i };
  for (const s of original.sections) {
    const j = s.lines.findIndex((l) => l.key === key);
    if (j >= 0) return { section: s, lines: s.lines, index: j };
  }
  return null;
}

/** Why a change cannot be rejected here, or null when it can. */
export function rejectBlocker(doc: ResumeDoc, original: ResumeDoc | null, c: TailoringChange): string | null {
  if (!original) return 'Your original résumé is not stored with this result, so Tailor cannot put it back; edit the lines instead.';
  const kind = kindOf(c);
  if (kind === 'moved up' || kind === 'reordered') {
    const s = findSection(doc.sections, c.what);
    if (!s) return 'That section is no longer in the résumé.';
    if (!sameSection(original.sections, s)) return `Your original résumé has no section ${quote(s.heading)}.`;
    return null;
  }
  if (kind === 'left out') {
    const w = inOriginal(original, c.what);
    if (!w) return 'Your original résumé has no such line.';
    const target = w.section ? sameSection(doc.sections, w.section) : { lines: doc.head };
    if (!target) return `The section ${quote(w.section!.heading)} is no longer in the résumé.`;
    if (target.lines.some((l) => l.key === w.lines[w.index].key)) return 'The line is already in the résumé.';
    return null;
  }
  if (kind === 'worded as the job') {
    const w = reworded(c);
    if (!w) return 'Tailor cannot undo this kind of change here; edit the lines instead.';
    if (!wordedLine(doc, c, w.now)) return `No line holds ${quote(w.now)} any more.`;
    return null;
  }
  return 'Tailor cannot undo this kind of change here; edit the lines instead.';
}

/** The words a "worded as the job" change replaced and those now in their place. */
function reworded(c: TailoringChange): { was: string; now: string } | null {
  const parts = c.what.split(' → ');
  return parts.length === 2 && parts[0].trim() && parts[1].trim() ? { was: parts[0].trim(), now: parts[1].trim() } : null;
}

/** The first line holding these words: in the change's section when it is still there, else anywhere. */
function wordedLine(doc: ResumeDoc, c: TailoringChange, words: string): DocLine | null {
  const own = c.section ? findSection(doc.sections, c.section) : null;
  const lines = [...(own?.lines ?? []), ...doc.head, ...doc.sections.flatMap((s) => s.lines)];
  return lines.find((l) => l.text.includes(words)) ?? null;
}

function rejectWorded(doc: ResumeDoc, c: TailoringChange): ResumeDoc {
  const w = reworded(c)!;
  const line = wordedLine(doc, c, w.now)!;
  const put = (l: DocLine) => {
    if (l !== line) return l;
    const text = l.text.replace(w.now, w.was);
    // the line's words are the original's again, so the other changes find it there
    return { ...l, text, key: normalizeLine(text) };
  };
  return { head: doc.head.map(put), sections: doc.sections.map((s) => ({ ...s, lines: s.lines.map(put) })) };
}

function replaceSection(doc: ResumeDoc, s: DocSection, next: DocSection): ResumeDoc {
  return { ...doc, sections: doc.sections.map((x) => (x === s ? next : x)) };
}

function rejectMovedUp(doc: ResumeDoc, original: ResumeDoc, c: TailoringChange): ResumeDoc {
  const s = findSection(doc.sections, c.what)!;
  const o = sameSection(original.sections, s)!;
  const rest = doc.sections.filter((x) => x !== s);
  let at = 0;
  for (let i = original.sections.indexOf(o) - 1; i >= 0; i--) {
    const j = rest.findIndex((x) => x.key === original.sections[i].key);
    if (j >= 0) {
      at = j + 1;
      break;
    }
  }
  rest.splice(at, 0, s);
  return { ...doc, sections: rest };
}

function rejectReordered(doc: ResumeDoc, original: ResumeDoc, c: TailoringChange): ResumeDoc {
  const s = findSection(doc.sections, c.what)!;
  const o = sameSection(original.sections, s)!;
  const free = new Map<string, number[]>();
  o.lines.forEach((l, i) => free.set(l.key, [...(free.get(l.key) ?? []), i]));
  const matched: { pos: number; rank: number; line: DocLine }[] = [];
  s.lines.forEach((line, pos) => {
    const rank = free.get(line.key)?.shift();
    if (rank !== undefined) matched.push({ pos, rank, line });
  });
  const lines = [...s.lines];
  const sorted = [...matched].sort((a, b) => a.rank - b.rank);
  matched.forEach((m, k) => (lines[m.pos] = sorted[k].line));
  return replaceSection(doc, s, { ...s, lines });
}

/** Inserts the original's line after the nearest line before it (in the original) that the list has, else first. */
function insertAsOriginal(lines: DocLine[], w: Where): DocLine[] {
  const o = w.lines[w.index];
  let at = 0;
  for (let i = w.index - 1; i >= 0; i--) {
    const j = lines.findIndex((l) => l.key === w.lines[i].key);
    if (j >= 0) {
      at = j + 1;
      break;
    }
  }
  const next = [...lines];
  next.splice(at, 0, makeLine(o.kind, o.text));
  return next;
}

function rejectLeftOut(doc: ResumeDoc, original: ResumeDoc, c: TailoringChange): ResumeDoc {
  const w = inOriginal(original, c.what)!;
  if (!w.section) return { ...doc, head: insertAsOriginal(doc.head, w) };
  const s = sameSection(doc.sections, w.section)!;
  return replaceSection(doc, s, { ...s, lines: insertAsOriginal(s.lines, w) });
}

/** The résumé with the change put back as in the original; the same résumé when it cannot be (see rejectBlocker). */
export function rejectChange(doc: ResumeDoc, original: ResumeDoc | null, c: TailoringChange): ResumeDoc {
  if (!original || rejectBlocker(doc, original, c)) return doc;
  const kind = kindOf(c);
  if (kind === 'moved up') return rejectMovedUp(doc, original, c);
  if (kind === 'reordered') return rejectReordered(doc, original, c);
  if (kind === 'worded as the job') return rejectWorded(doc, c);
  return rejectLeftOut(doc, original, c);
}

/** The order "Reject all" applies changes in: sections back in place, then lines back, then line order. */
export function rejectOrder(changes: TailoringChange[]): number[] {
  const rank = (c: TailoringChange) => ({ 'moved up': 0, 'left out': 1, reordered: 2 })[kindOf(c)] ?? 3;
  return changes.map((_, i) => i).sort((a, b) => rank(changes[a]) - rank(changes[b]) || a - b);
}
