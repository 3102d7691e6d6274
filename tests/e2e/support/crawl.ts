import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Every internal href/src of every built page, checked against the files of `dist/` as served under `base`. */
export function crawlBuiltSite(dist: string, base: string): { pages: number; links: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let links = 0;
  const files = htmlFiles(dist);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const pageUrl = new URL(`${base}${relative(dist, file).replace(/index\.html$/, '')}`, 'http://site');
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = raw!.replace(/&amp;/g, '&');
      const url = new URL(link, pageUrl);
      if (url.origin !== 'http://site') continue;
      links++;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page: relative(dist, file), link });
        continue;
      }
      const target = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
      const ok = url.pathname.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
      if (!ok) broken.push({ page: relative(dist, file), link });
      if (ok && url.hash && url.pathname.endsWith('/')) {
        const id = decodeURIComponent(url.hash.slice(1));
        const targetHtml = readFileSync(join(target, 'index.html'), 'utf8');
        if (!targetHtml.includes(`id="${id}"`)) broken.push({ page: relative(dist, file), link });
      }
    }
  }
  return { pages: files.length, links, broken };
}
