/**
 * Which DuckDB the CLI runs: `native` (@duckdb/node-api, all cores; the default when it loads) or
 * `wasm` (@duckdb/duckdb-wasm's blocking build, the browser's engine, one thread; the fall-back).
 * Chosen by `--engine native|wasm` anywhere on the command line, else SAMIKSHA_ENGINE, else native.
 * Both run the same SQL and give the same output byte for byte (tests/unit/cli/engines.test.ts).
 */
import type { Db } from '@/data/dbTypes';
import { CliInputError } from './errors';

export type EngineName = 'native' | 'wasm';
const ENGINES: readonly EngineName[] = ['native', 'wasm'];

let chosen: EngineName | null = null;

/** Set by `--engine` (main.ts); null goes back to the environment / default. */
export function setEngine(e: string | null): void {
  if (e != null && !ENGINES.includes(e as EngineName)) throw new CliInputError(`--engine must be native or wasm, got "${e}"`);
  chosen = e as EngineName | null;
}

function wanted(): EngineName | null {
  if (chosen) return chosen;
  const env = process.env.SAMIKSHA_ENGINE?.trim();
  if (!env) return null;
  if (!ENGINES.includes(env as EngineName)) throw new CliInputError(`SAMIKSHA_ENGINE must be native or wasm, got "${env}"`);
  return env as EngineName;
}

export type CliDb = Db & { close(): void; readonly engine?: EngineName };

/** A fresh in-memory database on the chosen engine. */
export async function createCliDb(): Promise<CliDb> {
  const w = wanted();
  if (w !== 'wasm') {
    try {
      const { createNativeDb } = await import('@/data/nativeDb');
      return await createNativeDb();
    } catch (e) {
      // asked for explicitly: say why it cannot run; by default fall back to wasm quietly
      if (w === 'native') throw new CliInputError(`the native DuckDB engine (@duckdb/node-api) does not load here: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const { createNodeDb } = await import('@/data/nodeDb');
  return Object.assign(await createNodeDb(), { engine: 'wasm' as const });
}

/**
 * Removes `--engine X` / `--engine=X` from argv (any position) and applies it. Returns the rest.
 */
export function takeEngineFlag(argv: string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { rest.push(...argv.slice(i)); break; }
    if (a === '--engine') { setEngine(argv[i + 1] ?? ''); i++; continue; }
    if (a.startsWith('--engine=')) { setEngine(a.slice('--engine='.length)); continue; }
    rest.push(a);
  }
  return rest;
}
