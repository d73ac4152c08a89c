/**
 * Builds the `cm-dashboard` scorecard from the scheme catalogue: parameter → scheme → department
 * → total, each parameter scored against the target in its indicator row (achievement ÷ target,
 * capped at 100%; for "lower is better" parameters target ÷ achievement). The JSON it produces is
 * committed as cm-dashboard.json (regenerate with `npx tsx src/domain/scorecards/generateCmDashboard.ts`).
 */
import type { Department, Scheme, SchemeParameter } from '../catalogue/types';
import type { GroupNode, ParameterNode, Scorecard } from '../scoring/types';

export type ScorecardJson = Scorecard;

/** Group ids are prefixed so they can never clash with a parameter id. */
export const departmentNodeId = (id: string) => `dept:${id}`;
export const schemeNodeId = (id: string) => `scheme:${id}`;

export function buildCmDashboard(departments: readonly Department[], schemes: readonly Scheme[], parameters: readonly SchemeParameter[]): ScorecardJson {
  const deptById = new Map(departments.map((d) => [d.id, d]));
  const schemeById = new Map(schemes.map((s) => [s.id, s]));
  const bySchemeParams = new Map<string, SchemeParameter[]>();
  for (const p of parameters) {
    const scheme = schemeById.get(p.scheme);
    if (!scheme) throw new Error(`parameter ${p.id}: unknown scheme "${p.scheme}"`);
    if (!deptById.has(p.department)) throw new Error(`parameter ${p.id}: unknown department "${p.department}"`);
    if (scheme.department !== p.department) {
      throw new Error(`parameter ${p.id}: department "${p.department}" differs from its scheme's ("${scheme.department}")`);
    }
    const list = bySchemeParams.get(p.scheme) ?? [];
    list.push(p);
    bySchemeParams.set(p.scheme, list);
  }

  const departmentNodes: GroupNode[] = [];
  for (const d of departments) {
    const schemeNodes: GroupNode[] = schemes
      .filter((s) => s.department === d.id && bySchemeParams.has(s.id))
      .map((s) => ({
        id: schemeNodeId(s.id),
        name: { ...s.name },
        weight: 1,
        aggregation: 'arithmetic',
        children: bySchemeParams.get(s.id)!.map(
          (p): ParameterNode => ({
            id: p.id,
            name: { ...p.name },
            weight: 1,
            source: { indicator: p.id },
            direction: p.direction,
            transform: 'none',
            normalize: { method: 'target' },
          }),
        ),
      }));
    if (schemeNodes.length) departmentNodes.push({ id: departmentNodeId(d.id), name: { ...d.name }, weight: 1, aggregation: 'arithmetic', children: schemeNodes });
  }
  if (!departmentNodes.length) throw new Error('the catalogue has no scheme parameters');

  return {
    id: 'cm-dashboard',
    name: { en: 'CM Dashboard: scheme progress', hi: 'सीएम डैशबोर्ड: योजना प्रगति' },
    description: {
      en:
        `District scores on ${parameters.length} scheme-progress parameters (target vs achievement) of ${schemes.filter((s) => bySchemeParams.has(s.id)).length} schemes in ${departmentNodes.length} departments. ` +
        'Each parameter scores 100 × achievement ÷ target, capped at 100 (for a parameter where lower is better: 100 × target ÷ achievement, capped at 100); the target comes from the indicator row. ' +
        'Official weights are unpublished, so (ASSUMED) the parameters of a scheme weigh equally, the schemes of a department weigh equally and the departments weigh equally in the total; missing parameters drop out and the rest are re-weighted, and a scheme, department or district needs data for at least half of its weight. ' +
        'Grade cut-offs A ≥ 80, B ≥ 70, C ≥ 60, D below 60 are also assumptions.',
      hi:
        `${departmentNodes.length} विभागों की ${schemes.filter((s) => bySchemeParams.has(s.id)).length} योजनाओं के ${parameters.length} प्रगति मापदंडों (लक्ष्य बनाम उपलब्धि) पर जिलों के अंक। ` +
        'प्रत्येक मापदंड का अंक = 100 × उपलब्धि ÷ लक्ष्य, अधिकतम 100 (जहाँ कम बेहतर है: 100 × लक्ष्य ÷ उपलब्धि, अधिकतम 100); लक्ष्य संकेतक पंक्ति से लिया जाता है। ' +
        'आधिकारिक भार प्रकाशित नहीं हैं, इसलिए (धारणा) योजना के सभी मापदंड, विभाग की सभी योजनाएँ और कुल में सभी विभाग बराबर भार रखते हैं; जिन मापदंडों का डेटा नहीं है वे छूट जाते हैं और शेष का भार फिर से बँटता है, और योजना, विभाग या जिले के कम से कम आधे भार का डेटा होना आवश्यक है। ' +
        'ग्रेड सीमाएँ A ≥ 80, B ≥ 70, C ≥ 60, D 60 से कम भी धारणा हैं।',
    },
    aggregation: 'arithmetic',
    availabilityThreshold: 0.5,
    grades: [
      { grade: 'A', min: 80 },
      { grade: 'B', min: 70 },
      { grade: 'C', min: 60 },
      { grade: 'D', min: 0 },
    ],
    robustness: { runs: 500, noise: 0.25, seed: 1 },
    children: departmentNodes,
  };
}
