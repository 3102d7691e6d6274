import { isAbsolute, relative, resolve, sep } from 'node:path';

const isInside = (dir: string, folder: string): boolean => {
  const rel = relative(folder, dir);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * What is wrong with building into `dir` for a project at `project`, or nothing. Astro decides whether the output
 * folder is inside the project by comparing the start of its path as text, so a folder beside the project whose
 * name begins with the project's (/srv/archive-out beside /srv/archive) gets its pages rendered from a place where
 * Node cannot find the project's packages ("Cannot find package … imported from …/dist/.prerender/…"). That folder,
 * and the project's own folder or one that holds it (which a build would empty), are refused with the reason.
 */
export function outDirProblem(dir: string, project: string): string | undefined {
  if (isInside(project, dir))
    return `it is the project's folder or holds it, and a build empties its output folder: give a folder of its own, e.g. ARCHIVE_OUT_DIR=./dist`;
  if (dir.startsWith(project) && !isInside(dir, project)) {
    const beside = `${project.slice(0, project.lastIndexOf(sep) + 1)}out${sep}dist`;
    return `it begins with the project's path (${project}) without being inside it, which Astro takes for inside: give a folder inside the project or one whose path does not begin with ${project}, e.g. ARCHIVE_OUT_DIR=${beside}`;
  }
  return undefined;
}

/** ARCHIVE_OUT_DIR, else ./dist, checked (outDirProblem) before Astro uses it. */
export function outDirSetting(env: Record<string, string | undefined> = process.env, project: string = process.cwd()): string {
  const given = env.ARCHIVE_OUT_DIR?.trim() || './dist';
  const problem = outDirProblem(resolve(project, given), project);
  if (problem) throw new Error(`ARCHIVE_OUT_DIR: "${given}" ${problem.replace(/^it /, '')}`);
  return given;
}

/**
 * ARCHIVE_SPARE_COPY: whether a build that found no copy of the site to work in leaves one beside the output
 * folder for the next build (`.dist.next`). Making it costs a copy of the whole site; a CI runner that throws the
 * folder away after deploying turns it off (ARCHIVE_SPARE_COPY=0).
 */
export function spareCopyWanted(env: Record<string, string | undefined> = process.env): boolean {
  const value = env.ARCHIVE_SPARE_COPY?.trim().toLowerCase();
  if (value === undefined || value === '' || ['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(
    `ARCHIVE_SPARE_COPY: "${env.ARCHIVE_SPARE_COPY}" is neither on nor off: give ARCHIVE_SPARE_COPY=0 to leave no copy of the site beside it, or leave it unset`,
  );
}
