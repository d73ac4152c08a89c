/**
 * Flattens a validated scorecard into arrays the engine can loop over quickly, with every
 * default applied. Node 0 is the total (the scorecard itself); the others follow in pre-order.
 */
import { DEFAULTS, isGroup, sourceKey } from './types';
import type { Aggregation, Direction, Normalize, Scorecard, ScorecardNode, Transform } from './types';

export interface CompiledParameter {
  id: string;
  /** key into UnitValues.values / targets */
  key: string;
  direction: Direction;
  transform: Transform;
  normalize: Normalize;
  node: number;
}

export interface CompiledNode {
  id: string;
  parent: number;
  /** base weight (the total has weight 1) */
  weight: number;
  /** group only; parameters carry 'arithmetic' but never use it */
  aggregation: Aggregation;
  children: number[];
  /** index into params, or -1 for a group */
  param: number;
  /** a group's availability threshold: its own, else the scorecard's (node 0: the scorecard's) */
  threshold: number;
}

export interface CompiledScorecard {
  card: Scorecard;
  nodes: CompiledNode[];
  params: CompiledParameter[];
  /** node indices, children before parents (node 0 last) */
  postOrder: number[];
  threshold: number;
}

export function compileScorecard(card: Scorecard): CompiledScorecard {
  const rootAggregation = card.aggregation ?? DEFAULTS.aggregation;
  const threshold = card.availabilityThreshold ?? DEFAULTS.availabilityThreshold;
  const nodes: CompiledNode[] = [{ id: card.id, parent: -1, weight: 1, aggregation: rootAggregation, children: [], param: -1, threshold }];
  const params: CompiledParameter[] = [];
  const postOrder: number[] = [];

  const add = (node: ScorecardNode, parent: number): void => {
    const index = nodes.length;
    const compiled: CompiledNode = {
      id: node.id,
      parent,
      weight: node.weight ?? DEFAULTS.weight,
      aggregation: isGroup(node) ? (node.aggregation ?? DEFAULTS.aggregation) : DEFAULTS.aggregation,
      children: [],
      param: -1,
      threshold: (isGroup(node) ? node.availabilityThreshold : undefined) ?? threshold,
    };
    nodes.push(compiled);
    nodes[parent].children.push(index);
    if (isGroup(node)) {
      for (const child of node.children) add(child, index);
    } else {
      compiled.param = params.length;
      params.push({
        id: node.id,
        key: sourceKey(node.source),
        direction: node.direction ?? DEFAULTS.direction,
        transform: node.transform ?? DEFAULTS.transform,
        normalize: node.normalize,
        node: index,
      });
    }
    postOrder.push(index);
  };
  for (const child of card.children) add(child, 0);
  postOrder.push(0);

  return { card, nodes, params, postOrder, threshold };
}

/** Base weights indexed by node (node 0 = 1). */
export function baseWeights(compiled: CompiledScorecard): Float64Array {
  return Float64Array.from(compiled.nodes, (n) => n.weight);
}
