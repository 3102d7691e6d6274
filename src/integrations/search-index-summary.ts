/** What the last build made of the search index, kept in its folder in the cache (read by the benchmark and tests). */
export const SEARCH_INDEX_SUMMARY = 'index.json';

export interface IndexSummary {
  records: number;
  /** Each shard folder (as in the site) with the digest of the records and code that made it. */
  stamps: Record<string, string>;
  /** How many shards the last build indexed again, of how many. */
  shards: { made: number; total: number };
}
