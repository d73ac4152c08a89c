/**
 * `samiksha rollup --complaints FILES... --out FILE.duckdb [--map FILE] [--l1-days 7] [--total-days 7,31]
 * [--habitual-floor 10] [--pending-over 50]`: reads a year of monthly exports (CSV, .csv.gz, many
 * files; the same importer and quarantine rules as `score`, a complaint_id seen in an earlier file
 * is kept from that file) and writes the compact read-only database the app opens (docs/scale.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { CliInputError } from '../errors';
import { createCliDb } from '../engine';
import { importInto, readMapping } from '../inputs';
import { writeRollup } from '@/data/rollupBuild';

interface Opts { complaints: string[]; out: string; map?: string; l1Days: number[]; totalDays: number[]; habitualFloor: number; pendingOver: number; force?: boolean }

function dayList(v: string): number[] {
  const xs = v.split(',').map((x) => x.trim());
  if (!xs.every((x) => /^\d+$/.test(x))) throw new InvalidArgumentError('expected whole numbers of days, comma-separated (e.g. 7,31)');
  return xs.map(Number);
}

function whole(v: string): number {
  if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
}

export interface RollupResult { files: number; rows: number; quarantined: number; factRows: number; districtRows: number; pendingRows: number; bytes: number; ms: number }

export async function runRollup(o: Opts): Promise<RollupResult> {
  const t0 = performance.now();
  const out = path.resolve(o.out);
  if (fs.existsSync(out)) {
    if (!o.force) throw new CliInputError(`${o.out}: exists already (give --force to replace it)`);
    fs.rmSync(out);
    fs.rmSync(`${out}.wal`, { force: true });
  }
  const mapping = readMapping(o.map);
  const db = await createCliDb();
  try {
    if (db.engine !== 'native') throw new CliInputError('rollup writes a database file: it needs the native engine (do not give --engine wasm)');
    let quarantined = 0;
    for (let i = 0; i < o.complaints.length; i++) {
      const report = await importInto(db, o.complaints[i], 'complaints', mapping);
      quarantined += report.rejected;
      if (o.complaints.length === 1) break;
      // many files: the first file's row of a complaint_id is kept, as within one file
      if (i === 0) await db.exec('CREATE TEMP TABLE _rollup_all AS SELECT * FROM complaints');
      else await db.exec('INSERT INTO _rollup_all SELECT c.* FROM complaints c ANTI JOIN _rollup_all a ON a.complaint_id = c.complaint_id');
    }
    if (o.complaints.length > 1) await db.exec('DROP TABLE complaints; CREATE TABLE complaints AS SELECT * FROM _rollup_all; DROP TABLE _rollup_all');
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM complaints');
    if (n === 0) throw new CliInputError('no complaint could be loaded from the files given');
    await writeRollup(db, out, { l1Days: o.l1Days, totalDays: o.totalDays, habitualFloor: o.habitualFloor, pendingOverDays: o.pendingOver },
      { files: o.complaints.map((f) => path.basename(f)).join(', '), quarantined: String(quarantined), built: new Date().toISOString().slice(0, 10) });
    await db.exec(`ATTACH '${out.replaceAll("'", "''")}' AS _chk (READ_ONLY)`);
    const [c] = await db.query<{ f: number; d: number; p: number }>(`SELECT
      (SELECT count(*) FROM _chk.rollup_received) + (SELECT count(*) FROM _chk.rollup_closed) + (SELECT count(*) FROM _chk.rollup_stock) AS f,
      (SELECT count(*) FROM _chk.rollup_received_d) + (SELECT count(*) FROM _chk.rollup_closed_d) + (SELECT count(*) FROM _chk.rollup_stock_d) AS d,
      (SELECT count(*) FROM _chk.rollup_pending) AS p`);
    await db.exec('DETACH _chk');
    return { files: o.complaints.length, rows: n, quarantined, factRows: c.f, districtRows: c.d, pendingRows: c.p, bytes: fs.statSync(out).size, ms: Math.round(performance.now() - t0) };
  } catch (e) {
    fs.rmSync(out, { force: true });
    throw e;
  } finally {
    db.close();
  }
}

export function rollupCommand(): Command {
  return new Command('rollup')
    .description('write a compact read-only database (unit × month × department × officer counts, named pending list) that the app opens and scores exactly as the rows')
    .requiredOption('--complaints <files...>', 'complaints exports (CSV/TSV/XLSX, .gz; e.g. one a month)')
    .requiredOption('--out <file>', 'the .duckdb file to write')
    .option('--map <file>', 'column mapping JSON for the complaints files')
    .option('--l1-days <days>', 'L1 time limits to answer non_attended_rate for', dayList, [7])
    .option('--total-days <days>', 'all-levels time limits to answer overdue_rate for', dayList, [7, 31])
    .option('--habitual-floor <n>', 'habitual-complainant exclusion answered for thresholds of n or more', whole, 10)
    .option('--pending-over <days>', 'name the complaints pending over this many days at the last month end', whole, 50)
    .option('--force', 'replace --out if it exists')
    .action(async (opts: Opts) => {
      const r = await runRollup(opts);
      process.stdout.write(`rollup: ${r.rows} complaints from ${r.files} file(s) (${r.quarantined} quarantined) → ${opts.out}: ` +
        `${r.factRows} count rows (${r.districtRows} at district grain), ${r.pendingRows} pending complaints named, ${(r.bytes / 1e6).toFixed(1)} MB in ${r.ms} ms\n`);
    });
}
