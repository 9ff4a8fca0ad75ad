import { normalizeLine } from './lines';
import type { Tailoring, UnsupportedLine } from './types';

/** A revision's unsupported lines by their words (normalizeLine), to mark the line that has them. */
export function unsupportedByLine(tailoring: Tailoring | null | undefined): Map<string, string[]> {
  const m = new Map<string, string[]>();
  const list = tailoring?.unsupported;
  if (!Array.isArray(list)) return m;
  for (const u of list as UnsupportedLine[]) {
    if (!u || typeof u.text !== 'string') continue;
    const key = normalizeLine(u.text);
    if (!key) continue;
    const claims = Array.isArray(u.claims) ? u.claims.filter((c) => typeof c === 'string' && c.trim()) : [];
    m.set(key, [...(m.get(key) ?? []), ...claims]);
  }
  return m;
}

/** "not found in your résumé: 12 years, Python", or without claims when the api named none. */
export const unsupportedText = (claims: string[]) =>
  claims.length ? `not found in your résumé: ${claims.join(', ')}` : 'not found in your résumé';
