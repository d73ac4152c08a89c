import { defineStore } from 'pinia';
import { computed, ref, shallowRef, triggerRef, watch } from 'vue';
import { cachedScoreInputs, inputsKey } from './scoreInputsCache';
import { useDatasetStore } from './dataset';
import { useFiltersStore } from './filters';
import { useScoresStore } from './scores';
import { useScorecardStore } from './scorecard';
import {
  compareResults, copyScorecard, createRescorer, freeId, isGroup, issuesByNode, keepsValidWeight, nodeIndex, safeParseScorecard, scorePeriod, structureKey,
  type Comparison, type Scorecard, type ScoreResult, type UnitValues,
} from '@/domain/scoring';

/**
 * The scorecard workbench: an editable draft of the active scorecard, validated on every edit,
 * re-scored in TypeScript on the cached unit × metric table of the period (a weight edit never
 * re-queries), compared with the saved scorecard.
 */
/** fields whose edit leaves the scorecard's structureKey as it was */
const KEEPS_STRUCTURE = new Set(['weight', 'name', 'description', 'grades']);

export const useWorkbenchStore = defineStore('workbench', () => {
  const sc = useScorecardStore();
  const scores = useScoresStore();
  const dataset = useDatasetStore();
  const filters = useFiltersStore();

  const draft = shallowRef<Scorecard>(structuredClone(sc.card));
  /** the last draft that passed validation (a copy: the draft is edited in place): what the preview scores and what export writes */
  const valid = shallowRef<Scorecard>(structuredClone(draft.value));
  const issues = ref<string[]>([]);
  const importError = ref<string | null>(null);
  const message = ref<string | null>(null);
  /**
   * The structureKey of `valid`, recomputed only when an edit since the last valid draft could
   * change it (a weight, name or grade edit cannot): a weight keystroke does not stringify the tree.
   */
  let validKey = structureKey(valid.value);
  let structural = false;
  watch(() => sc.card, (c) => { draft.value = structuredClone(JSON.parse(JSON.stringify(c))); valid.value = structuredClone(draft.value); validKey = structureKey(valid.value); structural = false; issues.value = []; });

  const index = computed(() => nodeIndex(draft.value));
  const byNode = computed(() => issuesByNode(draft.value, issues.value));
  const savedJson = computed(() => JSON.stringify(sc.card));
  const dirty = computed(() => JSON.stringify(draft.value) !== savedJson.value);

  /** Call after changing the draft in place (`field`: what changed, if one field): validates and (if valid) re-scores. */
  function changed(field?: string, knownValid = false) {
    if (field === undefined || !KEEPS_STRUCTURE.has(field)) structural = true;
    triggerRef(draft);
    if (!knownValid) {
      const r = safeParseScorecard(draft.value);
      issues.value = r.success ? [] : r.issues;
      if (!r.success) return;
    }
    const next = structuredClone(draft.value);
    if (structural) { validKey = structureKey(next); structural = false; }
    valid.value = next;
  }
  /** Sets (or with undefined removes) a field of a node (null = the scorecard itself). */
  function setField(nodeId: string | null, key: string, value: unknown) {
    const info = nodeId === null ? undefined : index.value.get(nodeId);
    const target = (nodeId === null ? draft.value : info?.node) as Record<string, unknown> | undefined;
    if (!target) return;
    if (value === undefined) delete target[key];
    else target[key] = value;
    // a weight keystroke on a valid draft that keeps it valid skips the full validation
    const parent = info && (info.parent && isGroup(info.parent) ? info.parent.children : draft.value.children);
    changed(key, key === 'weight' && issues.value.length === 0 && !!parent && keepsValidWeight(parent, value));
  }
  function reset() { draft.value = structuredClone(JSON.parse(JSON.stringify(sc.card))); changed(); }

  // The unit × value table for the draft: the league's own when the draft reads the same data.
  const options = computed(() => ({ period: scores.period!, unit: 'district' as const, filters: { department: filters.department, source: filters.source } }));
  const ownUnits = shallowRef<UnitValues[] | null>(null);
  const savedKey = computed(() => inputsKey(dataset.version, sc.card, options.value));
  const sameInputs = computed(() => !!scores.period && inputsKey(dataset.version, valid.value, options.value) === savedKey.value);
  watch(() => [sameInputs.value, sameInputs.value ? '' : inputsKey(dataset.version, valid.value, options.value)], async () => {
    if (sameInputs.value || !scores.period || dataset.status !== 'ready') { ownUnits.value = null; return; }
    const card = valid.value;
    const r = await cachedScoreInputs(dataset.version, card, options.value).catch(() => null);
    if (card === valid.value) ownUnits.value = r?.units ?? null;
  }, { immediate: true });
  const units = computed<UnitValues[]>(() => (sameInputs.value ? scores.current : ownUnits.value ?? []));

  // A weight edit re-aggregates the normalised values it keeps (no explanations: the preview shows rank, score, grade).
  const rescore = createRescorer();
  const preview = computed<ScoreResult | null>(() => (units.value.length ? rescore(valid.value, units.value, validKey) : null));
  const saved = computed<ScoreResult | null>(() => scores.result);
  const diff = computed<Comparison | null>(() => (preview.value && saved.value ? compareResults(saved.value, preview.value) : null));

  // Compare: another scorecard (A) against the draft (B), each on its own unit × value table.
  const otherId = ref<string>(sc.id);
  const other = computed(() => sc.get(otherId.value) ?? null);
  const otherUnits = shallowRef<UnitValues[] | null>(null);
  const otherKey = computed(() => (other.value && scores.period ? inputsKey(dataset.version, other.value, options.value) : ''));
  watch(otherKey, async (key) => {
    otherUnits.value = null;
    if (!key || !other.value || dataset.status !== 'ready') return;
    const r = await cachedScoreInputs(dataset.version, other.value, options.value).catch(() => null);
    if (key === otherKey.value) otherUnits.value = r?.units ?? null;
  }, { immediate: true });
  /** A's scoring: it does not depend on the draft, so a weight edit does not re-score it */
  const otherResult = computed<ScoreResult | null>(() => (other.value && otherUnits.value?.length ? scorePeriod(other.value, otherUnits.value) : null));
  const comparisonNow = computed<Comparison | null>(() => (otherResult.value && preview.value ? compareResults(otherResult.value, preview.value) : null));
  /**
   * What the compare panel shows: the comparison, brought up to date in the frame after the
   * preview league is painted (the analyst waits for the preview; the table and slope chart
   * below follow one frame later instead of holding up the preview).
   */
  const comparison = shallowRef<Comparison | null>(null);
  let frame = 0;
  watch([otherResult, preview], () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => setTimeout(() => { comparison.value = comparisonNow.value; }, 0));
  }, { immediate: true });

  /** Saves the draft as a new version; a built-in is saved as a copy under a new id (the shipped one stays). */
  function save(meta: { by: string; note: string; name?: string }) {
    if (issues.value.length) return;
    let card = structuredClone(valid.value);
    if (sc.isBuiltin(card.id)) {
      const id = freeId(`${card.id}-edited`, sc.available.map((a) => a.id));
      card = copyScorecard(card, id, { en: meta.name || `${card.name.en} (edited)`, hi: meta.name || (card.name.hi ? `${card.name.hi} (संपादित)` : undefined) });
      if (!card.name.hi) delete card.name.hi;
    } else if (meta.name) card.name = { ...card.name, en: meta.name };
    sc.save(card, meta);
    message.value = card.id;
    return sc.select(card.id);
  }
  function copyBuiltin() {
    const id = freeId(`${sc.card.id}-copy`, sc.available.map((a) => a.id));
    const card = copyScorecard(valid.value, id, { en: `${sc.card.name.en} (copy)`, ...(sc.card.name.hi ? { hi: `${sc.card.name.hi} (प्रति)` } : {}) });
    sc.save(card, { note: `copy of ${sc.card.id}` });
    return sc.select(id);
  }
  function exportJson(): { name: string; text: string } {
    return { name: `${valid.value.id}.json`, text: JSON.stringify(valid.value, null, 2) + '\n' };
  }
  /** Imports a scorecard JSON: on any problem a message naming the field, and nothing changes. */
  function importText(fileName: string, text: string) {
    importError.value = null;
    let json: unknown;
    try { json = JSON.parse(text); } catch (e) { importError.value = `${fileName}: not valid JSON (${(e as Error).message})`; return false; }
    const r = safeParseScorecard(json);
    if (!r.success) { importError.value = `${fileName}: ${r.issues.slice(0, 5).join('; ')}${r.issues.length > 5 ? ` (+${r.issues.length - 5})` : ''}`; return false; }
    const card = r.data;
    if (sc.isBuiltin(card.id)) card.id = freeId(`${card.id}-imported`, sc.available.map((a) => a.id));
    sc.save(card, { note: `imported from ${fileName}` });
    sc.select(card.id);
    return true;
  }

  return { otherId, other, comparison, draft, valid, issues, byNode, index, dirty, units, preview, saved, diff, importError, message, setField, changed, reset, save, copyBuiltin, exportJson, importText };
});
