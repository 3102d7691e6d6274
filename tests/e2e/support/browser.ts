import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveStatic, type StaticServer } from '../../../src/dev/tools/static-server.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../src/dev/tools/chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/**
 * The built site served and a browser launched for a test file's tests, closed after them. Read `site.browser`
 * and `site.server` inside the tests (they are set in beforeAll).
 */
export function servedSite(): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    site.server = await serveStatic(inject('distDir'));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
