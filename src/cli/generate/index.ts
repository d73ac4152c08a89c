/**
 * Deterministic sample generator: writes complaints.csv, indicators.csv, parameters.csv and
 * officers.csv (optionally gzipped) that look like Madhya Pradesh's CM Helpline and CM Dashboard
 * (or, with `state`, Uttarakhand's CM Helpline 1905 or Haryana's CM Window / SMGT / Samadhan camps).
 * Same seed and options → byte-identical files. See docs/sample-data.md.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { SCHEME_PARAMETERS } from '../../domain/catalogue/schemes';
import { DEFAULT_STATE, type StateId } from '../../domain/geo/states';
import { buildCalendar } from './calendar';
import { complaintChunks } from './complaints';
import { indicatorChunks, parametersCsv } from './indicators';
import { officersCsv } from './officers';
import { planVolume } from './volume';
import { buildWorld } from './world';

export interface GenerateOptions {
  seed: number;
  complaints: number;
  out: string;
  gzip?: boolean;
  /** Months covered, ending with endMonth (default 13). */
  months?: number;
  /** Last month, 'YYYY-MM' (default '2026-10'); its last day is the as-of date. */
  endMonth?: string;
  /** the state the sample is of (mp default: the embedded sample) */
  state?: StateId;
}

export interface GenerateResult {
  files: string[];
  counts: { complaints: number; indicators: number; parameters: number; officers: number };
  ms: number;
}

export const DEFAULT_END_MONTH = '2026-10';
export const DEFAULT_MONTHS = 13;

async function writeFile(file: string, chunks: Iterable<string>, gzip: boolean): Promise<void> {
  const source = Readable.from(chunks);
  const sink = createWriteStream(file);
  if (gzip) await pipeline(source, createGzip({ level: 6 }) as Transform, sink);
  else await pipeline(source, sink);
}

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const t0 = performance.now();
  const months = opts.months ?? DEFAULT_MONTHS;
  const endMonth = opts.endMonth ?? DEFAULT_END_MONTH;
  if (!Number.isInteger(opts.seed)) throw new Error(`seed must be an integer, got ${opts.seed}`);
  if (!Number.isInteger(opts.complaints) || opts.complaints < 0) throw new Error(`complaints must be a whole number ≥ 0, got ${opts.complaints}`);
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new Error(`months must be 1–120, got ${months}`);
  const cal = buildCalendar(endMonth, months);
  const world = buildWorld(opts.seed, months, opts.state ?? DEFAULT_STATE);
  const vol = planVolume(world, cal, opts.seed, opts.complaints);

  await mkdir(opts.out, { recursive: true });
  const ext = opts.gzip ? '.csv.gz' : '.csv';
  const file = (name: string): string => path.join(opts.out, name + ext);
  const files = [file('complaints'), file('indicators'), file('parameters'), file('officers')];
  await writeFile(files[0], complaintChunks(world, cal, vol, opts.seed), !!opts.gzip);
  await writeFile(files[1], indicatorChunks(world, cal, opts.seed), !!opts.gzip);
  await writeFile(files[2], [parametersCsv()], !!opts.gzip);
  await writeFile(files[3], [officersCsv(world)], !!opts.gzip);
  return {
    files,
    counts: {
      complaints: opts.complaints,
      indicators: months * world.districts.length * SCHEME_PARAMETERS.length,
      parameters: SCHEME_PARAMETERS.length,
      officers: world.officers.length,
    },
    ms: Math.round(performance.now() - t0),
  };
}
