export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_DESCRIPTION = 20_000;
export const ACCEPT = '.pdf,.docx,.md,.markdown,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown,text/plain';

const KINDS: Record<string, string> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  md: 'Markdown',
  markdown: 'Markdown',
  txt: 'text',
};
const MIMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'text/markdown': 'Markdown',
  'text/x-markdown': 'Markdown',
  'text/plain': 'text',
};

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** What kind of résumé this looks like, or null. The server reads the content and has the last word. */
export function fileKind(file: Pick<File, 'name' | 'type'>): string | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (KINDS[ext]) return KINDS[ext];
  if (!ext && MIMES[file.type]) return MIMES[file.type];
  return null;
}

/** Problems with the résumé file, as sentences for the user; empty when it may be sent. */
export function checkFile(file: Pick<File, 'name' | 'type' | 'size'> | null): string[] {
  if (!file) return ['Choose your résumé: a PDF, Word (DOCX), Markdown or text file.'];
  const errors: string[] = [];
  if (!fileKind(file)) {
    errors.push(`“${file.name}” is not a PDF, Word (DOCX), Markdown or text file.`);
  }
  if (file.size === 0) errors.push(`“${file.name}” is empty.`);
  else if (file.size > MAX_BYTES) {
    errors.push(`“${file.name}” is ${formatBytes(file.size)}; the limit is 5 MB.`);
  }
  return errors;
}

export function checkDescription(text: string): string[] {
  const t = text.trim();
  if (!t) return ['Paste the job description.'];
  if (text.length > MAX_DESCRIPTION) {
    return [`The job description is ${text.length.toLocaleString('en')} characters; the limit is 20,000.`];
  }
  if (t.length < 40) return ['The job description looks too short; paste the whole posting.'];
  return [];
}
