import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_LOCK, takeBuildLock } from '../../src/integrations/build-lock.ts';

const cache = () => mkdtempSync(join(tmpdir(), 'archive-lock-'));

describe('one build at a time per cache folder (빌드 잠금)', () => {
  it('takes a free cache folder, and lets the build that holds it in', () => {
    const dir = cache();
    expect(takeBuildLock(dir, '/srv/site/dist')).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(join(dir, BUILD_LOCK), 'utf8'))).toMatchObject({ pid: process.pid, outDir: '/srv/site/dist' });
    expect(takeBuildLock(dir, '/srv/site/dist')).toEqual({ ok: true });
  });

  it('turns a second build away while the first runs, saying which and what to do', () => {
    const dir = cache();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(join(dir, BUILD_LOCK), JSON.stringify({ pid: other.pid, outDir: '/srv/site/dist', since: '2026-12-07T10:00:00.000Z' }));
      expect(takeBuildLock(dir, '/srv/site/dist')).toEqual({
        ok: false,
        message: `Another build (process ${other.pid}, since 2026-12-07T10:00:00.000Z) is building into /srv/site/dist with this cache folder: wait for it to finish, or stop it; if no build is running, remove ${join(dir, BUILD_LOCK)}`,
      });
    } finally {
      other.kill();
    }
  });

  it('takes over the lock of a build that no longer runs', () => {
    const dir = cache();
    const gone = spawnSync('true').pid;
    writeFileSync(join(dir, BUILD_LOCK), JSON.stringify({ pid: gone, outDir: '/srv/site/dist', since: '2026-12-07T10:00:00.000Z' }));
    expect(takeBuildLock(dir, '/srv/other/dist')).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(join(dir, BUILD_LOCK), 'utf8'))).toMatchObject({ pid: process.pid, outDir: '/srv/other/dist' });
    expect(existsSync(join(dir, BUILD_LOCK))).toBe(true);
  });
});
