/**
 * Column mappings kept by name in localStorage, and their JSON (the shape of
 * shared/schemas/mapping.schema.json: {table?, columns, values?, dateFormat?}) for export/import.
 */
import { z } from 'zod';
import { checkTextSize, LIMITS } from '../domain/limits';
import type { ColumnMapping } from '../domain/import/types';

const KEY = 'samiksha.mappings';

const MappingSchema = z.object({
  table: z.enum(['complaints', 'indicators']).optional(),
  columns: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).optional(),
  dateFormat: z.string().optional(),
});

export interface SavedMapping { name: string; mapping: ColumnMapping; savedAt: string }

/** Minimal Storage (localStorage in the app, a Map in tests). */
export interface KeyValue { getItem(k: string): string | null; setItem(k: string, v: string): void }

/** A mapping as its JSON file: only the keys of the schema, empty parts left out. */
export function cleanMapping(m: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = { columns: {} };
  if (m.table) out.table = m.table;
  for (const [c, h] of Object.entries(m.columns)) if (h) out.columns[c] = h;
  const values: NonNullable<ColumnMapping['values']> = {};
  for (const [c, map] of Object.entries(m.values ?? {})) if (Object.keys(map).length) values[c] = { ...map };
  if (Object.keys(values).length) out.values = values;
  if (m.dateFormat) out.dateFormat = m.dateFormat;
  return out;
}

export function mappingToJson(m: ColumnMapping): string {
  return JSON.stringify(cleanMapping(m), null, 2) + '\n';
}

/** Parse and check a mapping JSON file; throws an Error naming the first problem. */
export function parseMappingJson(text: string): ColumnMapping {
  checkTextSize('the mapping file', text.length, LIMITS.mappingBytes);
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { throw new Error(`not JSON: ${(e as Error).message}`, { cause: e }); }
  const r = MappingSchema.safeParse(raw);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(`${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return cleanMapping(r.data as ColumnMapping);
}

export function loadMappings(kv: KeyValue): SavedMapping[] {
  try {
    const list = JSON.parse(kv.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(list)) return [];
    const out: SavedMapping[] = [];
    for (const x of list) {
      const r = MappingSchema.safeParse((x as SavedMapping)?.mapping);
      if (r.success && typeof x.name === 'string' && x.name) out.push({ name: x.name, mapping: cleanMapping(r.data as ColumnMapping), savedAt: String(x.savedAt ?? '') });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}

function store(kv: KeyValue, list: SavedMapping[]): void {
  kv.setItem(KEY, JSON.stringify(list));
}

/** Save (or replace) a mapping under `name`; returns the new list. */
export function saveMapping(kv: KeyValue, name: string, mapping: ColumnMapping, now = new Date()): SavedMapping[] {
  const n = name.trim();
  if (!n) throw new Error('a mapping needs a name');
  const list = loadMappings(kv).filter((m) => m.name !== n);
  list.push({ name: n, mapping: cleanMapping(mapping), savedAt: now.toISOString() });
  store(kv, list);
  return loadMappings(kv);
}

export function deleteMapping(kv: KeyValue, name: string): SavedMapping[] {
  store(kv, loadMappings(kv).filter((m) => m.name !== name));
  return loadMappings(kv);
}
