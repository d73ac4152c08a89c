/** The open sample's choice kept for a reload (savedCopy.ts): read back as written, anything else ignored. */
import { describe, it, expect, beforeEach } from 'vitest';
import { rememberedSample, rememberSample } from '@/stores/savedCopy';

const store = new Map<string, string>();
beforeEach(() => {
  store.clear();
  (globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => { store.set(k, String(v)); }, removeItem: (k: string) => { store.delete(k); },
  };
});

describe('the sample open on this computer', () => {
  it('nothing kept: null (the URL or MP decides)', () => {
    expect(rememberedSample()).toBeNull();
  });
  it('kept and read back; forgotten after an import', () => {
    rememberSample({ sample: 'uk', state: 'uk' });
    expect(rememberedSample()).toEqual({ sample: 'uk', state: 'uk' });
    rememberSample({ sample: 'uk', state: 'hr' }); // the UK sample with the Haryana preset chosen on the data page
    expect(rememberedSample()).toEqual({ sample: 'uk', state: 'hr' });
    rememberSample(null);
    expect(rememberedSample()).toBeNull();
  });
  it.each([
    ['not JSON', '{', null],
    ['an unknown state', '{"sample":"xx","state":"uk"}', null],
    ['a bad preset falls back to the sample\'s state', '{"sample":"hr","state":"zz"}', { sample: 'hr', state: 'hr' }],
    ['an array', '[1]', null],
  ])('%s', (_why, raw, want) => {
    store.set('samiksha.openSample', raw);
    expect(rememberedSample()).toEqual(want);
  });
  it('no localStorage at all (blocked): nothing kept, nothing thrown', () => {
    (globalThis as { localStorage?: unknown }).localStorage = undefined;
    expect(() => rememberSample({ sample: 'hr', state: 'hr' })).not.toThrow();
    expect(rememberedSample()).toBeNull();
  });
});
