/**
 * The worked example of docs/scoring.md: seven districts on the mp-cm-helpline 60/20/10/10
 * grading (Group A = received ≥ 500, as in the built-in). The expected marks are computed by hand in the tests.
 */
import { parseScorecard } from '@/domain/scoring/validate';
import type { Scorecard, UnitValues } from '@/domain/scoring/types';

export function mpCard(): Scorecard {
  const p = (id: string, weight: number, direction: 'higher' | 'lower') => ({ id, weight, direction, source: { metric: id }, normalize: { method: 'ratio' } });
  return parseScorecard({
    id: 'mp-example',
    name: { en: 'MP example' },
    availabilityThreshold: 0.5,
    grades: [{ grade: 'A', min: 80 }, { grade: 'B', min: 70 }, { grade: 'C', min: 60 }, { grade: 'D', min: 0 }],
    peerGroups: { by: 'received', thresholds: [{ group: 'A', min: 500 }, { group: 'B', min: 0 }] },
    children: [
      p('satisfaction_rate', 60, 'higher'),
      p('old_pending_resolution_rate', 20, 'higher'),
      p('low_quality_rate', 10, 'lower'),
      p('non_attended_rate', 10, 'lower'),
    ],
  });
}

const d = (unit: string, received: number, sat: number | null, old: number | null, low: number | null, nonAtt: number | null): UnitValues => ({
  unit,
  values: { received, satisfaction_rate: sat, old_pending_resolution_rate: old, low_quality_rate: low, non_attended_rate: nonAtt },
});

export function mpUnits(): UnitValues[] {
  return [
    d('Indore', 1250, 0.72, 0.4, 0.05, 0.1),
    d('Bhopal', 1050, 0.8, 0.55, 0.02, 0.04),
    d('Harda', 150, 0.7, null, 0.04, 0.08),
    d('Sehore', 300, 0.65, 0.3, 0.1, 0.2),
    d('Raisen', 200, 0.65, 0.3, 0.1, 0.2),
    d('Vidisha', 250, 0.6, 0.25, 0.15, 0.3),
    d('Dewas', 450, null, null, 0.03, 0.05),
  ];
}
