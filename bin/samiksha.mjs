#!/usr/bin/env node
// The `samiksha` CLI: runs src/cli/main.ts (the same src/data and src/domain as the app) through tsx.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

// `samiksha score ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

register();
const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
