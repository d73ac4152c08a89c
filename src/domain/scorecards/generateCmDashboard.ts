/**
 * Regenerates cm-dashboard.json from the catalogue (src/domain/catalogue/departments.ts, schemes.ts):
 *   npx tsx src/domain/scorecards/generateCmDashboard.ts
 * A Node script run by hand (not imported by the app); the JSON it writes is committed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEPARTMENTS } from '../catalogue/departments';
import { SCHEMES, SCHEME_PARAMETERS } from '../catalogue/schemes';
import { parseScorecard } from '../scoring/validate';
import { buildCmDashboard } from './buildCmDashboard';

const card = parseScorecard(buildCmDashboard(DEPARTMENTS, SCHEMES, SCHEME_PARAMETERS));
const out = fileURLToPath(new URL('./cm-dashboard.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(card, null, 2)}\n`);
console.log(`wrote ${out}: ${SCHEME_PARAMETERS.length} parameters`);
