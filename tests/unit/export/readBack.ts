/** Reading the exported files back, as a user's spreadsheet / presentation program would (tests only). */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows from `from` (1-based) as arrays of cell values (index 0 = column A). */
export function sheetRows(ws: ExcelJS.Worksheet, from = 1): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  for (let i = from; i <= ws.rowCount; i++) {
    const r = ws.getRow(i);
    const vals: ExcelJS.CellValue[] = [];
    for (let c = 1; c <= Math.max(r.cellCount, ws.columnCount); c++) vals.push(r.getCell(c).value);
    out.push(vals);
  }
  return out;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1])).join('');

export interface SlideText {
  /** text of each paragraph outside tables */
  paragraphs: string[];
  /** every table on the slide: rows × cells of text */
  tables: string[][][];
  xml: string;
}

/** The slides of a .pptx in order, with their texts (unzipped, XML read as PowerPoint stores it). */
export function pptxSlides(bytes: Uint8Array): SlideText[] {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return names.map((n) => {
    const xml = strFromU8(files[n]);
    const tables = [...xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)].map((t) =>
      [...t[1].matchAll(/<a:tr\b[\s\S]*?<\/a:tr>/g)].map((tr) => [...tr[0].matchAll(/<a:tc\b[\s\S]*?<\/a:tc>/g)].map((tc) => runs(tc[0]).trim())));
    const outside = xml.replace(/<a:tbl>[\s\S]*?<\/a:tbl>/g, '');
    const paragraphs = [...outside.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => runs(p[1]).trim()).filter(Boolean);
    return { paragraphs, tables, xml };
  });
}

/** All entries of a zip (to check the package itself). */
export function zipEntries(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}
