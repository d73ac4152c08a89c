#!/usr/bin/env node
// Before a build: make sure the embedded sample (public/sample/*.csv.gz) exists; generate it if not.
// The sample is generated deterministically (seed 1, 300,000 complaints), never committed.
// The Uttarakhand and Haryana samples ("open the sample of …" on the data page) go to
// public/sample/uk and public/sample/hr (seed 1; 60,000 and 100,000 complaints).
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

const SAMPLES = [
  { dir: 'public/sample', complaints: '300000', state: 'mp', label: 'the embedded sample' },
  { dir: 'public/sample/uk', complaints: '60000', state: 'uk', label: 'the Uttarakhand sample' },
  { dir: 'public/sample/hr', complaints: '100000', state: 'hr', label: 'the Haryana sample' },
];
for (const s of SAMPLES) {
  const need = ['complaints.csv.gz', 'indicators.csv.gz', 'parameters.csv.gz'].filter((f) => !fs.existsSync(`${s.dir}/${f}`));
  if (!need.length) continue;
  console.log(`Generating ${s.label} (${Number(s.complaints).toLocaleString('en-IN')} complaints) into ${s.dir} ...`);
  const args = ['bin/samiksha.mjs', 'generate', '--seed', '1', '--complaints', s.complaints, '--out', s.dir, '--gzip'];
  if (s.state !== 'mp') args.push('--state', s.state);
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
