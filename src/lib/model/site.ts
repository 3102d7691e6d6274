/** Deployment settings read from the environment, so a deploy needs no code edits. */
export interface SiteSettings {
  /** Absolute origin the site is served from (canonical URLs); SITE_URL. */
  site: string;
  /** Path prefix when served from a sub-folder, always with leading and trailing slash; BASE_PATH. */
  base: string;
}

/** Where `npm start` serves the archive, and the site's address when SITE_URL is not set. */
export const DEFAULT_SITE = 'http://localhost:4321';

const slashWrapped = (raw: string) => `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/**
 * SITE_URL, else the URL the host announces to its builds (Netlify's `URL`, Cloudflare Pages' `CF_PAGES_URL`),
 * else the local preview. A SITE_URL with a path (`https://user.github.io/archive/`) gives the base path too.
 */
export function siteSettings(env: Record<string, string | undefined> = process.env): SiteSettings {
  const given = env.SITE_URL?.trim() || (env.NETLIFY === 'true' && env.URL?.trim()) || (env.CF_PAGES === '1' && env.CF_PAGES_URL?.trim()) || DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(given);
  } catch (cause) {
    throw new Error(`SITE_URL: "${given}" is not a URL: give the public address, e.g. SITE_URL=https://archive.example.org`, { cause });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${given}" must start with https:// (or http://), e.g. SITE_URL=https://archive.example.org`);
  }
  const fromUrl = slashWrapped(url.pathname);
  const fromEnv = env.BASE_PATH?.trim() ? slashWrapped(env.BASE_PATH.trim()) : undefined;
  if (fromEnv && fromUrl !== '/' && fromEnv !== fromUrl) {
    throw new Error(`BASE_PATH: "${fromEnv}" disagrees with the path of SITE_URL "${given}": give the path in one of them only`);
  }
  return { site: url.origin, base: fromEnv ?? fromUrl };
}
