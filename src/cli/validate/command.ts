/**
 * `samiksha validate FILE [--map FILE] [--format json|text] [--table complaints|indicators|parameters]`:
 * runs the importer on FILE and prints its data-quality report. Exit 0 when the file can be used
 * (also when rows were quarantined), 2 when it cannot (one line naming the file and the column or
 * row), 1 on an internal error. Never prints a stack trace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { z } from 'zod';
import type { Db } from '../../data/dbTypes';
import { createCliDb } from '../engine';
import { importFile } from '../../data/import/importFile';
import { formatReportText, toValidateJson } from '../../domain/import/report';
import { ImportRefused, type ColumnMapping, type ImportTable } from '../../domain/import/types';
import { CliInputError } from '../errors';
import { importSource, readInputFile, readMapping } from '../inputs';

export interface ValidateIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** called once with the exit code; default sets process.exitCode */
  exit: (code: number) => void;
  createDb: () => Promise<Db & { close?: () => void }>;
  /** the import day for future-date warnings (tests pin it) */
  today?: string;
}

const MappingSchema = z.object({
  table: z.enum(['complaints', 'indicators']).optional(),
  columns: z.record(z.string(), z.string()),
  values: z.record(z.string(), z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).optional(),
  dateFormat: z.string().optional(),
});

function checkMapping(file: string, m: ColumnMapping | undefined): ColumnMapping | undefined {
  if (!m) return undefined;
  const r = MappingSchema.safeParse(m);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new CliInputError(`${file}: mapping ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data as ColumnMapping;
}

interface Opts { map?: string; format: 'json' | 'text'; table?: ImportTable }

export function validateCommand(io: Partial<ValidateIo> = {}): Command {
  const out = io.stdout ?? ((s: string) => { process.stdout.write(s); });
  const err = io.stderr ?? ((s: string) => { process.stderr.write(s); });
  const exit = io.exit ?? ((code: number) => { process.exitCode = code; });
  const createDb = io.createDb ?? createCliDb;
  return new Command('validate')
    .description('check an export (CSV/TSV/XLSX) against the data contract and print the data-quality report')
    .argument('<file>', 'complaints (or --table indicators/parameters) export')
    .option('--map <file>', 'column mapping JSON (columns, values, dateFormat)')
    .addOption(new Option('--format <format>', 'report format').choices(['json', 'text']).default('text'))
    .addOption(new Option('--table <table>', 'which canonical table the file holds').choices(['complaints', 'indicators', 'parameters']))
    .action(async (file: string, opts: Opts) => {
      let db: (Db & { close?: () => void }) | null = null;
      let code = 0;
      try {
        const mapping = checkMapping(opts.map ?? '', readMapping(opts.map));
        if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) readInputFile(file, 'data'); // its one-line message, before any engine starts
        db = await createDb();
        const src = await importSource(db, file, 'data');
        let report;
        try {
          report = await importFile(db, { name: path.basename(file), bytes: src.bytes, blob: src.blob, table: opts.table, mapping, today: io.today });
        } finally { src.done(); }
        out(opts.format === 'json' ? JSON.stringify(toValidateJson(report), null, 2) + '\n' : formatReportText(report));
      } catch (e) {
        if (e instanceof ImportRefused || e instanceof CliInputError) {
          err(`samiksha validate: ${e.message.split('\n')[0]}\n`);
          code = 2;
        } else {
          err(`samiksha validate: internal error: ${String((e as Error)?.message ?? e).split('\n')[0]}\n`);
          code = 1;
        }
      } finally {
        try { db?.close?.(); } catch { /* closing is best effort */ }
      }
      exit(code);
    });
}
