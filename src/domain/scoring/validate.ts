/**
 * Scorecard validation (zod 4). Every problem is reported as `path: message`, e.g.
 * `children[2].normalize.lo: required for goalposts`. Stricter than the JSON Schema in two ways:
 * unknown fields are refused (a misspelt "weigth" must not silently become weight 1) and a
 * parameter must say how it is normalised.
 */
import { z } from 'zod';
import { checkScorecardTree, TooBigError } from '../limits';
import type { Scorecard } from './types';

export class ScorecardError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`invalid scorecard:\n  ${issues.join('\n  ')}`);
    this.name = 'ScorecardError';
    this.issues = issues;
  }
}

export type SafeParseResult = { success: true; data: Scorecard } | { success: false; issues: string[] };

type Ctx = z.core.$RefinementCtx;

const describe = (expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? 'required' : `must be ${expected}`;

const str = () => z.string({ error: describe('text') });
const nonEmpty = () => str().min(1, { error: 'must not be empty' });
const num = () => z.number({ error: describe('a number') });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: describe(`one of ${values.map((v) => `"${v}"`).join(', ')}`) });

const TextSchema = z.strictObject({ en: str(), hi: str().optional() }, { error: describe('an object {"en": ..., "hi": ...}') });
const AggregationSchema = oneOf(['arithmetic', 'geometric'] as const);
const METHODS = ['ratio', 'minmax', 'target', 'goalposts', 'zscore', 'rank'] as const;

const SourceSchema = z
  .strictObject({ metric: nonEmpty().optional(), indicator: nonEmpty().optional() }, { error: describe('an object {"metric": ...} or {"indicator": ...}') })
  .superRefine((s, ctx) => {
    const n = Number(s.metric !== undefined) + Number(s.indicator !== undefined);
    if (n === 0) ctx.addIssue({ code: 'custom', message: 'needs "metric" or "indicator"' });
    if (n === 2) ctx.addIssue({ code: 'custom', message: 'has either "metric" or "indicator", not both' });
  });

const NormalizeSchema = z
  .strictObject(
    {
      method: oneOf(METHODS),
      target: num().gt(0, { error: 'must be above 0' }).optional(),
      cap: num().gt(0, { error: 'must be above 0' }).optional(),
      lo: num().optional(),
      hi: num().optional(),
    },
    { error: describe('an object {"method": ...}') },
  )
  .superRefine((n, ctx) => {
    for (const key of ['target', 'cap'] as const) {
      if (n[key] !== undefined && n.method !== 'target') ctx.addIssue({ code: 'custom', path: [key], message: 'only used by method "target"' });
    }
    for (const key of ['lo', 'hi'] as const) {
      if (n.method !== 'goalposts') {
        if (n[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'only used by method "goalposts"' });
      } else if (n[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'required for goalposts' });
    }
    if (n.method === 'goalposts' && n.lo !== undefined && n.lo === n.hi) ctx.addIssue({ code: 'custom', path: ['hi'], message: 'must differ from lo' });
  });

interface RawNode {
  id?: string; weight?: number; source?: unknown; children?: RawNode[]; aggregation?: unknown;
  direction?: unknown; transform?: unknown; normalize?: unknown; availabilityThreshold?: unknown;
}

function checkWeights(children: RawNode[] | undefined, ctx: Ctx): void {
  if (children && children.length > 0 && children.every((c) => c.weight === 0)) {
    ctx.addIssue({ code: 'custom', path: ['children'], message: 'at least one child needs a weight above 0' });
  }
}

function checkNode(node: RawNode, ctx: Ctx): void {
  const hasSource = node.source !== undefined;
  const hasChildren = node.children !== undefined;
  if (!hasSource && !hasChildren) {
    ctx.addIssue({ code: 'custom', message: 'a node needs either "source" or "children"' });
    return;
  }
  if (hasSource && hasChildren) {
    ctx.addIssue({ code: 'custom', message: 'a node has either "source" (a parameter) or "children" (a group), not both' });
    return;
  }
  if (hasSource) {
    if (node.normalize === undefined) {
      ctx.addIssue({ code: 'custom', path: ['normalize'], message: `required for a parameter (method: ${METHODS.join(', ')})` });
    }
    if (node.aggregation !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['aggregation'], message: 'only a group (a node with "children") has an aggregation' });
    }
    if (node.availabilityThreshold !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['availabilityThreshold'], message: 'only a group (a node with "children") has an availability threshold' });
    }
  } else {
    for (const key of ['direction', 'transform', 'normalize'] as const) {
      if (node[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `only a parameter (a node with "source") has a ${key}` });
    }
    checkWeights(node.children, ctx);
  }
}

const NodeSchema: z.ZodType<unknown> = z.lazy(() =>
  z
    .strictObject(
      {
        id: nonEmpty(),
        name: TextSchema.optional(),
        description: TextSchema.optional(),
        weight: num().min(0, { error: 'must be 0 or more' }).optional(),
        source: SourceSchema.optional(),
        direction: oneOf(['higher', 'lower'] as const).optional(),
        transform: oneOf(['none', 'log'] as const).optional(),
        normalize: NormalizeSchema.optional(),
        aggregation: AggregationSchema.optional(),
        availabilityThreshold: num().min(0, { error: 'must be between 0 and 1' }).max(1, { error: 'must be between 0 and 1' }).optional(),
        children: z.array(NodeSchema, { error: describe('a list of nodes') }).min(1, { error: 'must have at least one child' }).optional(),
      },
      { error: describe('an object (a node)') },
    )
    .superRefine((node, ctx) => checkNode(node as RawNode, ctx)),
);

const PeerGroupsSchema = z
  .strictObject(
    {
      by: nonEmpty().optional(),
      thresholds: z
        .array(z.strictObject({ group: nonEmpty(), min: num() }), { error: describe('a list of {"group", "min"}') })
        .min(1, { error: 'must have at least one threshold' })
        .optional(),
      lists: z.record(z.string(), z.array(str(), { error: describe('a list of unit names') }), { error: describe('an object {group: [units]}') }).optional(),
    },
    { error: describe('an object') },
  )
  .superRefine((p, ctx) => {
    const byVolume = p.by !== undefined || p.thresholds !== undefined;
    if (byVolume && p.lists !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'peer groups are either by volume ("by" + "thresholds") or by "lists", not both' });
      return;
    }
    if (!byVolume && p.lists === undefined) ctx.addIssue({ code: 'custom', message: 'needs "by" + "thresholds" or "lists"' });
    if (byVolume) {
      if (p.by === undefined) ctx.addIssue({ code: 'custom', path: ['by'], message: 'required with "thresholds"' });
      if (p.thresholds === undefined) ctx.addIssue({ code: 'custom', path: ['thresholds'], message: 'required with "by"' });
      const seen = new Set<string>();
      p.thresholds?.forEach((t, i) => {
        if (seen.has(t.group)) ctx.addIssue({ code: 'custom', path: ['thresholds', i, 'group'], message: `duplicate group "${t.group}"` });
        seen.add(t.group);
      });
    }
    if (p.lists) {
      const owner = new Map<string, string>();
      for (const [group, units] of Object.entries(p.lists)) {
        units.forEach((unit, i) => {
          const prev = owner.get(unit);
          if (prev !== undefined) ctx.addIssue({ code: 'custom', path: ['lists', group, i], message: `"${unit}" is already in group "${prev}"` });
          else owner.set(unit, group);
        });
      }
    }
  });

const level = () => num().min(0, { error: 'must be 0 or more' }).optional();

const ScorecardSchema = z
  .strictObject(
    {
      id: nonEmpty(),
      name: TextSchema,
      description: TextSchema.optional(),
      aggregation: AggregationSchema.optional(),
      availabilityThreshold: num().min(0, { error: 'must be between 0 and 1' }).max(1, { error: 'must be between 0 and 1' }).optional(),
      grades: z
        .array(z.strictObject({ grade: str(), min: num() }, { error: describe('an object {"grade", "min"}') }), { error: describe('a list of {"grade", "min"}') })
        .min(1, { error: 'must have at least one grade' })
        .optional(),
      peerGroups: PeerGroupsSchema.optional(),
      exclusions: z
        .strictObject({ habitualComplainantOver: z.int({ error: describe('a whole number') }).min(1, { error: 'must be 1 or more' }).optional() })
        .optional(),
      timeLimitDays: z.strictObject({ 1: level(), 2: level(), 3: level(), 4: level(), 5: level() }, { error: describe('an object {"1": days, ...}') }).optional(),
      robustness: z
        .strictObject({
          runs: z.int({ error: describe('a whole number') }).min(1, { error: 'must be 1 or more' }).optional(),
          noise: num().min(0, { error: 'must be between 0 and 1' }).max(1, { error: 'must be between 0 and 1' }).optional(),
          seed: z.int({ error: describe('a whole number') }).optional(),
        })
        .optional(),
      children: z.array(NodeSchema, { error: describe('a list of nodes') }).min(1, { error: 'must have at least one child' }),
    },
    { error: describe('a JSON object') },
  )
  .superRefine((card, ctx) => {
    checkWeights(card.children as RawNode[], ctx);
    const seen = new Map<string, string>();
    const walk = (nodes: RawNode[], path: (string | number)[]) =>
      nodes.forEach((node, i) => {
        const here = [...path, i];
        if (typeof node.id === 'string') {
          const prev = seen.get(node.id);
          if (prev !== undefined) ctx.addIssue({ code: 'custom', path: [...here, 'id'], message: `duplicate id "${node.id}" (also at ${prev})` });
          else seen.set(node.id, formatPath([...here, 'id']));
        }
        if (Array.isArray(node.children)) walk(node.children, [...here, 'children']);
      });
    walk(card.children as RawNode[], ['children']);
  });

/** `['children', 2, 'normalize', 'lo']` → `children[2].normalize.lo` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(scorecard)' : out;
}

function formatIssues(error: z.ZodError): string[] {
  const out: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(`${formatPath([...issue.path, key])}: unknown field`);
    } else {
      out.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  return [...new Set(out)];
}

export function safeParseScorecard(json: unknown): SafeParseResult {
  try { checkScorecardTree(json); } catch (e) { if (e instanceof TooBigError) return { success: false, issues: [`(root): ${e.message}`] }; throw e; }
  const result = ScorecardSchema.safeParse(json);
  if (result.success) return { success: true, data: result.data as Scorecard };
  return { success: false, issues: formatIssues(result.error) };
}

/** Validates a scorecard; throws ScorecardError listing every problem as `path: message`. */
export function parseScorecard(json: unknown): Scorecard {
  const result = safeParseScorecard(json);
  if (!result.success) throw new ScorecardError(result.issues);
  return result.data;
}
