import { checkDescription, checkFile, fileKind, formatBytes, MAX_BYTES } from './validate';

const f = (name: string, size = 1000, type = '') => ({ name, size, type });

describe('checkFile', () => {
  it('accepts PDF, DOCX, Markdown and text', () => {
    for (const n of ['cv.pdf', 'CV.PDF', 'cv.docx', 'cv.md', 'cv.markdown', 'cv.txt']) expect(checkFile(f(n))).toEqual([]);
  });
  it('refuses other types, empty and oversized files', () => {
    expect(checkFile(f('photo.png'))[0]).toMatch(/not a PDF/);
    expect(checkFile(f('old.doc'))[0]).toMatch(/not a PDF/);
    expect(checkFile(f('cv.pdf', 0))[0]).toMatch(/empty/);
    expect(checkFile(f('cv.pdf', MAX_BYTES + 1))[0]).toMatch(/5\.0 MB; the limit is 5 MB/);
    expect(checkFile(f('cv.pdf', MAX_BYTES))).toEqual([]);
  });
  it('asks for a file when none is chosen', () => {
    expect(checkFile(null)[0]).toMatch(/Choose your résumé/);
  });
  it('uses the MIME type only when the name has no extension', () => {
    expect(fileKind(f('resume', 1, 'application/pdf'))).toBe('PDF');
    expect(fileKind(f('resume.exe', 1, 'application/pdf'))).toBeNull();
  });
});

describe('checkDescription', () => {
  it('needs a real description of at most 20,000 characters', () => {
    expect(checkDescription('   ')[0]).toMatch(/Paste/);
    expect(checkDescription('Java dev')[0]).toMatch(/too short/);
    expect(checkDescription('x'.repeat(20_001))[0]).toMatch(/20,001 characters; the limit is 20,000/);
    expect(checkDescription('We are looking for a senior Java engineer with Kafka experience.')).toEqual([]);
  });
});

it('formats sizes', () => {
  expect(formatBytes(512)).toBe('512 B');
  expect(formatBytes(2048)).toBe('2.0 KB');
  expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
});
