import { defineStore } from 'pinia';
import { computed, watch } from 'vue';
import { useFiltersStore } from './filters';
import { useDatasetStore } from './dataset';
import { isStateId, STATE_PRESETS, stateTiles, type StateId, type StatePreset } from '@/domain/geo/states';
import type { Tile } from '@/domain/tileMap';

/**
 * The state preset in use: the URL's `state` when valid (a shared link), else the dataset's (detected
 * on import, chosen on the data page, saved with the dataset). Its districts, divisions, tile map,
 * levels and limits, and default scorecard.
 */
export const useStatePresetStore = defineStore('statePreset', () => {
  const filters = useFiltersStore();
  const dataset = useDatasetStore();
  const id = computed<StateId>(() => (isStateId(filters.state) ? filters.state : dataset.state));
  const preset = computed<StatePreset>(() => STATE_PRESETS[id.value]);
  const tiles = computed<Tile[]>(() => stateTiles(id.value));
  const defaultScorecard = computed(() => preset.value.scorecards[0]);

  /** Choose a state on the data page: the dataset keeps it and the URL shows it. */
  async function select(next: StateId): Promise<void> {
    dataset.setState(next);
    await filters.set({ state: next, scorecard: null }, true);
  }

  // An import that detects another state, or a sample of another state, moves the URL with it.
  watch(() => dataset.state, (s) => { if (filters.state !== s) void filters.set({ state: s, scorecard: null }, true); });

  return { id, preset, tiles, defaultScorecard, select };
});
