/**
 * Errors of the data layer. DuckDB reports every failure as an Error with an English message;
 * `classifyDuckDbError` reads that message once, where the error is first seen (the importer's
 * load), and turns it into one of the typed errors below, so that retry and refusal decisions
 * test a class, never a message.
 */
import type { Db } from './dbTypes';

/** The first line of an error's message (DuckDB adds context lines below it). */
export function errorLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0];
}

/** A DuckDB error met while reading a file, with the message line to show. */
export class ReadError extends Error {
  constructor(readonly detail: string, override readonly cause?: unknown) {
    super(detail);
  }
}
/** The bytes are not valid UTF-8 (the reader met a bad byte sequence): decode them another way and read again. */
export class NotUtf8Error extends ReadError { override readonly name = 'NotUtf8Error'; }
/** The reader could not cope with the line endings (mixed kinds): normalise them and read again. */
export class NewlineError extends ReadError { override readonly name = 'NewlineError'; }
/** DuckDB's parallel reader refused the file (quoted newlines with null_padding): read it again with parallel=false. */
export class ParallelReadError extends ReadError { override readonly name = 'ParallelReadError'; }
/** A value the reader was told the type of could not be converted, or the text is not a table of that shape: the file is refused. */
class CastRejectError extends ReadError { override readonly name = 'CastRejectError'; }

/** DuckDB's message of `e` → a typed error (the one place that reads DuckDB's English); anything else as it is. */
function classifyDuckDbError(e: unknown): unknown {
  if (e instanceof ReadError) return e;
  const message = String((e as Error)?.message ?? e);
  const detail = errorLine(e).replace(/^[A-Za-z ]*Error: /, '');
  if (/parallel scanner does not support/i.test(message)) return new ParallelReadError(detail, e);
  if (/unicode|encoding/i.test(message)) return new NotUtf8Error(detail, e);
  if (/invalid state|new ?line/i.test(message)) return new NewlineError(detail, e);
  if (/CSV|Conversion|Invalid Input/i.test(message)) return new CastRejectError(detail, e);
  return e;
}

/** A reject row of read_csv's rejects table (error_type, error_message) that means "not UTF-8". */
export function rejectIsEncoding(error: string): boolean {
  return /unicode|encoding/i.test(error);
}

/** `db` with every failure of `query` and `exec` classified (classifyDuckDbError): the importer reads files through this. */
export function withTypedErrors(db: Db): Db {
  const classified = <T>(p: Promise<T>) => p.catch((e: unknown) => { throw classifyDuckDbError(e); });
  return {
    query: <T>(sql: string, params?: unknown[]) => classified(db.query<T>(sql, params)),
    exec: (sql) => classified(db.exec(sql)),
    registerBuffer: (name, bytes, opts) => db.registerBuffer(name, bytes, opts),
    registerBlob: db.registerBlob && ((name, blob) => db.registerBlob!(name, blob)),
    dropFile: (name) => db.dropFile(name),
    parallelCsv: db.parallelCsv,
  };
}
