import { describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content/folder.ts';
import { siteSettings } from '../../src/lib/site.ts';
import { withBase } from '../../src/lib/urls.ts';

describe('deployment settings', () => {
  it('normalise BASE_PATH to a slash-wrapped prefix', () => {
    expect(siteSettings({}).base).toBe('/');
    expect(siteSettings({ BASE_PATH: 'archive' }).base).toBe('/archive/');
    expect(siteSettings({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
    expect(siteSettings({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
  });
  it('prefix links with the base', () => {
    expect(withBase('/', '/ko/')).toBe('/ko/');
    expect(withBase('/archive/', '/ko/meetings/')).toBe('/archive/ko/meetings/');
    expect(withBase('/archive', '/data/meetings.json')).toBe('/archive/data/meetings.json');
  });
  it('read the content folder from ARCHIVE_CONTENT_DIR', () => {
    expect(contentDir({}, '/repo')).toBe('/repo/content');
    expect(contentDir({ ARCHIVE_CONTENT_DIR: '../other/content' }, '/repo')).toBe('/other/content');
  });
});
