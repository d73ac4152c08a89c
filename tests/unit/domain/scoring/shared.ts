/** Paths to ../shared (fixtures and JSON Schemas), which only exist in the build workspace. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const fixturesDir = path.join(sharedDir, 'fixtures');
export const schemasDir = path.join(sharedDir, 'schemas');
export const hasFixtures = existsSync(fixturesDir);
export const hasSchemas = existsSync(schemasDir);
if (!hasSchemas) console.warn(`skipping JSON Schema checks: ${schemasDir} not found`);

/** Compiles ../shared/schemas/<name> with ajv (draft 2020-12). Call only when hasSchemas. */
export function schemaValidator(name: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(schemasDir, name), 'utf8')));
  return (data: unknown) => ({ ok: validate(data) as boolean, errors: ajv.errorsText(validate.errors) });
}
