/**
 * One cache of unit × value tables per (data version, period, unit kind, filters, what the scorecard
 * reads), shared by every store, so the league table, the rank history and the report card never
 * run the same metrics query twice. Weights are not part of the key: re-weighting never re-queries.
 */
import type { ScoreInputs, ScoreInputOptions } from '@/data/queries/scoreInputs';
import { scoreInputsQuery } from './rollupSource';
import { scorecardSources } from '@/domain/scoreInputs';
import type { Scorecard } from '@/domain/scoring';

const cache = new Map<string, Promise<ScoreInputs>>();
const MAX = 64;

export function inputsKey(version: number, card: Scorecard, o: ScoreInputOptions): string {
  return JSON.stringify([version, o.period, o.unit, o.filters ?? {}, scorecardSources(card), card.timeLimitDays ?? null, card.exclusions?.habitualComplainantOver ?? null]);
}

export function cachedScoreInputs(version: number, card: Scorecard, o: ScoreInputOptions): Promise<ScoreInputs> {
  const key = inputsKey(version, card, o);
  let p = cache.get(key);
  if (!p) {
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    p = scoreInputsQuery(card, o).catch((e) => { cache.delete(key); throw e; });
    cache.set(key, p);
  }
  return p;
}

export function clearScoreInputsCache(): void {
  cache.clear();
}
