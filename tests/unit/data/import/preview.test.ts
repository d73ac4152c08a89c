import { describe, it, expect } from 'vitest';
import { previewBytes, previewDateFormats, previewError, PREVIEW_BYTES } from '@/data/import/preview';
import { resolveMapping } from '@/data/import/mappingModel';
import { ImportRefused } from '@/domain/import/types';

const enc = (s: string) => new TextEncoder().encode(s);
const HINDI_CSV = 'शिकायत क्रमांक,दिनांक,जिला,विभाग,स्थिति,निराकरण दिनांक\nH1,05-01-2024,भोपाल,स्वास्थ्य,बंद,25-01-2024\nH2,13-02-2024,इंदौर,राजस्व,लंबित,\n';

describe('file preview', () => {
  it('reads Hindi headers, rows and the date format (DD-MM-YYYY)', () => {
    const p = previewBytes('h.csv', enc(HINDI_CSV), false);
    expect(p).toMatchObject({ encoding: 'utf-8', delimiter: ',', headerRow: 1, guessed: 'complaints', partial: false });
    expect(p.headers[2]).toBe('जिला');
    expect(p.rows).toEqual([['H1', '05-01-2024', 'भोपाल', 'स्वास्थ्य', 'बंद', '25-01-2024'], ['H2', '13-02-2024', 'इंदौर', 'राजस्व', 'लंबित', '']]);
    const r = resolveMapping(p.headers, 'complaints', { columns: {} });
    expect(previewDateFormats(p, r.assigned)).toEqual({ registered_on: '%d-%m-%Y', closed_on: '%d-%m-%Y' });
  });

  it('UTF-16 with BOM, semicolons, a title line', () => {
    const text = 'Report of January\ncomplaint_id;registered_on;district;department;status\nA;2024-01-01;Bhopal;Health;Open\n';
    const b = new Uint8Array(2 + text.length * 2);
    b[0] = 0xff; b[1] = 0xfe;
    for (let i = 0; i < text.length; i++) { b[2 + 2 * i] = text.charCodeAt(i); }
    const p = previewBytes('u.csv', b, false);
    expect(p).toMatchObject({ encoding: 'utf-16le', delimiter: ';', headerRow: 2 });
    expect(p.rows).toEqual([['A', '2024-01-01', 'Bhopal', 'Health', 'Open']]);
  });

  it('a partial head is cut at its last complete line (a multi-byte letter split by the cut does not matter)', () => {
    const line = 'C1,2024-01-01,भोपाल,स्वास्थ्य,Open\n';
    let text = 'complaint_id,registered_on,district,department,status\n';
    while (text.length < PREVIEW_BYTES) text += line;
    const all = enc(text);
    const head = all.subarray(0, PREVIEW_BYTES);
    const p = previewBytes('big.csv', head, true);
    expect(p.encoding).toBe('utf-8');
    expect(p.partial).toBe(true);
    expect(p.rows.every((r) => r.length === 5 && r[2] === 'भोपाल')).toBe(true);
  });

  it('guesses an indicators file and sniffs its header as one', () => {
    const p = previewBytes('i.csv', enc('माह,जिला,पैरामीटर,उपलब्धि,लक्ष्य\n2024-03,भोपाल,P1,5,10\n'), false);
    expect(p.guessed).toBe('indicators');
    expect(resolveMapping(p.headers, 'indicators', { columns: {} }).missing).toEqual([]);
  });

  it('a header-only file is refused with the importer\'s message', () => {
    let err: unknown;
    try { previewBytes('h.csv', enc('complaint_id,registered_on,district\n'), false); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ImportRefused);
    expect(previewError(err)).toBe('h.csv: the file has a header row but no data rows');
    expect(previewError(new Error('boom\nstack'))).toBe('boom');
  });
});
