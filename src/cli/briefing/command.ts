/**
 * `samiksha briefing`: the briefing's PowerPoint deck or Excel workbook from the command line,
 * written by the same builders as the app's #/briefing buttons (src/export/).
 *   --complaints FILE [--indicators FILE] [--scorecard ID|FILE] [--period YYYY-MM] [--district D]
 *   --format pptx|xlsx --out FILE [--lang en|hi] [--map FILE]
 * Without --period: the latest month in the data. Exit 0 ok, 2 unusable input, 1 internal error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CliInputError } from '../errors';
import { openInputs, type InputFiles, type OpenInputs } from '../inputs';
import { resolveScorecard, scorecardFor } from '../scorecardArg';
import { addScoringInputs } from '../options';
import { resolveUnitName } from '@/domain/reportCard';
import { ALL_DISTRICTS } from '@/domain/geo/states';
import type { ExportLang } from '@/export/types';
import type { Scorecard } from '@/domain/scoring';

export interface BriefingArgs extends InputFiles {
  scorecard?: string; period?: string; district?: string;
  format: 'pptx' | 'xlsx'; out: string; lang: ExportLang;
}

function month(v: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(v)) throw new InvalidArgumentError('expected a month as YYYY-MM (e.g. 2026-10).');
  return v;
}

async function workbook(inputs: OpenInputs, card: Scorecard, period: string, district: string | null, datasetName: string, lang: ExportLang): Promise<Uint8Array> {
  const [{ loadWorkbook }, { buildWorkbook }] = await Promise.all([import('@/data/queries/briefingExport'), import('@/export/xlsx')]);
  const data = await loadWorkbook(inputs.db, { card, period, district, datasetName, summary: inputs.summary });
  if (!data.league.length && !data.departments.length) throw new CliInputError(`nothing to brief on for ${period}: ${inputs.coverage()}`);
  return buildWorkbook(data, lang);
}

async function deck(inputs: OpenInputs, card: Scorecard, period: string, district: string | null, datasetName: string, lang: ExportLang): Promise<Uint8Array> {
  const [{ loadBriefing }, { buildDeck }] = await Promise.all([import('@/data/queries/briefing'), import('@/export/pptx')]);
  const briefing = await loadBriefing(inputs.db, { card, period, district, datasetName, summary: inputs.summary });
  if (!briefing.meta.scored) throw new CliInputError(`nothing to score for ${period}: ${inputs.coverage()}`);
  return buildDeck(briefing, lang);
}

/** Builds the file's bytes (exported for tests). */
export async function runBriefing(a: Omit<BriefingArgs, 'out'> & { out?: string }): Promise<{ bytes: Uint8Array; period: string; district: string | null }> {
  if (!a.complaints && !a.indicators) throw new CliInputError('give --complaints FILE and/or --indicators FILE');
  if (a.scorecard) resolveScorecard(a.scorecard); // a bad --scorecard is refused before the files are read
  const inputs = await openInputs(a);
  try {
    const card = scorecardFor(a.scorecard, !!a.complaints, inputs.summary.districtNames);
    const period = a.period ?? inputs.latestPeriod(card);
    if (!period) throw new CliInputError(`no period: ${inputs.coverage()}`);
    let district: string | null = null;
    if (a.district) {
      const aliases = Object.fromEntries(ALL_DISTRICTS.map((d) => [d.name, [d.hi]]));
      district = resolveUnitName(a.district, inputs.summary.districtNames, aliases);
      if (!district) {
        const names = inputs.summary.districtNames;
        throw new CliInputError(`--district "${a.district}": not in the data (districts: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''})`);
      }
    }
    const datasetName = [a.complaints, a.indicators].filter((f): f is string => !!f).map((f) => path.basename(f)).join(', ');
    const { BriefingError } = await import('@/data/queries/briefing');
    try {
      const bytes = a.format === 'xlsx' ? await workbook(inputs, card, period, district, datasetName, a.lang) : await deck(inputs, card, period, district, datasetName, a.lang);
      return { bytes, period, district };
    } catch (e) {
      if (e instanceof BriefingError) throw new CliInputError(e.message);
      throw e;
    }
  } finally {
    inputs.close();
  }
}

export function briefingCommand(): Command {
  const cmd = new Command('briefing')
    .description('the briefing as a PowerPoint deck or an Excel workbook (state, or one district with --district)');
  return addScoringInputs(cmd, 'scheme-progress indicators (long format)')
    .option('--period <YYYY-MM>', 'month (default: the latest month in the data)', month)
    .option('--district <name>', 'one district\'s briefing (English or Hindi name); default the state')
    .addOption(new Option('--format <format>', 'file to write').choices(['pptx', 'xlsx']).makeOptionMandatory())
    .requiredOption('--out <file>', 'where to write the deck / workbook')
    .addOption(new Option('--lang <lang>', 'language of the texts').choices(['en', 'hi']).default('en'))
    .option('--map <file>', 'column mapping JSON for the complaints file')
    .action(async (opts: BriefingArgs) => {
      const dir = path.dirname(path.resolve(opts.out));
      if (!fs.existsSync(dir)) throw new CliInputError(`--out ${opts.out}: the folder ${dir} does not exist`);
      const r = await runBriefing(opts);
      fs.writeFileSync(opts.out, r.bytes);
      process.stderr.write(`samiksha: wrote ${opts.out} (${opts.format}, ${r.district ?? 'state'}, ${r.period}, ${r.bytes.length} bytes)\n`);
    });
}
