import { describe, expect, it } from 'vitest';
import { KEY_THREADS } from '../../src/integrations/page-keys.ts';
import { ROUTES } from '../../src/lib/build/routes.ts';

describe('the cache keys on two threads (두 스레드의 캐시 키)', () => {
  it('gives every route to exactly one thread, the articles with the memory of their names', () => {
    const all = KEY_THREADS.flat();
    expect([...all].sort()).toEqual(Object.keys(ROUTES).sort());
    expect(new Set(all).size).toBe(all.length);
    expect(KEY_THREADS).toHaveLength(2);
    expect(KEY_THREADS[0]).toContain('document');
  });
});
