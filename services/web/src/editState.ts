import { changesOf } from './components/Changes';
import { rejectBlocker, rejectChange, rejectOrder } from './reject';
import { makeLine, parseResume, toMarkdown, type DocLine, type DocSection, type ResumeDoc } from './resume';
import type { JobResult, TailoringChange } from './types';

export type Decision = 'accepted' | 'rejected';

/** What the editor holds: the résumé being edited, each change's decision, and what Undo goes back to. */
export interface EditState {
  doc: ResumeDoc;
  original: ResumeDoc | null;
  changes: TailoringChange[];
  decisions: (Decision | null)[];
  /** Earlier states, newest last, each with what undoing it does ("Undo: delete line"). */
  past: { doc: ResumeDoc; decisions: (Decision | null)[]; label: string }[];
  /** The Markdown the editor started from (to tell whether anything changed). */
  initial: string;
}

/** The head (name and contact lines) is addressed as the section "head". */
export const HEAD = 'head';

export type EditAction =
  | { type: 'edit'; line: string; text: string }
  | { type: 'heading'; section: string; text: string }
  | { type: 'moveLine'; line: string; by: -1 | 1 }
  | { type: 'moveSection'; section: string; by: -1 | 1 }
  | { type: 'delete'; line: string }
  | { type: 'add'; section: string; id?: string }
  | { type: 'accept'; index: number }
  | { type: 'reject'; index: number }
  | { type: 'rejectAll' }
  | { type: 'undo' };

export function initEdit(result: Pick<JobResult, 'tailoredMarkdown' | 'tailoring'>): EditState {
  const doc = parseResume(result.tailoredMarkdown);
  const source = result.tailoring?.original;
  const changes = changesOf(result.tailoring);
  return {
    doc,
    original: typeof source === 'string' && source.trim() ? parseResume(source) : null,
    changes,
    decisions: changes.map(() => null),
    past: [],
    initial: toMarkdown(doc),
  };
}

export const markdownOf = (s: EditState) => toMarkdown(s.doc);
export const isChanged = (s: EditState) => markdownOf(s) !== s.initial;

/** Why change i cannot be rejected now (null: it can). */
export const blockerOf = (s: EditState, i: number) =>
  s.decisions[i] === 'rejected' ? 'Rejected.' : rejectBlocker(s.doc, s.original, s.changes[i]);

function lists(doc: ResumeDoc): { id: string; lines: DocLine[] }[] {
  return [{ id: HEAD, lines: doc.head }, ...doc.sections];
}

function withLines(doc: ResumeDoc, listId: string, lines: DocLine[]): ResumeDoc {
  if (listId === HEAD) return { ...doc, head: lines };
  return { ...doc, sections: doc.sections.map((s) => (s.id === listId ? { ...s, lines } : s)) };
}

function findLine(doc: ResumeDoc, lineId: string): { list: string; lines: DocLine[]; index: number } | null {
  for (const l of lists(doc)) {
    const index = l.lines.findIndex((x) => x.id === lineId);
    if (index >= 0) return { list: l.id, lines: l.lines, index };
  }
  return null;
}

/** Brings back an earlier structure while keeping the words typed since into lines and headings it still has. */
function restore(then: ResumeDoc, now: ResumeDoc): ResumeDoc {
  const text = new Map<string, string>();
  lists(now).forEach((l) => l.lines.forEach((x) => text.set(x.id, x.text)));
  const heading = new Map(now.sections.map((s) => [s.id, s.heading]));
  const line = (x: DocLine) => (text.has(x.id) ? { ...x, text: text.get(x.id)! } : x);
  return {
    head: then.head.map(line),
    sections: then.sections.map((s: DocSection) => ({ ...s, heading: heading.get(s.id) ?? s.heading, lines: s.lines.map(line) })),
  };
}

const move = <T>(xs: T[], i: number, by: number): T[] | null => {
  const j = i + by;
  if (i < 0 || j < 0 || j >= xs.length) return null;
  const next = [...xs];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
};

export function editReducer(s: EditState, a: EditAction): EditState {
  const step = (doc: ResumeDoc, label: string, decisions = s.decisions): EditState =>
    doc === s.doc && decisions === s.decisions
      ? s
      : { ...s, doc, decisions, past: [...s.past, { doc: s.doc, decisions: s.decisions, label }] };
  switch (a.type) {
    case 'edit': {
      const f = findLine(s.doc, a.line);
      if (!f) return s;
      const lines = f.lines.map((x) => (x.id === a.line ? { ...x, text: a.text } : x));
      return { ...s, doc: withLines(s.doc, f.list, lines) };
    }
    case 'heading':
      return { ...s, doc: { ...s.doc, sections: s.doc.sections.map((x) => (x.id === a.section ? { ...x, heading: a.text } : x)) } };
    case 'moveLine': {
      const f = findLine(s.doc, a.line);
      const lines = f && move(f.lines, f.index, a.by);
      return f && lines ? step(withLines(s.doc, f.list, lines), a.by < 0 ? 'move line up' : 'move line down') : s;
    }
    case 'moveSection': {
      const sections = move(s.doc.sections, s.doc.sections.findIndex((x) => x.id === a.section), a.by);
      return sections ? step({ ...s.doc, sections }, a.by < 0 ? 'move section up' : 'move section down') : s;
    }
    case 'delete': {
      const f = findLine(s.doc, a.line);
      return f ? step(withLines(s.doc, f.list, f.lines.filter((x) => x.id !== a.line)), 'delete line') : s;
    }
    case 'add': {
      const list = lists(s.doc).find((l) => l.id === a.section);
      if (!list) return s;
      const kind = list.id !== HEAD && list.lines.some((l) => l.kind === 'bullet') ? 'bullet' : 'text';
      const line = { ...makeLine(kind, ''), ...(a.id ? { id: a.id } : {}) };
      return step(withLines(s.doc, list.id, [...list.lines, line]), 'add line');
    }
    case 'accept': {
      if (s.decisions[a.index] === 'accepted') return s;
      if (s.decisions[a.index] === 'rejected') return s;
      return { ...s, decisions: s.decisions.map((d, i) => (i === a.index ? 'accepted' : d)) };
    }
    case 'reject': {
      if (blockerOf(s, a.index)) return s;
      const doc = rejectChange(s.doc, s.original, s.changes[a.index]);
      return step(doc, 'reject change', s.decisions.map((d, i) => (i === a.index ? 'rejected' : d)));
    }
    case 'rejectAll': {
      let doc = s.doc;
      const decisions = [...s.decisions];
      for (const i of rejectOrder(s.changes)) {
        if (decisions[i] === 'rejected' || rejectBlocker(doc, s.original, s.changes[i])) continue;
        doc = rejectChange(doc, s.original, s.changes[i]);
        decisions[i] = 'rejected';
      }
      return decisions.some((d, i) => d !== s.decisions[i]) ? step(doc, 'reject all', decisions) : s;
    }
    case 'undo': {
      const last = s.past[s.past.length - 1];
      if (!last) return s;
      return { ...s, doc: restore(last.doc, s.doc), decisions: last.decisions, past: s.past.slice(0, -1) };
    }
  }
}

/** What Undo would undo, for its button ("Undo delete line"), or null. */
export const undoLabel = (s: EditState) => s.past[s.past.length - 1]?.label ?? null;
