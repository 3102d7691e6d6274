// The one place views get the archive: the content the archive() integration read and checked when the build
// (or the development server) started, as the pure model of src/lib.
import { Archive, type ArchiveData } from '../lib/model/archive.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';
import type { RouteName } from '../lib/build/routes.ts';
import type { PageKeys } from '../integrations/page-keys.ts';

// The integration runs in the process that renders the pages but in another copy of this module (the config is
// loaded apart from the bundled pages), so the checked content is handed over on the global object.
const CHECKED = Symbol.for('diplomatic-briefing-archive.checked-content');
const SITE = Symbol.for('diplomatic-briefing-archive.site');
const KEYS = Symbol.for('diplomatic-briefing-archive.page-keys');
type Holder = { [CHECKED]?: ArchiveData; [SITE]?: SiteLocation; [KEYS]?: PageKeys };

/** Called by the integration once the content folder has passed the checks (again after each edit in dev). */
export function handOverContent(data: ArchiveData): void {
  (globalThis as Holder)[CHECKED] = data;
}

/**
 * Called by the integration with the configured site and base. Pages read them here rather than from
 * `import.meta.env.SITE`, which an environment variable named SITE overrides at run time.
 */
export function handOverSite(location: SiteLocation): void {
  (globalThis as Holder)[SITE] = location;
}

/** Where the archive is deployed (SITE_URL and BASE_PATH, as the configuration resolved them). */
export function siteLocation(): SiteLocation {
  const location = (globalThis as Holder)[SITE];
  if (!location) throw new Error('no site settings: the archive() integration (src/integrations/index.ts) must be in astro.config.mjs');
  return location;
}

/** Called by the integration in a build: every page's cache key, being computed on other threads. */
export function handOverPageKeys(keys: PageKeys): void {
  (globalThis as Holder)[KEYS] = keys;
}

/** The cache keys of a route's pages in a build (src/lib/build/routes.ts), or undefined where none are needed (dev). */
export function pageKeys(route: RouteName): Promise<Map<string, string>> | undefined {
  return (globalThis as Holder)[KEYS]?.(route);
}

let current: { data: ArchiveData; archive: Archive } | undefined;

/** The whole archive, built once per build (per content change in dev) and shared by every page. */
export async function loadArchive(): Promise<Archive> {
  const data = (globalThis as Holder)[CHECKED];
  if (!data) throw new Error('no checked content: the archive() integration (src/integrations/index.ts) must be in astro.config.mjs');
  if (current?.data !== data) current = { data, archive: new Archive(data) };
  return current.archive;
}
