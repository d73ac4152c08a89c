/**
 * The queries behind the briefing (src/domain/briefing/model.ts). Nothing new in SQL: the existing
 * named queries (scoreInputs, complaintMetrics, officerStats, datasetSummary) are run for the
 * briefing's period, compare month and scope, and `buildBriefing` makes the model. Works on any
 * `Db`: the browser's worker (src/stores/briefing.ts) and the CLI's (src/cli/inputs.ts openInputs).
 */
import type { Db } from '../dbTypes';
import { complaintMetrics } from './complaintMetrics';
import { datasetSummary, type DatasetSummary } from './dataset';
import { officerStats } from './officers';
import { scoreInputs, type ScoreInputOptions, type ScoreInputs } from './scoreInputs';
import { previousMonth, type UnitMetrics } from '@/domain/metrics';
import { periodRange } from '@/domain/officers/period';
import { readsComplaintsOnly, scorecardSources } from '@/domain/scoreInputs';
import { resolveUnitName } from '@/domain/reportCard';
import { ALL_DISTRICTS } from '@/domain/geo/states';
import type { Scorecard } from '@/domain/scoring/types';
import {
  BRIEFING_SECTIONS, buildBriefing,
  type Briefing, type BriefingInputs, type BriefingOptions, type BriefingScope, type BriefingSectionId,
} from '@/domain/briefing/model';

/** A briefing that cannot be made from this data (unknown district, no period): one clear sentence. */
export class BriefingError extends Error {
  constructor(message: string) { super(message); this.name = 'BriefingError'; }
}

export interface BriefingQuery {
  card: Scorecard;
  /** YYYY-MM; default the latest month in the data (for complaint scorecards, the latest with registrations) */
  period?: string | null;
  /** YYYY-MM; default the month before the period */
  compare?: string | null;
  /** a district name (any spelling the report card accepts: case, spacing, Hindi); null/absent = the state */
  district?: string | null;
  /** shown on every page: 'sample' or the imported file name(s) */
  datasetName: string;
  /** the dataset summary when the caller has it already (saves its queries) */
  summary?: DatasetSummary;
  /** sections whose inputs to fetch (default all); the others' inputs are left empty */
  sections?: readonly BriefingSectionId[];
  /** the scorecard's inputs query (default scoreInputs on `db`); the browser passes its cached one */
  scoreInputs?: (card: Scorecard, o: ScoreInputOptions) => Promise<ScoreInputs>;
}

const ALIASES: Record<string, string[]> = Object.fromEntries(ALL_DISTRICTS.map((d) => [d.name, [d.hi, ...d.aliases]]));

/** The latest month a scorecard can be scored for (the CLI's rule: src/cli/inputs.ts latestPeriod). */
export function latestBriefingPeriod(card: Scorecard, s: DatasetSummary): string | null {
  const m = scorecardSources(card).metrics.length > 0 && s.months.length ? s.months : s.indicatorMonths;
  return m[m.length - 1] ?? null;
}

/** Resolves period, compare month and scope, then runs every query the wanted sections need. */
export async function fetchBriefingInputs(db: Db, q: BriefingQuery): Promise<BriefingInputs> {
  const summary = q.summary ?? (await datasetSummary(db));
  const card = q.card;
  const period = q.period ?? latestBriefingPeriod(card, summary);
  if (!period) throw new BriefingError('no period: the data has no complaints registered and no indicator rows');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new BriefingError(`the period must be YYYY-MM, got "${period}"`);
  const compare = q.compare ?? previousMonth(period);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(compare)) throw new BriefingError(`the compare month must be YYYY-MM, got "${compare}"`);
  let scope: BriefingScope = { kind: 'state' };
  if (q.district) {
    const name = resolveUnitName(q.district, summary.districtNames, ALIASES);
    if (!name) throw new BriefingError(`district "${q.district}" is not in the data (${summary.districtNames.length} districts)`);
    scope = { kind: 'district', district: name };
  }
  const want = new Set(q.sections ?? BRIEFING_SECTIONS);
  const needs = (...ids: BriefingSectionId[]) => ids.some((id) => want.has(id));
  const complaints = summary.complaints > 0;
  const filters = scope.kind === 'district' ? { district: scope.district } : {};
  const limits = card.timeLimitDays;
  const none = Promise.resolve([] as UnitMetrics[]);
  const metrics = (p: string, unit: 'state' | 'district' | 'department' | 'district_department', f = filters) =>
    complaints ? complaintMetrics(db, { period: p, unit, filters: f, timeLimitDays: limits }) : none;

  // One after another: a DuckDB connection runs one statement at a time (the native engine refuses
  // overlapping prepared statements; the browser's worker queues them anyway).
  const inputsOf = q.scoreInputs ?? ((c: Scorecard, o: ScoreInputOptions) => scoreInputs(db, c, o));
  const cur = await inputsOf(card, { period, unit: 'district' });
  const prev = await inputsOf(card, { period: compare, unit: 'district' });
  const head = needs('headline') ? await metrics(period, 'state') : [];
  const headCmp = needs('headline') ? await metrics(compare, 'state') : [];
  const districts = needs('gaming', 'cards') ? await metrics(period, 'district', {}) : [];
  const departments = needs('departments', 'pending') ? await metrics(period, 'department') : [];
  const graded = needs('departments') && complaints && readsComplaintsOnly(card) ? await inputsOf(card, { period, unit: 'department', filters }) : null;
  const districtDepartments = needs('cards') ? await metrics(period, 'district_department') : [];
  const officers = needs('officers', 'gaming') && complaints ? await officerStats(db, { range: periodRange(period), filters }) : null;
  return {
    card, period, compare, scope,
    dataset: { name: q.datasetName, dataAsOf: summary.lastDate },
    current: cur.units, currentMetrics: cur.metrics, previous: prev.units,
    headline: head[0] ?? null, headlineCompare: headCmp[0] ?? null,
    districts, departments, departmentsGraded: graded?.units ?? null, districtDepartments,
    officers: officers?.officers ?? [], officerDepartments: officers?.departments ?? [],
  };
}

/** Queries and builds the briefing in one call (the CLI's entry point). */
export async function loadBriefing(db: Db, q: BriefingQuery, options: BriefingOptions = {}): Promise<Briefing> {
  const sections = options.sections ?? q.sections;
  const inputs = await fetchBriefingInputs(db, { ...q, sections });
  return buildBriefing(inputs, { ...options, sections });
}
