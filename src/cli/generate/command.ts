/**
 * `samiksha generate --seed N --complaints N --out DIR [--gzip] [--months N] [--end YYYY-MM]`.
 * Argument errors print one line and exit 2; a failure while writing prints one line and exits 1.
 */
import path from 'node:path';
import { Command, InvalidArgumentError, type CommanderError } from 'commander';
import { parseMonth } from './calendar';
import { DEFAULT_END_MONTH, DEFAULT_MONTHS, generate } from './index';
import { isStateId, STATE_IDS, type StateId } from '../../domain/geo/states';

function wholeNumber(name: string, min: number, max: number): (v: string) => number {
  return (v: string) => {
    if (!/^\d+$/.test(v.trim())) throw new InvalidArgumentError(`${name} must be a whole number.`);
    const n = Number(v);
    if (n < min || n > max) throw new InvalidArgumentError(`${name} must be between ${min} and ${max}.`);
    return n;
  };
}

function month(v: string): string {
  try {
    parseMonth(v);
  } catch {
    throw new InvalidArgumentError('expected a month as YYYY-MM (e.g. 2026-10).');
  }
  return v;
}

const FS_USAGE_ERRORS = new Set(['EACCES', 'EPERM', 'ENOTDIR', 'EEXIST', 'EROFS', 'EISDIR', 'ENOENT']);

interface Opts { seed: number; complaints: number; out: string; gzip?: boolean; months: number; end: string; state: StateId }

function stateId(v: string): StateId {
  if (!isStateId(v)) throw new InvalidArgumentError(`expected one of ${STATE_IDS.join(', ')}.`);
  return v;
}

export function generateCommand(): Command {
  const cmd = new Command('generate');
  cmd
    .description('write a deterministic Madhya Pradesh-like (or Uttarakhand / Haryana) sample: complaints, indicators, parameters and officers CSVs')
    .requiredOption('--seed <n>', 'random seed (whole number)', wholeNumber('seed', 0, 4_294_967_295))
    .requiredOption('--complaints <n>', 'number of complaints', wholeNumber('complaints', 0, 50_000_000))
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--gzip', 'write .csv.gz files instead of .csv')
    .option('--months <n>', 'months covered, ending with --end', wholeNumber('months', 1, 120), DEFAULT_MONTHS)
    .option('--end <YYYY-MM>', 'last month; its last day is the as-of date', month, DEFAULT_END_MONTH)
    .option('--state <mp|uk|hr>', 'the state the sample is of: Madhya Pradesh, Uttarakhand or Haryana', stateId, 'mp')
    .exitOverride((err: CommanderError) => {
      process.exit(err.exitCode === 0 ? 0 : 2);
    })
    .action(async (opts: Opts) => {
      try {
        const r = await generate({
          seed: opts.seed, complaints: opts.complaints, out: opts.out, gzip: !!opts.gzip, months: opts.months, endMonth: opts.end, state: opts.state,
        });
        const names = r.files.map((f) => path.basename(f)).join(', ');
        const c = r.counts;
        console.log(`generate: wrote ${names} to ${opts.out} — complaints ${c.complaints}, indicators ${c.indicators}, ` +
          `parameters ${c.parameters}, officers ${c.officers} in ${r.ms} ms`);
      } catch (e) {
        // A path we cannot write to is a usage problem (2); anything else is an internal error (1).
        const code = (e as NodeJS.ErrnoException)?.code ?? '';
        console.error(`generate: ${e instanceof Error ? e.message : String(e)}`);
        process.exitCode = FS_USAGE_ERRORS.has(code) ? 2 : 1;
      }
    });
  return cmd;
}
