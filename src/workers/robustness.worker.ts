/// <reference lib="webworker" />
/** Monte Carlo rank bands and one-at-a-time sensitivity off the page's thread. */
import { robustness, sensitivity, type NormalizationChoice, type Scorecard, type UnitValues } from '@/domain/scoring';

export interface RobustnessJob { id: number; card: Scorecard; units: UnitValues[]; runs: number; noise: number; normalizations: NormalizationChoice[] }

self.onmessage = (e: MessageEvent<RobustnessJob>) => {
  const j = e.data;
  try {
    const t0 = performance.now();
    const bands = robustness(j.card, j.units, { runs: j.runs, noise: j.noise, normalizations: j.normalizations, seed: j.card.robustness?.seed ?? 1 });
    const sens = sensitivity(j.card, j.units, j.noise || 0.25);
    postMessage({ id: j.id, bands, sens, ms: performance.now() - t0 });
  } catch (err) {
    postMessage({ id: j.id, error: (err as Error).message });
  }
};
