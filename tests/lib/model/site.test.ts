import { describe, expect, it } from 'vitest';
import { contentDir } from '../../../src/lib/content/folder-fs.ts';
import { siteSettings } from '../../../src/lib/model/site.ts';
import { withBase } from '../../../src/lib/model/urls.ts';

describe('deployment settings', () => {
  it('normalise BASE_PATH to a slash-wrapped prefix', () => {
    expect(siteSettings({}).base).toBe('/');
    expect(siteSettings({ BASE_PATH: 'archive' }).base).toBe('/archive/');
    expect(siteSettings({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
    // GitHub Pages' configure-pages gives "/repo", or "" for a user site.
    expect(siteSettings({ BASE_PATH: '/repo' }).base).toBe('/repo/');
    expect(siteSettings({ BASE_PATH: '' }).base).toBe('/');
    expect(siteSettings({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
  });
  it('take the base path from a SITE_URL with a path, and refuse a BASE_PATH that disagrees', () => {
    expect(siteSettings({ SITE_URL: 'https://user.github.io/archive/' })).toEqual({ site: 'https://user.github.io', base: '/archive/' });
    expect(siteSettings({ SITE_URL: 'https://user.github.io/archive', BASE_PATH: '/archive/' }).base).toBe('/archive/');
    expect(() => siteSettings({ SITE_URL: 'https://user.github.io/archive/', BASE_PATH: '/other/' })).toThrow(
      /^BASE_PATH: .*disagrees with the path of SITE_URL/,
    );
  });
  it('use the URL a host gives its builds when SITE_URL is not set', () => {
    expect(siteSettings({ NETLIFY: 'true', URL: 'https://archive.netlify.app' }).site).toBe('https://archive.netlify.app');
    expect(siteSettings({ CF_PAGES: '1', CF_PAGES_URL: 'https://archive.pages.dev' }).site).toBe('https://archive.pages.dev');
    expect(siteSettings({ NETLIFY: 'true', URL: 'https://archive.netlify.app', SITE_URL: 'https://archive.example.org' }).site).toBe(
      'https://archive.example.org',
    );
    // A URL variable of another machine is not a host's announcement.
    expect(siteSettings({ URL: 'https://elsewhere.example' }).site).toBe('http://localhost:4321');
  });
  it('reject a SITE_URL that is not a web address, naming the variable and the fix', () => {
    expect(() => siteSettings({ SITE_URL: 'archive.example.org' })).toThrow(
      /^SITE_URL: "archive.example.org" is not a URL: give the public address, e\.g\. SITE_URL=https:/,
    );
    expect(() => siteSettings({ SITE_URL: 'ftp://archive.example.org' })).toThrow(/^SITE_URL: .* must start with https:\/\//);
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
