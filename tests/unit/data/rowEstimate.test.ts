import { describe, it, expect } from 'vitest';
import { estimateRows, rowsAt } from '@/data/import/rowEstimate';

const enc = (s: string) => new TextEncoder().encode(s);

describe('rows of a file estimated from its first bytes', () => {
  it.each([
    ['whole file, trailing newline', 'a,b\n1,2\n3,4\n', false, 0, 2],
    ['whole file, no trailing newline', 'a,b\n1,2\n3,4', false, 0, 2],
    ['header only', 'a,b\n', false, 0, 0],
    // 12 bytes hold 3 lines; a 1,200-byte file holds ~300 lines, one of them the header
    ['first part of a bigger file', 'a,b\n1,2\n3,4\n', true, 1200, 299],
  ])('%s', (_n, text, partial, size, want) => {
    expect(estimateRows(enc(text as string), partial as boolean, size as number)).toBe(want);
  });
  it('empty → 0', () => expect(estimateRows(new Uint8Array(0), false, 0)).toBe(0));
  it.each([[0, 1000, 0], [50, 1000, 500], [100, 1000, 1000], [130, 1000, 1000], [-5, 1000, 0]])('%s%% of %s → %s rows', (p, n, want) => {
    expect(rowsAt(p, n)).toBe(want);
  });
});
