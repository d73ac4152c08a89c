/**
 * Helpers for editing a scorecard tree in place (the workbench): find a node, the path the
 * validator names it by, each node's effective share of the total, and validation messages
 * grouped by the node they belong to.
 */
import { DEFAULTS, isGroup } from './types';
import type { Scorecard, ScorecardNode } from './types';

export interface NodeInfo {
  node: ScorecardNode;
  /** the validator's path, e.g. "children[1].children[0]" */
  path: string;
  depth: number;
  parent: ScorecardNode | null;
  /** w / Σw of the siblings (0 when all siblings weigh 0) */
  share: number;
  /** product of shares up to the total: the node's weight in the total (arithmetic tree) */
  effective: number;
}

/** Every node in pre-order with its path, share and effective share. */
export function nodeIndex(card: Scorecard): Map<string, NodeInfo> {
  const out = new Map<string, NodeInfo>();
  const walk = (nodes: ScorecardNode[], prefix: string, depth: number, parent: ScorecardNode | null, parentEff: number) => {
    const total = nodes.reduce((s, n) => s + (n.weight ?? DEFAULTS.weight), 0);
    nodes.forEach((n, i) => {
      const share = total > 0 ? (n.weight ?? DEFAULTS.weight) / total : 0;
      const path = `${prefix}children[${i}]`;
      const info: NodeInfo = { node: n, path, depth, parent, share, effective: parentEff * share };
      if (!out.has(n.id)) out.set(n.id, info);
      if (isGroup(n)) walk(n.children, `${path}.`, depth + 1, n, info.effective);
    });
  };
  walk(card.children, '', 1, null, 1);
  return out;
}

export interface IssuesByNode {
  /** issues of the scorecard's own fields (grades, peer groups, exclusions, …) */
  card: string[];
  /** node id → issues, each "field: message" relative to the node */
  nodes: Map<string, string[]>;
}

/** Splits "children[1].children[0].weight: must be a number" into node id + "weight: …". */
export function issuesByNode(card: Scorecard, issues: readonly string[]): IssuesByNode {
  const byPath = new Map<string, string>();
  for (const [id, info] of nodeIndex(card)) byPath.set(info.path, id);
  const out: IssuesByNode = { card: [], nodes: new Map() };
  for (const issue of issues) {
    const m = /^((?:children\[\d+\]\.?)+)(.*)$/.exec(issue);
    let placed = false;
    if (m) {
      // the longest node path the issue starts with
      const parts = m[1].replace(/\.$/, '').split('.');
      for (let n = parts.length; n > 0 && !placed; n--) {
        const id = byPath.get(parts.slice(0, n).join('.'));
        if (id === undefined) continue;
        const rest = issue.slice(parts.slice(0, n).join('.').length).replace(/^\./, '');
        const list = out.nodes.get(id) ?? [];
        list.push(rest.startsWith(':') ? rest.slice(1).trim() : rest);
        out.nodes.set(id, list);
        placed = true;
      }
    }
    if (!placed) out.card.push(issue);
  }
  return out;
}

/** A deep copy with a new id and name (for "copy a built-in"). */
export function copyScorecard(card: Scorecard, id: string, name: { en: string; hi?: string }): Scorecard {
  const copy = structuredClone(card) as Scorecard;
  copy.id = id;
  copy.name = name;
  return copy;
}

/** An id not yet in `taken`: base, base-2, base-3, … */
export function freeId(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let i = 2; ; i++) if (!set.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * Whether setting a weight to `value` keeps a valid scorecard valid: a finite number ≥ 0, with at
 * least one sibling (the node included, after the edit) still above 0 — the only rules a weight
 * takes part in. The workbench skips the full validation for such an edit; anything else is
 * validated in full, so the messages always come from the validator.
 */
export function keepsValidWeight(siblings: readonly ScorecardNode[], value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && siblings.some((c) => (c.weight ?? DEFAULTS.weight) > 0);
}
