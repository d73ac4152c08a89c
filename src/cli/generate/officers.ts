/** officers.csv: the whole L1→L4 hierarchy with each L1 officer's ground-truth profile. */
import { csvField } from './complaints';
import type { World } from './world';

export const OFFICER_COLUMNS = [
  'officer_id', 'officer_name', 'designation', 'department', 'district', 'division', 'block', 'level', 'reports_to', 'profile',
] as const;

export function officersCsv(world: World): string {
  const rows = world.officers.map((o) => [
    o.id, o.name, o.designation, world.depts[o.dept].name,
    o.district >= 0 ? world.districts[o.district].name : '',
    o.division >= 0 ? world.divisionNames[o.division] : '',
    o.block, String(o.level), o.reportsTo, o.profile,
  ].map(csvField).join(','));
  return [OFFICER_COLUMNS.join(','), ...rows].join('\n') + '\n';
}
