/** The environment of the browser tests' shared build (global-setup.ts), for a test that builds it again. */
export const E2E_BUILD_ENV = { ARCHIVE_SEARCH_SHARD_SIZE: '1' };
