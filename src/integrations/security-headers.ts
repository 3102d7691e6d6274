import { writeFileSync } from 'node:fs';
import { headersFile } from '../lib/publish/security-headers.ts';

/** Writes `dist/_headers`: the site's security headers for every path under the deploy base. */
export function writeHeadersFile(dir: URL, base: string): void {
  writeFileSync(new URL('_headers', dir), headersFile(base.endsWith('/') ? base : `${base}/`));
}
