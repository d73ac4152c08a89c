import { describe, expect, it } from 'vitest';
import { decodeFast, decodeToUtf8, FAST_DECODE_MIN, headText, plainBytes, sniffTable } from '@/domain/import/sniff';
import { resolveColumns } from '@/domain/import/headers';
import { ImportRefused } from '@/domain/import/types';

const text = 'complaint_id,district\nA1,भोपाल\n';
const utf8 = new TextEncoder().encode(text);
function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const all = (bom ? '\uFEFF' : '') + s;
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('decodeToUtf8', () => {
  it.each([
    ['utf-8', utf8, 'utf-8'],
    ['utf-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8-bom'],
    ['utf-16le BOM', utf16(text, false, true), 'utf-16le'],
    ['utf-16be BOM', utf16(text, true, true), 'utf-16be'],
    ['utf-16le no BOM', utf16(text, false, false), 'utf-16le'],
    ['utf-16be no BOM', utf16(text, true, false), 'utf-16be'],
  ])('%s', (_, bytes, enc) => {
    const d = decodeToUtf8('f.csv', bytes);
    expect(d.encoding).toBe(enc);
    expect(new TextDecoder().decode(d.bytes)).toBe(text);
  });

  it('reads Windows-1252 text that is not UTF-8', () => {
    const d = decodeToUtf8('f.csv', new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x2c, 0x31, 0x0a]));
    expect(d.encoding).toBe('windows-1252');
    expect(new TextDecoder().decode(d.bytes)).toBe('a,b\nCafé,1\n');
  });

  it('keeps a mostly-UTF-8 file, replacing a broken byte and saying so', () => {
    const d = decodeToUtf8('f.csv', new Uint8Array([...new TextEncoder().encode('a,b\nभ,'), 0xff, 0x0a]));
    expect(new TextDecoder().decode(d.bytes)).toBe('a,b\nभ,\uFFFD\n');
    expect(d.notes[0]).toMatch(/1 byte sequence/);
  });

  it.each([
    ['empty', new Uint8Array(), /empty/],
    ['binary', new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0xff, 0x10, 0x00, 0x05]), /binary/],
    ['old xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /xls/],
    ['pdf', new TextEncoder().encode('%PDF-1.4\x00\x01\x02\x03'), /PDF/],
  ])('refuses %s', (_, bytes, msg) => {
    expect(() => decodeToUtf8('f.bin', bytes)).toThrow(ImportRefused);
    expect(() => decodeToUtf8('f.bin', bytes)).toThrow(msg);
  });
});

describe('sniffTable', () => {
  it.each([
    [',', 'complaint_id,district,status\n1,Bhopal,open\n2,Indore,closed\n'],
    [';', 'complaint_id;district;status\n1;Bhopal;open\n2;"Indore; city";closed\n'],
    ['\t', 'complaint_id\tdistrict\tstatus\n1\tBhopal\topen\n'],
    ['|', 'complaint_id|district|status\n1|Bhopal|open\n'],
    [';', 'id;amount\n1;1,5\n2;2,5\n'],
  ])('delimiter %j', (delim, csv) => {
    expect(sniffTable('f', csv, '', 'complaints').delimiter).toBe(delim);
  });

  it('finds the header under title lines', () => {
    const csv = 'CM Helpline report\nGenerated 01-02-2024\n\nशिकायत क्रमांक,जिला,विभाग\nA1,भोपाल,Health\n';
    const s = sniffTable('f', csv, '', 'complaints');
    expect(s.headerLine).toBe(3);
    expect(s.headers).toEqual(['शिकायत क्रमांक', 'जिला', 'विभाग']);
    expect(s.sample).toEqual([['A1', 'भोपाल', 'Health']]);
  });

  it('refuses a header with no data rows', () => {
    expect(() => sniffTable('f.csv', 'complaint_id,district\n', '', 'complaints')).toThrow(/no data rows/);
  });

  it('cuts the head sample at a complete line', () => {
    const b = new TextEncoder().encode('a,b\n' + '1,2\n'.repeat(100));
    expect(headText(b, 10)).toBe('a,b\n1,2');
  });
});

describe('resolveColumns', () => {
  const cols = ['complaint_id', 'registered_on', 'district', 'department', 'status', 'closed_on'];
  const req = ['complaint_id', 'registered_on', 'district', 'department', 'status'];
  it.each([
    [['शिकायत क्रमांक', 'दिनांक', 'जिला', 'विभाग', 'स्थिति'], { complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4 }],
    [['शिकायत संख्या', 'पंजीयन दिनांक', 'जिला', 'विभाग', 'स्थिति'], { complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4 }],
    [['CASE_ENQUIRY_ID', 'open_dt', 'District', 'Department', 'case_status', 'closed_dt'], { complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4, closed_on: 5 }],
    [['Complaint ID', 'Registered On', 'DISTRICT NAME', 'dept', 'Status'], { complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4 }],
    // an exact canonical name beats an alias elsewhere
    [['date', 'registered_on', 'district', 'department', 'status', 'complaint_id'], { complaint_id: 5, registered_on: 1, district: 2, department: 3, status: 4 }],
  ])('%o', (headers, want) => {
    expect(resolveColumns('f', headers, 'complaints', cols, req).index).toEqual(want);
  });

  it('mapping wins and names a missing header', () => {
    const r = resolveColumns('f', ['ID', 'WHEN', 'WHERE', 'WHO', 'STATE'], 'complaints', cols, req,
      { columns: { complaint_id: 'ID', registered_on: 'when', district: 'WHERE', department: 'WHO', status: 'STATE' } });
    expect(r.index).toEqual({ complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4 });
    expect(() => resolveColumns('f.csv', ['ID'], 'complaints', cols, req, { columns: { district: 'ZILA' } }))
      .toThrow('f.csv: mapped column "ZILA" for district not found (headers: ID)');
  });

  it('refuses a missing required column, naming file, column and headers', () => {
    expect(() => resolveColumns('complaints.csv', ['complaint_id', 'registered_on', 'department', 'status'], 'complaints', cols, req))
      .toThrow('complaints.csv: required column "district" not found (headers: complaint_id, registered_on, department, status)');
  });
});

describe('decodeFast (big files)', () => {
  const big = (head: number[] = [], fill = 0x61) => {
    const b = new Uint8Array(FAST_DECODE_MIN + 10).fill(fill);
    for (let i = 99; i < b.length; i += 100) b[i] = 0x0a;
    b.set(head, 0);
    return b;
  };
  it('small files take the full decode', () => {
    expect(decodeFast(new TextEncoder().encode('a,b\n1,2\n'))).toBeNull();
  });
  it('UTF-8 passes undecoded; a UTF-8 BOM is cut off', () => {
    const plainUtf8 = big();
    expect(decodeFast(plainUtf8)?.bytes).toBe(plainUtf8);
    const withBom = decodeFast(big([0xef, 0xbb, 0xbf]));
    expect(withBom?.encoding).toBe('utf-8-bom');
    expect(withBom?.bytes.length).toBe(FAST_DECODE_MIN + 7);
  });
  it('UTF-16, binary and a head that is not UTF-8 take the full decode', () => {
    expect(decodeFast(big([0xff, 0xfe]))).toBeNull();
    expect(decodeFast(big([0x61, 0x00, 0x62, 0x00], 0x00))).toBeNull();
    expect(decodeFast(big([0x61, 0xe9, 0x62]))).toBeNull();
  });
});

describe('plainBytes', () => {
  const b = (s: string) => new TextEncoder().encode(s);
  it.each<[string, string, boolean]>([
    ['plain LF', 'a,b\n1,2\n3,4\n', true],
    ['plain CRLF', 'a,b\r\n1,2\r\n', true],
    ['a quote', 'a,b\n"1",2\n', false],
    ['blank line LF', 'a,b\n1,2\n\n3,4\n', false],
    ['blank line CRLF', 'a,b\r\n1,2\r\n\r\n3,4\r\n', false],
    ['blank line CR', 'a,b\r1,2\r\r3,4\r', false],
  ])('%s', async (_l, text, plain) => {
    expect(await plainBytes(b(text))).toBe(plain);
    // the same with tiny slices: a blank line or quote across a slice cut is still seen
    for (const slice of [1, 2, 3, 5]) expect(await plainBytes(b(text), slice)).toBe(plain);
  });
});
