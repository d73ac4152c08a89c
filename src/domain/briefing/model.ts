/**
 * THE BRIEFING MODEL — what the #/briefing page, its print, the PPTX deck and the XLSX workbook all
 * render. Pure TypeScript (no Vue, no DuckDB). One `Briefing` object holds everything; renderers
 * never query or score anything themselves, so the page, the print, the deck and the workbook
 * always show the same numbers (and the same numbers as `samiksha score`).
 *
 * How to get one:
 *   - browser / CLI: `loadBriefing(db, options)` in src/data/queries/briefing.ts (runs the queries,
 *     then calls `buildBriefing`);
 *   - tests / re-weighting: `buildBriefing(inputs, options)` here, from already-aggregated rows
 *     (`BriefingInputs`, fetched once by `fetchBriefingInputs`).
 *
 * Conventions (read these before rendering):
 *   - Language-neutral: no translated text inside. Units (districts, departments) are named as the
 *     data spells them (translate districts with matchDistrict(name)?.hi and departments with the
 *     DEPARTMENTS catalogue, as src/composables/useNames.ts does); scorecard and node names are
 *     `Text` ({en, hi?}); metric keys are the names of src/domain/metrics.ts (labels: `metric.*`
 *     in src/locales); grades are the scorecard's own grade strings.
 *   - Rates are shares in [0, 1] (show ×100 as %), never pre-rounded; null = no denominator
 *     ("—"), never 0. Counts are integers. `score` is the 2-decimal score that is ranked and
 *     graded (UnitScore.rounded), `deltaScore` likewise; `deltaRank` = previous rank − rank
 *     (positive = moved up), null when not comparable.
 *   - Dates are ISO (YYYY-MM-DD), months YYYY-MM; format with src/domain/format.ts.
 *   - `briefing.sections` lists the sections that were asked for, in BRIEFING_SECTIONS order; each
 *     has a stable `id` (also used in the page URL `?sections=` and the `data-section` attribute).
 *     Use `sectionOf(briefing, 'top')` to get a typed section (undefined when switched off).
 *   - Scope: `state` (CM office) or one `district` (collector). For a district, headline, departments,
 *     pending, officers and gaming are that district's; top / bottom / movers / grades stay state-wide
 *     (where the district stands), with `highlight` naming the district; `cards` holds its card only.
 *   - Meta (`briefing.meta`) is what every printed page / slide footer carries: scorecard, period,
 *     compare month, data-as-of date, dataset name.
 *
 * Section ids and contents:
 *   headline     complaint figures for the scope (all complaints, as the overview), period vs compare;
 *                for a district also its league row
 *   top, bottom  the 10 best / worst districts by overall rank (ignoring peer groups)
 *   movers       biggest rank gains and losses against the compare month (same scorecard)
 *   grades       districts per grade, this month and the compare month
 *   departments  departments failing: graded in the last two grades of the scorecard (C/D for
 *                A–D), most complaints pending > 100 days first
 *   gaming       closure-gaming flags: districts whose force-closed share is far above the rest of
 *                the state (same test as the officer flags), and L1 officers with gaming flags
 *   officers     good and poor L1 officer lists (Wilson bounds; src/domain/officers)
 *   pending      pending > 50 / 100 / 300 days by department, with a total row
 *   cards        one report card per district: rank, grade, change, marks lost, what it takes,
 *                key figures, the departments with the most old pending complaints
 */
import type { DepartmentTotals, OfficerFlag, OfficerStats } from '../officers/types';
import type { MarksLostRow } from '../reportCard';
import type { Outcome } from '../whatItTakes';
import type { UnitMetrics } from '../metrics';
import type { Scorecard, Text, UnitValues } from '../scoring/types';
import { buildSections } from './sections';

export const BRIEFING_SECTIONS = ['headline', 'top', 'bottom', 'movers', 'grades', 'departments', 'gaming', 'officers', 'pending', 'cards'] as const;
export type BriefingSectionId = (typeof BRIEFING_SECTIONS)[number];

export function isBriefingSection(s: string): s is BriefingSectionId {
  return (BRIEFING_SECTIONS as readonly string[]).includes(s);
}

export type BriefingScope = { kind: 'state' } | { kind: 'district'; district: string };

export interface BriefingMeta {
  scope: BriefingScope;
  /** YYYY-MM */
  period: string;
  /** the month compared against (default the month before); null when there is none */
  compare: string | null;
  /** the date pending ages are counted to: the last day of the period */
  asOf: string;
  /** the latest registration date in the loaded data (null when unknown) */
  dataAsOf: string | null;
  /** 'sample' for the embedded sample, else the imported file name(s) */
  dataset: string;
  scorecard: { id: string; name: Text };
  /** the scorecard's grades, best first */
  grades: string[];
  /** districts scored / not scored this period */
  scored: number;
  unscored: number;
}

/* ------------------------------------------------------------------ sections */

export const HEADLINE_KEYS = ['received', 'closed', 'satisfaction_rate', 'force_closed_rate', 'pending_end', 'pending_over_50', 'pending_over_100', 'pending_over_300', 'avg_days_to_close'] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

export interface HeadlineFigure {
  key: HeadlineKey;
  kind: 'count' | 'rate' | 'days';
  value: number | null;
  compare: number | null;
  /** value − compare (a rate's change is in share points: 0.02 = 2 pp) */
  change: number | null;
  /** which direction of change is good */
  goodWhen: 'up' | 'down';
}

/** One district's line of the league. */
export interface LeagueRow {
  unit: string;
  group: string | null;
  /** rank within the peer group, and among all scored districts */
  rank: number;
  overallRank: number;
  score: number;
  grade: string | null;
  previousRank: number | null;
  deltaRank: number | null;
  deltaScore: number | null;
}

export interface HeadlineSection { id: 'headline'; figures: HeadlineFigure[]; /** the scoped district's league row */ district: LeagueRow | null }
export interface TopSection { id: 'top'; rows: LeagueRow[]; highlight: string | null }
export interface BottomSection { id: 'bottom'; rows: LeagueRow[]; highlight: string | null }
export interface MoversSection { id: 'movers'; up: LeagueRow[]; down: LeagueRow[]; /** false when the compare month has no scores */ compared: boolean; highlight: string | null }
export interface GradeCount { grade: string; n: number; /** the compare month's count (null when not scored) */ compare: number | null; units: string[] }
export interface GradesSection { id: 'grades'; counts: GradeCount[]; /** scored but below every threshold */ ungraded: number; unscored: number; highlight: string | null }

/** Counts of a department (or a district's department) over ALL complaints of the period. */
export interface PendingRow { unit: string; pending_end: number; pending_over_50: number; pending_over_100: number; pending_over_300: number }

export interface DepartmentRow extends PendingRow {
  received: number;
  closed: number;
  satisfaction_rate: number | null;
  force_closed_rate: number | null;
  score: number | null;
  grade: string | null;
}

export interface DepartmentsSection {
  id: 'departments';
  /** false when the scorecard cannot grade departments (it reads indicators): rows are then the most > 100-day pending */
  graded: boolean;
  /** the grades counted as failing (the scorecard's last two, C and D for A–D) */
  failingGrades: string[];
  rows: DepartmentRow[];
}

export interface DistrictGamingRow {
  district: string;
  closed: number;
  force_closed: number;
  force_closed_rate: number;
  /** the force-closed share of the rest of the state */
  baseline: number;
  excess: number;
  pValue: number;
  flagged: boolean;
}

export interface OfficerBrief {
  officer_id: string;
  officer_name: string | null;
  district: string | null;
  department: string | null;
  closed: number;
  satisfaction_rate: number | null;
  force_closed_rate: number | null;
  pending_over_50: number;
  wilson_lower: number | null;
  wilson_upper: number | null;
  /** position on its list (1 = first); null on the gaming list */
  rank: number | null;
  flags: OfficerFlag[];
}

export interface GamingSection {
  id: 'gaming';
  /** the state's force-closed share of closures this period */
  stateForceClosedRate: number | null;
  /** state: flagged districts, strongest first; district: the scoped district's row (flagged or not) */
  districts: DistrictGamingRow[];
  /** L1 officers with at least one closure-gaming flag (not the backlog flag), most flags first */
  officers: OfficerBrief[];
  /** officers flagged in all, before the list was cut to length */
  officersFlagged: number;
}

export interface OfficersSection { id: 'officers'; good: OfficerBrief[]; poor: OfficerBrief[]; minClosures: number; officers: number; eligible: number }
export interface PendingSection { id: 'pending'; rows: PendingRow[]; total: PendingRow }

export interface ReportCard extends LeagueRow {
  /** districts scored in its peer group */
  groupSize: number;
  marksLost: MarksLostRow[];
  /** true when the scorecard's total is geometric (marks lost are not additive) */
  geometric: boolean;
  whatItTakes: Outcome[];
  /** the district's figures over all complaints (headline keys) */
  figures: Partial<Record<HeadlineKey, number | null>>;
  /** its departments with the most complaints pending > 50 days (at most 5) */
  worstDepartments: PendingRow[];
}

export interface CardsSection { id: 'cards'; cards: ReportCard[]; unscored: { unit: string; reason: string }[] }

export type BriefingSection =
  | HeadlineSection | TopSection | BottomSection | MoversSection | GradesSection
  | DepartmentsSection | GamingSection | OfficersSection | PendingSection | CardsSection;

export interface Briefing { meta: BriefingMeta; sections: BriefingSection[] }

/** The section with this id, typed; undefined when it was switched off. */
export function sectionOf<K extends BriefingSectionId>(b: Briefing, id: K): Extract<BriefingSection, { id: K }> | undefined {
  return b.sections.find((s) => s.id === id) as Extract<BriefingSection, { id: K }> | undefined;
}

/* ------------------------------------------------------------------ inputs */

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

/** Builds the briefing from already-aggregated rows. Pure; scoring re-runs here (weights → instant). */
export function buildBriefing(inputs: BriefingInputs, options: BriefingOptions = {}): Briefing {
  return buildSections(inputs, options);
}
