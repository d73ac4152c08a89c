/**
 * Every i18n key the source uses exists in both languages, and every key of the locale files is
 * used. The source is scanned (src/**.ts, src/**.vue), so keys added in new namespaces are checked
 * too. A key is used when its full path is written as a string literal anywhere in src (a t() call,
 * a constant, a table of keys), or matched by a dynamic key: a template literal in a t() call
 * (`data.report.kinds.${i.kind}` reads as the pattern `data.report.kinds.*`). Every dynamic pattern
 * must be listed, with what fills it, in dynamicKeys.json beside this file. There too: translators
 * other than vue-i18n's (a `t` bound by `const t = exportTexts(...)` reads keys under a prefix) and
 * functions that take a full key as their second argument (`localeText(lang, 'metric.received')`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/locales/en.json';
import hi from '@/locales/hi.json';
import allowed from './dynamicKeys.json';

type Tree = { [k: string]: string | Tree };

function leaves(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.(ts|vue)$/.test(d.name) ? [p] : [];
  });
}

type Entry = string | { why: string; values: string[] };
const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
/** `*` in a pattern: any text within one key segment, or one of the entry's `values` when it lists them. */
function patternRe(p: string, e: Entry = ''): RegExp {
  const fill = typeof e === 'string' ? '[^.]+' : `(?:${e.values.map(esc).join('|')})`;
  return new RegExp(`^${p.split('*').map(esc).join(fill)}$`);
}

/** The text without comments (a key named in a comment is not a use). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
}

const config = allowed as { dynamic: Record<string, Entry>; translators: Record<string, { why: string; prefix: string }>; fullKeyCalls: Record<string, string> };
const sources = files('src').map((f) => ({ f, text: code(readFileSync(f, 'utf8')) }));
const enKeys = leaves(en as Tree);
const hiKeys = leaves(hi as Tree);
const namespaces = new Set(Object.keys(en));
/** every string literal that reads as a key path (a.b.c) */
// (in .vue files a double-quoted attribute is an expression, not a string: only ' and ` there)
const literals = new Set(sources.flatMap(({ f, text }) => [...text.matchAll(f.endsWith('.vue') ? /(['`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g : /(['"`])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g)].map((m) => m[2])));
/** the prefix of a file's `t` when it is bound to another translator (see dynamicKeys.json "translators") */
const prefixOf = (text: string) => Object.entries(config.translators).find(([fn]) => new RegExp(`\\bt = ${fn}\\(`).test(text))?.[1].prefix ?? '';
const calls = `(?<![\\w.])(?:\\$t|t|tm|global\\.t)\\(\\s*`;
const fullCalls = `(?<![\\w.])(?:${Object.keys(config.fullKeyCalls).join('|')})\\(\\s*[\\w.]+\\s*,\\s*`;
/** literal keys given to t() / $t() / tm() / i18n.global.t() (and the full-key functions) */
const called = sources.flatMap(({ f, text }) => [
  ...[...text.matchAll(new RegExp(`${calls}(['"])([^'"]+)\\1`, 'g'))].map((m) => ({ f, key: prefixOf(text) + m[2] })),
  ...[...text.matchAll(new RegExp(`${fullCalls}(['"])([^'"]+)\\1`, 'g'))].map((m) => ({ f, key: m[2] })),
]);
/** template-literal keys given to them, as patterns */
const dynamic = sources.flatMap(({ f, text }) => [
  ...[...text.matchAll(new RegExp(`${calls}\`([^\`]*)\``, 'g'))].map((m) => ({ f, pattern: prefixOf(text) + m[1].replace(/\$\{[^}]*\}/g, '*') })),
  ...[...text.matchAll(new RegExp(`${fullCalls}\`([^\`]*)\``, 'g'))].map((m) => ({ f, pattern: m[1].replace(/\$\{[^}]*\}/g, '*') })),
]);
/**
 * keys used through another translator, by their full path: its calls, and any word literal of a
 * file that binds one (`t(a ? 'x' : 'y')`, `c.t('x')`)
 */
const prefixed = new Set([...called.map((c) => c.key), ...sources.flatMap(({ text }) => {
  const prefix = prefixOf(text);
  return prefix ? [...text.matchAll(/'([A-Za-z]\w*)'/g)].map((m) => prefix + m[1]) : [];
})]);
const allowList = config.dynamic;
const allowRes = Object.entries(allowList).map(([p, e]) => patternRe(p, e));

describe('i18n keys', () => {
  it('en and hi have the same keys', () => {
    expect(hiKeys.filter((k) => !enKeys.includes(k)), 'in hi only').toEqual([]);
    expect(enKeys.filter((k) => !hiKeys.includes(k)), 'in en only').toEqual([]);
  });

  it('every key given to t() exists in en and hi', () => {
    expect(called.length).toBeGreaterThan(100);
    const missing = called.filter(({ key }) => !enKeys.includes(key) || !hiKeys.includes(key));
    expect(missing).toEqual([]);
  });

  it('every literal that names a namespace reads as a key that exists (keys kept in constants)', () => {
    const enSet = new Set(enKeys);
    const prefixes = new Set(enKeys.flatMap((k) => k.split('.').slice(1).map((_, i, a) => k.split('.').slice(0, a.length - i).join('.'))));
    const wrong = [...literals].filter((l) => namespaces.has(l.split('.')[0]) && !enSet.has(l) && !prefixes.has(l)
      && !allowRes.some((re) => re.test(l)));
    expect(wrong).toEqual([]);
  });

  it('every dynamic key is in dynamicKeys.json, and every entry there is used and matches some key', () => {
    expect(dynamic.filter(({ pattern }) => !(pattern in allowList))).toEqual([]);
    const usedPatterns = new Set(dynamic.map((d) => d.pattern));
    expect(Object.keys(allowList).filter((p) => !usedPatterns.has(p)), 'stale entries').toEqual([]);
    expect(Object.entries(allowList).filter(([p, e]) => !enKeys.some((k) => patternRe(p, e).test(k))), 'match no key').toEqual([]);
  });

  it('no key is unused', () => {
    const unused = enKeys.filter((k) => !literals.has(k) && !prefixed.has(k) && !allowRes.some((re) => re.test(k)));
    expect(unused).toEqual([]);
  });
});
