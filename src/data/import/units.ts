/** District (unit) names of an import: matched once per distinct name, reported when unknown. */
import { ident, lit, type Db } from '../dbTypes';
import { matchDistrict, suggestDistrict } from '../../domain/geo/matchDistrict';
import { districtListFor } from '../../domain/geo/states';
import type { ImportIssue, UnknownDistrict } from '../../domain/import/types';
import type { Plan } from './plan';
import { fileRow, FIRST_ROWS, type RowMap } from './rows';

export async function matchUnits(
  db: Db, plan: Plan, stg: string, issues: ImportIssue[], rowMap: () => Promise<RowMap>, R: (a?: string) => string, live: string, rejCond: string,
  tally: Map<string, number> | null,
): Promise<{ unknownDistricts: UnknownDistrict[]; units: string[] }> {
  if (!plan.unitColumn) return { unknownDistricts: [], units: [] };
  const S = ident(stg);
  const u = ident(plan.unitColumn);
  const kept = rejCond === 'FALSE' ? 'count(*)' : `count(*) FILTER (WHERE NOT ${rejCond})`;
  const names = tally ? [...tally].map(([name, n]) => ({ name, n, kept: n })) : await db.query<{ name: string; n: number; kept: number }>(
    `SELECT ${u} AS name, count(*)::INTEGER AS n, ${kept}::INTEGER AS kept FROM ${S} WHERE ${live} AND ${u} IS NOT NULL GROUP BY 1`);
  // Matched against the dataset's state preset when the import names one, else the state most of
  // the names belong to (mp, uk, hr), else Madhya Pradesh's: never another state's names in a file.
  const list = districtListFor(names.map((x) => x.name), plan.state);
  // Units among rows not rejected row by row (a duplicate's unit is counted; it never adds a new one in practice).
  const units = [...new Set(names.filter((x) => x.kept > 0).map((x) => matchDistrict(x.name, list)?.name ?? x.name))].sort((a, b) => a.localeCompare(b));
  const renames: [string, string][] = [];
  const unknown: { name: string; n: number }[] = [];
  for (const { name, n } of names) {
    const d = matchDistrict(name, list);
    if (!d) unknown.push({ name, n });
    else if (d.name !== name) renames.push([name, d.name]);
  }
  let unknownDistricts: UnknownDistrict[] = [];
  const flag = unknown.length && (plan.unknownPolicy === 'always' || unknown.length < names.length);
  if (flag) {
    unknownDistricts = unknown.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
      .map(({ name, n }) => ({ name, count: n, suggestion: suggestDistrict(name, list)?.district.name ?? null }));
    const names = unknown.map((x) => lit(x.name)).join(', ');
    const [r] = await db.query<{ n: number; rows: number[] }>(
      `SELECT count(*)::INTEGER AS n, min(${R()}, ${FIRST_ROWS})::INTEGER[] AS rows FROM ${S} WHERE ${live} AND ${u} IN (${names})`);
    const map = await rowMap();
    issues.push({ kind: 'unknown_district', severity: 'warning', count: r.n, rows: (r.rows ?? []).map((o) => fileRow(map, o)), column: plan.unitColumn,
      detail: 'not in the district list; row kept' });
  }
  if (renames.length) {
    await db.exec(`UPDATE ${S} SET ${u} = m.canon FROM (VALUES ${renames.map(([a, b]) => `(${lit(a)}, ${lit(b)})`).join(', ')}) m(raw, canon) WHERE ${S}.${u} = m.raw`);
  }
  return { unknownDistricts, units };
}

