/**
 * Scorecard JSON shape (DESIGN.md "Scorecard"; ../shared/schemas/scorecard.schema.json).
 * These are the types of a *validated* scorecard: `parseScorecard` returns the JSON unchanged
 * (no defaults filled in), so it can be exported again exactly as the user wrote it. The engine
 * applies the defaults (see `DEFAULTS`).
 */
export interface Text { en: string; hi?: string }

export type Aggregation = 'arithmetic' | 'geometric';
export type Direction = 'higher' | 'lower';
export type Transform = 'none' | 'log';

export type Normalize =
  | { method: 'ratio' | 'minmax' | 'zscore' | 'rank' }
  /** target from the unit's `targets` (indicator row) or this fixed `target`; cap default 1 */
  | { method: 'target'; target?: number; cap?: number }
  | { method: 'goalposts'; lo: number; hi: number };

export type NormalizeMethod = Normalize['method'];

/** `metric`: a complaint metric name (e.g. "satisfaction_rate"); `indicator`: a parameter_id of the indicators table. */
export type Source = { metric: string } | { indicator: string };

interface NodeBase {
  id: string;
  name?: Text;
  description?: Text;
  /** relative to its siblings; default 1 */
  weight?: number;
}

export interface ParameterNode extends NodeBase {
  source: Source;
  direction?: Direction;
  transform?: Transform;
  normalize: Normalize;
}

export interface GroupNode extends NodeBase {
  aggregation?: Aggregation;
  /** share of this group's weight that must have data for the group to be scored; default: the scorecard's */
  availabilityThreshold?: number;
  children: ScorecardNode[];
}

export type ScorecardNode = ParameterNode | GroupNode;

export interface GradeThreshold { grade: string; min: number }

export type PeerGroups =
  /** `by` names a volume key: the unit's `volume`, else `values[by]` (e.g. "received") */
  | { by: string; thresholds: { group: string; min: number }[] }
  | { lists: Record<string, string[]> };

export interface Scorecard {
  id: string;
  name: Text;
  description?: Text;
  aggregation?: Aggregation;
  availabilityThreshold?: number;
  grades?: GradeThreshold[];
  peerGroups?: PeerGroups;
  exclusions?: { habitualComplainantOver?: number };
  timeLimitDays?: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>;
  robustness?: { runs?: number; noise?: number; seed?: number };
  children: ScorecardNode[];
}

/** Values used when a scorecard leaves a field out. */
export const DEFAULTS = {
  aggregation: 'arithmetic' as Aggregation,
  availabilityThreshold: 0.5,
  direction: 'higher' as Direction,
  transform: 'none' as Transform,
  weight: 1,
  targetCap: 1,
  l1Days: 7,
  robustness: { runs: 500, noise: 0.25, seed: 1 },
};

export function isGroup(node: ScorecardNode): node is GroupNode {
  return Array.isArray((node as GroupNode).children);
}

export function sourceKey(source: Source): string {
  return 'metric' in source ? source.metric : source.indicator;
}

/* ------------------------------------------------------------------ engine input */

/**
 * One unit's row of the aggregated unit × metric table for one period.
 * `values` is keyed by metric name (for `source.metric`) or indicator id (for `source.indicator`);
 * null, undefined, NaN or ±Infinity mean "no value".
 */
export interface UnitValues {
  unit: string;
  values: Record<string, number | null | undefined>;
  /** per-key targets (indicator rows' `target` column), used by `normalize.method = "target"` */
  targets?: Record<string, number | null | undefined>;
  /** volume for volume peer groups; when absent, `values[peerGroups.by]` is used */
  volume?: number | null;
}

/* ------------------------------------------------------------------ engine output */

export interface ParameterScore {
  /** the value as given (before any log transform) */
  value: number | null;
  /** s on the 0–100 scale (target with cap > 1 may exceed 100); null = missing */
  normalized: number | null;
  /** contribution to the total score: s × the weight shares multiplied down the tree.
   *  null when missing, dropped out, or below a geometric group (see the group's `factors`). */
  points: number | null;
  /** the target used (method "target" only) */
  target?: number | null;
  /** why normalized is null, or another remark */
  note?: string;
}

export interface GroupFactor {
  id: string;
  /** weight share w / Σw over the children with data */
  share: number;
  score: number;
  /** score ^ share; the group score is the product of the factors */
  factor: number;
}

export interface NodeScore {
  id: string;
  kind: 'group' | 'parameter';
  score: number | null;
  /** group: share of its children's weight that has data (0–1) */
  coverage?: number;
  /** re-weighted share within the parent: w / Σw over the parent's children with data */
  share: number | null;
  /** product of `share` up to the total (null under a geometric group or if missing) */
  effectiveWeight: number | null;
  /** effectiveWeight × score (null under a geometric group or if missing) */
  points: number | null;
  aggregation?: Aggregation;
  /** geometric groups: each child's factor */
  factors?: GroupFactor[];
  note?: string;
}

export interface UnitScore {
  unit: string;
  /** peer group; null without peer groups or when the unit fits none */
  group: string | null;
  /** full-precision total */
  score: number;
  /** score rounded to 2 decimals: ranks and grades use this */
  rounded: number;
  /** competition rank within the peer group */
  rank: number;
  /** competition rank among all scored units, ignoring peer groups */
  overallRank: number;
  grade: string | null;
  parameters: Record<string, ParameterScore>;
  nodes: Record<string, NodeScore>;
  /** when the total's aggregation is geometric: each top-level child's factor */
  factors?: GroupFactor[];
  /** remarks in plain words: dropped groups, a zero in a geometric group, peer-group placement */
  notes: string[];
  previousRank?: number | null;
  previousGroup?: string | null;
  previousScore?: number | null;
  deltaRank?: number | null;
  deltaScore?: number | null;
}

export interface UnscoredUnit {
  unit: string;
  group: string | null;
  reason: string;
  parameters: Record<string, ParameterScore>;
  nodes: Record<string, NodeScore>;
}

export interface ScoreResult {
  scorecardId: string;
  /** units with a score, in input order */
  rows: UnitScore[];
  unscored: UnscoredUnit[];
  /** peer-group names in scorecard order ([] without peer groups) */
  groups: string[];
}
