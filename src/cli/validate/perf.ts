/**
 * Import performance check (Node, DuckDB-wasm blocking build — the same engine as the browser):
 * generates an N-row complaints CSV (~100 bytes a row, Indian dates, English names, a few dirty
 * rows), then times plain `CREATE TABLE AS SELECT * FROM read_csv(file)` (auto-detect) against
 * importFile() on the same bytes. Prints one JSON line.
 *
 *   npx tsx src/cli/validate/perf.ts [--rows 1000000] [--runs 3] [--dirty]
 */
import { createNodeDb } from '../../data/nodeDb';
import { importFile } from '../../data/import/importFile';
import { MP_DISTRICTS } from '../../domain/geo/mpDistricts';

export function generateComplaintsCsv(n: number, opts: { dirty?: boolean; seed?: number } = {}): Uint8Array {
  let seed = opts.seed ?? 1;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const deps = ['Revenue', 'Health', 'Police', 'Energy', 'PHED', 'Education', 'Urban Development', 'Panchayat'];
  const src = ['181', 'Web Portal', 'Mobile App', 'CM Window'];
  const ct = ['Satisfied', 'Force Closed', 'Special Closed', 'Partially Satisfied'];
  const pad = (x: number) => String(x).padStart(2, '0');
  const dmy = (t: number) => { const d = new Date(t); return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`; };
  const parts: string[] = ['complaint_id,registered_on,district,department,source,complainant_id,officer_id,current_level,attended_on,status,closed_on,closure_type,quality\n'];
  const base = Date.UTC(2023, 0, 1);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const reg = base + Math.floor(rnd() * 600) * 86_400_000;
    const closed = rnd() < 0.7;
    const cl = reg + Math.floor(rnd() * 60) * 86_400_000;
    const d = MP_DISTRICTS[Math.floor(rnd() * 55)].name;
    let id = `CMH${1_000_000 + i}`;
    let regText = dmy(reg);
    if (opts.dirty && i % 10_000 === 5) id = `CMH${1_000_000 + i - 1}`; // duplicate of the previous row
    if (opts.dirty && i % 10_000 === 7) regText = '31/02/2023'; // not a date
    chunk += `${id},${regText},${d},${deps[i % 8]},${src[i % 4]},${Math.floor(rnd() * 1e9).toString(16)},OFF${i % 3000},L${1 + (i % 4)},${dmy(reg + 86_400_000)},${closed ? 'Closed' : 'Open'},${closed ? dmy(cl) : ''},${closed ? ct[i % 4] : ''},${closed ? (i % 10 ? 'ok' : 'low') : ''}\n`;
    if (chunk.length > 1 << 20) { parts.push(chunk); chunk = ''; }
  }
  parts.push(chunk);
  return new TextEncoder().encode(parts.join(''));
}

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}

async function main(): Promise<void> {
  const rows = Number(arg('--rows', '1000000'));
  const runs = Number(arg('--runs', '3'));
  const dirty = process.argv.includes('--dirty');
  const bytes = generateComplaintsCsv(rows, { dirty });
  const db = await createNodeDb();
  await db.registerBuffer('perf.csv', bytes);
  // CPU time of this process as well as wall time: on a shared machine the CPU time is the steadier measure.
  const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const rawCpu: number[] = [];
  const impCpu: number[] = [];
  const raw = async () => {
    const t = performance.now(), c = cpu();
    await db.exec(`CREATE OR REPLACE TABLE _perf_raw AS SELECT * FROM read_csv('perf.csv')`);
    const ms = performance.now() - t;
    rawCpu.push(cpu() - c);
    await db.exec('DROP TABLE _perf_raw');
    return ms;
  };
  const imp = async () => {
    const t = performance.now(), c = cpu();
    const r = await importFile(db, { name: 'perf.csv', bytes, today: '2025-06-30' });
    impCpu.push(cpu() - c);
    return { ms: performance.now() - t, loaded: r.loaded, rejected: r.rejected };
  };
  await raw(); // warm-up: wasm memory growth happens once
  rawCpu.length = 0;
  const rawMs: number[] = [];
  const impMs: number[] = [];
  let last = { loaded: 0, rejected: 0 };
  for (let k = 0; k < runs; k++) {
    rawMs.push(await raw());
    const r = await imp();
    impMs.push(r.ms);
    last = r;
  }
  // Minimum of the runs: the least disturbed by other work on the machine.
  const min = (a: number[]) => Math.min(...a);
  console.log(JSON.stringify({
    rows, csv_mb: +(bytes.length / 1e6).toFixed(1), dirty, raw_read_ms: Math.round(min(rawMs)), import_ms: Math.round(min(impMs)),
    ratio: +(min(impMs) / min(rawMs)).toFixed(2), raw_cpu_ms: Math.round(min(rawCpu)), import_cpu_ms: Math.round(min(impCpu)),
    cpu_ratio: +(min(impCpu) / min(rawCpu)).toFixed(2), raw_cpu_runs: rawCpu.map(Math.round), import_cpu_runs: impCpu.map(Math.round), raw_runs: rawMs.map(Math.round), import_runs: impMs.map(Math.round),
    loaded: last.loaded, rejected: last.rejected,
  }));
  db.close();
}

if (process.argv[1] && /perf\.ts$/.test(process.argv[1])) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
