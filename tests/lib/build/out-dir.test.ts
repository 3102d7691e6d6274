import { describe, expect, it } from 'vitest';
import { outDirSetting, spareCopyWanted } from '../../../src/lib/build/out-dir.ts';

describe('ARCHIVE_OUT_DIR (출력 폴더)', () => {
  const project = '/srv/archive';
  it('takes ./dist by default, and any folder of its own inside the project or elsewhere', () => {
    expect(outDirSetting({}, project)).toBe('./dist');
    for (const dir of ['./site', '/srv/archive/build/dist', '/srv/out/dist', '/tmp/archive-dist', '../www/archive'])
      expect(outDirSetting({ ARCHIVE_OUT_DIR: dir }, project)).toBe(dir);
  });

  it('refuses a folder beside the project whose path begins with the project’s, which Astro takes for inside it', () => {
    for (const dir of ['/srv/archive-out/dist', '../archive2/dist']) {
      expect(() => outDirSetting({ ARCHIVE_OUT_DIR: dir }, project)).toThrow(
        `ARCHIVE_OUT_DIR: "${dir}" begins with the project's path (/srv/archive) without being inside it, which Astro takes for inside: give a folder inside the project or one whose path does not begin with /srv/archive, e.g. ARCHIVE_OUT_DIR=/srv/out/dist`,
      );
    }
  });

  it('refuses the project’s own folder or one holding it, which a build would empty', () => {
    for (const dir of ['.', '/srv/archive', '/srv', '..']) {
      expect(() => outDirSetting({ ARCHIVE_OUT_DIR: dir }, project)).toThrow(
        /^ARCHIVE_OUT_DIR: ".*" is the project's folder or holds it, and a build empties its output folder: give a folder of its own, e.g\. ARCHIVE_OUT_DIR=\.\/dist$/,
      );
    }
  });
});

describe('ARCHIVE_SPARE_COPY (다음 빌드용 사본)', () => {
  it('is on unless turned off, and names the variable and the fix for anything else', () => {
    expect(spareCopyWanted({})).toBe(true);
    expect(spareCopyWanted({ ARCHIVE_SPARE_COPY: '1' })).toBe(true);
    expect(spareCopyWanted({ ARCHIVE_SPARE_COPY: '0' })).toBe(false);
    expect(spareCopyWanted({ ARCHIVE_SPARE_COPY: 'off' })).toBe(false);
    expect(() => spareCopyWanted({ ARCHIVE_SPARE_COPY: 'sometimes' })).toThrow(
      'ARCHIVE_SPARE_COPY: "sometimes" is neither on nor off: give ARCHIVE_SPARE_COPY=0',
    );
  });
});
