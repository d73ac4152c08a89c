/** What a briefing is built from (BriefingInputs, fetched by src/data/queries/briefing.ts) and its options; see model.ts. */
import type { DepartmentTotals, OfficerStats } from '../officers/types';
import type { UnitMetrics } from '../metrics';
import type { Scorecard, UnitValues } from '../scoring/types';
import type { BriefingScope, BriefingSectionId } from './model';

/** What the queries return (src/data/queries/briefing.ts fetchBriefingInputs); all small, aggregated rows. */
export interface BriefingInputs {
  card: Scorecard;
  period: string;
  compare: string | null;
  scope: BriefingScope;
  dataset: { name: string; dataAsOf: string | null };
  /** the scorecard's district × value table of the period and of the compare month (scoreInputs) */
  current: UnitValues[];
  currentMetrics: UnitMetrics[];
  previous: UnitValues[];
  /** all complaints, unit 'state' (filtered to the scoped district): period and compare month */
  headline: UnitMetrics | null;
  headlineCompare: UnitMetrics | null;
  /** all complaints, per district, whole state (force-closure outliers, card figures) */
  districts: UnitMetrics[];
  /** all complaints, per department (filtered to the scoped district) */
  departments: UnitMetrics[];
  /** the scorecard's department × value table (same filter); null when it cannot grade departments */
  departmentsGraded: UnitValues[] | null;
  /** all complaints, per "district / department" (filtered to the scoped district) */
  districtDepartments: UnitMetrics[];
  /** L1 officers over the period (filtered to the scoped district) and their departments' state totals */
  officers: OfficerStats[];
  officerDepartments: DepartmentTotals[];
}

export interface BriefingOptions {
  /** sections to build (default all), in any order; the result keeps BRIEFING_SECTIONS order */
  sections?: readonly BriefingSectionId[];
  /** length of top / bottom (default 10), movers (10), officer lists (10), gaming officers (15) */
  topN?: number;
  moversN?: number;
  officersN?: number;
  gamingOfficersN?: number;
  /** minimum closures for an officer to be listed (default MIN_CLOSURES = 10) */
  minClosures?: number;
}

export const DEFAULT_BRIEFING_OPTIONS = { topN: 10, moversN: 10, officersN: 10, gamingOfficersN: 15 } as const;

