/** i18n key of a delimiter character. */
export function delimiterKey(d: string): string {
  return ({ ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' } as Record<string, string>)[d] ?? 'comma';
}
