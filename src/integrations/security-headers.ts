import { writeFileSync } from 'node:fs';
import { CITATION_FORMATS } from '../lib/publish/citation/formats.ts';
import { headersFile } from '../lib/publish/security-headers.ts';

// The pattern of paths.citation(lang, id, ext); the e2e tests fetch real citation files through these rules.
const citationTypes = CITATION_FORMATS.map((f) => ({ path: `/:lang/documents/:id/cite.${f.ext}`, contentType: f.contentType }));

/**
 * Writes `dist/_headers`: the site's security headers for every path under the deploy base, and the types of
 * the citation downloads.
 */
export function writeHeadersFile(dir: URL, base: string): void {
  writeFileSync(new URL('_headers', dir), headersFile(base.endsWith('/') ? base : `${base}/`, citationTypes));
}
