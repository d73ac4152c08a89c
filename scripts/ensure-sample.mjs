#!/usr/bin/env node
// Before a build: make sure the embedded sample (public/sample/*.csv.gz) exists; generate it if not.
// The sample is generated deterministically (seed 1, 300,000 complaints), never committed.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const need = ['complaints.csv.gz', 'indicators.csv.gz', 'parameters.csv.gz'].filter((f) => !fs.existsSync(`public/sample/${f}`));
if (need.length) {
  console.log('Generating the embedded sample (300,000 complaints) into public/sample ...');
  const r = spawnSync(process.execPath, ['bin/samiksha.mjs', 'generate', '--seed', '1', '--complaints', '300000', '--out', 'public/sample', '--gzip'], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
