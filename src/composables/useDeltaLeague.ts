import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useScoresStore } from '@/stores/scores';
import { useRankHistoryStore } from '@/stores/rankHistory';
import { bottomStreaks, rankByImprovement, sortByImprovement } from '@/domain/scoring';

/** URL query key of the league's ranking mode: absent = by level, `improvement` = by score change. */
export const RANK_BY_KEY = 'rankBy';
export type RankMode = 'level' | 'improvement';

/**
 * The league ranked by level or by improvement (score change against the compare month), and the
 * units in the bottom three of their group for three months running (from the rank history).
 */
export function useDeltaLeague() {
  const route = useRoute();
  const router = useRouter();
  const scores = useScoresStore();
  const history = useRankHistoryStore();

  const mode = computed<RankMode>(() => (route.query[RANK_BY_KEY] === 'improvement' ? 'improvement' : 'level'));
  function setMode(m: RankMode) {
    const query = { ...route.query };
    if (m === 'level') delete query[RANK_BY_KEY];
    else query[RANK_BY_KEY] = m;
    return router.push({ query });
  }
  const improvement = computed(() => sortByImprovement(rankByImprovement(scores.result?.rows ?? []), scores.result?.groups ?? []));
  const rankedCount = computed(() => improvement.value.filter((r) => r.improvementRank != null).length);
  /** unit → months running in the bottom three (only runs of 3 or more) */
  const streaks = computed(() => (history.months[history.months.length - 1] === scores.period ? bottomStreaks(history.history) : new Map<string, number>()));
  return { mode, setMode, improvement, rankedCount, streaks };
}
