/** The `samiksha score --format json` shape (../shared/schemas/score-output.schema.json). */
import { roundTo } from './rank';
import type { ScoreResult } from './types';

export interface ScoreOutputParameter { value: number | null; normalized: number | null; points: number | null }

export interface ScoreOutputRow {
  unit: string;
  group: string | null;
  rank: number;
  score: number;
  grade: string;
  previousRank: number | null;
  deltaRank: number | null;
  deltaScore: number | null;
  parameters: Record<string, ScoreOutputParameter>;
}

export interface ScoreOutput {
  scorecard: string;
  period: string;
  unit: string;
  rows: ScoreOutputRow[];
  unscored: { unit: string; reason: string }[];
}

export interface ScoreOutputMeta {
  /** YYYY-MM */
  period: string;
  /** unit kind: district | department | officer | ...; default "district" */
  unit?: string;
  /** scorecard id; default: the result's */
  scorecard?: string;
  /**
   * decimals for score, deltaScore, normalized and points (default 2: the score shown is the
   * one ranked and graded); null = full precision. `value` is never rounded.
   */
  decimals?: number | null;
}

/**
 * Rows sorted by peer group (scorecard order; units in no group last), then rank, then unit name.
 * grade is "" when the score reaches no grade threshold (or the scorecard has none).
 */
export function toScoreOutput(result: ScoreResult, meta: ScoreOutputMeta): ScoreOutput {
  if (!/^\d{4}-\d{2}$/.test(meta.period)) throw new Error(`period must be YYYY-MM, got "${meta.period}"`);
  const d = meta.decimals === undefined ? 2 : meta.decimals;
  const r = (x: number | null | undefined): number | null => (x === null || x === undefined ? null : d === null ? x : roundTo(x, d));
  const groupOrder = (g: string | null) => (g === null ? result.groups.length : Math.max(0, result.groups.indexOf(g)));
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

  const rows = [...result.rows]
    .sort((a, b) => groupOrder(a.group) - groupOrder(b.group) || a.rank - b.rank || byName(a.unit, b.unit))
    .map((row): ScoreOutputRow => {
      const parameters: Record<string, ScoreOutputParameter> = {};
      for (const [id, p] of Object.entries(row.parameters)) {
        parameters[id] = { value: p.value, normalized: r(p.normalized), points: r(p.points) };
      }
      return {
        unit: row.unit,
        group: row.group,
        rank: row.rank,
        score: r(row.score)!,
        grade: row.grade ?? '',
        previousRank: row.previousRank ?? null,
        deltaRank: row.deltaRank ?? null,
        deltaScore: r(row.deltaScore),
        parameters,
      };
    });
  const unscored = [...result.unscored].sort((a, b) => byName(a.unit, b.unit)).map((u) => ({ unit: u.unit, reason: u.reason }));
  return { scorecard: meta.scorecard ?? result.scorecardId, period: meta.period, unit: meta.unit ?? 'district', rows, unscored };
}
