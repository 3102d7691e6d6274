import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lock a build holds in its cache folder: the process, its output folder and when it started. */
export const BUILD_LOCK = 'archive-build.lock';

interface Holder {
  pid: number;
  outDir: string;
  since: string;
}

const running = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the cache folder for this build, or says why not: two builds at once with one cache (and, by default,
 * one output folder) overwrite each other's files and fail half-way with errors that name neither. A lock left
 * by a build that no longer runs (killed, crashed) is taken over. The lock goes when the process ends.
 */
export function takeBuildLock(cacheDir: string, outDir: string, now = new Date()): { ok: true } | { ok: false; message: string } {
  const lock = join(cacheDir, BUILD_LOCK);
  const mine: Holder = { pid: process.pid, outDir, since: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, JSON.stringify(mine), { flag: 'wx' });
      process.once('exit', () => {
        try {
          if ((JSON.parse(readFileSync(lock, 'utf8')) as Holder).pid === process.pid) rmSync(lock, { force: true });
        } catch {
          // Gone already.
        }
      });
      return { ok: true };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(readFileSync(lock, 'utf8')) as Holder;
    } catch {
      // Unreadable: half-written by a build that stopped at that instant; taken over below.
    }
    if (holder && holder.pid === process.pid) return { ok: true };
    if (holder && running(holder.pid)) {
      return {
        ok: false,
        message: `Another build (process ${holder.pid}, since ${holder.since}) is building into ${holder.outDir} with this cache folder: wait for it to finish, or stop it; if no build is running, remove ${lock}`,
      };
    }
    rmSync(lock, { force: true });
  }
  return { ok: false, message: `Could not take the build lock ${lock}: remove it if no build is running` };
}
