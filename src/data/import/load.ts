/**
 * The load: one CREATE TABLE AS over the file (typed values, markers for values not understood,
 * and the row status `_o`). The fast way first when the plan has one (read_csv types the dates; see
 * ReaderTyping); the text way when that fails, sets a row aside for a value it cannot read, or may
 * have read a word as a date.
 */
import { ident } from '../dbTypes';
import { NotUtf8Error, ParallelReadError, rejectIsEncoding } from '../errors';
import { rowStatusSql, type Fixup, type ReaderTyping } from './plan';
import { dropRejects, readRejects, type Rejected } from './source';
import type { Staging } from './staging';

export interface Loaded {
  /** records the reader set aside (read_csv's rejects table) */
  rejects: Rejected[];
  /** the fast load's corrections still to screen (none after the text load) */
  fixups: Fixup[];
}

async function createStaging(s: Staging, typed: string[], post: string[], from: string, spaced: string[]): Promise<void> {
  const rc = s.ordinalColumn ? '_r, ' : '';
  await s.db.exec(`CREATE TABLE ${s.S} AS
    SELECT ${rc}${post.join(', ')}, ${rowStatusSql(s.rawCols, s.inp.headers.length, spaced)} AS _o
    FROM (SELECT ${rc}${typed.join(', ')}, ${s.rawCols.join(', ')} FROM ${from})`);
}

/** The rejects of the load; a bad byte sequence in bytes not checked as UTF-8 throws NotUtf8Error. */
async function rejectsOf(s: Staging): Promise<Rejected[]> {
  const rejects = await readRejects(s.db, s.inp.src);
  const bad = s.inp.utf8Unchecked ? rejects.find((r) => rejectIsEncoding(r.error)) : undefined;
  if (bad) throw new NotUtf8Error(bad.error);
  return rejects;
}

/** Whether a date read by read_csv may have been a word strptime reads as a date ('epoch', 'infinity' → 1900-01-01 or 1970-01-01). */
async function wordDates(s: Staging, dates: string[]): Promise<boolean> {
  const suspect = dates.filter((c) => s.stats.fires({ stats: c, when: 'below', value: '1970-01-02' }));
  if (!suspect.length) return false;
  const [r] = await s.db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM ${s.S} WHERE ${suspect.map((c) => `${ident(c)} IN (DATE '1900-01-01', DATE '1970-01-01')`).join(' OR ')}`);
  return Number(r.n) > 0;
}

/**
 * The fast load, or null when it is given up (its tables dropped). Any failure of it gives it up:
 * it is an optimisation, and the text load that follows reads every file it could.
 */
async function typedLoad(s: Staging, reader: ReaderTyping): Promise<Loaded | null> {
  try {
    await createStaging(s, reader.typed, reader.post, s.inp.fromTyped!, reader.spaced);
  } catch (e) {
    await dropRejects(s.db, s.inp.src);
    // (the text load would meet it too: the caller reads the file again serially)
    if (e instanceof ParallelReadError) throw e;
    return null;
  }
  s.inp.clock.lap('load');
  const rejects = await rejectsOf(s);
  await s.stats.read(s.db);
  if (rejects.some((r) => r.type === 'CAST') || await wordDates(s, reader.dates)) {
    await s.db.exec(`DROP TABLE ${s.S}`);
    await dropRejects(s.db, s.inp.src);
    return null;
  }
  s.inp.steps.typedDates = reader.dates.length;
  return { rejects, fixups: reader.fixups };
}

/** The load, and the column statistics of what it wrote (Staging.stats). */
export async function loadStaging(s: Staging): Promise<Loaded> {
  const fast = s.reader ? await typedLoad(s, s.reader) : null;
  if (fast) return fast;
  await createStaging(s, s.plan.typed, s.plan.post, s.inp.from, []);
  s.inp.clock.lap(s.reader ? 'loadText' : 'load');
  const rejects = await rejectsOf(s);
  await s.stats.read(s.db);
  s.inp.steps.typedDates = 0;
  return { rejects, fixups: [] };
}
