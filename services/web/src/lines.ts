import type { ResumeLine } from './types';

/**
 * A line's words without Markdown decoration: leading #'s, list markers (-, *, +, •, ·, "1."),
 * bold/italic markers and extra spaces. Two lines "are the same line" when these are equal.
 */
export function normalizeLine(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\s*(?:[-*+•·▪◦]|\d{1,3}[.)])\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_](\S)/g, '$1$2')
    .replace(/(\S)[*_](?=\s|$|[.,;:])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export type TailoredKind = 'h1' | 'h2' | 'h3' | 'bullet' | 'text' | 'blank';

export interface TailoredLine {
  /** 1-based line number in the tailored Markdown. */
  index: number;
  raw: string;
  /** The text to show, decoration removed. */
  display: string;
  kind: TailoredKind;
  /** Original line numbers (report.lines[].lineNumber) with the same words. */
  sources: number[];
}

export function displayText(raw: string): string {
  return raw
    .replace(/^\s*#{1,6}\s*/, '')
    .replace(/^\s*(?:[-*+•·▪◦])\s+/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}

function kindOf(raw: string): TailoredKind {
  if (!raw.trim()) return 'blank';
  const h = /^\s*(#{1,6})\s/.exec(raw);
  if (h) return h[1].length === 1 ? 'h1' : h[1].length === 2 ? 'h2' : 'h3';
  if (/^\s*(?:[-*+•·▪◦])\s+/.test(raw)) return 'bullet';
  return 'text';
}

export function kindOfOriginal(line: ResumeLine): TailoredKind {
  const k = kindOf(line.text);
  if (k === 'text' && line.heading) return 'h2';
  return k;
}

/**
 * Links every tailored line to its original line(s): the sources the worker recorded for it
 * (a model's rephrased line), else the original lines whose words are equal.
 */
export function linkLines(
  markdown: string,
  original: ResumeLine[],
  provenance: { text: string; sources: number[] }[] = [],
): TailoredLine[] {
  const recorded = new Map<string, number[]>();
  for (const p of provenance) if (p.sources?.length) recorded.set(p.text, p.sources);
  const byText = new Map<string, number[]>();
  for (const l of original) {
    const key = normalizeLine(l.text);
    if (!key) continue;
    const list = byText.get(key);
    if (list) list.push(l.lineNumber);
    else byText.set(key, [l.lineNumber]);
  }
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => {
      const key = normalizeLine(raw);
      return {
        index: i + 1,
        raw,
        display: displayText(raw),
        kind: kindOf(raw),
        sources: key ? recorded.get(raw) ?? byText.get(key) ?? [] : [],
      };
    });
}

/** Original line numbers that some tailored line uses. */
export function usedSources(lines: TailoredLine[]): Set<number> {
  const s = new Set<number>();
  for (const l of lines) for (const n of l.sources) s.add(n);
  return s;
}
