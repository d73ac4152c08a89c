/**
 * Spreadsheet formula injection: a cell whose text starts with = + - @, a tab or a carriage return
 * may be run as a formula by Excel or LibreOffice when a CSV/XLSX export is opened. Such text gets
 * a leading apostrophe (OWASP's advice), so the spreadsheet shows it as text. Numbers stay numbers:
 * only strings are touched, so a negative number written as a number is left alone.
 */
const RISKY = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should receive it: risky text prefixed with `'`, anything else as is. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' && RISKY.test(value) ? `'${value}` : value;
}

/** true when a spreadsheet could read this text as a formula */
export function isRiskyCell(value: unknown): boolean {
  return typeof value === 'string' && RISKY.test(value);
}
