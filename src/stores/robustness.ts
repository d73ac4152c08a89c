import { defineStore } from 'pinia';
import { ref, shallowRef, toRaw } from 'vue';
import { robustness, sensitivity, type NormalizationChoice, type RobustnessResult, type SensitivityResult, type Scorecard, type UnitValues } from '@/domain/scoring';

/** Robustness and sensitivity of the workbench's scorecard, computed in a Web Worker on request. */
export const useRobustnessStore = defineStore('robustness', () => {
  const runs = ref(300);
  const noise = ref(0.25);
  const normalizations = ref<NormalizationChoice[]>(['asIs']);
  const bands = shallowRef<RobustnessResult | null>(null);
  const sens = shallowRef<SensitivityResult | null>(null);
  const running = ref(false);
  const error = ref<string | null>(null);
  const ms = ref<number | null>(null);
  let worker: Worker | null = null;
  let seq = 0;

  function run(card: Scorecard, units: UnitValues[]) {
    const id = ++seq;
    running.value = true;
    error.value = null;
    const job = { id, card: JSON.parse(JSON.stringify(toRaw(card))), units: JSON.parse(JSON.stringify(toRaw(units))), runs: runs.value, noise: noise.value, normalizations: [...normalizations.value] };
    const done = (d: { id: number; bands?: RobustnessResult; sens?: SensitivityResult; ms?: number; error?: string }) => {
      if (d.id !== seq) return;
      running.value = false;
      if (d.error) { error.value = d.error; return; }
      bands.value = d.bands!;
      sens.value = d.sens!;
      ms.value = Math.round(d.ms!);
    };
    try {
      worker ??= new Worker(new URL('../workers/robustness.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e) => done(e.data);
      worker.onerror = (e) => done({ id, error: e.message || 'worker failed' });
      worker.postMessage(job);
    } catch {
      // no Worker (old browser): run on the page
      const t0 = performance.now();
      try {
        const b = robustness(job.card, job.units, { runs: job.runs, noise: job.noise, normalizations: job.normalizations });
        done({ id, bands: b, sens: sensitivity(job.card, job.units, job.noise || 0.25), ms: performance.now() - t0 });
      } catch (err) { done({ id, error: (err as Error).message }); }
    }
  }
  function clear() { bands.value = null; sens.value = null; }

  return { runs, noise, normalizations, bands, sens, running, error, ms, run, clear };
});
