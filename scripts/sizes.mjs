#!/usr/bin/env node
// Size guard: no source file in src/ over 250 lines, no function in src/data/import over 80 lines.
// `node scripts/sizes.mjs [--report]` prints the longest file and the longest import function;
// exits 1 when a limit is passed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_FILE = 250;
const MAX_FN = 80;
const IMPORT_DIR = 'src/data/import';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.(ts|vue|mjs)$/.test(d.name) ? [p] : [];
  });
}

/** Functions (declarations, methods, arrows, function expressions) of a TS source, with their line counts. */
function functions(path, text) {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(sf) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(sf) : '(anonymous)');
      out.push({ where: `${path}:${start + 1}`, name, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = files('src').map((p) => ({ path: p, lines: readFileSync(p, 'utf8').split('\n').length - (readFileSync(p, 'utf8').endsWith('\n') ? 1 : 0) }));
all.sort((a, b) => b.lines - a.lines);
const fns = files(IMPORT_DIR).filter((p) => p.endsWith('.ts')).flatMap((p) => functions(p, readFileSync(p, 'utf8')));
fns.sort((a, b) => b.lines - a.lines);
const bigFiles = all.filter((f) => f.lines > MAX_FILE);
const bigFns = fns.filter((f) => f.lines > MAX_FN);
console.log(`longest file: ${all[0].path} ${all[0].lines} lines (limit ${MAX_FILE}); longest function in ${IMPORT_DIR}: ${fns[0].name} ${fns[0].where} ${fns[0].lines} lines (limit ${MAX_FN})`);
if (process.argv.includes('--report')) {
  for (const f of all.slice(0, 5)) console.log(`  ${f.lines}\t${f.path}`);
  for (const f of fns.slice(0, 5)) console.log(`  ${f.lines}\t${f.name} ${f.where}`);
}
for (const f of bigFiles) console.error(`over ${MAX_FILE} lines: ${f.path} (${f.lines})`);
for (const f of bigFns) console.error(`over ${MAX_FN} lines: ${f.name} ${f.where} (${f.lines})`);
process.exitCode = bigFiles.length || bigFns.length ? 1 : 0;
