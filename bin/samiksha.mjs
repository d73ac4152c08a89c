#!/usr/bin/env node
// The `samiksha` CLI: runs src/cli/main.ts (the same src/data and src/domain as the app) through tsx.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

register();
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
