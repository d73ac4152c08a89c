/** Samiksha's scoring engine (pure TS). See docs/scoring.md for the formula sheet. */
export * from './types';
export { parseScorecard, safeParseScorecard, ScorecardError, formatPath } from './validate';
export type { SafeParseResult } from './validate';
export { scorePeriod } from './engine';
export type { ScoreOptions } from './engine';
export { compareWithPrevious } from './deltas';
export { robustness, quantile } from './robustness';
export type { RobustnessOptions, RobustnessResult, RobustnessRow } from './robustness';
export { toScoreOutput } from './output';
export type { ScoreOutput, ScoreOutputMeta, ScoreOutputRow, ScoreOutputParameter } from './output';
export { normalizeColumn, applyTransform, competitionRanks, finiteOrNull } from './normalize';
export type { NormalizeSpec, NormalizedColumn } from './normalize';
export { round2, roundTo, rankDescending, rankWithinGroups, gradeFor, assignPeerGroups } from './rank';
export { mulberry32 } from './random';
