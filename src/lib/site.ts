/** Deployment settings read from the environment, so a deploy needs no code edits. */
export interface SiteSettings {
  /** Absolute origin the site is served from (canonical URLs); SITE_URL. */
  site: string;
  /** Path prefix when served from a sub-folder, always with leading and trailing slash; BASE_PATH. */
  base: string;
}

export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const site = (env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '');
  const raw = env.BASE_PATH?.trim() || '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}
