import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index-worker.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';

const src = join(process.cwd(), 'src');

describe('the search index between builds (빌드 사이의 검색 색인)', () => {
  it('is reused when nothing changed, and made again in as many shards as a new shard size gives', async () => {
    const { data } = checkContentFolder(join(process.cwd(), 'content'));
    const cached = join(mkdtempSync(join(tmpdir(), 'archive-index-')), 'search-index');
    const shardsOf = (lang: string) => readdirSync(join(cached, 'pagefind')).filter((f) => f === lang || f.startsWith(`${lang}-`));

    const small = await buildSearchIndex({ data, base: '/', cached, src, shardSizes: { ko: 1, en: 1 } });
    expect(small.shards.made).toBe(small.shards.total);
    expect(shardsOf('ko').length).toBeGreaterThan(1);
    const englishShards = shardsOf('en').length;

    const again = await buildSearchIndex({ data, base: '/', cached, src, shardSizes: { ko: 1, en: 1 } });
    expect(again.reused).toBe(true);
    expect(again.shards.made).toBe(0);

    // The same data with another shard size: one index per language, and the small shards gone (a language that
    // had one shard already has the same records in it, and keeps its index).
    const whole = await buildSearchIndex({ data, base: '/', cached, src, shardSizes: { ko: 1_000, en: 1_000 } });
    expect(whole.reused).toBe(false);
    expect(whole.shards).toEqual({ made: englishShards > 1 ? 2 : 1, total: 2 });
    expect(shardsOf('ko')).toEqual(['ko']);
    expect(shardsOf('en')).toEqual(['en']);
    expect(existsSync(join(cached, 'pagefind/ko/pagefind.js'))).toBe(true);
  });
});
