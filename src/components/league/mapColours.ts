import type { UnitScore } from '@/domain/scoring';

const GRADE: Record<string, string> = { A: '#1b7f3b', B: '#7cb342', C: '#f2b233', D: '#d9534f' };

/** Map fill for a unit: its grade colour, or a red→green ramp on the 0–100 score; grey when unscored. */
export function fillFor(r: UnitScore | undefined, by: 'grade' | 'score'): string {
  if (!r) return '#e5e7eb';
  if (by === 'grade') return GRADE[r.grade ?? ''] ?? '#9aa5b1';
  const s = Math.max(0, Math.min(100, r.rounded)) / 100;
  return `hsl(${Math.round(s * 120)}, 55%, ${Math.round(45 + 10 * (1 - s))}%)`;
}
