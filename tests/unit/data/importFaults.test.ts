import { describe, it, expect } from 'vitest';
import { importFault } from '@/data/importFaults';

describe('import faults named from the error, not guessed', () => {
  it.each([
    [new DOMException('A requested file or directory could not be found at the time an operation was processed.', 'NotFoundError'), 'fileGone'],
    [new DOMException('The requested file could not be read', 'NotReadableError'), 'fileGone'],
    [new Error('IO Error: NotReadableError: The requested file could not be read, typically due to permission problems'), 'fileGone'],
    [new Error('Out of Memory Error: failed to allocate data of size 256.0 MiB (3.9 GiB/4.0 GiB used)'), 'outOfMemory'],
    [new RangeError('Array buffer allocation failed'), 'outOfMemory'],
    [new Error('RuntimeError: memory access out of bounds'), 'outOfMemory'],
    [new Error('Conversion Error: Could not convert string'), null],
    [new RangeError('Maximum call stack size exceeded'), null],
  ])('%s → %s', (e, want) => expect(importFault(e)).toBe(want));
});
