/**
 * Header aliases (English and Hindi) and the header → canonical column resolution.
 * Matching is on `nameKey`: case, spaces, underscores and punctuation do not matter.
 */
import { nameKey } from './text';
import { ImportRefused, type ColumnMapping, type ImportTable } from './types';

/** Canonical column → accepted headers (the canonical name itself always matches first). */
export const COMPLAINT_HEADER_ALIASES: Record<string, string[]> = {
  complaint_id: ['complaint id', 'complaint no', 'complaint number', 'grievance id', 'grievance no', 'grievance number',
    'case id', 'case no', 'case_enquiry_id', 'docket no', 'docket number', 'token no', 'registration no', 'id',
    'शिकायत क्रमांक', 'शिकायत संख्या', 'शिकायत नंबर', 'शिकायत नम्बर', 'शिकायत आईडी', 'शिकायत क्र', 'शिकायत क्र.'],
  registered_on: ['registered on', 'registration date', 'date of registration', 'complaint date', 'received date',
    'date received', 'received on', 'open_dt', 'opened on', 'open date', 'created date', 'created on', 'created_at', 'date',
    'दिनांक', 'पंजीयन दिनांक', 'पंजीकरण दिनांक', 'पंजीयन तिथि', 'शिकायत दिनांक', 'दर्ज दिनांक', 'प्राप्ति दिनांक', 'तिथि'],
  district: ['district name', 'dist', 'district_name', 'zila', 'जिला', 'जिले का नाम', 'जिला नाम', 'ज़िला'],
  department: ['dept', 'department name', 'department_name', 'विभाग', 'विभाग का नाम', 'विभाग नाम'],
  source: ['channel', 'mode', 'complaint source', 'source of complaint', 'स्रोत', 'माध्यम', 'शिकायत का माध्यम'],
  block: ['block name', 'block/ulb', 'ulb', 'urban body', 'tehsil', 'विकासखंड', 'विकास खंड', 'ब्लॉक', 'जनपद', 'नगरीय निकाय'],
  category: ['subject', 'complaint type', 'complaint category', 'विषय', 'श्रेणी', 'शिकायत का प्रकार', 'शिकायत का विषय'],
  complainant_id: ['complainant', 'citizen id', 'caller id', 'mobile hash', 'phone hash', 'आवेदक आईडी', 'शिकायतकर्ता आईडी'],
  officer_id: ['l1 officer id', 'officer code', 'अधिकारी आईडी', 'अधिकारी कोड'],
  officer_name: ['l1 officer', 'l1 officer name', 'officer', 'अधिकारी', 'अधिकारी का नाम', 'अधिकारी नाम'],
  current_level: ['level', 'current level', 'escalation level', 'लेवल', 'स्तर', 'वर्तमान स्तर'],
  attended_on: ['attended date', 'first action date', 'action date', 'attended', 'कार्यवाही दिनांक', 'प्रथम कार्यवाही दिनांक'],
  status: ['case_status', 'complaint status', 'current status', 'स्थिति', 'शिकायत की स्थिति', 'वर्तमान स्थिति'],
  closed_on: ['closed_dt', 'closed date', 'closure date', 'date closed', 'disposal date', 'disposed on', 'resolved on',
    'निराकरण दिनांक', 'बंद दिनांक', 'समाधान दिनांक', 'निराकरण तिथि'],
  closure_type: ['closure kind', 'closure category', 'disposal type', 'closing type', 'निराकरण का प्रकार', 'बंद करने का प्रकार'],
  quality: ['closure quality', 'quality audit', 'गुणवत्ता'],
  feedback: ['citizen feedback', 'फीडबैक', 'प्रतिक्रिया', 'फ़ीडबैक'],
  atr_uploaded_on: ['atr date', 'atr uploaded', 'action taken report date', 'एटीआर दिनांक',
    'atr upload date', 'atr uploaded on', 'एटीआर अपलोड दिनांक', 'कार्यवाही रिपोर्ट दिनांक'],
  reopened: ['reopen', 'reopen count', 'reopened count', 'पुनः खोली गई'],
};

export const INDICATOR_HEADER_ALIASES: Record<string, string[]> = {
  period: ['month', 'year_month', 'yearmonth', 'माह', 'अवधि', 'महीना'],
  unit: ['district', 'district name', 'जिला', 'इकाई', 'unit name'],
  parameter_id: ['parameter', 'parameter code', 'indicator', 'indicator_id', 'indicator code', 'param', 'पैरामीटर', 'मापदंड', 'सूचकांक'],
  value: ['achievement', 'actual', 'उपलब्धि', 'मान', 'प्राप्ति'],
  target: ['लक्ष्य', 'goal'],
};

export const PARAMETER_HEADER_ALIASES: Record<string, string[]> = {
  id: ['parameter_id', 'parameter id', 'code', 'parameter code', 'indicator_id'],
  name_en: ['name', 'name (english)', 'english name', 'parameter name', 'नाम (अंग्रेज़ी)'],
  name_hi: ['name (hindi)', 'hindi name', 'नाम', 'हिंदी नाम', 'नाम (हिंदी)'],
  department: ['dept', 'विभाग'],
  unit: ['unit of measure', 'uom', 'इकाई'],
  direction: ['polarity', 'better', 'दिशा'],
};

export const HEADER_ALIASES: Record<ImportTable, Record<string, string[]>> = {
  complaints: COMPLAINT_HEADER_ALIASES,
  indicators: INDICATOR_HEADER_ALIASES,
  parameters: PARAMETER_HEADER_ALIASES,
};

/** How many headers of a row look like known column names (used to find the header row). */
export function headerScore(cells: string[], table: ImportTable): number {
  const known = new Set<string>();
  for (const [col, aliases] of Object.entries(HEADER_ALIASES[table])) for (const a of [col, ...aliases]) known.add(nameKey(a));
  return cells.filter((c) => known.has(nameKey(c))).length;
}

export interface ResolvedColumns {
  /** canonical column → index of the header it is read from */
  index: Record<string, number>;
  /** headers feeding no canonical column */
  ignored: string[];
}

/**
 * Resolve headers to canonical columns: mapping first (exact header, then key match), then the
 * canonical name, then aliases in their listed order. A header feeds at most one column.
 * Throws ImportRefused when a mapped header is absent or a required column is not found.
 */
export function resolveColumns(
  file: string, headers: string[], table: ImportTable, columns: readonly string[], required: readonly string[],
  mapping?: ColumnMapping,
): ResolvedColumns {
  const keys = headers.map(nameKey);
  const used = new Set<number>();
  const index: Record<string, number> = {};
  const list = () => headers.map((h) => h || '(blank)').join(', ');
  for (const [col, header] of Object.entries(mapping?.columns ?? {})) {
    if (!columns.includes(col)) throw new ImportRefused(file, `mapping names unknown column "${col}" (known: ${columns.join(', ')})`, col);
    let i = headers.findIndex((h, j) => !used.has(j) && h === header);
    if (i < 0) i = keys.findIndex((k, j) => !used.has(j) && k === nameKey(header));
    if (i < 0) throw new ImportRefused(file, `mapped column "${header}" for ${col} not found (headers: ${list()})`, header);
    index[col] = i;
    used.add(i);
  }
  const aliases = HEADER_ALIASES[table];
  // Pass 1: exact canonical names; pass 2: aliases. So "district" beats "district name" for district.
  for (const pass of [0, 1]) {
    for (const col of columns) {
      if (col in index) continue;
      const names = pass === 0 ? [col] : aliases[col] ?? [];
      for (const n of names) {
        const i = keys.findIndex((k, j) => !used.has(j) && k === nameKey(n));
        if (i >= 0) { index[col] = i; used.add(i); break; }
      }
    }
  }
  for (const col of required) {
    if (!(col in index)) throw new ImportRefused(file, `required column "${col}" not found (headers: ${list()})`, col);
  }
  return { index, ignored: headers.filter((_, j) => !used.has(j)) };
}
