/**
 * `samiksha score`: the same queries and scoring engine as the app, from the command line.
 * DESIGN.md "Contracts": --complaints FILE [--indicators FILE] [--scorecard ID|FILE] [--period YYYY-MM]
 * [--unit district|department|officer] [--map FILE] [--format json|csv] [--out FILE]
 */
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { CliInputError } from '../errors';
import { openInputs, type InputFiles } from '../inputs';
import { resolveScorecard, scorecardFor } from '../scorecardArg';
import { addScoringInputs } from '../options';
import { scoreInputs } from '@/data/queries/scoreInputs';
import { scorePeriod, toScoreOutput, type ScoreOutput } from '@/domain/scoring';
import { previousMonth, UNIT_KINDS, type UnitKind } from '@/domain/metrics';
import { scoreOutputCsv } from './csv';

export interface ScoreArgs extends InputFiles { scorecard?: string; period?: string; unit: UnitKind; format: 'json' | 'csv'; out?: string }

/** Scores one period (and the one before it, for deltas). Returns the contract JSON. */
export async function runScore(a: ScoreArgs): Promise<ScoreOutput> {
  if (a.scorecard) resolveScorecard(a.scorecard); // a bad --scorecard is refused before the files are read
  const inputs = await openInputs(a);
  try {
    const card = scorecardFor(a.scorecard, !!a.complaints, inputs.summary.districtNames);
    const period = a.period ?? inputs.latestPeriod(card);
    if (!period) throw new CliInputError('no period: the data has no complaints registered and no indicator rows');
    if (a.period && !/^\d{4}-(0[1-9]|1[0-2])$/.test(a.period)) throw new CliInputError(`--period must be YYYY-MM, got "${a.period}"`);
    const cur = await scoreInputs(inputs.db, card, { period, unit: a.unit });
    if (cur.units.length === 0) throw new CliInputError(`nothing to score for ${period}: ${inputs.coverage()}`);
    const prevInputs = await scoreInputs(inputs.db, card, { period: previousMonth(period), unit: a.unit });
    const previous = prevInputs.units.length ? scorePeriod(card, prevInputs.units) : undefined;
    const result = scorePeriod(card, cur.units, { previous });
    return toScoreOutput(result, { period, unit: a.unit, scorecard: card.id });
  } finally {
    inputs.close();
  }
}

export function scoreCommand(): Command {
  const cmd = new Command('score')
    .description('score units (districts, departments, officers) for a month with a scorecard');
  return addScoringInputs(cmd, 'scheme-progress indicators (long format: period, unit, parameter_id, value, target)')
    .option('--period <YYYY-MM>', 'month to score (default: the latest month in the data)')
    .addOption(new Option('--unit <unit>', 'what to rank').choices(UNIT_KINDS.filter((u) => u !== 'state')).default('district'))
    .option('--map <file>', 'column mapping JSON for the complaints file')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (opts: ScoreArgs) => {
      if (!opts.complaints && !opts.indicators) throw new CliInputError('give --complaints FILE and/or --indicators FILE');
      const out = await runScore(opts);
      const text = opts.format === 'csv' ? scoreOutputCsv(out) : JSON.stringify(out, null, 2) + '\n';
      if (opts.out) fs.writeFileSync(opts.out, text);
      else process.stdout.write(text);
    });
}
