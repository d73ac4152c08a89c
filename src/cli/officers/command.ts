/**
 * `samiksha officers`: good and poor L1 officer lists and closure flags for a month (or a range of
 * months), with the same query and domain code as the app's #/officers page.
 *   --complaints FILE [--district D] [--department D] [--period YYYY-MM | --from YYYY-MM [--to YYYY-MM]]
 *   [--min-closures N] [--top N] [--burst-days N] [--map FILE] [--format json|csv] [--out FILE]
 * Without a period: the latest month with registrations. Exit 0 ok, 2 unusable input, 1 internal error.
 */
import fs from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliInputError } from '../errors';
import { openInputs } from '../inputs';
import { officerStats, officerScopes } from '@/data/queries/officers';
import {
  buildOfficerLists, officerListsCsv, periodRange, DEFAULT_BURST_DAYS, DEFAULT_TOP, MIN_CLOSURES,
  type OfficerRow, type PeriodRange,
} from '@/domain/officers';

interface OfficersArgs {
  complaints: string; map?: string; district?: string; department?: string;
  period?: string; from?: string; to?: string;
  minClosures: number; top: number; burstDays: number;
  format: 'json' | 'csv'; out?: string;
}

export interface OfficersOutput {
  period: string;
  from: string;
  to: string;
  filters: { district: string | null; department: string | null };
  minClosures: number;
  top: number;
  burstDays: number;
  /** L1 officers with any activity in the range (after filters), and those with ≥ minClosures closures. */
  officers: number;
  eligible: number;
  good: OfficerRow[];
  poor: OfficerRow[];
  flagged: OfficerRow[];
}

function positiveInt(name: string, max: number): (v: string) => number {
  return (v: string) => {
    if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || Number(v) > max) throw new InvalidArgumentError(`${name} must be a whole number from 1 to ${max}.`);
    return Number(v);
  };
}

function month(v: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new InvalidArgumentError('expected a month as YYYY-MM (e.g. 2026-10).');
  return v;
}

/** The month range the arguments ask for, the latest month with registrations by default. */
function rangeOf(a: OfficersArgs, latest: string | null): PeriodRange {
  if (a.period && (a.from || a.to)) throw new CliInputError('give either --period or --from/--to, not both');
  const to = a.period ?? a.to ?? latest;
  const from = a.period ?? a.from ?? to;
  if (!from || !to) throw new CliInputError(`${a.complaints}: no complaints with a registration date, so there is no latest month`);
  try {
    return periodRange(from, to);
  } catch (e) {
    throw new CliInputError((e as Error).message);
  }
}

export async function runOfficers(a: OfficersArgs): Promise<OfficersOutput> {
  if (a.period || a.from || a.to) rangeOf(a, a.from ?? a.period ?? null); // argument errors before the (slow) import
  const inputs = await openInputs({ complaints: a.complaints, map: a.map });
  try {
    const range = rangeOf(a, inputs.latestPeriod());
    const scopes = await officerScopes(inputs.db);
    if (!scopes.districts.length && !scopes.departments.length) {
      throw new CliInputError(`${a.complaints}: no complaint has an officer_id, so there are no officers to list (map the L1 officer column to officer_id)`);
    }
    if (a.district && !scopes.districts.includes(a.district)) {
      throw new CliInputError(`--district "${a.district}": no officer works in it (districts: ${scopes.districts.slice(0, 8).join(', ')}${scopes.districts.length > 8 ? ', …' : ''})`);
    }
    if (a.department && !scopes.departments.includes(a.department)) {
      throw new CliInputError(`--department "${a.department}": no officer works in it (departments: ${scopes.departments.slice(0, 8).join(', ')}${scopes.departments.length > 8 ? ', …' : ''})`);
    }
    const filters = { district: a.district ?? null, department: a.department ?? null };
    const stats = await officerStats(inputs.db, { range, filters, burstDays: a.burstDays });
    const lists = buildOfficerLists(stats.officers, stats.departments, { minClosures: a.minClosures, top: a.top, burstDays: a.burstDays });
    return {
      period: range.label, from: range.from, to: range.to, filters,
      minClosures: lists.minClosures, top: lists.top, burstDays: a.burstDays,
      officers: lists.officers, eligible: lists.eligible, good: lists.good, poor: lists.poor, flagged: lists.flagged,
    };
  } finally {
    inputs.close();
  }
}

export function officersCommand(): Command {
  return new Command('officers')
    .description('good and poor L1 officer lists (Wilson bounds of the satisfaction rate) and closure-gaming flags')
    .requiredOption('--complaints <file>', 'complaints export (CSV/TSV/XLSX) with officer_id')
    .option('--district <name>', 'only officers of this district')
    .option('--department <name>', 'only officers of this department')
    .option('--period <YYYY-MM>', 'month (default: the latest month with registrations)', month)
    .option('--from <YYYY-MM>', 'first month of a range', month)
    .option('--to <YYYY-MM>', 'last month of a range (default: the latest month)', month)
    .option('--min-closures <n>', 'list only officers with at least n closures in the range', positiveInt('--min-closures', 1_000_000), MIN_CLOSURES)
    .option('--top <n>', 'officers on each list', positiveInt('--top', 100_000), DEFAULT_TOP)
    .option('--burst-days <n>', 'last days of each month counted as the grading cut-off', positiveInt('--burst-days', 27), DEFAULT_BURST_DAYS)
    .option('--map <file>', 'column mapping JSON for the complaints file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: OfficersArgs) => {
      const out = await runOfficers(opts);
      const text = opts.format === 'csv' ? officerListsCsv(out) : JSON.stringify(out, null, 2) + '\n';
      if (opts.out) fs.writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });
}
